"""Terms page: phrases and concepts over time, by speaker, their concordance, top terms, collocations."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal, cast

import pandas as pd
import streamlit as st

from analysis.collocations import Measure
from analysis.series import group_timeline_rest, top_series
from analysis.text.stopwords import user_stopwords
from analysis.types import Freq
from dashboard import (
    charts,
    controls,
    escaping,
    events,
    followed,
    grains,
    kwic_view,
    panels,
    results,
    timeaxis,
    view,
)
from dashboard.controls import ALL
from dashboard.followed import Followed
from dashboard.widgets import widget

# option shown (and kept in the URL) -> (column of the timeline frame, axis title, what it is)
MEASURES = dict(zip(controls.T_MEASURE.options, (
    ("mentions", "Mentions", "Mentions: how many times it is said in the period's statements."),
    ("per_10k", "Mentions per 10,000 tokens",
     "Per 10,000 tokens: mentions divided by the words (tokens) said in the period, times "
     "10,000, so a speaker who talks a lot and one who talks little compare fairly."),
    ("share", "Share of statements mentioning it",
     "Share of statements: the statements that mention it at least once, divided by all the "
     "period's statements (0 to 1).")), strict=True))
SCORES: dict[str, Measure] = dict(zip(controls.T_COLL_MEASURE.options, ("likelihood", "pmi"),
                                      strict=True))
SCORE_HELP: dict[Measure, str] = {
    "likelihood": "Log-likelihood ratio (Dunning 1993): how unlikely it is to see the words "
                  "together this often if they were independent. Above 10.8 the pairing is "
                  "not chance (p < 0.001); frequent pairs score highest.",
    "pmi": "Pointwise mutual information: log2 of how many times more often the words occur "
           "together than their own frequencies predict (3 = eight times). Favours rare, "
           "tight pairs, so keep the minimum count up.",
}
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
left, right = st.columns(2)
typed = widget(controls.T_PHRASES, container=left,
               placeholder=current.where.query or "e.g. peace treaty, ceasefire")
written = widget(controls.T_CONCEPTS, container=right,
                 placeholder="peace treaty = peace treaty, мирный договор, мирна угода")
phrases = tuple(dict.fromkeys(p.strip() for p in (typed or current.where.query).split(",")
                              if p.strip()))
concepts, problem = followed.parse_concepts(written)
if problem:
    st.error(f"The concepts were not used: {escaping.markdown_text(problem)}",
             icon=":material/error:")
items = followed.followed_items(phrases, concepts)
with st.expander(f"Concepts ({len(concepts)}): edit as a table, see what each pattern finds"):
    followed.concept_editor(concepts)
    if concepts:
        st.dataframe(results.pattern_table(current, concepts), hide_index=True, column_config={
            "terms": st.column_config.TextColumn("Stands for", width="large"),
            "matches": st.column_config.NumberColumn(
                "Matches", help="In the whole corpus; a match two patterns find counts once, "
                "for the first")})


def _pick_point(key: str, item: str, figure_names: list[str], periods: list[str]) -> None:
    """A click on a timeline sets the concordance to that item, speaker and period."""
    event: Any = st.session_state.get(key)
    points = event.selection.points if event else []
    if not points:
        return
    point = points[0]
    curve = int(point.get("curve_number", -1))
    name = figure_names[curve] if 0 <= curve < len(figure_names) else ""
    if item:
        st.session_state[controls.T_KWIC_PHRASE.key] = item
        if name in current.corpus.speakers:
            st.session_state[controls.T_KWIC_SPEAKER.key] = name
    elif name:  # the comparison chart: a line is an item, for every speaker
        st.session_state[controls.T_KWIC_PHRASE.key] = name
        st.session_state[controls.T_KWIC_SPEAKER.key] = ALL
    # a value is drawn at the middle of its period: the click falls in the period it starts
    stamp = pd.Timestamp(point.get("x")).strftime("%Y-%m-%d")
    started = [p for p in periods if p <= stamp]
    if started:
        st.session_state[controls.T_KWIC_PERIOD.key] = started[-1]


def _draw(part: pd.DataFrame, *, colour_by: str, series_colours: dict[str, str], column: str,
          axis_title: str, key: str, item: str, periods: list[str], counted: int,
          grain: Freq) -> None:
    """One timeline chart that a click turns into a concordance, its n and its CSV."""
    shown = events.frame()
    figure = charts.time_series(
        part, x="period", y=column, colour_by=colour_by, colours=series_colours,
        y_title=axis_title, hover_extra={"mentions": "Mentions", "statements": "Statements"},
        freq=grain, events=shown, event_speakers=current.where.speakers,
    )
    names = [charts.series_name(figure, i) or "" for i in range(len(figure.data))]
    st.plotly_chart(figure, key=key, selection_mode="points", config={"displaylogo": False},
                    on_select=lambda: _pick_point(key, item, names, periods))
    left, middle, right = st.columns([2, 1, 1], vertical_alignment="center")
    left.caption(f"n = {counted:,} statements · click a point to read those sentences below")
    with right:
        panels.download_images(figure, name=f"timeline-{item or 'compared'}",
                               title=f"{axis_title}: {item or 'phrases compared'}", n=counted)
    with middle:
        panels.download_csv(timeaxis.chart_csv(part, freq=grain, events=shown,
                                               speakers=current.where.speakers),
                            name=f"timeline-{item or 'compared'}")


@st.fragment
def timeline_section() -> None:
    """Every followed item in one chart, then one chart per item with a line per speaker."""
    st.subheader("Phrases and concepts over time")
    cols = st.columns(4)
    column, axis_title, meaning = MEASURES[widget(controls.T_MEASURE, container=cols[0])]
    grain = grains.grain(controls.T_GRAIN, current, container=cols[1])
    split = widget(controls.T_SPLIT, container=cols[2])
    top_n = widget(controls.T_TOP, container=cols[3])
    if not items:
        st.info("Type a phrase above (or in the sidebar), or define a concept, to see how often "
                "each speaker says it.", icon=":material/edit:")
        return
    coverage = results.grain_coverage(current, freq=grain, by="none", where=base)
    counted = coverage.counted
    if not panels.enough(counted, what=f"statements dated to the {grain}"):
        return
    st.caption(meaning)
    compared = followed.comparison(current, items, freq=grain, where=base)
    periods = sorted({p.strftime("%Y-%m-%d") for p in compared["period"]})
    palette = {i.label: charts.PALETTE[n % len(charts.PALETTE)] for n, i in enumerate(items)}
    st.markdown("**All speakers together**" if len(items) == 1 else "**Compared, all speakers**")
    _draw(compared, colour_by="followed", series_colours=palette, column=column,
          axis_title=axis_title, key="t_chart_all", item="", periods=periods, counted=counted,
          grain=grain)
    if split == "by speaker":
        for number, item in enumerate(items):
            _speaker_chart(item, number, grain=grain, top_n=top_n, column=column,
                           axis_title=axis_title, periods=periods, counted=counted)
    if note := grains.left_out(coverage, grain):
        st.caption(note)
    concordance_section(items, periods, grain)


def _speaker_chart(item: Followed, number: int, *, grain: Freq, top_n: int, column: str,
                   axis_title: str, periods: list[str], counted: int) -> None:
    """One item's chart: a line for each of the speakers who say it most (or the chosen ones)."""
    table = followed.timeline(current, item, freq=grain, by="speaker", where=base)
    # ranked by this item's mentions alone, so following another item never changes its lines
    keep = list(current.where.speakers) or top_series(table, by="speaker", value="mentions",
                                                      top_n=top_n)
    table = group_timeline_rest(table, keep=keep)
    st.markdown(f"**{escaping.markdown_text(item.label)}, by speaker**")
    _draw(table, colour_by="speaker", series_colours=colours, column=column,
          axis_title=axis_title, key=f"t_chart_{number}", item=item.label, periods=periods,
          counted=counted, grain=grain)


def concordance_section(items: list[Followed], periods: list[str], grain: Freq) -> None:
    """Keyword in context for one item, optionally one speaker and one period."""
    st.subheader("Concordance")
    cols = st.columns([2, 2, 2, 1])
    labels = [i.label for i in items]
    label = widget(controls.T_KWIC_PHRASE, container=cols[0], options=labels)
    item = items[labels.index(label)] if label in labels else items[0]
    speaker = widget(controls.T_KWIC_SPEAKER, container=cols[1],
                     options=(ALL, *current.corpus.speakers))
    period = widget(controls.T_KWIC_PERIOD, container=cols[2], options=(ALL, *periods),
                    label_args={"grain": grain})
    window = int(widget(controls.T_WINDOW, container=cols[3]))
    where = base
    if speaker != ALL:
        where = dataclasses.replace(where, speakers=(speaker,))
    if period != ALL:
        span = pd.Period(period, freq=_PERIOD[grain])
        since, until = span.start_time.date(), span.end_time.date()
        where = dataclasses.replace(where, since=max(since, base.since or since),
                                    until=min(until, base.until or until))
    if item.concept is not None:
        rows = results.concept_concordance(current, item.concept, window=window, where=where,
                                           limit=KWIC_LIMIT)
        st.caption("Matches of every pattern of the concept, in every language: "
                   + escaping.markdown_text(", ".join(item.concept.patterns)))
    else:
        rows = results.concordance(current, item.phrase, window=window, where=where,
                                   limit=KWIC_LIMIT)
    if rows.empty:
        st.info(f"No sentence in the selection says \u201c{escaping.markdown_text(item.label)}"
                "\u201d.", icon=":material/search_off:")
        return
    kwic_view.show_concordance(rows, current.corpus.frame, name=f"concordance-{item.label}",
                               pages=controls.T_KWIC_PAGE, n=int(rows["statement_id"].nunique()))
    if len(rows) == KWIC_LIMIT:
        st.caption(f"Showing the first {KWIC_LIMIT} matches. Click a point of a timeline, or "
                   "pick a speaker and a period, to read the others.")


@st.fragment
def terms_section(stops: tuple[str, ...]) -> None:
    """The most frequent terms and n-grams of the selection."""
    st.subheader("Top terms")
    left, right = st.columns(2)
    ngram = cast(Literal[1, 2, 3], widget(controls.T_NGRAM, container=left))
    top = widget(controls.T_TERMS_TOP, container=right)
    n = results.summary(current).statements
    if not panels.enough(n):
        return
    table = results.top_terms(current, ngram=ngram, top=top, stopwords=stops)
    if table.empty:
        st.info("No terms occur in the selection.")
        return
    st.caption("Occurrences: how many times the term appears in the selected statements. "
               "Function words and filler (the packaged English, Russian and Ukrainian "
               "stopword lists, and your own) are left out.")
    figure = charts.bars(table, x="count", y="term", x_title="Occurrences", y_title="Term")
    panels.chart(figure, table, name=f"top-terms-{ngram}", n=n, key="t_terms_chart")


@st.fragment
def collocations_section(stops: tuple[str, ...]) -> None:
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
                                       top=COLLOCATIONS_SHOWN, stopwords=stops)
    if table.empty:
        st.info(f"No {size}-word sequence occurs {min_freq} times or more; lower the minimum.")
        return
    st.caption(f"Score: {SCORE_HELP[measure]}")
    name = "log-likelihood" if measure == "likelihood" else "PMI"
    panels.table(table, name=f"collocations-{size}-{measure}", pages=controls.T_COLL_PAGE,
                 page_size=15, n=n, column_config={
                     "collocation": "Words", "count": "Occurrences",
                     "score": st.column_config.NumberColumn(name, format="%.2f",
                                                            help=SCORE_HELP[measure])})


_PERIOD = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}

timeline_section()
st.divider()
# above both sections, so that a change reruns both (each is a fragment of its own)
own_stopwords = user_stopwords(widget(controls.T_STOPWORDS, placeholder="e.g. minister, week"))
terms_section(own_stopwords)
collocations_section(own_stopwords)
