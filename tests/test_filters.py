import datetime as dt

import pandas as pd
import pytest

from analysis.corpus.filters import FILTER_FIELDS, StatementFilter, filter_names
from analysis.corpus.schema import conform_statements
from analysis.engine.index import build_index

CORPUS = conform_statements(pd.DataFrame({
    "statement_id": ["a", "b", "c", "d", "e"],
    "speaker": ["Anna", "Bo", "Anna", "Cy", "Bo"],
    "speaker_raw": ["Anna", "Bo", "Anna", "Cy", "Bo"],
    "date": pd.to_datetime(["2025-01-10", "2025-02-01", "2025-03-31", "2025-01-01", "2025-03-01"], utc=True),
    "date_precision": ["day", "month", "day", "year", "day"],
    "text": ["The Peace  treaty is near.", "No peace, treaty later.", "peace treatyless", "Peace treaty!",
             "A ceasefire."],
    "source": ["Radio", "TV", "TV", "Radio", "Web"],
}))


@pytest.mark.parametrize(
    ("where", "kept"),
    [
        (StatementFilter(), "abcde"),
        (StatementFilter(speakers=("Anna", "Cy")), "acd"),
        (StatementFilter(sources=("TV",)), "bc"),
        (StatementFilter(since=dt.date(2025, 2, 15)), "bcde"),
        (StatementFilter(until=dt.date(2025, 1, 31)), "ad"),
        (StatementFilter(since=dt.date(2025, 3, 2), until=dt.date(2025, 3, 30)), "d"),
        (StatementFilter(query="peace treaty"), "ad"),
        (StatementFilter(query="PEACE"), "abcd"),
        (StatementFilter(query="treaty", speakers=("Anna",)), "a"),
    ],
)
def test_each_filter_keeps_the_statements_it_names(where, kept):
    assert "".join(where.apply(CORPUS)["statement_id"]) == kept


@pytest.mark.parametrize("query", ["peace treaty", "peace", "treaty", "ceasefire", "no peace"])
def test_the_pandas_mask_and_the_index_agree_on_queries(query):
    where = StatementFilter(query=query)
    index = build_index(CORPUS)
    assert index.mask(where).tolist() == where.mask(CORPUS).tolist()


def test_a_reversed_date_range_is_refused():
    with pytest.raises(ValueError, match="after 'until'"):
        StatementFilter(since=dt.date(2025, 2, 1), until=dt.date(2025, 1, 1))


def test_every_filter_is_declared_once_with_its_default_and_help():
    assert filter_names() == ("speakers", "since", "until", "sources", "query")
    for declared in FILTER_FIELDS:
        assert getattr(StatementFilter(), declared.name) == declared.default
        assert declared.help.endswith(".")
    assert StatementFilter().is_empty and not StatementFilter(query="x").is_empty
