"""Corpus summary, top speakers and statements over time by speaker."""

import datetime as dt

import pandas as pd
import pytest

from analysis.corpus.schema import conform_statements
from analysis.overview import (
    OTHER,
    corpus_summary,
    statements_over_time,
    top_speakers,
    unplaced_count,
)


@pytest.fixture
def corpus() -> pd.DataFrame:
    rows = [
        ("A", "2024-01-05", "day", "Wire"),
        ("A", "2024-01-20", "day", "Wire"),
        ("A", "2024-03-02", "day", "TV"),
        ("B", "2024-01-09", "day", "Wire"),
        ("B", "2024-03-01", "month", "TV"),
        ("C", "2024-01-01", "year", ""),
        ("D", None, "none", "Wire"),
    ]
    return conform_statements(
        pd.DataFrame(
            {
                "statement_id": [str(i) for i in range(len(rows))],
                "speaker": [r[0] for r in rows],
                "date": [r[1] for r in rows],
                "date_precision": [r[2] for r in rows],
                "source": [r[3] for r in rows],
                "text": ["words"] * len(rows),
            }
        )
    )


def test_summary_counts_statements_speakers_sources_and_date_range(corpus):
    summary = corpus_summary(corpus)
    assert summary.to_dict() == {
        "statements": 7,
        "speakers": 4,
        "sources": 2,
        "first_date": dt.date(2024, 1, 1),
        "last_date": dt.date(2024, 3, 2),
        "undated": 1,
    }


def test_summary_of_an_empty_frame_has_no_dates(corpus):
    summary = corpus_summary(corpus.iloc[:0])
    assert (summary.statements, summary.first_date, summary.last_date) == (0, None, None)


def test_top_speakers_groups_the_rest_as_other_with_shares(corpus):
    table = top_speakers(corpus, top_n=2)
    assert table["speaker"].tolist() == ["A", "B", OTHER]
    assert table["statements"].tolist() == [3, 2, 2]
    assert table["share"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("freq", "expected", "unplaced"),
    [
        (
            "month",
            {("2024-01", "A"): 2, ("2024-01", "B"): 1, ("2024-03", "A"): 1, ("2024-03", "B"): 1},
            2,  # C dated to its year only, D undated
        ),
        ("year", {("2024", "A"): 3, ("2024", "B"): 2, ("2024", "C"): 1}, 1),
        ("day", {("2024-01-05", "A"): 1, ("2024-01-20", "A"): 1, ("2024-01-09", "B"): 1,
                 ("2024-03-02", "A"): 1}, 3),
    ],
)
def test_statements_count_only_at_a_grain_their_date_supports(corpus, freq, expected, unplaced):
    table = statements_over_time(corpus, freq=freq, top_n=10)
    nonzero = table[table["statements"] > 0]
    fmt = {"month": "%Y-%m", "year": "%Y", "day": "%Y-%m-%d"}[freq]
    got = {(p.strftime(fmt), s): n for p, s, n in nonzero.itertuples(index=False)}
    assert got == expected
    assert unplaced_count(corpus, freq=freq) == unplaced
    assert table["statements"].sum() + unplaced == len(corpus)


def test_empty_periods_between_statements_are_zero_rows(corpus):
    table = statements_over_time(corpus, freq="month", top_n=10)
    february = table[table["period"] == pd.Timestamp("2024-02-01", tz="UTC")]
    assert february["statements"].tolist() == [0, 0]


def test_speakers_beyond_top_n_are_grouped_as_other(corpus):
    table = statements_over_time(corpus, freq="year", top_n=1)
    assert dict(zip(table["speaker"], table["statements"], strict=True)) == {"A": 3, OTHER: 3}


def test_no_dated_statements_gives_an_empty_typed_frame(corpus):
    table = statements_over_time(corpus[corpus["speaker"] == "D"], freq="month")
    assert table.empty
    assert list(table.columns) == ["period", "speaker", "statements"]


def test_an_unknown_grain_is_refused(corpus):
    with pytest.raises(ValueError, match="freq must be one of"):
        statements_over_time(corpus, freq="decade")  # type: ignore[arg-type]
