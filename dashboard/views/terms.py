"""Terms page: phrase timeline by speaker, concordance from the timeline, top terms, collocations."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal, cast

import pandas as pd
import streamlit as st

from analysis.collocations import Measure
from analysis.series import group_timeline_rest, top_series
from analysis.types import Freq
from dashboard import charts, controls, escaping, events, grains, panels, results, timeaxis, view
from dashboard.controls import ALL
from dashboard.widgets import widget

# option shown (and kept in the URL) -> (column of the timeline frame, axis title)
MEASURES = dict(zip(controls.T_MEASURE.options, (
    ("mentions", "Mentions"), ("per_10k", "Mentions per 10,000 tokens"),
    ("share", "Share of statements mentioning it")), strict=True))
SCORES: dict[str, Measure] = dict(zip(controls.T_COLL_MEASURE.options, ("likelihood", "pmi"),
                                      strict=True))
# Context is cut from the statement text per match (about 1 ms each), so only what a reader
# pages through is built; the timeline above has the full counts.
KWIC_LIMIT = 100
# Collocations are ranked by score; past the first thirty they are mostly chance pairs.
COLLOCATIONS_SHOWN = 30

current = view.current()
colours = charts.speaker_colours(current.corpus.speakers)
# The timeline measures a phrase within the selection; filtering the selection by that same
# phrase would make every share 100 %, so the sidebar phrase is used as the phrase instead.
base = dataclasses.replace(current.where, query="")

st.title("Terms")
typed = widget(controls.T_PHRASES,
               placeholder=current.where.query or "e.g. peace treaty, ceasefire")
phrases = tuple(dict.fromkeys(p.strip() for p in (typed or current.where.query).split(",")
                              if p.strip()))


def _pick_point(key: str, figure_names: list[str], periods: list[str]) -> None:
    """A click on the timeline sets the concordance to that speaker and period."""
    event: Any = st.session_state.get(key)
    points = event.selection.points if event else []
    if not points:
        return
    point = points[0]
    curve = int(point.get("curve_number", -1))
    if 0 <= curve < len(figure_names) and figure_names[curve] in current.corpus.speakers:
        st.session_state[controls.T_KWIC_SPEAKER.key] = figure_names[curve]
    # a value is drawn at the middle of its period: the click falls in the period it starts
    stamp = pd.Timestamp(point.get("x")).strftime("%Y-%m-%d")
    started = [p for p in periods if p <= stamp]
    if started:
        st.session_state[controls.T_KWIC_PERIOD.key] = started[-1]


@st.fragment
def timeline_section() -> None:
    """Phrase timeline: one chart per phrase, a line per speaker."""
    st.subheader("Phrase timeline")
    cols = st.columns(4)
    column, axis_title = MEASURES[widget(controls.T_MEASURE, container=cols[0])]
    grain = grains.grain(controls.T_GRAIN, current, container=cols[1])
    split = widget(controls.T_SPLIT, container=cols[2])
    top_n = widget(controls.T_TOP, container=cols[3])
    if not phrases:
        st.info("Type a phrase above (or in the sidebar) to see how often each speaker says it.",
                icon=":material/edit:")
        return
    by: Literal["speaker", "none"] = "speaker" if split == "by speaker" else "none"
    table = results.phrase_timeline(current, phrases, freq=grain, by=by, where=base)
    coverage = results.grain_coverage(current, freq=grain, by=by, where=base)
    counted = coverage.counted
    if not panels.enough(counted, what=f"statements dated to the {grain}"):
        return
    if by == "speaker":
        keep = list(current.where.speakers) or top_series(table, by="speaker", value="mentions",
                                                          top_n=top_n)
        table = group_timeline_rest(table, keep=keep)
    else:
        table = table.assign(speaker=table["phrase"])
    periods = sorted({p.strftime("%Y-%m-%d") for p in table["period"]})
    shown = events.frame()
    for number, phrase in enumerate(phrases):
        part = table[table["phrase"] == phrase] if by == "speaker" else table
        series_colours = colours if by == "speaker" else {
            p: charts.PALETTE[i % len(charts.PALETTE)] for i, p in enumerate(phrases)}
        figure = charts.time_series(
            part, x="period", y=column, colour_by="speaker", colours=series_colours,
            y_title=axis_title, hover_extra={"mentions": "Mentions", "statements": "Statements"},
            freq=grain, events=shown, event_speakers=current.where.speakers,
        )
        names = [charts.series_name(figure, i) or "" for i in range(len(figure.data))]
        key = f"t_chart_{number}"
        st.markdown(f"**{'All phrases' if by == 'none' else escaping.markdown_text(phrase)}**")
        st.plotly_chart(figure, key=key, on_select=lambda k=key, n=names: _pick_point(k, n, periods),
                        selection_mode="points", config={"displaylogo": False})
        left, right = st.columns([3, 1], vertical_alignment="center")
        left.caption(f"n = {counted:,} statements · click a point to read those sentences below")
        with right:
            panels.download_csv(timeaxis.chart_csv(part, freq=grain, events=shown,
                                                   speakers=current.where.speakers),
                                name=f"timeline-{phrase}")
        if by == "none":
            break
    if note := grains.left_out(coverage, grain):
        st.caption(note)
    concordance_section(phrases, periods, grain)


def concordance_section(phrases: tuple[str, ...], periods: list[str], grain: Freq) -> None:
    """Keyword in context for one phrase, optionally one speaker and one period."""
    st.subheader("Concordance")
    cols = st.columns([2, 2, 2, 1])
    phrase = widget(controls.T_KWIC_PHRASE, container=cols[0], options=phrases)
    speaker = widget(controls.T_KWIC_SPEAKER, container=cols[1],
                     options=(ALL, *current.corpus.speakers))
    period = widget(controls.T_KWIC_PERIOD, container=cols[2], options=(ALL, *periods),
                    label_args={"grain": grain})
    window = widget(controls.T_WINDOW, container=cols[3])
    where = base
    if speaker != ALL:
        where = dataclasses.replace(where, speakers=(speaker,))
    if period != ALL:
        span = pd.Period(period, freq=_PERIOD[grain])
        since, until = span.start_time.date(), span.end_time.date()
        where = dataclasses.replace(where, since=max(since, base.since or since),
                                    until=min(until, base.until or until))
    rows = results.concordance(current, phrase, window=int(window), where=where,
                                limit=KWIC_LIMIT)
    if rows.empty:
        st.info(f"No sentence in the selection says \u201c{escaping.markdown_text(phrase)}\u201d.",
                icon=":material/search_off:")
        return
    panels.table(rows, name=f"concordance-{phrase}", pages=controls.T_KWIC_PAGE, page_size=25,
                 n=int(rows["statement_id"].nunique()),
                 column_order=["speaker", "date", "left", "match", "right", "statement_id"],
                 column_config={
                     "date": st.column_config.TextColumn("Date"),
                     "left": st.column_config.TextColumn("Left", width="medium"),
                     "match": st.column_config.TextColumn("Match", width="small"),
                     "right": st.column_config.TextColumn("Right", width="medium"),
                 })
    if len(rows) == KWIC_LIMIT:
        st.caption(f"Showing the first {KWIC_LIMIT} matches. Click a point of the timeline, or "
                   "pick a speaker and a period, to read the others.")


@st.fragment
def terms_section() -> None:
    """The most frequent terms and n-grams of the selection."""
    st.subheader("Top terms")
    left, right = st.columns(2)
    ngram = cast(Literal[1, 2, 3], widget(controls.T_NGRAM, container=left))
    top = widget(controls.T_TERMS_TOP, container=right)
    n = results.summary(current).statements
    if not panels.enough(n):
        return
    table = results.top_terms(current, ngram=ngram, top=top)
    if table.empty:
        st.info("No terms occur in the selection.")
        return
    figure = charts.bars(table, x="count", y="term", x_title="Occurrences", y_title="Term")
    panels.chart(figure, table, name=f"top-terms-{ngram}", n=n, key="t_terms_chart")


@st.fragment
def collocations_section() -> None:
    """Word pairs and triples that occur together more than chance (NLTK finders)."""
    st.subheader("Collocations")
    cols = st.columns(3)
    size = cast(Literal[2, 3], widget(controls.T_COLL_N, container=cols[0]))
    measure = SCORES[widget(controls.T_COLL_MEASURE, container=cols[1])]
    min_freq = widget(controls.T_COLL_MIN, container=cols[2])
    n = results.summary(current).statements
    if not panels.enough(n):
        return
    table = results.collocation_table(current, n=size, measure=measure, min_freq=int(min_freq),
                                       top=COLLOCATIONS_SHOWN)
    if table.empty:
        st.info(f"No {size}-word sequence occurs {min_freq} times or more; lower the minimum.")
        return
    panels.table(table, name=f"collocations-{size}-{measure}", pages=controls.T_COLL_PAGE, page_size=15,
                 n=n)


_PERIOD = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}

timeline_section()
terms_section()
collocations_section()
