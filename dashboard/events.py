"""The events every time chart marks: this session's table (kept in the link) or the server's.

A session's own events (uploaded on the Data page, or opened from a link) travel in the `events`
query parameter, compactly encoded, so a copied link shows them. Page switches can drop the
query string, so each run adopts a URL value this module did not write itself and then writes
the session's value back, as dashboard/url_filters.py does for the sidebar filters.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

import pandas as pd
import streamlit as st

from analysis.events import EventsError, decode_events, encode_events, read_events
from dashboard import corpus
from dashboard.escaping import markdown_text

PARAM: Final[str] = "events"
SERVER_ENV: Final[str] = "PARLEY_EVENTS"
_STATE: Final[str] = "parley.events"
_SEED: Final[str] = "parley.events_seed"  # the events value of the session's first URL
_WRITTEN: Final[str] = "parley.events_written"
Origin = Literal["upload", "link", "server"]


@dataclass(frozen=True)
class Events:
    """An events table with where it came from and whether a link can carry it."""

    frame: pd.DataFrame
    origin: Origin
    name: str
    link_value: str = ""
    link_problem: str = ""


def remember_first_url() -> None:
    """Record the events value the session opened with; call first thing in every run."""
    if _SEED not in st.session_state:
        st.session_state[_SEED] = st.query_params.get(PARAM, "")


def sync_url() -> str | None:
    """Adopt a newer link value, then write the session's events to the URL; returns a problem."""
    url = st.query_params.get(PARAM, "")
    if not url and _STATE not in st.session_state:
        url = st.session_state.get(_SEED, "")
    problem = None
    if url and url != st.session_state.get(_WRITTEN, ""):
        try:
            _keep(Events(decode_events(url), "link", "a shared link", url))
        except EventsError as error:
            problem = str(error)
            st.session_state[_WRITTEN] = url  # said once; the value is replaced below
    held: Events | None = st.session_state.get(_STATE)
    wanted = held.link_value if held is not None else ""
    if st.query_params.get(PARAM, "") != wanted:
        if wanted:
            st.query_params[PARAM] = wanted
        elif PARAM in st.query_params:
            del st.query_params[PARAM]
    st.session_state[_WRITTEN] = wanted
    st.session_state[_SEED] = ""  # used up: removed events must not come back from it
    return problem


def use_upload(data: bytes, *, name: str) -> Events:
    """Make an uploaded events table this session's; raises EventsError naming bad rows."""
    frame = read_events(data, name=name)
    try:
        value, problem = encode_events(frame), ""
    except EventsError as error:
        value, problem = "", str(error)
    events = Events(frame, "upload", name, value, problem)
    _keep(events)
    return events


def forget() -> None:
    """Drop this session's events (the server's, if configured, are shown again)."""
    st.session_state.pop(_STATE, None)


def active() -> Events | None:
    """The session's events, else the server's (PARLEY_EVENTS), else none."""
    held: Events | None = st.session_state.get(_STATE)
    if held is not None:
        return held
    path = server_path()
    if path is None:
        return None
    info = path.stat() if path.is_file() else None
    frame = corpus.server_events(str(path), info.st_mtime_ns if info else 0)
    return Events(frame, "server", path.name)


def frame() -> pd.DataFrame | None:
    """The active events table, or None (a server table that cannot be used is said once)."""
    try:
        events = active()
    except EventsError:
        return None  # show_problems has said why in the sidebar
    return events.frame if events is not None else None


def show_problems() -> None:
    """Sync the events with the URL and say in the sidebar what could not be used."""
    problems = [sync_url()]
    try:
        active()
    except EventsError as error:
        problems.append(str(error))
    for problem in filter(None, problems):
        st.sidebar.warning(markdown_text(problem), icon=":material/event_busy:")


def server_path() -> Path | None:
    """The events table configured for this server, if any."""
    value = os.environ.get("PARLEY_EVENTS", "").strip()  # spelled out: the README's check reads it
    return Path(value) if value else None


def _keep(events: Events) -> None:
    st.session_state[_STATE] = events
    st.session_state[_WRITTEN] = events.link_value
