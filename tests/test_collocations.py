"""Collocations: the index-fed NLTK finders score like NLTK reading the words itself."""

from __future__ import annotations

import pytest
from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures

from analysis.collocations import collocations
from analysis.text import tokens
from tests.corpus_fixtures import index_of

TEXT = (
    "the armed forces said armed forces hold the line and the armed forces will hold "
    "secretary of state met secretary of state again while the line holds and forces hold "
    "armed forces of the east and armed forces of the west hold armed forces"
)


@pytest.fixture(scope="module")
def index():
    return index_of([("Ann", "2024-01-01", "day", TEXT)])


def reference(n, measure, min_freq):
    """NLTK reading the word list directly, with the same candidate rules."""
    words = TEXT.split()
    stops = tokens.stopword_set()
    if n == 2:
        finder = BigramCollocationFinder.from_words(words)
        finder.apply_freq_filter(min_freq)
        finder.apply_ngram_filter(lambda a, b: a in stops or b in stops)
        fn = BigramAssocMeasures.pmi if measure == "pmi" else BigramAssocMeasures.likelihood_ratio
    else:
        finder = TrigramCollocationFinder.from_words(words)
        finder.apply_freq_filter(min_freq)
        finder.apply_ngram_filter(lambda a, b, c: a in stops or c in stops)
        fn = TrigramAssocMeasures.pmi if measure == "pmi" else TrigramAssocMeasures.likelihood_ratio
    return {" ".join(g): s for g, s in finder.score_ngrams(fn)}


@pytest.mark.parametrize(
    ("n", "measure", "min_freq"),
    [(2, "pmi", 2), (2, "likelihood", 2), (3, "pmi", 2), (3, "likelihood", 2), (2, "pmi", 5)],
)
def test_scores_equal_nltk_reading_the_words(index, n, measure, min_freq):
    frame = collocations(index, n=n, measure=measure, min_freq=min_freq, top=100)
    got = dict(zip(frame["collocation"], frame["score"], strict=True))
    want = reference(n, measure, min_freq)
    assert got.keys() == want.keys()
    for gram, score in want.items():
        assert got[gram] == pytest.approx(score), gram
    assert frame["score"].is_monotonic_decreasing


def test_counts_and_min_freq(index):
    frame = collocations(index, n=2, min_freq=5, top=5)
    assert frame[["collocation", "count"]].values.tolist() == [["armed forces", 6]]
    assert collocations(index, n=3, min_freq=50).empty


def test_bad_measure_is_rejected(index):
    with pytest.raises(ValueError, match="measure"):
        collocations(index, measure="dice")  # type: ignore[arg-type]


def test_rows_hold_no_repeated_measure_column(index):
    assert list(collocations(index, n=2, min_freq=2).columns) == ["collocation", "count", "score"]


@pytest.mark.parametrize(("n", "stopwords"), [(2, ["forces"]), (2, ["Armed", "line"]), (3, ["state"])])
def test_user_stopwords_remove_candidates_and_leave_other_scores(index, n, stopwords):
    frame = collocations(index, n=n, measure="pmi", min_freq=2, top=100, stopwords=stopwords)
    want = {g: s for g, s in reference(n, "pmi", 2).items()
            if {w.casefold() for w in stopwords}.isdisjoint(g.split())}
    assert dict(zip(frame["collocation"], frame["score"], strict=True)) == pytest.approx(want)
    assert len(want) > 0
