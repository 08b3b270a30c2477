"""Sidebar filters built from analysis.corpus.filters.FILTER_FIELDS and kept in the URL query string."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Final

import streamlit as st

from analysis.corpus.filters import FILTER_FIELDS, StatementFilter
from dashboard import url_filters
from dashboard.controls import Control, sidebar_control
from dashboard.corpus import LoadedCorpus
from dashboard.escaping import markdown_text
from dashboard.view import View
from dashboard.widgets import widget

# The date pickers reach well past any corpus, so a link with a date outside the loaded data
# (an older archive, a planned event) still opens instead of being clamped: from the first
# printed newspapers to far beyond any plausible schedule.
EARLIEST_DATE: Final[dt.date] = dt.date(1600, 1, 1)
LATEST_DATE: Final[dt.date] = dt.date(2200, 12, 31)
Widget = Callable[[Control, LoadedCorpus], Any]


def _speakers(spec: Control, corpus: LoadedCorpus) -> Any:
    return widget(spec, container=st.sidebar, options=corpus.speakers, placeholder="All speakers",
                  bound=False)


def _sources(spec: Control, corpus: LoadedCorpus) -> Any:
    return widget(spec, container=st.sidebar, options=corpus.sources, placeholder="All sources",
                  bound=False)


def _languages(spec: Control, corpus: LoadedCorpus) -> Any:
    return widget(spec, container=st.sidebar, options=corpus.languages, placeholder="All languages",
                  bound=False)


def _date(spec: Control, corpus: LoadedCorpus) -> Any:
    low = min(corpus.first_date or EARLIEST_DATE, EARLIEST_DATE)
    high = max(corpus.last_date or dt.date.today(), LATEST_DATE)
    return widget(spec, container=st.sidebar, min_value=low, max_value=high, bound=False)


def _query(spec: Control, corpus: LoadedCorpus) -> Any:
    return widget(spec, container=st.sidebar, placeholder="e.g. peace treaty", bound=False)


def _choices(spec: Control, corpus: LoadedCorpus) -> tuple[str, ...]:
    return {"speakers": corpus.speakers, "sources": corpus.sources,
            "languages": corpus.languages}.get(spec.key, ())


def _toggle(spec: Control, corpus: LoadedCorpus) -> Any:
    return widget(spec, container=st.sidebar, bound=False)


WIDGETS: Final[dict[str, Widget]] = {
    "speakers": _speakers,
    "since": _date,
    "until": _date,
    "sources": _sources,
    "query": _query,
    "hide_unsure": _toggle,
    "languages": _languages,
}


def sidebar_filter(corpus: LoadedCorpus) -> StatementFilter:
    """Draw one widget per declared filter and return the filter they describe."""
    values: dict[str, Any] = {}
    with st.sidebar:
        st.header("Filters")
        for spec in FILTER_FIELDS:
            control = sidebar_control(spec.name)
            problem = url_filters.seed_from_url(control, _choices(control, corpus))
            values[spec.name] = WIDGETS[spec.name](control, corpus)
            url_filters.write_to_url(control, values[spec.name])
            if problem:
                st.warning(markdown_text(problem), icon=":material/link_off:")
        st.button("Clear filters", on_click=_clear, width="stretch")
    values = {k: (v if v is not None else _default(k)) for k, v in values.items()}
    try:
        return StatementFilter(**values)
    except ValueError:
        st.sidebar.error("The 'From' date is after the 'To' date; the date range is ignored.")
        return StatementFilter(**{**values, "since": None, "until": None})


def corpus_caption(shown: View) -> None:
    """Name the corpus and count the statements the filters keep, of how many."""
    total = len(shown.corpus.frame)
    count = f"{total:,} statements" if shown.where.is_empty else (
        f"{len(shown.selected):,} of {total:,} statements match the filters")
    st.sidebar.caption(f"Corpus: {markdown_text(shown.corpus.label)} · {count}")


def _default(name: str) -> Any:
    return next(f.default for f in FILTER_FIELDS if f.name == name)


def _clear() -> None:
    for spec in FILTER_FIELDS:
        st.session_state[spec.name] = list(spec.default) if isinstance(spec.default, tuple) else (
            spec.default)
