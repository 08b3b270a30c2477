"""One statement as a card: its date, speaker and source, its full text, link and evidence.

A card is a list of parts drawn in order, so a page can add its own (a mark, a note) by
extending HEADING or calling statement_card with more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import pandas as pd
import streamlit as st

from analysis.corpus.filters import needs_checking
from analysis.corpus.precision import date_labels
from analysis.extraction.confidence import CHECK_BELOW
from dashboard.escaping import markdown_text
from dashboard.evidence import show_evidence

Part = Callable[[pd.Series], str | None]
_SAFE_URL: Final[tuple[str, ...]] = ("http://", "https://")


def date_label(row: pd.Series) -> str:
    """The statement's date at the precision the data has it, or "undated"."""
    date = row.get("date")
    if date is None or pd.isna(date):
        return "undated"
    precision = pd.Series([row.get("date_precision") or "day"])
    return str(date_labels(pd.Series([pd.Timestamp(date)]), precision).iloc[0])


def attribution_note(row: pd.Series) -> str | None:
    """"needs checking" for an attribution extracted with low confidence, else nothing."""
    if bool(needs_checking(pd.DataFrame([row]))[0]):
        return f"needs checking (attribution confidence below {CHECK_BELOW})"
    return None


def _text(column: str) -> Part:
    def part(row: pd.Series) -> str | None:
        value = row.get(column)
        return None if value is None or pd.isna(value) or not str(value).strip() else str(value)
    return part


# What the card's first line says, in order; a part that has nothing to say is left out.
HEADING: Final[list[Part]] = [date_label, _text("speaker"), _text("source")]


def safe_link(row: pd.Series) -> str | None:
    """The statement's URL when it is a web address (never javascript: or data:)."""
    url = _text("url")(row)
    return url if url and url.lower().startswith(_SAFE_URL) else None


def statement_card(row: pd.Series, *, articles: dict[str, str],
                   heading: list[Part] | None = None) -> None:
    """Draw one statement: heading, the full text (wrapped, as text), its link and evidence."""
    with st.container(border=True):
        parts = [p(row) for p in (HEADING if heading is None else heading)]
        st.caption(markdown_text(" · ".join(p for p in parts if p)))
        st.text(str(row["text"]))
        link = safe_link(row)
        if link:
            st.link_button("Open the source", link, icon=":material/open_in_new:")
        if _has_evidence(row):
            with st.expander("Where it is in the article"):
                show_evidence(row, articles)


def _has_evidence(row: pd.Series) -> bool:
    return bool(str(row.get("article", "") or "")) and pd.notna(row.get("start"))
