"""StatementFilter and its Selector: which statements each filter keeps."""

import dataclasses
import datetime as dt

import pandas as pd
import pytest

from analysis.corpus.filters import FILTER_FIELDS, Selector, StatementFilter
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


@pytest.mark.parametrize(
    ("languages", "kept"),
    [((), "abcde"), (("uk",), "ac"), (("uk", "en"), "abce"), (("und",), "d"), (("fr",), "")],
)
def test_the_language_filter_keeps_statements_in_those_languages(languages, kept):
    frame = CORPUS.assign(language=["uk", "en", "uk", "und", "en"])
    where = StatementFilter(languages=languages)
    assert "".join(where.apply(frame)["statement_id"]) == kept
    assert build_index(frame).mask(where).tolist() == where.mask(frame).tolist()


@pytest.mark.parametrize("query", ["peace treaty", "peace", "treaty", "ceasefire", "no peace"])
def test_the_pandas_mask_and_the_index_agree_on_queries(query):
    where = StatementFilter(query=query)
    index = build_index(CORPUS)
    assert index.mask(where).tolist() == where.mask(CORPUS).tolist()


def test_a_reversed_date_range_is_refused():
    with pytest.raises(ValueError, match="after 'until'"):
        StatementFilter(since=dt.date(2025, 2, 1), until=dt.date(2025, 1, 1))


def test_every_filter_is_declared_once_with_its_default_and_help():
    names = tuple(f.name for f in FILTER_FIELDS)
    assert names == tuple(f.name for f in dataclasses.fields(StatementFilter))
    assert names == ("speakers", "since", "until", "sources", "query", "hide_unsure", "languages")
    for declared in FILTER_FIELDS:
        assert getattr(StatementFilter(), declared.name) == declared.default
        assert declared.help.endswith(".")
    assert StatementFilter().is_empty and not StatementFilter(query="x").is_empty


@pytest.fixture(scope="module")
def dated() -> pd.DataFrame:
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
    ("where", "kept"),
    [
        (StatementFilter(), "012345"),
        (StatementFilter(speakers=("A",)), "01"),
        (StatementFilter(speakers=("B", "nobody")), "23"),
        (StatementFilter(sources=("Wire",)), "02"),
        (StatementFilter(sources=("",)), "35"),  # a missing source is the empty source
        (StatementFilter(since=dt.date(2024, 2, 15)), "25"),  # B's February (month) overlaps
        (StatementFilter(until=dt.date(2023, 6, 30)), "3"),  # B's 2023 (year) overlaps
        (StatementFilter(since=dt.date(2024, 3, 15), until=dt.date(2024, 3, 15)), "5"),
        (StatementFilter(speakers=("A", "C"), sources=("TV",), since=dt.date(2024, 1, 1)), "1"),
    ],
)
def test_a_dated_period_overlapping_the_range_is_kept_by_frame_and_selector(dated, where, kept):
    assert "".join(where.apply(dated)["statement_id"]) == kept
    assert "".join(dated["statement_id"][Selector.of(dated).mask(where)]) == kept


def test_the_selector_leaves_the_query_to_the_caller(dated):
    assert Selector.of(dated).mask(StatementFilter(query="peace")).all()


@pytest.mark.parametrize(
    ("confidence", "kept"),
    [
        ([0.95, 0.792, None, 0.8, 0.5], "acd"),  # below 0.8 needs checking; a table row has none
        (None, "abcde"),  # a corpus without extracted statements loses nothing
    ],
)
def test_hide_unsure_leaves_out_only_extractions_that_need_checking(confidence, kept):
    frame = CORPUS if confidence is None else CORPUS.assign(confidence=confidence)
    where = StatementFilter(hide_unsure=True)
    assert "".join(where.apply(frame)["statement_id"]) == kept
    assert build_index(frame).mask(where).tolist() == where.mask(frame).tolist()
    assert not where.is_empty


def test_a_speaker_filter_keeps_a_statement_crediting_any_of_its_people():
    frame = CORPUS.assign(speaker=["Anna; Bo", "Bo", "Anna", "Cy", "Bo; Cy"])
    assert "".join(StatementFilter(speakers=("Cy",)).apply(frame)["statement_id"]) == "de"
    assert "".join(StatementFilter(speakers=("Anna", "Cy")).apply(frame)["statement_id"]) == "acde"
