"""Phrase timelines: token boundaries, zero periods, date precision, normalisation."""

from __future__ import annotations

import math

import pytest

from analysis.filters import StatementFilter
from analysis.timeline import phrase_timeline
from tests.corpus_fixtures import index_of

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
    assert frame.attrs["coverage"] == {
        "selected": 6, "counted": counted, "too_coarse": too_coarse, "undated": 1,
    }
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
