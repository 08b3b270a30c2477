"""Top-N series with the rest summed as Other, rates recomputed from the sums."""

import math

import pandas as pd
import pytest

from analysis.overview import OTHER
from analysis.series import group_timeline_rest, top_series


@pytest.fixture
def timeline() -> pd.DataFrame:
    rows = [  # period, speaker, statements, tokens, mentions, share
        ("2024-01", "A", 10, 1000, 5, 0.3),
        ("2024-01", "B", 4, 200, 2, 0.5),
        ("2024-01", "C", 6, 800, 0, 0.0),
        ("2024-02", "A", 0, 0, 0, math.nan),
        ("2024-02", "B", 0, 0, 0, math.nan),
        ("2024-02", "C", 0, 0, 0, math.nan),
    ]
    frame = pd.DataFrame(rows, columns=["period", "speaker", "statements", "tokens", "mentions",
                                        "share"])
    frame["phrase"] = "peace"
    frame["per_10k"] = frame["mentions"] / frame["tokens"].where(frame["tokens"] > 0) * 10_000
    return frame


def test_top_series_ranks_by_total_then_name(timeline):
    assert top_series(timeline, by="speaker", value="mentions", top_n=2) == ["A", "B"]
    assert top_series(timeline, by="speaker", value="statements", top_n=3) == ["A", "C", "B"]


def test_rest_is_summed_and_rates_recomputed_from_sums(timeline):
    out = group_timeline_rest(timeline, keep=["A"])
    other = out[(out["speaker"] == OTHER) & (out["period"] == "2024-01")].iloc[0]
    assert (other["statements"], other["tokens"], other["mentions"]) == (10, 1000, 2)
    assert other["per_10k"] == pytest.approx(20.0)
    assert other["share"] == pytest.approx(0.2)  # 2 of 10 statements mention it


def test_a_period_without_statements_stays_nan_for_other(timeline):
    out = group_timeline_rest(timeline, keep=["A"])
    other = out[(out["speaker"] == OTHER) & (out["period"] == "2024-02")].iloc[0]
    assert other["statements"] == 0
    assert math.isnan(other["share"]) and math.isnan(other["per_10k"])


def test_nothing_to_group_returns_an_equal_copy(timeline):
    out = group_timeline_rest(timeline, keep=["A", "B", "C"])
    pd.testing.assert_frame_equal(out, timeline)
    assert out is not timeline


def test_other_is_listed_after_the_named_speakers(timeline):
    out = group_timeline_rest(timeline, keep=["C"])
    assert out[out["period"] == "2024-01"]["speaker"].tolist() == ["C", OTHER]


@pytest.fixture(scope="module")
def sample_index():
    from analysis.corpus.ingest import load_corpus
    from analysis.engine.index import build_index
    from tests.conftest import ROOT

    frame, _ = load_corpus([ROOT / "data/sample/statements.csv"],
                           aliases=ROOT / "data/sample/aliases.csv")
    return build_index(frame, cache_dir=ROOT / ".parley-cache" / "index")


@pytest.mark.parametrize("target", [None, "ceasefire"])
def test_pooled_other_equals_the_analysis_of_the_rest_together(sample_index, target):
    from analysis.corpus.filters import StatementFilter
    from analysis.sentiment import sentiment_timeline, target_sentiment
    from analysis.series import group_tone_rest

    keep = ["Anton Marek", "Ilse Varga"]
    rest = StatementFilter(speakers=tuple(s for s in sample_index.speakers if s not in keep))

    def run(by, where=None):
        where = where or StatementFilter()
        if target:
            return target_sentiment(sample_index, target, freq="quarter", by=by, where=where)
        return sentiment_timeline(sample_index, freq="quarter", by=by, where=where)

    pooled = group_tone_rest(run("speaker"), keep=keep,
                             count="sentences" if target else "statements")
    got = pooled[pooled["speaker"] == OTHER].reset_index(drop=True)
    expected = run("none", rest)
    assert set(pooled["speaker"]) == {*keep, OTHER}
    for column in ("statements", "mean", "ci_low", "ci_high"):
        assert got[column].to_numpy() == pytest.approx(expected[column].to_numpy(), nan_ok=True)
