"""Concordance: matches with word windows cut from the original text."""

from __future__ import annotations

import pytest

from analysis.concepts import Concept
from analysis.corpus.filters import StatementFilter
from analysis.kwic import concept_concordance, concordance
from tests.corpus_fixtures import index_of

ROWS = [
    ("Ann", "2024-01-05", "day", "We want a Peace treaty, now. Really, a peace treaty!"),
    ("Bob", "2024-01-06", "day", "No peace treatyless deal. Мирный договор, peace treaty."),
]


@pytest.fixture(scope="module")
def index():
    return index_of(ROWS)


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (2, [("want a", "Peace treaty", ", now. Really"), ("Really, a", "peace treaty", "!"),
             ("Мирный договор,", "peace treaty", ".")]),
        (0, [("", "Peace treaty", ""), ("", "peace treaty", ""), ("", "peace treaty", "")]),
    ],
)
def test_matches_keep_original_case_and_window_in_words(index, window, expected):
    frame = concordance(index, "peace treaty", window=window)
    assert list(frame.columns) == ["statement_id", "speaker", "date", "left", "match", "right"]
    assert [tuple(r) for r in frame[["left", "match", "right"]].itertuples(index=False)] == expected
    assert frame["statement_id"].tolist() == ["s0", "s0", "s1"]


def test_limit_and_filter(index):
    assert len(concordance(index, "peace treaty", limit=1)) == 1
    bob = concordance(index, "peace treaty", where=StatementFilter(speakers=("Bob",)))
    assert bob["speaker"].tolist() == ["Bob"]


@pytest.mark.parametrize("phrase", ["treaty peace", "absent", "мирный мир"])
def test_no_match_gives_an_empty_frame(index, phrase):
    assert concordance(index, phrase).empty


def test_cyrillic_match(index):
    frame = concordance(index, "МИРНЫЙ договор", window=1)
    assert frame[["left", "match", "right"]].values.tolist() == [["deal.", "Мирный договор", ", peace"]]


PEACE = Concept("peace treaty", ("peace treaty", "мирный договор", "мир*"))


def test_a_concept_concordance_shows_every_pattern_in_corpus_order(index):
    frame = concept_concordance(index, PEACE, window=1)
    assert list(frame.columns) == [
        "statement_id", "speaker", "date", "left", "match", "right", "pattern"]
    assert frame[["match", "pattern"]].values.tolist() == [
        ["Peace treaty", "peace treaty"], ["peace treaty", "peace treaty"],
        ["Мирный договор", "мирный договор"], ["peace treaty", "peace treaty"]]
    assert frame["right"].tolist()[2] == ", peace"  # the window counts words, not punctuation


def test_a_concept_concordance_takes_the_filter_and_limit(index):
    bob = concept_concordance(index, PEACE, where=StatementFilter(speakers=("Bob",)), limit=1)
    assert bob[["speaker", "match"]].values.tolist() == [["Bob", "Мирный договор"]]
    assert concept_concordance(index, Concept("x", ("absent",))).empty


def test_a_concept_concordance_shows_the_trilingual_matches_it_counts():
    from tests.trilingual import CONCEPTS, trilingual_index

    corpus, ix = trilingual_index()
    for concept in CONCEPTS:
        frame = concept_concordance(ix, concept)
        assert len(frame) == (corpus.written[concept.name] + corpus.inflected[concept.name]).sum()
        assert set(frame["pattern"]) == set(concept.patterns) - {"sanctions"}  # inside sanction*


@pytest.mark.shared
@pytest.mark.parametrize("phrase", ["peace", "armed forces"])
def test_real_corpus_rows_match_the_phrase_and_respect_the_window(shared_dir, phrase):
    from analysis.text import tokens
    from tests.corpus_fixtures import shared_index

    frame = concordance(shared_index(shared_dir), phrase, window=5)
    assert len(frame) > 10
    assert {" ".join(m.casefold().split()) for m in frame["match"]} == {phrase}
    for side in ("left", "right"):
        words = frame[side].map(
            lambda t: sum(tokens.is_word(w) for s in tokens.statement_tokens(t) for w in s)
        )
        assert words.max() == 5


def _every_sentence_spans_agree(ix):
    from analysis import kwic
    from analysis.text import tokens

    texts = ix.statements["text"].astype(str).tolist()
    checked = 0
    for sentence, stmt in enumerate(ix.enrichment.sent_stmt.tolist()):
        begin, end = (int(x) for x in ix.enrichment.sent_chars[sentence])
        expected = tokens.sentence_token_spans(texts[stmt][begin:end])
        assert kwic.sentence_token_spans(ix, texts[stmt], sentence) == expected
        checked += 1
    return checked


def test_stored_tokens_give_the_tokenizer_spans_on_every_sentence(index):
    from tests.corpus_fixtures import sample_index

    assert _every_sentence_spans_agree(index) == 4
    assert _every_sentence_spans_agree(sample_index()) > 5_000


@pytest.mark.shared
def test_stored_tokens_give_the_tokenizer_spans_on_every_real_sentence(shared_dir):
    from tests.corpus_fixtures import shared_index

    assert _every_sentence_spans_agree(shared_index(shared_dir)) > 5_000


@pytest.mark.parametrize("limit", [0, 1, 7, 250, 5_000])
@pytest.mark.parametrize("speakers", [(), ("Helena Strand",)])
def test_a_limit_gives_the_first_rows_of_the_full_concordance(limit, speakers):
    import pandas as pd

    from tests.corpus_fixtures import sample_index

    ix = sample_index()
    where = StatementFilter(speakers=speakers)
    every = concordance(ix, "peace treaty", where=where)
    assert len(every) > 50
    first = concordance(ix, "peace treaty", where=where, limit=limit)
    pd.testing.assert_frame_equal(first, every.iloc[:limit].reset_index(drop=True))
