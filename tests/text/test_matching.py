"""One definition of a phrase match, used by the frame filter and by the index alike."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.corpus.filters import StatementFilter
from analysis.engine import phrases
from analysis.text import matching
from tests.corpus_fixtures import corpus, index_of, shared_corpus, shared_index


@pytest.mark.parametrize(
    ("text", "phrase", "count"),
    [
        ("The peace treaty, the PEACE Treaty.", "peace treaty", 2),
        ("I don't know.", "don't", 1),  # both sides are the tokens `do n't`
        ("I don't know.", "do", 1),
        ("Peace, treaty later.", "peace treaty", 0),  # punctuation between the words
        ("peace treatyless", "peace treaty", 0),  # whole words only
        ("on and on and on", "on and on", 2),  # overlapping matches count
        ("Мирный договор подписан.", "мирный договор", 1),
        ("What?! Really?!", "?!", 2),  # a query without words matches the text as written
        ("", "peace", 0),
    ],
)
def test_a_phrase_matches_its_words_in_a_row_as_tokens(text, phrase, count):
    assert matching.phrase_count(text, phrase) == count
    assert matching.texts_matching([text], phrase).tolist() == [count > 0]


@pytest.mark.parametrize(
    "text", ["I don't know, we'll see.", "Peace treaty now. Peace treaty later.", "Ok?! fine"]
)
@pytest.mark.parametrize("phrase", ["don't", "we'll", "peace treaty", "?!", "treaty later"])
def test_the_index_counts_what_the_text_rule_counts(text, phrase):
    index = index_of([("Ann", "2024-01-01", "day", text)])
    where = StatementFilter(query=phrase)
    assert index.mask(where).tolist() == where.mask(index.statements).tolist()
    if any(ch.isalnum() for ch in phrase):
        ids = phrases.phrase_ids(index, phrase)
        found = int(phrases.statement_counts(index, ids)[1].sum()) if ids else 0
        assert found == matching.phrase_count(text, phrase)


def test_missing_texts_match_nothing():
    frame = corpus([("Ann", "2024-01-01", "day", "peace")])
    frame.loc[0, "text"] = None
    assert not StatementFilter(query="peace").mask(frame).any()


REAL_PHRASES = [
    "don't", "won't", "it's", "russia's", "peace", "negotiations", "the united states",
    "ukraine", "armed forces of ukraine", "we will", "can't", "u.s.", "?",
]


@pytest.mark.shared
@pytest.mark.parametrize("phrase", REAL_PHRASES)
def test_frame_and_index_agree_on_the_real_corpus(shared_dir, phrase):
    index = shared_index(shared_dir)
    frame = shared_corpus(shared_dir)
    where = StatementFilter(query=phrase)
    from_index = np.asarray(index.mask(where))
    from_text = where.mask(frame).to_numpy(dtype=bool)
    assert from_index.tolist() == from_text.tolist()
    assert from_index.any()  # each phrase occurs, so agreement is not on empty masks
