"""Speaker credits: a statement naming several people counts for each in by-speaker views."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import distinctive, mentions, sentiment, timeline
from analysis.corpus.credits import Credits, join_names, ranges, split_names
from analysis.corpus.filters import StatementFilter
from analysis.engine import grid
from tests.corpus_fixtures import corpus, index_of


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Михайло Подоляк; Денис Шмигаль", ["Михайло Подоляк", "Денис Шмигаль"]),
        ("Ann Lee", ["Ann Lee"]),
        ("Ann Lee ;Bob Roe;", ["Ann Lee", "Bob Roe"]),
        ("Ann Lee; Ann Lee", ["Ann Lee"]),
        (";", [";"]),  # nothing but separators is kept as written, never dropped
    ],
)
def test_split_names_gives_each_person_once_in_order(cell, names):
    assert split_names(cell) == names


def test_join_names_is_the_inverse_of_split_names():
    assert split_names(join_names(["B", "A", "B"])) == ["B", "A"]


def test_ranges_concatenates_half_open_ranges():
    assert ranges(np.array([0, 5, 2]), np.array([2, 5, 4])).tolist() == [0, 1, 2, 3]


def test_credits_table_lists_each_statement_person_pair():
    credits = Credits.of(pd.Series(["Ann; Bob", "Bob", "Cy; Ann"]))
    assert credits.names == ["Ann", "Bob", "Cy"]
    pairs = [(int(s), credits.names[p]) for s, p in zip(credits.stmt, credits.person, strict=True)]
    assert pairs == [(0, "Ann"), (0, "Bob"), (1, "Bob"), (2, "Cy"), (2, "Ann")]
    assert credits.ptr.tolist() == [0, 2, 3, 5]
    assert credits.shared


def test_kept_credits_follow_the_mask_and_the_named_speakers():
    credits = Credits.of(pd.Series(["Ann; Bob", "Bob", "Cy"]))
    mask = np.array([True, True, False])
    assert credits.kept(mask).tolist() == [True, True, True, False]
    assert credits.kept(mask, speakers=("Bob",)).tolist() == [False, True, True, False]


ROWS = [
    ("Ann Lee; Bob Roe", "2024-01-05", "day", "We signed the peace treaty together."),
    ("Ann Lee", "2024-01-20", "day", "The peace treaty is good news."),
    ("Bob Roe", "2024-02-03", "day", "Shelters and convoys for families."),
    ("Cy Doe", "2024-02-10", "day", "Ann Lee and Bob Roe met today."),
]


def test_timeline_credits_each_person_and_totals_count_once():
    ix = index_of(ROWS)
    by_speaker = timeline.phrase_timeline(ix, ["peace treaty"], freq="month")
    got = by_speaker.groupby("speaker")[["statements", "mentions"]].sum().to_dict("index")
    assert got == {"Ann Lee": {"statements": 2, "mentions": 2}, "Bob Roe": {"statements": 2, "mentions": 1},
                   "Cy Doe": {"statements": 1, "mentions": 0}}
    together = timeline.phrase_timeline(ix, ["peace treaty"], freq="month", by="none")
    assert together["statements"].sum() == 4
    assert together["mentions"].sum() == 2
    assert grid.grain_coverage(ix, freq="month", by="speaker", where=StatementFilter()).selected == 4


def test_speaker_filter_keeps_joint_statements_but_credits_only_the_chosen_person():
    ix = index_of(ROWS)
    where = StatementFilter(speakers=("Bob Roe",))
    assert ix.mask(where).tolist() == [True, False, True, False]
    assert StatementFilter(speakers=("Bob Roe",)).mask(corpus(ROWS)).tolist() == [True, False, True, False]
    got = timeline.phrase_timeline(ix, ["peace treaty"], freq="month", where=where)
    assert set(got["speaker"]) == {"Bob Roe"}
    assert got["statements"].sum() == 2
    both = StatementFilter(speakers=("Ann Lee", "Bob Roe"))
    together = timeline.phrase_timeline(ix, ["peace treaty"], freq="month", by="none", where=both)
    assert together["statements"].sum() == 3  # the joint statement once
    partial = StatementFilter(speakers=("Bob Roe",), since=pd.Timestamp("2024-01-01").date())
    again = timeline.phrase_timeline(ix, ["peace treaty"], freq="month", where=partial)
    assert again[["speaker", "statements", "mentions"]].groupby("speaker").sum().to_dict("index") == {
        "Bob Roe": {"statements": 2, "mentions": 1}}


@pytest.mark.parametrize("where", [StatementFilter(), StatementFilter(query="peace")])
def test_sentiment_views_credit_each_person(where):
    ix = index_of(ROWS)
    tone = sentiment.sentiment_timeline(ix, freq="month", where=where, min_statements=1)
    per = tone.groupby("speaker")["statements"].sum()
    assert per["Ann Lee"] == 2
    assert per["Bob Roe"] == (2 if not where.query else 1)
    hist = sentiment.tone_histogram(ix, where=where, bins=5).groupby("speaker")["statements"].sum()
    assert hist.to_dict() == per[per > 0].to_dict()
    target = sentiment.target_sentiment(ix, "peace treaty", freq="month", min_statements=1)
    assert target.groupby("speaker")["statements"].sum().to_dict() == {
        "Ann Lee": 2, "Bob Roe": 1, "Cy Doe": 0}


@pytest.mark.parametrize(
    "where", [StatementFilter(), StatementFilter(since=pd.Timestamp("2024-01-10").date())])
def test_distinctive_terms_count_a_joint_statement_for_each_person(where):
    ix = index_of(ROWS)
    table = distinctive.distinctive_terms(ix, top=50, where=where)
    counts = {(s, t): c for s, t, c in table[["speaker", "term", "count"]].itertuples(index=False)}
    signed = 1 if where.since is None else 0
    assert counts.get(("Bob Roe", "signed"), 0) == signed
    assert counts.get(("Ann Lee", "signed"), 0) == signed
    assert counts[("Bob Roe", "shelters")] == 1


def test_mentions_credit_each_speaker_of_a_joint_statement():
    ix = index_of([*ROWS, ("Ann Lee; Bob Roe", "2024-03-01", "day", "Cy Doe agrees.")])
    edges = mentions.mention_edges(ix)
    named = edges[edges["mentioned"] == "Cy Doe"].set_index("speaker")["statements"].to_dict()
    assert named == {"Ann Lee": 1, "Bob Roe": 1}


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [((), {"Ann Lee": 2, "Bob Roe": 2, "Cy Doe": 1}), (("Bob Roe",), {"Bob Roe": 2})],
)
def test_overview_counts_credit_each_person_of_the_selection(speakers, expected):
    from analysis import overview

    frame = corpus(ROWS)
    top = overview.top_speakers(frame, top_n=10, speakers=speakers)
    assert dict(zip(top["speaker"], top["statements"], strict=True)) == expected
    over = overview.statements_over_time(frame, freq="month", speakers=speakers)
    assert over.groupby("speaker")["statements"].sum().to_dict() == expected
    assert overview.corpus_summary(frame, speakers=speakers).speakers == len(expected)
    assert overview.corpus_summary(frame).statements == 4
