"""Citing and sharing a view: its link, the provenance of its exports, the sidebar's share box."""

from __future__ import annotations

from typing import Final
from urllib.parse import urlencode, urlsplit

import streamlit as st

from analysis.io.provenance import Provenance
from dashboard import url_filters, view
from dashboard.controls import CONTROLS, SIDEBAR

SOURCE_LINE_KEY: Final[str] = "parley.csv_source_line"


def view_link(page: str) -> str:
    """The address of this view: the page's URL, the applied filters and the page's controls.

    Outside a browser (a script test) Streamlit knows no URL, and the link is the query alone.
    """
    query = urlencode([*active_filters(), *page_controls(page)])
    base = st.context.url or ""
    if base and urlsplit(base).path == "":
        base += "/"  # the default page's address is the bare origin
    return base + (f"?{query}" if query else "")


def page_controls(page: str) -> list[tuple[str, str]]:
    """The page's URL-bound controls that differ from their defaults, as (parameter, value).

    Call it after the page has run: a widget's value is in the session once the page has drawn
    it; a control it did not draw keeps the URL's value.
    """
    pairs: list[tuple[str, str]] = []
    for control in CONTROLS:
        if control.page != page:
            continue
        if control.key in st.session_state:
            value = st.session_state[control.key]
            values = [] if value == control.default else url_filters.serialize(value)
        else:
            values = st.query_params.get_all(control.key)
        pairs += [(control.key, v) for v in values]
    return pairs


def active_filters() -> tuple[tuple[str, str], ...]:
    """The sidebar filters of this run as (URL parameter, value) pairs, as the link has them."""
    current = view.published()
    if current is None:
        return ()
    return tuple((control.key, value) for control in SIDEBAR
                 for value in url_filters.serialize(getattr(current.where, control.key)))


def provenance(name: str, *, filtered: bool = True) -> Provenance:
    """Where an export of the view `name` comes from: this run's corpus, filters and link.

    filtered=False is for tables the sidebar does not filter (the ingest report, aliases).
    """
    current = view.published()
    corpus = current.corpus.label if current is not None else ""
    link = view_link(current.page) if current is not None else ""
    return Provenance(name, corpus=corpus, filters=active_filters() if filtered else (),
                      link=link)


def wants_source_line() -> bool:
    """Whether this session asked for CSVs that start with their source line."""
    return bool(st.session_state.get(SOURCE_LINE_KEY, False))


def share_box(page: str) -> None:
    """The sidebar's share box: the view's link with its copy button, and the CSV option.

    A control inside a page fragment reruns only that fragment, not this box; the "Copy link"
    button reruns the whole app, so the link below it is the view's as it is now.
    """
    st.subheader("Share and cite")
    st.button("Copy link", icon=":material/link:", key="parley.copy_link",
              help="Brings the link below up to date with every control on the page; the "
                   "button at the right of the link copies it.")
    st.code(view_link(page), language=None, wrap_lines=True)
    st.toggle("Start each CSV with a source line", key=SOURCE_LINE_KEY,
              help="The first line names the view, corpus, filters, time and link, as "
                   "`# Parley export: …`; read such a file with `pd.read_csv(path, skiprows=1)`.")
