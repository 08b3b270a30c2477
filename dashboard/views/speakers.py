"""Speakers page: distinctive vocabulary of each chosen speaker, and who mentions whom."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, escaping, panels, results, view

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
               "2008): each speaker against everyone else in the selection. A higher z-score "
               "means the word sets the speaker apart more surely.")
    default = list(current.where.speakers) or present[:4]
    left, right = st.columns([3, 1])
    chosen = left.multiselect("Speakers to compare", present, default=default[:6],
                              key="sp_speakers", bind="query-params", max_selections=6)
    top = right.slider("Terms each", 5, 30, 12, key="sp_top", bind="query-params")
    n = results.summary(current).statements
    if not chosen:
        st.info("Pick one or more speakers to see the words that set them apart.",
                icon=":material/person_search:")
        return
    if not panels.enough(n, minimum=20):
        return
    table = results.distinctive_terms(current, tuple(chosen), top=top)
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
