"""Speakers page: distinctive vocabulary of each chosen speaker, and who mentions whom."""

from __future__ import annotations

import streamlit as st

from analysis.text.stopwords import user_stopwords
from dashboard import charts, controls, escaping, panels, results, view
from dashboard.widgets import widget

# Six charts in two columns still fit a laptop screen; more would need scrolling to compare.
MAX_COMPARED = 6
FIRST_COMPARED = 4  # the most active speakers shown before anyone is chosen: two rows
# The log-odds prior is the selection's own word counts: below about 20 statements it is too
# thin to tell a speaker's words from chance, and every z-score looks alike.
MIN_DISTINCTIVE = 20

current = view.current()
colours = charts.speaker_colours(current.corpus.speakers)
counts = results.speaker_counts(current)
present = [s for s in current.corpus.speakers if s in counts]

st.title("Speakers")


@st.fragment
def distinctive_section() -> None:
    """Terms each chosen speaker uses far more than the rest of the selection."""
    st.subheader("Distinctive terms")
    st.caption("Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn "
               "2008): each speaker against everyone else in the selection. The z-score is "
               "the log-odds of the word for the speaker against the rest, divided by its "
               "standard error: above 2 the difference is unlikely to be chance (about 95%), "
               "and a higher z means the word sets the speaker apart more surely.")
    default = list(current.where.speakers) or present[:FIRST_COMPARED]
    left, middle, right = st.columns([3, 2, 1])
    chosen = widget(controls.SP_SPEAKERS, container=left, options=present,
                    default=default[:MAX_COMPARED], max_selections=MAX_COMPARED)
    stops = user_stopwords(widget(controls.SP_STOPWORDS, container=middle,
                                  placeholder="e.g. minister, week"))
    top = widget(controls.SP_TOP, container=right)
    n = results.summary(current).statements
    if not chosen:
        st.info("Pick one or more speakers to see the words that set them apart.",
                icon=":material/person_search:")
        return
    if not panels.enough(n, minimum=MIN_DISTINCTIVE):
        return
    table = results.distinctive_terms(current, tuple(chosen), top=top, stopwords=stops)
    if table.empty:
        st.info("None of the chosen speakers has statements in the selection.")
        return
    columns = st.columns(2)
    for number, speaker in enumerate(chosen):
        part = table[table["speaker"] == speaker]
        with columns[number % 2]:
            st.markdown(f"**{escaping.markdown_text(speaker)}**")
            if part.empty:
                st.info("No statements by this speaker in the selection.")
                continue
            figure = charts.bars(part, x="z", y="term", x_title="z-score (log-odds)",
                                 y_title="Term", colours={speaker: colours.get(speaker, "#888")},
                                 colour_by="speaker")
            spoke = counts.get(speaker, 0)
            panels.chart(figure, part, name=f"distinctive-{speaker}", n=spoke,
                         key=f"sp_chart_{number}")


@st.fragment
def mentions_section() -> None:
    """How many statements by each speaker name each other person."""
    st.subheader("Who mentions whom")
    st.caption("Statements by the row speaker that name the column person (any spelling in the "
               "alias table, matched as a phrase). Self-mentions are left out.")
    n = results.summary(current).statements
    if not panels.enough(n):
        return
    edges = results.mention_edges(current)
    if edges.empty:
        st.info("No speaker names another in the selection.", icon=":material/info:")
        return
    matrix = edges.pivot_table(index="speaker", columns="mentioned", values="statements",
                               aggfunc="sum", fill_value=0)
    order = [s for s in current.corpus.speakers if s in matrix.index]
    targets = [s for s in current.corpus.speakers if s in matrix.columns] + [
        c for c in matrix.columns if c not in current.corpus.speakers]
    figure = charts.heatmap(matrix.loc[order, targets], x_title="Mentioned", y_title="Speaker",
                            value="Statements")
    panels.chart(figure, edges, name="mentions", n=n, key="sp_mentions")


distinctive_section()
mentions_section()
