"""Concept matching: union of pattern matches, globs against the dictionary, no double counts."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.concept_matches import (
    concept_matches,
    concept_statement_counts,
    glob_terms,
    pattern_summary,
)
from analysis.concepts import Concept
from analysis.engine import phrases
from tests.corpus_fixtures import index_of
from tests.trilingual import CONCEPTS, trilingual_index

ROWS = [
    ("Ann", "2024-01-05", "day", "Peace treaty now. Peace is near; the treaty waits."),
    ("Ann", "2024-01-09", "day", "Санкции и санкций, SANCTIONS and sanctioned."),
    ("Bob", "2024-02-01", "day", "Мирна угода. Мирный договор! No no no."),
]


@pytest.fixture(scope="module")
def index():
    return index_of(ROWS)


def counts_per_statement(index, concept):
    stmts, tally = concept_matches(index, concept).statement_counts(index)
    out = np.zeros(len(index), dtype=np.int64)
    out[stmts] = tally
    return out.tolist()


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        (("peace treaty",), [1, 0, 0]),
        (("peace",), [2, 0, 0]),
        (("peace", "peace treaty"), [2, 0, 0]),  # "peace treaty" once, "peace is" once
        (("treaty", "peace treaty", "peace"), [3, 0, 0]),
        (("санкци*",), [0, 2, 0]),
        (("sanction*", "sanctions"), [0, 2, 0]),  # a glob and a word on one token: once
        (("мирна угода", "мирный договор"), [0, 0, 2]),
        (("no no",), [0, 0, 2]),  # overlapping matches of one pattern all count, as for phrases
        (("мирн* угод*",), [0, 0, 1]),
        (("absent word",), [0, 0, 0]),
        (("zzz*",), [0, 0, 0]),
    ],
)
def test_matches_per_statement(index, patterns, expected):
    assert counts_per_statement(index, Concept("c", patterns)) == expected


def test_a_one_pattern_concept_counts_as_the_phrase_does(index):
    ids = phrases.phrase_ids(index, "no no")
    stmts, tally = phrases.statement_counts(index, ids)
    found = concept_matches(index, Concept("c", ("no no",))).statement_counts(index)
    assert stmts.tolist() == found[0].tolist() and tally.tolist() == found[1].tolist()


def test_matches_record_their_span_and_pattern(index):
    found = concept_matches(index, Concept("c", ("peace", "peace treaty")))
    assert found.lengths.tolist() == [2, 1]
    assert found.patterns.tolist() == [1, 0]
    assert np.all(np.diff(found.starts) > 0)


@pytest.mark.parametrize(
    ("glob", "terms"),
    [
        ("санкци*", ["санкции", "санкций"]),
        ("sanction*", ["sanctioned", "sanctions"]),
        ("*ed", ["sanctioned"]),
        ("s*s", ["sanctions"]),
        ("мирн*", ["мирна", "мирный"]),
    ],
)
def test_globs_expand_against_the_dictionary(index, glob, terms):
    assert sorted(index.vocab[i] for i in glob_terms(index, glob)) == terms


@pytest.fixture(scope="module")
def corpus():
    return trilingual_index()[0]


@pytest.fixture(scope="module")
def tri_index():
    return trilingual_index()[1]


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda c: c.name)
def test_trilingual_counts_with_lemmas_include_inflected_forms(corpus, tri_index, concept):
    found = counts_per_statement(tri_index, concept)
    expected = corpus.written[concept.name] + corpus.inflected[concept.name]
    assert found == expected.tolist()


def test_trilingual_corpus_uses_all_three_languages_and_inflections(corpus):
    assert set(corpus.frame["language"]) == {"en", "ru", "uk"}
    assert corpus.inflected["peace treaty"].sum() > 10
    assert corpus.written["sanctions"].sum() > 100


def test_the_pattern_summary_lists_glob_terms_and_credits_each_match_once(index):
    concept = Concept("sanctions", ("sanction*", "sanctions", "санкци*", "peace"))
    table = pattern_summary(index, concept, shown=1)
    assert table.values.tolist() == [
        ["sanctions", "sanction*", "2 terms: sanctions, …", 2],  # ties: first seen first
        ["sanctions", "sanctions", "sanctions", 0],  # every one found by sanction* already
        ["sanctions", "санкци*", "2 terms: санкции, …", 2],
        ["sanctions", "peace", "peace", 2],
    ]


@pytest.mark.parametrize(
    "patterns",
    [("peace treaty",), ("peace", "treaty"), ("peace", "peace treaty"), ("санкци*", "sanction*"),
     ("sanction*", "sanctions"), ("мирн* угод*", "мирна угода"), ("no no", "no"), ("no no",),
     ("мирна угода", "мирный договор", "absent"), ("s*s", "peace treaty now")],
)
def test_statement_counts_agree_with_the_matches_with_or_without_nesting(index, patterns):
    concept = Concept("c", patterns)
    fast = concept_statement_counts(index, concept)
    slow = concept_matches(index, concept).statement_counts(index)
    assert fast[0].tolist() == slow[0].tolist() and fast[1].tolist() == slow[1].tolist()


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda c: c.name)
def test_trilingual_statement_counts_match_construction(corpus, tri_index, concept):
    stmts, tally = concept_statement_counts(tri_index, concept)
    found = np.zeros(len(tri_index), dtype=np.int64)
    found[stmts] = tally
    expected = corpus.written[concept.name] + corpus.inflected[concept.name]
    assert found.tolist() == expected.tolist()


@pytest.mark.parametrize("term_by_term", [0, 1, 64])
def test_glob_counts_agree_whether_summed_term_by_term_or_at_once(index, monkeypatch, term_by_term):
    import analysis.concept_matches as matching

    monkeypatch.setattr(matching, "_TERM_BY_TERM", term_by_term)
    concept = Concept("c", ("s*", "мир*", "peace treaty"))
    fast = concept_statement_counts(index, concept)
    slow = concept_matches(index, concept).statement_counts(index)
    assert fast[0].tolist() == slow[0].tolist() and fast[1].tolist() == slow[1].tolist()
    assert fast[1].sum() > 3
