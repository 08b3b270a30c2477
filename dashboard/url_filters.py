"""Keep the sidebar filters and the URL in step, on the server, across page switches.

Streamlit's own widget binding needs the browser to have reported each bound widget before a
page switch: a switch made right after a shared link opens (a quick click on the top menu) went
out without the link's query string, and the filter was lost. So the entrypoint syncs the
sidebar filters itself: the first URL of the session is remembered, a URL value that differs from
what was last written wins (a shared link, history navigation), a filter the session has never
drawn comes from the first URL, and after drawing the query string is rewritten from the widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

import streamlit as st

from dashboard.controls import SIDEBAR, Control

_SEED: Final[str] = "parley.url_seed"  # the query string the session opened with
_WRITTEN: Final[str] = "parley.url_written"  # what this module last put in the URL, per key
KEYS: Final[tuple[str, ...]] = tuple(c.key for c in SIDEBAR)


def remember_first_url() -> None:
    """Record the filters of the session's first URL; call first thing in every run."""
    if _SEED not in st.session_state:
        st.session_state[_SEED] = {k: st.query_params.get_all(k) for k in KEYS
                                   if st.query_params.get_all(k)}


def seed_from_url(control: Control, choices: Sequence[str] = ()) -> str | None:
    """Before drawing control, adopt its URL value when the URL is newer than the widget.

    Returns a sentence about a value that could not be used (an unknown speaker, a bad date).
    """
    key = control.key
    url = st.query_params.get_all(key)
    written = st.session_state.get(_WRITTEN, {}).get(key, [])
    if not url and key not in st.session_state:
        url = st.session_state.get(_SEED, {}).get(key, [])  # drawn never: the first URL holds
    elif url == written:
        return None  # the widget has the last word: the URL is what it wrote
    elif not url:
        # A page switch dropped the query string. The value stands, and is set again so a
        # browser that never showed the widget draws it with this value, not empty.
        st.session_state[key] = st.session_state[key]
        return None
    if not url:
        return None
    value, problem = parse(control, url, choices)
    if value is not None:
        st.session_state[key] = value
    return problem


def write_to_url(control: Control, value: Any) -> None:
    """Put the drawn widget's value in the query string (or drop it when it is the default)."""
    key = control.key
    wanted = serialize(value)
    if st.query_params.get_all(key) != wanted:
        if wanted:
            st.query_params[key] = wanted
        elif key in st.query_params:
            del st.query_params[key]
    st.session_state.setdefault(_WRITTEN, {})[key] = wanted


def serialize(value: Any) -> list[str]:
    """A widget value as query-string values: none for a default (empty) value."""
    if value is None or value is False or value == "" or value == ():
        return []
    if value is True:
        return ["true"]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    if isinstance(value, dt.date):
        return [value.isoformat()]
    return [str(value)]


def parse(control: Control, values: list[str], choices: Sequence[str]) -> tuple[Any, str | None]:
    """A URL value as the widget's value, and a sentence about anything left out."""
    if control.kind == "multiselect":
        known = [v for v in dict.fromkeys(values) if v in choices]
        unknown = [v for v in dict.fromkeys(values) if v not in choices]
        note = (f"The link's {control.label.lower()} {', '.join(unknown)} are not in this corpus "
                "and were left out.") if unknown else None
        return known, note
    if control.kind == "date":
        try:
            return dt.date.fromisoformat(values[-1]), None
        except ValueError:
            return None, (f"The link's '{control.label}' date {values[-1]!r} is not a date "
                          "(YYYY-MM-DD) and was ignored.")
    if control.kind == "toggle":
        return values[-1].strip().lower() in ("true", "1", "yes", "on"), None
    return values[-1], None
