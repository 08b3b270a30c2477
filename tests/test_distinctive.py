"""Distinctive terms: Monroe et al. log-odds with an informative Dirichlet prior."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from analysis.corpus import sample
from analysis.corpus.filters import StatementFilter
from analysis.distinctive import distinctive_terms
from analysis.text import tokens
from tests.corpus_fixtures import index_of, sample_index

ROWS = [
    ("Ann", "2024-01-01", "day", "Artillery and brigades. Artillery again, brigades again."),
    ("Bob", "2024-01-02", "day", "Shelters and convoys. Shelters for families."),
    ("Cy", "2024-01-03", "day", "Talks again and talks. Families wait."),
]


def hand_log_odds(rows, speaker, term, prior_mass):
    """The formula, written out from per-speaker word counts."""
    def words(text):
        return [w for s in tokens.statement_tokens(text) for w in s
                if tokens.is_word(w) and w not in tokens.stopword_set()]
    mine = Counter(w for r in rows if r[0] == speaker for w in words(r[3]))
    rest = Counter(w for r in rows if r[0] != speaker for w in words(r[3]))
    total = mine + rest
    alpha = total[term] * prior_mass / sum(total.values())
    n_i, n_r = sum(mine.values()), sum(rest.values())
    delta = math.log((mine[term] + alpha) / (n_i + prior_mass - mine[term] - alpha)) - math.log(
        (rest[term] + alpha) / (n_r + prior_mass - rest[term] - alpha)
    )
    z = delta / math.sqrt(1 / (mine[term] + alpha) + 1 / (rest[term] + alpha))
    return mine[term], rest[term], delta, z


@pytest.mark.parametrize(
    ("speaker", "term"),
    [("Ann", "artillery"), ("Ann", "brigades"), ("Bob", "shelters"), ("Bob", "families")],
)
@pytest.mark.parametrize("prior_mass", [10.0, 1000.0])
def test_log_odds_and_z_match_the_formula(speaker, term, prior_mass):
    frame = distinctive_terms(index_of(ROWS), top=50, prior_mass=prior_mass)
    row = frame[(frame["speaker"] == speaker) & (frame["term"] == term)].iloc[0]
    count, rest, delta, z = hand_log_odds(ROWS, speaker, term, prior_mass)
    assert (row["count"], row["count_rest"]) == (count, rest)
    assert row["log_odds"] == pytest.approx(delta)
    assert row["z"] == pytest.approx(z)


def test_each_speaker_ranks_own_vocabulary_first():
    frame = distinctive_terms(index_of(ROWS), top=2)
    firsts = frame.groupby("speaker")["term"].first().to_dict()
    assert firsts == {"Ann": "artillery", "Bob": "shelters", "Cy": "talks"}
    assert frame.groupby("speaker")["z"].apply(lambda z: z.is_monotonic_decreasing).all()


def test_chosen_speakers_and_filters():
    ix = index_of(ROWS)
    frame = distinctive_terms(ix, speakers=["Bob", "Nobody"], top=3)
    assert set(frame["speaker"]) == {"Bob"}
    assert distinctive_terms(ix, where=StatementFilter(speakers=("Nobody",))).empty


def test_sample_speakers_have_their_planted_vocabularies():
    frame = distinctive_terms(sample_index(), speakers=list(sample.DISTINCT_SPEAKERS), top=15)
    brandt = set(frame.loc[frame["speaker"] == "Tomas Brandt", "term"])
    reyes = set(frame.loc[frame["speaker"] == "Sofia Reyes", "term"])
    assert {"artillery", "brigades", "deterrence"} & brandt
    assert {"corridors", "shelters", "convoys", "evacuation"} & reyes
    assert brandt.isdisjoint(reyes)


def test_user_stopwords_are_left_out_before_counting():
    index = index_of(ROWS)
    frame = distinctive_terms(index, speakers=["Ann"], top=10, stopwords=["ARTILLERY"])
    assert "artillery" not in set(frame["term"])
    assert "brigades" in set(frame["term"])
    plain = distinctive_terms(index, speakers=["Ann"], top=10)
    # Ann's total word count falls by the two left-out tokens, so her other z-scores change
    z = dict(zip(plain["term"], plain["z"], strict=True))
    assert frame.set_index("term").loc["brigades", "z"] != pytest.approx(z["brigades"])
