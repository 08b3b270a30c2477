"""Overview page: corpus size, speakers, sources, date range, statements over time, top speakers."""

from __future__ import annotations

from typing import cast

import streamlit as st

from analysis.corpus import precision
from analysis.overview import OTHER
from analysis.types import Freq
from dashboard import charts, controls, escaping, events, grains, panels, results, timeaxis, view
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
first, last = results.date_span(current)
cols[3].metric("First statement", first or "–", help=undated)
cols[4].metric("Last statement", last or "–", help=undated)


@st.fragment
def over_time() -> None:
    """Statements per period by speaker, at the chosen grain, with events and the undated."""
    st.subheader("Statements over time by speaker")
    left, middle, right = st.columns(3)
    grain = grains.grain(controls.OV_GRAIN, current, container=left)
    style = cast(Style, widget(controls.OV_STYLE, container=middle))
    top_n = widget(controls.OV_TOP, container=right)
    if summary.statements == 0:
        panels.enough(0)
        return
    placed = 0
    chart_column, undated_column = st.columns([7, 1]) if summary.undated else (st.container(), None)
    with chart_column:
        if summary.undated == summary.statements:
            st.info(f"All {summary.statements:,} statements of the selection are undated, so none "
                    "is on a timeline. They are listed below; give their article a date on the "
                    "Data page to place them.", icon=":material/event_busy:")
        elif panels.enough(summary.statements):
            placed = timeline_chart(grain, style, top_n)
    if undated_column is not None:
        undated_column.metric("Undated", f"{summary.undated:,}",
                              help="Statements without a date are on no timeline; they are listed "
                                   "below the chart.")
    coarser = results.unplaced(current, freq=grain) - summary.undated
    if placed and coarser:
        st.caption(f"{coarser:,} statements are dated more coarsely than a {grain} and are not in "
                   "this chart; pick a coarser grain to include them.")
    undated_list(expanded=not placed)


def timeline_chart(grain: Freq, style: Style, top_n: int) -> int:
    """The stacked bars or lines with the events; returns how many statements they place."""
    table = results.statements_over_time(current, freq=grain, top_n=top_n)
    placed = int(table["statements"].sum())
    if not placed:
        fits = precision.natural_grain(current.selected["date_precision"], preferred=grain)
        panels.enough(0, what=f"statements dated to the {grain}",
                      hint=f"The selection's dates are coarser than a {grain}: pick the {fits} "
                           "grain to see them.")
        return 0
    shown = events.frame()
    figure = charts.time_series(
        table, x="period", y="statements", colour_by="speaker", colours=colours,
        y_title=f"Statements per {grain}", freq=grain, style=style, events=shown,
        event_speakers=current.where.speakers)
    panels.chart(figure, timeaxis.chart_csv(table, freq=grain, events=shown,
                                            speakers=current.where.speakers),
                 name=f"statements-per-{grain}", n=placed, key="ov_chart")
    return placed


def undated_list(*, expanded: bool) -> None:
    """The selection's undated statements, and where to give their article a date."""
    if not summary.undated:
        return
    with st.expander(f"Undated statements ({summary.undated:,})", expanded=expanded):
        st.caption("These statements have no date (an article without one), so no timeline shows "
                   "them. Give the article a date on the Data page and every page places them.")
        st.page_link("views/data.py", label="Give an article a date", icon=":material/event:")
        panels.table(results.undated_statements(current), name="undated-statements",
                     pages=controls.OV_UNDATED_PAGE, page_size=20, n=summary.undated,
                     column_config={"speaker": "Speaker", "article": "Article", "title": "Title",
                                    "source": "Source",
                                    "text": st.column_config.TextColumn("Statement", width="large")})


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
