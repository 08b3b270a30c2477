"""Sentiment page: tone over time with bands, distribution, extremes, tone around a phrase."""

import numpy as np
import pandas as pd
import pytest

from analysis.cli.main import main
from tests.dashboard_apps import figures, numbers, open_page, texts, trace_names

SPEAKERS = ["Ilse Varga", "Erik Lund"]


def test_renders_tone_distribution_and_extremes_on_the_sample():
    app = open_page("sentiment")
    tone, distribution = figures(app)
    assert trace_names(tone)[-1] == "Other"
    assert tone["layout"]["yaxis"]["range"] == [-1, 1]
    assert distribution["data"][0]["type"] == "heatmap"
    extremes = app.dataframe[0].value
    assert extremes["compound"].iloc[0] > 0.5 > -0.5 > extremes["compound"].iloc[-1]
    assert any("VADER" in t for t in texts(app))


def test_pos_neu_neg_are_explained_beside_the_extremes():
    assert any(t.startswith("Pos, Neu and Neg: the proportions") for t in texts(open_page("sentiment")))


def test_a_speaker_filter_leaves_only_that_speaker_and_no_other_series():
    app = open_page("sentiment", query={"speakers": ["Ilse Varga"], "s_grain": "year"})
    tone = figures(app)[0]
    assert trace_names(tone) == ["Ilse Varga"]
    assert set(app.dataframe[0].value["speaker"]) == {"Ilse Varga"}


def test_target_sentiment_draws_only_sentences_with_the_phrase():
    app = open_page("sentiment", query={"s_target": "ceasefire", "s_grain": "quarter"})
    assert len(figures(app)) == 3
    assert any("statements mentioning" not in t for t in texts(app))
    app.text_input(key="s_target").set_value("zzzz unknown phrase").run()
    assert any("No statements mentioning" in t for t in texts(app))


def test_too_few_statements_say_so_instead_of_a_chart():
    app = open_page("sentiment", query={"since": "2025-12-31", "until": "2025-12-31"})
    assert figures(app) == []
    assert any("too few for a meaningful chart" in t or "No statements match" in t
               for t in texts(app))


@pytest.mark.parametrize("grain", ["month", "quarter"])
def test_the_tone_chart_shows_the_same_numbers_as_the_cli(tmp_path, sample_csv, sample_aliases_csv,
                                                           grain):
    out = tmp_path / "tone.csv"
    speakers = [arg for name in SPEAKERS for arg in ("--speaker", name)]
    assert main(["sentiment", str(sample_csv), "--aliases", str(sample_aliases_csv), "--freq", grain,
                 *speakers, "--cache-dir", str(tmp_path / "cache"), "-o", str(out)]) == 0
    cli = pd.read_csv(out)
    app = open_page("sentiment", query={"speakers": SPEAKERS, "s_grain": grain})
    lines = {t["name"]: t for t in figures(app)[0]["data"] if t.get("name")}
    assert sorted(lines) == sorted(SPEAKERS)
    thin = 0
    for speaker, line in lines.items():
        rows = cli[cli["speaker"] == speaker]
        # the period as hover names it, then statements, 95% CI from, 95% CI to
        labels = [row[0] for row in line["customdata"]]
        extra = np.array([row[1:] for row in line["customdata"]], dtype=np.float64)
        assert labels == [_period_label(p, grain) for p in rows["period"]]
        assert [x[:10] for x in line["x"]] == rows["period"].str[:10].tolist()
        np.testing.assert_allclose(numbers(line["y"]), rows["mean"], equal_nan=True)
        np.testing.assert_array_equal(extra[:, 0], rows["statements"])
        np.testing.assert_allclose(extra[:, 1:], rows[["ci_low", "ci_high"]], equal_nan=True)
        thin += int((rows["statements"].between(1, 4)).sum())
    assert grain == "quarter" or thin > 0  # the monthly case exercises the minimum per cell


def _period_label(start: str, grain: str) -> str:
    """The hover label of a period that starts on `start` (YYYY-MM-DD...)."""
    year, month = int(start[:4]), int(start[5:7])
    return f"{year}-{month:02d}" if grain == "month" else f"{year}-Q{(month - 1) // 3 + 1}"


@pytest.fixture
def mixed_corpus(tmp_path, monkeypatch):
    english = ["We welcome this wonderful agreement and thank our partners.",
               "This is a terrible and shameful decision by the other side.",
               "The talks were useful, and we hope for good progress soon."]
    russian = ["Мы приветствуем это прекрасное соглашение и благодарим партнёров.",
               "Это ужасное и позорное решение другой стороны, заявил министр.",
               "Переговоры были полезными, и мы надеемся на скорый прогресс."]
    rows = [("Ann Reed", f"2024-0{1 + i % 3}-{10 + i}", english[i % 3]) for i in range(12)]
    rows += [("Ivan Petrov", f"2024-0{1 + i % 3}-{10 + i}", russian[i % 3]) for i in range(9)]
    path = tmp_path / "mixed.csv"
    pd.DataFrame(rows, columns=["speaker", "date", "text"]).to_csv(path, index=False)
    monkeypatch.setenv("PARLEY_CORPUS", str(path))
    return path


def test_statements_not_in_english_are_counted_out_and_draw_no_tone_line(mixed_corpus):
    app = open_page("sentiment", query={"s_grain": "year"})
    tone, distribution = figures(app)
    assert trace_names(tone) == ["Ann Reed"]
    assert "Ivan Petrov" not in str(distribution["data"][0]["y"])
    assert set(app.dataframe[0].value["speaker"]) == {"Ann Reed"}
    notes = [t for t in texts(app) if t.startswith("Not scored")]
    assert notes and all("9 statements" in t and "9 ru" in t for t in notes)


def test_a_selection_with_no_english_says_there_is_no_tone(mixed_corpus):
    app = open_page("sentiment", query={"languages": ["ru"]})
    assert figures(app) == []
    assert any("None of the 9 statements" in t for t in texts(app))
