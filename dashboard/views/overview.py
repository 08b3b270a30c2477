"""Overview page: corpus size, speakers, sources, date range, statements over time, top speakers."""

from __future__ import annotations

from typing import cast

import streamlit as st

from analysis.overview import OTHER
from analysis.types import Freq
from dashboard import charts, controls, escaping, events, panels, results, timeaxis, view
from dashboard.charts import Style
from dashboard.widgets import widget

# Fifteen bars fit the chart's height with readable names; the full list is on the Data page.
TOP_SPEAKERS = 15

current = view.current()
colours = charts.speaker_colours(current.corpus.speakers)

st.title("Overview")
st.caption(f"Corpus: {escaping.markdown_text(current.corpus.label)}")
total = results.corpus_summary(current)
summary = results.summary(current)
cols = st.columns(5)
cols[0].metric("Statements", f"{summary.statements:,}",
               help=f"{total.statements:,} in the whole corpus")
cols[1].metric("Speakers", f"{summary.speakers:,}", help=f"{total.speakers:,} in the whole corpus")
cols[2].metric("Sources", f"{summary.sources:,}", help=f"{total.sources:,} in the whole corpus")
undated = f"{summary.undated:,} selected statements are undated"
cols[3].metric("First statement", f"{summary.first_date:%Y-%m-%d}" if summary.first_date else "–",
               help=undated)
cols[4].metric("Last statement", f"{summary.last_date:%Y-%m-%d}" if summary.last_date else "–",
               help=undated)


@st.fragment
def over_time() -> None:
    """Statements per period by speaker, at the chosen grain."""
    st.subheader("Statements over time by speaker")
    left, middle, right = st.columns(3)
    grain = cast(Freq, widget(controls.OV_GRAIN, container=left))
    style = cast(Style, widget(controls.OV_STYLE, container=middle))
    top_n = widget(controls.OV_TOP, container=right)
    if not panels.enough(summary.statements):
        return
    table = results.statements_over_time(current, freq=grain, top_n=top_n)
    placed = int(table["statements"].sum())
    if not panels.enough(placed, what=f"statements dated to the {grain}"):
        return
    shown = events.frame()
    figure = charts.time_series(
        table, x="period", y="statements", colour_by="speaker", colours=colours,
        y_title=f"Statements per {grain}", freq=grain, style=style, events=shown,
        event_speakers=current.where.speakers)
    panels.chart(figure, timeaxis.chart_csv(table, freq=grain, events=shown,
                                            speakers=current.where.speakers),
                 name=f"statements-per-{grain}", n=placed, key="ov_chart")
    left_out = results.unplaced(current, freq=grain)
    if left_out:
        st.caption(f"{left_out:,} statements are undated or dated more coarsely than a {grain} "
                   "and are not in this chart; pick a coarser grain to include them.")


@st.fragment
def speakers() -> None:
    """Who speaks most in the selection."""
    st.subheader("Top speakers")
    if not panels.enough(summary.statements):
        return
    table = results.top_speakers(current, top_n=TOP_SPEAKERS)
    # the pooled rest would be the longest bar of a many-speaker corpus: it is said, not drawn
    named = table[table["speaker"] != OTHER]
    figure = charts.bars(named, x="statements", y="speaker", colours=colours, colour_by="speaker",
                         x_title="Statements", y_title="Speaker")
    panels.chart(figure, named, name="top-speakers", n=summary.statements, key="ov_speakers")
    rest = table.loc[table["speaker"] == OTHER, "statements"]
    if len(rest):
        others = summary.speakers - len(named)
        st.caption(f"Not drawn: {int(rest.iloc[0]):,} statements by {others:,} other speakers "
                   "(the Data page lists every speaker).")


over_time()
speakers()

report = current.corpus.report
with st.expander(f"Ingest report: {report.rows_kept:,} of {report.rows_read:,} rows kept"):
    st.write(f"{report.rows_rejected:,} rows rejected. The Data page lists the reasons and "
             "example rows.")
    st.page_link("views/data.py", label="Open the Data page", icon=":material/database:")
