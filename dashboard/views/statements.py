"""Statements page: the filtered statements as a paged table, with a text search and links."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from analysis.corpus.filters import needs_checking
from analysis.corpus.precision import date_labels
from analysis.extraction.confidence import CHECK_BELOW
from dashboard import controls, escaping, panels, results, view
from dashboard.evidence import show_evidence
from dashboard.widgets import widget

SHOWN = ["date", "speaker", "source", "text", "link", "statement_id"]


def dated_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """The statements as their CSV has them: each date written at its precision."""
    return rows.assign(date=date_labels(rows["date"], rows["date_precision"]))


current = view.current()
frame = current.corpus.frame

st.title("Statements")
left, middle, right = st.columns([3, 1, 1])
text = widget(controls.ST_TEXT, container=left, placeholder="words or a phrase, case-insensitive")
order = widget(controls.ST_ORDER, container=middle)
size = widget(controls.ST_SIZE, container=right)

positions = results.statement_order(current, text=text.strip(), order=order)
if len(positions) == 0:
    panels.enough(0, what="statements with these words" if text.strip() else "statements")
    st.stop()

total = len(positions)
pages = max(1, -(-total // size))
page = widget(controls.ST_PAGE, num_pages=pages) if pages > 1 else 1
start = (page - 1) * size
shown = frame.iloc[positions[start : start + size]].copy()  # only this page is copied
safe_url = shown["url"].fillna("").str.match(r"(?i)^https?://")
shown["link"] = shown["url"].where(safe_url, None)
shown = dated_frame(shown)  # "2021" for a year-only date
columns = SHOWN
if "confidence" in shown.columns:  # statements extracted from articles
    shown["check"] = np.where(needs_checking(shown), "needs checking", "")
    columns = ["check", *SHOWN]
picked = st.dataframe(
    shown[columns], hide_index=True, key="st_table", on_select="rerun",
    height=panels.table_height(len(shown)),
    selection_mode="single-row",
    column_config={
        "date": st.column_config.TextColumn("Date"),
        "speaker": "Speaker",
        "source": "Source",
        "text": st.column_config.TextColumn("Statement", width="large"),
        "link": st.column_config.LinkColumn("Source link", display_text="open"),
        "statement_id": "Id",
        "check": st.column_config.TextColumn(
            "Attribution", width="medium", help=f"Extracted with a confidence below {CHECK_BELOW}: read the "
            "statement in its article before citing it (the sidebar can hide these)."),
    },
)
left, right = st.columns([3, 1], vertical_alignment="center")
left.caption(f"rows {start + 1:,}–{min(start + size, total):,} of {total:,} · "
             f"n = {total:,} statements · select a row to read it in full")
with right:
    panels.download_frame(lambda: dated_frame(frame.iloc[positions]), name="statements")

rows = picked.selection.rows if picked is not None else []
if rows:
    row = shown.iloc[rows[0]]
    st.subheader("Statement")
    dated = f" · {row['date']}"
    st.caption(escaping.markdown_text(f"{row['speaker']}{dated} · {row['source'] or 'no source'}"))
    st.text(str(row["text"]))
    show_evidence(shown.iloc[rows[0]], current.corpus.extras.get("articles", {}))
