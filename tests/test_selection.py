"""The prepared Selector keeps exactly the rows StatementFilter.mask keeps."""

import datetime as dt

import pandas as pd
import pytest

from analysis.corpus.filters import StatementFilter
from analysis.corpus.schema import conform_statements
from analysis.corpus.selection import Selector


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    rows = [
        ("A", "2024-01-31", "day", "Wire"),
        ("A", "2024-02-01", "day", "TV"),
        ("B", "2024-02-01", "month", "Wire"),
        ("B", "2023-01-01", "year", ""),
        ("C", None, "none", "TV"),
        ("C", "2024-03-15 23:30:00", "day", None),
    ]
    return conform_statements(pd.DataFrame({
        "statement_id": [str(i) for i in range(len(rows))],
        "speaker": [r[0] for r in rows],
        "date": pd.to_datetime([r[1] for r in rows], format="mixed"),
        "date_precision": [r[2] for r in rows], "source": [r[3] for r in rows],
        "text": ["t"] * len(rows),
    }))


@pytest.mark.parametrize(
    "where",
    [
        StatementFilter(),
        StatementFilter(speakers=("A",)),
        StatementFilter(speakers=("B", "nobody")),
        StatementFilter(sources=("Wire",)),
        StatementFilter(sources=("",)),
        StatementFilter(since=dt.date(2024, 2, 15)),  # B's February (month precision) overlaps
        StatementFilter(until=dt.date(2023, 6, 30)),  # B's 2023 (year precision) overlaps
        StatementFilter(since=dt.date(2024, 3, 15), until=dt.date(2024, 3, 15)),
        StatementFilter(speakers=("A", "C"), sources=("TV",), since=dt.date(2024, 1, 1)),
    ],
)
def test_the_selector_keeps_the_same_rows_as_the_filter(corpus, where):
    expected = where.mask(corpus).to_numpy(dtype=bool)
    assert Selector.of(corpus).mask(where).tolist() == expected.tolist()


def test_a_phrase_is_refused_because_it_needs_the_index(corpus):
    with pytest.raises(ValueError, match="use the corpus index"):
        Selector.of(corpus).mask(StatementFilter(query="peace"))
