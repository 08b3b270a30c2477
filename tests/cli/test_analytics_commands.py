"""The analytics subcommands write the same frames as the functions, as CSV."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from analysis.cli.main import main

CSV = """speaker,date,text
Ann,2024-01-05,"Peace treaty, peace treaty now. I love it."
Ann,2024-03-02,No peace treatyless talk.
Bob,2024-01-20,The PEACE treaty is terrible.
Bob,2024-02,A peace treaty in February.
"""


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "statements.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("args", "columns", "rows"),
    [
        (
            ["timeline", "--phrase", "peace treaty"],
            ["period", "speaker", "statements", "tokens", "mentions", "per_10k", "share"],
            6,
        ),
        (
            ["timeline", "--phrase", "peace", "--phrase", "treaty", "--by", "none", "--freq", "year"],
            ["period", "phrase", "speaker", "statements", "tokens", "mentions", "per_10k", "share"],
            2,
        ),
        (
            ["sentiment", "--speaker", "Bob"],
            ["period", "speaker", "statements", "not_scored", "mean", "ci_low", "ci_high"],
            2,
        ),
        (["terms", "--top", "3", "--ngram", "2"], ["term", "count", "statements"], 3),
        (
            ["kwic", "--phrase", "peace treaty", "--since", "2024-01-10"],
            ["statement_id", "speaker", "date", "left", "match", "right"],
            2,
        ),
    ],
)
def test_subcommands_write_the_documented_columns(corpus, tmp_path, args, columns, rows):
    out = tmp_path / "out.csv"
    assert (
        main([args[0], str(corpus), *args[1:], "--cache-dir", str(tmp_path / "cache"), "-o", str(out)]) == 0
    )
    frame = pd.read_csv(out)
    assert list(frame.columns) == columns
    assert len(frame) == rows


def test_timeline_counts_match_the_function(corpus, tmp_path):
    out = tmp_path / "out.csv"
    main(["timeline", str(corpus), "--phrase", "peace treaty", "--no-cache", "-o", str(out)])
    frame = pd.read_csv(out)
    assert frame.groupby("speaker")["mentions"].sum().to_dict() == {"Ann": 2, "Bob": 2}


def test_too_long_phrase_fails_before_indexing(corpus, tmp_path, capsys):
    code = main(["kwic", str(corpus), "--phrase", "a b c d e f", "--no-cache", "-o", str(tmp_path / "x.csv")])
    assert code == 2
    err = capsys.readouterr().err
    assert "at most 5" in err and "Tokenising" not in err


@pytest.mark.parametrize("command", ["kwic", "terms", "timeline"])
def test_every_csv_a_command_writes_is_formula_safe(tmp_path, command):
    source = tmp_path / "e.csv"
    source.write_text(
        "speaker,date,text\n\"=cmd|' /C calc'!A0\",2025-01-02,peace treaty\n", encoding="utf-8"
    )
    out = tmp_path / "out.csv"
    extra = {"kwic": ["--phrase", "peace treaty"], "terms": [], "timeline": ["--phrase", "peace"]}
    assert main([command, str(source), *extra[command], "--no-cache", "-o", str(out)]) == 0
    cells = [c for row in csv.reader(out.read_text(encoding="utf-8-sig").splitlines()) for c in row]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    if command != "terms":
        assert "'=cmd|' /C calc'!A0" in cells


@pytest.mark.parametrize(("minimum", "has_mean"), [(5, False), (1, True)])
def test_sentiment_leaves_out_thin_cells_unless_told_otherwise(tmp_path, minimum, has_mean):
    source = tmp_path / "s.csv"
    source.write_text("speaker,date,text\nAnn,2024-01-05,I love peace.\n", encoding="utf-8")
    out = tmp_path / "tone.csv"
    assert main(["sentiment", str(source), "--min-statements", str(minimum), "--no-cache",
                 "-o", str(out)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert frame["statements"].tolist() == [1]
    assert frame["mean"].notna().tolist() == [has_mean]


@pytest.mark.parametrize(("flag", "mentions"), [([], {"Ann": 2, "Bob": 1}), (["--hide-unsure"], {"Ann": 2})])
def test_hide_unsure_leaves_out_extractions_that_need_checking(tmp_path, flag, mentions):
    source = tmp_path / "extracted.csv"
    source.write_text("speaker,date,text,confidence\nAnn,2024-01-05,Peace treaty now. Peace treaty.,0.95\n"
                      "Bob,2024-01-06,A peace treaty.,0.7\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ["timeline", str(source), "--phrase", "peace treaty", *flag, "--no-cache", "-o", str(out)]
    assert main(args) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert frame.groupby("speaker")["mentions"].sum().to_dict() == mentions


def _trilingual_files(tmp_path):
    from tests.trilingual import CONCEPTS, trilingual

    corpus = trilingual()
    statements = tmp_path / "tri.csv"
    corpus.frame[["speaker", "date", "text"]].to_csv(statements, index=False)
    concepts = tmp_path / "concepts.csv"
    rows = [(c.name, p) for c in CONCEPTS for p in c.patterns]
    concepts.write_text("concept,pattern\n" + "".join(f"{c},{p}\n" for c, p in rows),
                        encoding="utf-8")
    return corpus, statements, concepts


def test_concept_timeline_writes_concept_rows_with_the_constructed_counts(tmp_path):
    corpus, statements, concepts = _trilingual_files(tmp_path)
    out = tmp_path / "out.csv"
    assert main(["timeline", str(statements), "--concepts", str(concepts), "--by", "speaker",
                 "--freq", "month", "--no-cache", "-o", str(out)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert list(frame.columns) == [
        "period", "concept", "speaker", "statements", "tokens", "mentions", "per_10k", "share"]
    for name in ("peace treaty", "sanctions"):
        got = frame[(frame["concept"] == name) & (frame["statements"] > 0)]
        assert got["mentions"].tolist() == corpus.expected(name, lemmas=True).sort_index().tolist()


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("concept,pattern\npeace,peace treaty\n,мирна угода\n", "row 3, column concept is empty"),
        ("concept,term\npeace,peace treaty\n", "row 1 (the header) has no pattern column"),
        ("concept,pattern\nsanctions,*\n", "row 2, column pattern"),
    ],
)
def test_a_bad_concepts_file_fails_naming_row_and_column_before_indexing(
        corpus, tmp_path, capsys, rows, message):
    concepts = tmp_path / "concepts.csv"
    concepts.write_text(rows, encoding="utf-8")
    code = main(["timeline", str(corpus), "--concepts", str(concepts), "--no-cache",
                 "-o", str(tmp_path / "x.csv")])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{concepts}: {message}" in err and "Tokenising" not in err


def test_a_missing_concepts_file_is_named(corpus, tmp_path, capsys):
    missing = tmp_path / "nope.csv"
    assert main(["timeline", str(corpus), "--concepts", str(missing), "--no-cache",
                 "-o", str(tmp_path / "x.csv")]) == 2
    assert f"{missing}: cannot read the concepts file" in capsys.readouterr().err


def test_language_option_keeps_only_those_statements(tmp_path):
    source = tmp_path / "mixed.csv"
    pd.DataFrame({
        "speaker": ["Ann", "Ivan", "Olena"], "date": ["2024-01-05"] * 3,
        "text": ["The peace treaty must be signed this year, the minister said.",
                 "Мирный договор должен быть подписан в этом году, заявил министр.",
                 "Мирний договір має бути підписаний цього року, заявив міністр."],
    }).to_csv(source, index=False)
    out = tmp_path / "kwic.csv"
    args = ["kwic", str(source), "--phrase", "мирный договор", "--no-cache", "-o", str(out)]
    assert main([*args, "--language", "ru"]) == 0
    assert pd.read_csv(out)["speaker"].tolist() == ["Ivan"]
    assert main([*args, "--language", "UK"]) == 0
    assert pd.read_csv(out).empty


def test_a_language_that_is_not_an_iso_code_is_refused(corpus, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["terms", str(corpus), "--language", "Russian", "--no-cache", "-o", str(tmp_path / "t.csv")])
    assert "not an ISO 639-1 language code" in capsys.readouterr().err
