"""Statements page: the filtered statements, paged, each in full with its source and evidence."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.corpus.precision import date_labels
from dashboard import controls, panels, results, view
from dashboard.statement_cards import HEADING, attribution_note, statement_card
from dashboard.widgets import widget


def dated_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """The statements as their CSV has them: each date written at its precision."""
    return rows.assign(date=date_labels(rows["date"], rows["date_precision"]))


current = view.current()
frame = current.corpus.frame
articles = current.corpus.extras.get("articles", {})

st.title("Statements")
left, middle, right = st.columns([3, 1, 1])
text = widget(controls.ST_TEXT, container=left, placeholder="words or a phrase, case-insensitive")
order = widget(controls.ST_ORDER, container=middle)
size = widget(controls.ST_SIZE, container=right)

positions = results.statement_order(current, text=text.strip(), order=order)
if len(positions) == 0:
    panels.enough(0, what="statements with these words" if text.strip() else "statements")
    # no st.stop(): the entrypoint draws the share box after the page
else:
    total = len(positions)
    pages = max(1, -(-total // size))
    page = widget(controls.ST_PAGE, num_pages=pages) if pages > 1 else 1
    start = (page - 1) * size
    for _, row in frame.iloc[positions[start : start + size]].iterrows():  # this page only
        statement_card(row, articles=articles, heading=[*HEADING, attribution_note])
    left, right = st.columns([3, 1], vertical_alignment="center")
    left.caption(f"rows {start + 1:,}–{min(start + size, total):,} of {total:,} · "
                 f"n = {total:,} statements")
    with right:
        panels.download_frame(lambda: dated_frame(frame.iloc[positions]), name="statements")
