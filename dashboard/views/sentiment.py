"""Sentiment page: tone per speaker over time, its distribution, extremes, tone around a phrase."""

from __future__ import annotations

import dataclasses

import pandas as pd
import streamlit as st

from analysis.corpus.filters import StatementFilter
from analysis.sentiment import MIN_STATEMENTS, leave_out_thin
from analysis.series import group_tone_rest
from dashboard import charts, controls, escaping, events, grains, panels, results, timeaxis, view
from dashboard.widgets import widget

VADER_NOTE = (
    "Tone is VADER's compound score, from -1 (negative) to +1 (positive): a lexicon-and-rules "
    "scorer built on social-media English. It counts words such as *welcome* or *attack*; it "
    "does not understand irony or diplomatic understatement, so read it as a rough signal and "
    "check the statements themselves. Statements in other languages get no score and are left "
    "out of every chart here."
)

current = view.current()
colours = charts.speaker_colours(current.corpus.speakers)

st.title("Sentiment")
st.caption(VADER_NOTE)
left, right = st.columns(2)
grain = grains.grain(controls.S_GRAIN, current, container=left)
top_n = widget(controls.S_TOP, container=right)


def shown_speakers() -> list[str]:
    """The chosen speakers, or the most active ones of the selection."""
    if current.where.speakers:
        return list(current.where.speakers)
    return list(results.speaker_counts(current))[:top_n]


def tone_table(where: StatementFilter, keep: list[str], *, phrase: str = "") -> pd.DataFrame:
    """Per-speaker tone rows for keep, the other speakers pooled exactly into "Other".

    Every cell's mean is fetched (min_statements=1) because pooling needs them; the analysis'
    own rule then blanks thin cells, so a named speaker's row equals the CLI's.
    """
    if phrase:
        rows = results.target_sentiment(current, phrase, freq=grain, where=where, min_statements=1)
    else:
        rows = results.sentiment_timeline(current, freq=grain, where=where, min_statements=1)
    table = group_tone_rest(rows, keep=keep, count="sentences" if phrase else "statements")
    return leave_out_thin(table, min_statements=MIN_STATEMENTS)


def unscored_note(where: StatementFilter) -> None:
    """Say how many statements of the selection a chart leaves out, and why."""
    table = results.unscored(current, where=where)
    total = int(table["statements"].sum())
    if not total:
        return
    parts = ", ".join(f"{int(n):,} {code}" for code, n in zip(table["language"], table["statements"],
                                                           strict=True))
    st.caption(f"Not scored: {total:,} statements of this selection ({parts}). VADER is English; "
               "statements in other languages (and undetermined Cyrillic ones) have no tone, "
               "rather than a neutral 0 that would pull every mean toward it.")


def scored_count(minimum: int) -> int | None:
    """Scored statements of the selection, or None (having said why) when too few to chart."""
    missing = int(results.unscored(current, where=current.where)["statements"].sum())
    n = results.summary(current).statements - missing
    if n == 0 and missing:
        st.info(f"None of the {missing:,} statements of this selection is in English, and VADER "
                "scores English only: there is no tone to chart.", icon=":material/translate:")
        return None
    return n if panels.enough(n, minimum=minimum, what="scored statements") else None


def draw_tone(table: pd.DataFrame, *, name: str, key: str, n: int) -> None:
    """Lines of mean tone with 95% confidence bands."""
    shown = events.frame()
    figure = charts.time_series(table, x="period", y="mean", colour_by="speaker", colours=colours,
                                y_title="Mean tone (VADER compound)", band=("ci_low", "ci_high"),
                                hover_extra={"statements": "Statements", "ci_low": "95% CI from",
                                             "ci_high": "95% CI to"},
                                freq=grain, events=shown, event_speakers=current.where.speakers)
    figure.update_yaxes(range=[-1, 1], zeroline=True)
    panels.chart(figure, timeaxis.chart_csv(table, freq=grain, events=shown,
                                            speakers=current.where.speakers),
                 name=name, n=n, key=key)
    st.caption(f"Shaded: 95% confidence interval. Periods with fewer than {MIN_STATEMENTS} statements "
               "are left out rather than drawn from too few.")


@st.fragment
def timeline_section() -> None:
    """Mean tone per speaker and period."""
    st.subheader("Tone over time")
    n = scored_count(MIN_STATEMENTS * 2)
    if n is None:
        return
    keep = shown_speakers()
    table = tone_table(current.where, keep)
    if table["mean"].notna().sum() == 0:
        st.info(f"No {grain} has {MIN_STATEMENTS} or more scored statements by one speaker, "
                f"so no mean is drawn. {_wider()}")
        unscored_note(current.where)
        return
    table = table[table["speaker"].isin(set(table.loc[table["mean"].notna(), "speaker"]))]
    draw_tone(table, name=f"tone-per-{grain}", key="s_chart", n=n)
    coverage = results.grain_coverage(current, freq=grain, by="speaker", where=current.where)
    if note := grains.left_out(coverage, grain):
        st.caption(note)
    unscored_note(current.where)


def _wider() -> str:
    """What could give the tone chart enough statements: a coarser grain, wider filters."""
    steps = [] if grain == "year" else ["pick a coarser grain"]
    if not current.where.is_empty:
        steps.append("widen the filters")
    if not steps:
        return "Each speaker has too few statements in any one year for a mean."
    return " or ".join(steps).capitalize() + "."


@st.fragment
def distribution_section() -> None:
    """How each speaker's statements spread from negative to positive."""
    st.subheader("Distribution of tone per speaker")
    n = scored_count(MIN_STATEMENTS * 2)
    if n is None:
        return
    table = results.tone_histogram(current)
    totals = table.groupby("speaker")["statements"].sum()
    table = table[table["speaker"].isin(totals[totals >= MIN_STATEMENTS].index)]
    order = [s for s in current.corpus.speakers if s in set(table["speaker"])]
    matrix = table.pivot(index="speaker", columns="bin_low", values="share").loc[order]
    edges = dict(zip(table["bin_low"], table["bin_high"], strict=False))
    matrix.columns = [f"{float(low):+.2f} to {float(edges[low]):+.2f}" for low in matrix.columns]
    figure = charts.heatmap(matrix.round(3), x_title="Tone (VADER compound)", y_title="Speaker",
                            value="Share of the speaker's statements")
    panels.chart(figure, table, name="tone-distribution", n=n, key="s_hist")
    unscored_note(current.where)


SHARES = (
    ("pos", "Pos", "Proportion of the statement's text VADER rates positive (0 to 1)."),
    ("neu", "Neu", "Proportion of the statement's text VADER rates neutral (0 to 1)."),
    ("neg", "Neg", "Proportion of the statement's text VADER rates negative (0 to 1)."),
)


@st.fragment
def extremes_section() -> None:
    """The most positive and most negative statements, with their text."""
    st.subheader("Most positive and most negative statements")
    count = widget(controls.S_EXTREMES)
    n = scored_count(panels.MIN_STATEMENTS)
    if n is None:
        return
    table = results.extreme_statements(current, n=count)
    panels.table(table, name="extreme-statements", pages=controls.S_EXTREMES_PAGE, page_size=2 * count,
                 n=n, column_order=["polarity", "rank", "speaker", "date", "compound", "text",
                                    "pos", "neu", "neg", "statement_id"],
                 column_config={
                     "compound": st.column_config.NumberColumn("Tone", format="%.3f"),
                     "text": st.column_config.TextColumn("Statement", width="large"),
                     "date": st.column_config.TextColumn("Date"),
                     **{name: st.column_config.NumberColumn(label, format="%.3f", help=text)
                        for name, label, text in SHARES},
                 })
    st.caption("Pos, Neu and Neg: the proportions of the statement's text that VADER rates "
               "positive, neutral and negative (they add up to 1). Tone is VADER's compound "
               "score: the word ratings summed with its rules and scaled to -1 ... +1.")
    unscored_note(current.where)


@st.fragment
def target_section() -> None:
    """Tone of only the sentences that mention a phrase."""
    st.subheader("Tone when mentioning a phrase")
    typed = widget(controls.S_TARGET, placeholder=current.where.query or "e.g. Europe")
    phrase = (typed or current.where.query).strip()
    if not phrase:
        st.info("Type a phrase to see how each speaker sounds in the sentences that mention it.",
                icon=":material/edit:")
        return
    base = dataclasses.replace(current.where, query="")
    keep = shown_speakers()
    table = tone_table(base, keep, phrase=phrase)
    n = int(table["statements"].sum())
    mentioning = f"statements mentioning \u201c{escaping.markdown_text(phrase)}\u201d"
    if not panels.enough(n, minimum=MIN_STATEMENTS, what=mentioning):
        return
    if table["mean"].notna().sum() == 0:
        st.info(f"No period has {MIN_STATEMENTS} or more such statements by one speaker; pick a coarser "
                "grain.")
        return
    draw_tone(table, name=f"tone-around-{phrase}", key="s_target_chart", n=n)
    unscored_note(base)


timeline_section()
distribution_section()
extremes_section()
target_section()
