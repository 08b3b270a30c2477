"""Sidebar filters built from analysis.corpus.filters.FILTER_FIELDS and kept in the URL query string."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Final

import streamlit as st

from analysis.corpus.filters import FILTER_FIELDS, FilterField, StatementFilter
from dashboard.corpus import LoadedCorpus

LABELS: Final[dict[str, str]] = {
    "speakers": "Speakers",
    "since": "From",
    "until": "To",
    "sources": "Sources",
    "query": "Phrase in text",
}
Widget = Callable[[FilterField, LoadedCorpus], Any]


def _speakers(spec: FilterField, corpus: LoadedCorpus) -> Any:
    return st.multiselect(
        LABELS[spec.name], corpus.speakers, key=spec.name, help=spec.help,
        placeholder="All speakers", bind="query-params",
    )


def _sources(spec: FilterField, corpus: LoadedCorpus) -> Any:
    return st.multiselect(
        LABELS[spec.name], corpus.sources, key=spec.name, help=spec.help,
        placeholder="All sources", bind="query-params",
    )


def _date(spec: FilterField, corpus: LoadedCorpus) -> Any:
    low = corpus.first_date or dt.date(1600, 1, 1)
    high = corpus.last_date or dt.date.today()
    return st.date_input(
        LABELS[spec.name], value=None, min_value=min(low, dt.date(1600, 1, 1)),
        max_value=max(high, dt.date(2200, 12, 31)), key=spec.name, help=spec.help,
        format="YYYY-MM-DD", bind="query-params",
    )


def _query(spec: FilterField, corpus: LoadedCorpus) -> Any:
    return st.text_input(
        LABELS[spec.name], key=spec.name, help=spec.help, placeholder="e.g. peace treaty",
        bind="query-params",
    )


WIDGETS: Final[dict[str, Widget]] = {
    "speakers": _speakers,
    "since": _date,
    "until": _date,
    "sources": _sources,
    "query": _query,
}


def sidebar_filter(corpus: LoadedCorpus) -> StatementFilter:
    """Draw one widget per declared filter and return the filter they describe."""
    values: dict[str, Any] = {}
    with st.sidebar:
        st.header("Filters")
        for spec in FILTER_FIELDS:
            values[spec.name] = WIDGETS[spec.name](spec, corpus)
        st.button("Clear filters", on_click=_clear, width="stretch")
    values = {k: (v if v is not None else _default(k)) for k, v in values.items()}
    try:
        return StatementFilter(**values)
    except ValueError:
        st.sidebar.error("The 'From' date is after the 'To' date; the date range is ignored.")
        return StatementFilter(**{**values, "since": None, "until": None})


def _default(name: str) -> Any:
    return next(f.default for f in FILTER_FIELDS if f.name == name)


def _clear() -> None:
    for spec in FILTER_FIELDS:
        st.session_state[spec.name] = list(spec.default) if isinstance(spec.default, tuple) else (
            spec.default)
