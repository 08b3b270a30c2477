"""Top terms and n-grams: counts, statement counts, stopwords out, filters."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus.filters import StatementFilter
from analysis.terms import top_terms
from tests.corpus_fixtures import index_of

ROWS = [
    ("Ann", "2024-01-05", "day", "The peace treaty is the peace treaty. Peace, finally!"),
    ("Ann", "2024-01-06", "day", "Secretary of State spoke about the treaty."),
    ("Bob", "2024-02-01", "day", "Secretary of State again. Peace talks resume."),
]


@pytest.fixture(scope="module")
def index():
    return index_of(ROWS)


def as_rows(frame):
    return [tuple(r) for r in frame.itertuples(index=False)]


@pytest.mark.parametrize(
    ("ngram", "top", "expected"),
    [
        (1, 3, [("peace", 4, 2), ("treaty", 3, 2), ("secretary", 2, 2)]),
        (2, 2, [("peace treaty", 2, 1), ("peace talks", 1, 1)]),
        (3, 1, [("secretary of state", 2, 2)]),
    ],
)
def test_top_terms_count_occurrences_and_statements(index, ngram, top, expected):
    assert as_rows(top_terms(index, ngram=ngram, top=top)) == expected


def test_stopwords_and_punctuation_never_appear(index):
    terms = set(top_terms(index, top=100)["term"])
    assert terms.isdisjoint({"the", "is", "of", ".", ",", "!"})
    assert all(" of" not in t and "the " not in t for t in top_terms(index, ngram=2, top=100)["term"])


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (StatementFilter(speakers=("Bob",)), [("peace", 1, 1)]),
        (StatementFilter(until=dt.date(2024, 1, 5)), [("peace", 3, 1)]),
        # keeps most statements: counted as total minus the left-out ones
        (StatementFilter(since=dt.date(2024, 1, 6)), [("secretary", 2, 2)]),
    ],
)
def test_filters_restrict_the_counts(index, where, expected):
    assert as_rows(top_terms(index, top=1, where=where)) == expected


def test_empty_selection_gives_an_empty_frame(index):
    frame = top_terms(index, where=StatementFilter(speakers=("Nobody",)))
    assert frame.empty and list(frame.columns) == ["term", "count", "statements"]


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("top", [1, 5, 50])
def test_top_ids_equal_a_full_ranking_on_large_skewed_counts(seed, top):
    import numpy as np

    from analysis.engine.counts import top_ids

    rng = np.random.default_rng(seed)
    values = rng.zipf(1.3, size=200_000).astype(np.int64) - 1  # many zeros and ones, a long tail
    allowed = rng.random(values.size) < 0.5
    allowed[np.argsort(-values)[:100]] = False  # the very largest are not allowed (like stopwords)
    ids = np.flatnonzero(allowed & (values > 0))
    expected = ids[np.lexsort((ids, -values[ids]))][:top]
    assert top_ids(values, allowed, top).tolist() == expected.tolist()


def test_top_ids_fall_back_when_only_small_counts_are_allowed():
    import numpy as np

    from analysis.engine.counts import top_ids

    values = np.random.default_rng(3).zipf(1.3, size=200_000).astype(np.int64)
    allowed = values == 1  # every large count is excluded, so the sampled cut-off finds nothing
    assert top_ids(values, allowed, 10).tolist() == np.flatnonzero(allowed)[:10].tolist()


@pytest.mark.parametrize(
    ("ngram", "stopwords"),
    [(1, ["treaty"]), (1, ["Peace", "secretary"]), (2, ["talks"]), (2, ["PEACE"]),
     (3, ["state"]), (3, ["of"]), (1, ["absent"])],
)
def test_user_stopwords_leave_out_every_term_that_holds_them(index, ngram, stopwords):
    before = top_terms(index, ngram=ngram, top=100)["term"].tolist()
    after = top_terms(index, ngram=ngram, top=100, stopwords=stopwords)["term"].tolist()
    folded = {w.casefold() for w in stopwords}
    assert after == [t for t in before if folded.isdisjoint(t.split())]


def test_the_sample_top_terms_hold_no_filler():
    from tests.corpus_fixtures import sample_index

    top = set(top_terms(sample_index(), top=20)["term"])
    assert top.isdisjoint({"next", "today", "week", "every", "last", "day", "said"})
    assert {"ceasefire", "talks"} <= top
