"""Show where a statement extracted from an article sits in that article, as text, never HTML."""

from __future__ import annotations

from typing import Final

import pandas as pd
import streamlit as st

from dashboard.escaping import markdown_text

CONTEXT: Final[int] = 400  # characters of the article shown each side of the quote


def evidence_parts(text: str, start: int, end: int, *, context: int = CONTEXT
                   ) -> tuple[str, str, str]:
    """Split the article around [start, end): the text before, the quote, and the text after."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    before = text[max(0, start - context) : start]
    after = text[end : end + context]
    return (("…" if start > context else "") + before, text[start:end],
            after + ("…" if end + context < len(text) else ""))


def show_evidence(row: pd.Series, articles: dict[str, str]) -> None:
    """Quote highlighted inside its article; escaped so the article's markup shows as text."""
    name = str(row.get("article", "") or "")
    start, end = row.get("start"), row.get("end")
    if not name or pd.isna(start) or pd.isna(end):
        return
    text = articles.get(name)
    st.subheader("Evidence")
    if text is None:
        st.caption(f"From {markdown_text(name)}, characters {int(start):,}–{int(end):,}. "
                   "The article itself is not in this session, so it cannot be shown.")
        return
    before, quote, after = evidence_parts(text, int(start), int(end))
    details = [f"From {markdown_text(name)}, characters {int(start):,}–{int(end):,}"]
    for column in ("attribution", "cue", "confidence"):
        if column in row and pd.notna(row[column]) and str(row[column]):
            details.append(f"{column}: {markdown_text(str(row[column]))}")
    st.caption(" · ".join(details))
    with st.container(border=True):
        st.markdown(markdown_text(before) + ":orange-background[" + markdown_text(quote) + "]"
                    + markdown_text(after))
