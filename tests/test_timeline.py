"""Phrase timelines: token boundaries, zero periods, date precision, normalisation."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest

from analysis.concepts import Concept
from analysis.corpus.filters import StatementFilter
from analysis.engine.grid import Coverage, grain_coverage
from analysis.timeline import concept_timeline, phrase_timeline
from tests.corpus_fixtures import index_of
from tests.trilingual import CONCEPTS as TRI_CONCEPTS
from tests.trilingual import trilingual_index

ROWS = [
    ("Ann", "2024-01-05", "day", "Peace treaty, peace treaty now."),  # 5 words, 2 mentions
    ("Ann", "2024-03-02", "day", "No peace treatyless talk. Мы за мир!"),  # 7 words, 0
    ("Bob", "2024-01-20", "day", "The PEACE treaty is good"),  # 5 words, 1
    ("Bob", "2024-02-01", "month", "A peace treaty in February."),  # month precision, 5 words
    ("Bob", "2024-01-01", "year", "Peace treaty all year"),  # year precision
    ("Ann", "", "none", "Undated peace treaty"),
]


@pytest.fixture(scope="module")
def index():
    return index_of(ROWS)


def cell(frame, period, speaker):
    rows = frame[(frame["period"] == period) & (frame["speaker"] == speaker)]
    assert len(rows) == 1
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("period", "speaker", "statements", "tokens", "mentions", "per_10k", "share"),
    [
        ("2024-01-01", "Ann", 1, 5, 2, 4000.0, 1.0),
        ("2024-02-01", "Ann", 0, 0, 0, math.nan, math.nan),  # no statements at all
        ("2024-03-01", "Ann", 1, 7, 0, 0.0, 0.0),  # statements, no mention (treatyless)
        ("2024-01-01", "Bob", 1, 5, 1, 2000.0, 1.0),
        ("2024-02-01", "Bob", 1, 5, 1, 2000.0, 1.0),  # month precision counts at month grain
        ("2024-03-01", "Bob", 0, 0, 0, math.nan, math.nan),
    ],
)
def test_monthly_cells_match_hand_counts(index, period, speaker, statements, tokens, mentions,
                                         per_10k, share):
    row = cell(phrase_timeline(index, ["peace treaty"], freq="month"), period, speaker)
    assert (row["statements"], row["tokens"], row["mentions"]) == (statements, tokens, mentions)
    assert row["per_10k"] == pytest.approx(per_10k, nan_ok=True)
    assert row["share"] == pytest.approx(share, nan_ok=True)


@pytest.mark.parametrize(
    ("freq", "counted", "too_coarse"),
    [("day", 3, 2), ("week", 3, 2), ("month", 4, 1), ("quarter", 4, 1), ("year", 5, 0)],
)
def test_coarse_dates_count_only_at_equal_or_coarser_grain(index, freq, counted, too_coarse):
    frame = phrase_timeline(index, ["peace treaty"], freq=freq, by="none")
    coverage = grain_coverage(index, freq=freq, by="none", where=StatementFilter())
    assert coverage == Coverage(selected=6, counted=counted, too_coarse=too_coarse, undated=1)
    assert frame["statements"].sum() == counted


@pytest.mark.parametrize(
    ("phrase", "mentions"),
    [("peace treaty", 5), ("PEACE TREATY", 5), ("treaty", 5), ("treatyless", 1), ("мир", 1),
     ("peace treaty now", 1), ("treaty peace", 0), ("treaty is good", 1), ("nonexistent", 0)],
)
def test_phrases_match_case_insensitively_on_token_boundaries(index, phrase, mentions):
    frame = phrase_timeline(index, [phrase], freq="year", by="none")
    assert frame["mentions"].sum() == mentions


def test_filter_restricts_statements_and_mentions(index):
    where = StatementFilter(speakers=("Bob",), query="good")
    frame = phrase_timeline(index, ["peace treaty"], freq="year", by="speaker", where=where)
    assert frame[["speaker", "statements", "mentions"]].values.tolist() == [["Bob", 1, 1]]


def test_one_row_per_phrase_period_and_speaker(index):
    frame = phrase_timeline(index, ["peace", "treaty"], freq="month")
    assert list(frame.columns) == [
        "period", "phrase", "speaker", "statements", "tokens", "mentions", "per_10k", "share",
    ]
    assert len(frame) == 2 * 3 * 2
    assert not frame.duplicated(["period", "phrase", "speaker"]).any()


def test_phrase_of_six_words_is_rejected(index):
    with pytest.raises(ValueError, match="at most 5"):
        phrase_timeline(index, ["a b c d e f"])


def test_sample_mediator_says_peace_treaty_far_more_after_the_rise():
    from analysis.corpus import sample
    from tests.corpus_fixtures import sample_index

    frame = phrase_timeline(sample_index(), ["peace treaty"], freq="quarter")
    mediator = frame[(frame["speaker"] == sample.MEDIATOR) & (frame["statements"] > 0)]
    rise = pd.Timestamp(sample.TREATY_RISE)
    before = mediator[mediator["period"] < rise]
    after = mediator[mediator["period"] >= rise]
    assert after["share"].min() > 3 * before["share"].max()
    others = frame[(frame["speaker"] != sample.MEDIATOR) & (frame["period"] >= rise)]
    assert after["share"].mean() > 3 * others["share"].mean()


def brute_force_mentions(texts, phrase):
    """Independent count: a case-insensitive regex with word boundaries on raw text."""
    words = [re.escape(w) for w in phrase.split()]
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)
    return sum(len(pattern.findall(str(t))) for t in texts)


@pytest.mark.shared
@pytest.mark.parametrize(
    "phrase", ["russia", "peace", "humanitarian corridors", "armed forces of ukraine", "mariupol"]
)
def test_real_corpus_counts_agree_with_brute_force(shared_dir, phrase):
    from tests.corpus_fixtures import shared_index

    ix = shared_index(shared_dir)
    frame = ix.statements
    got = phrase_timeline(ix, [phrase], freq="day")
    per_speaker = got.groupby("speaker")["mentions"].sum()
    counted = frame[frame["date_precision"] == "day"]
    # a cell naming several people ("A; B") credits each of them
    credited = counted.assign(speaker=counted["speaker"].str.split("; ")).explode("speaker")
    want = {s: brute_force_mentions(g["text"], phrase) for s, g in credited.groupby("speaker")}
    assert per_speaker.to_dict() == want
    assert sum(want.values()) > 0
    total = phrase_timeline(ix, [phrase], freq="day", by="none")["mentions"].sum()
    assert total == brute_force_mentions(counted["text"], phrase)  # each statement once


@pytest.mark.shared
def test_year_only_inaugural_addresses_count_by_year_and_never_by_month(shared_dir):
    import zipfile

    from analysis.engine.index import build_index
    from tests.corpus_fixtures import corpus

    rows = []
    with zipfile.ZipFile(shared_dir / "corpora" / "nltk" / "inaugural.zip") as archive:
        for name in sorted(archive.namelist()):
            if name.endswith(".txt"):
                year, president = name.split("/")[-1][:-4].split("-", 1)
                data = archive.read(name)
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:  # 2005-Bush.txt has Big5 quotes and apostrophes
                    text = data.decode("big5")
                rows.append((president, f"{year}-01-01", "year", text))
    ix = build_index(corpus(rows))
    yearly = phrase_timeline(ix, ["freedom", "united states"], freq="year", by="none")
    for phrase in ("freedom", "united states"):
        got = yearly.loc[yearly["phrase"] == phrase, "mentions"].sum()
        assert got == brute_force_mentions([r[3] for r in rows], phrase)
    monthly = phrase_timeline(ix, ["freedom"], freq="month", by="none")
    assert monthly.empty
    assert grain_coverage(ix, freq="month", by="none", where=StatementFilter()).too_coarse == len(rows)


@pytest.mark.parametrize("by", ["speaker", "none"])
@pytest.mark.parametrize("speakers", [(), ("Ann",), ("Bob", "Nobody")])
def test_speaker_filters_agree_with_statement_by_statement_counting(index, by, speakers):
    # every inline statement has source "", so this filter keeps the same statements but
    # takes the general path instead of the precomputed per-speaker columns
    fast = phrase_timeline(index, ["peace treaty"], by=by, where=StatementFilter(speakers=speakers))
    general = phrase_timeline(
        index, ["peace treaty"], by=by, where=StatementFilter(speakers=speakers, sources=("",))
    )
    pd.testing.assert_frame_equal(fast, general)
    assert grain_coverage(index, freq="month", by=by, where=StatementFilter(speakers=speakers)) == (
        grain_coverage(index, freq="month", by=by, where=StatementFilter(speakers=speakers, sources=("",)))
    )


@pytest.mark.parametrize("concept", TRI_CONCEPTS, ids=lambda c: c.name)
def test_concept_timeline_counts_per_month_and_speaker_match_construction(concept):
    corpus, ix = trilingual_index()
    frame = concept_timeline(ix, [concept], freq="month")
    got = frame[frame["statements"] > 0].set_index(["period", "speaker"])["mentions"]
    want = corpus.expected(concept.name, lemmas=True)  # inflected forms found through lemmas
    assert got.sort_index().tolist() == want.sort_index().tolist()
    assert got.sum() > 0


def test_concept_rows_carry_concept_where_phrase_rows_carry_phrase():
    _, ix = trilingual_index()
    frame = concept_timeline(ix, TRI_CONCEPTS, freq="month")
    assert list(frame.columns) == [
        "period", "concept", "speaker", "statements", "tokens", "mentions", "per_10k", "share",
    ]
    assert set(frame["concept"]) == {c.name for c in TRI_CONCEPTS}


def test_a_one_pattern_concept_has_the_phrase_timeline(index):
    phrase = phrase_timeline(index, ["peace treaty"], freq="month")
    concept = concept_timeline(index, [Concept("peace treaty", ("peace treaty",))], freq="month")
    pd.testing.assert_frame_equal(phrase.rename(columns={"phrase": "concept"}), concept)


@pytest.mark.parametrize(
    ("concepts", "message"),
    [([], "at least one concept"),
     ([Concept("a", ("x",)), Concept("a", ("y",))], "names must differ"),
     ([Concept("a", ("*",))], "needs at least one letter")],
)
def test_bad_concept_lists_are_refused(index, concepts, message):
    with pytest.raises(ValueError, match=message):
        concept_timeline(index, concepts)
