"""Postings construction: the radix stable order and the tables it builds."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.engine.postings import stable_order
from tests.corpus_fixtures import index_of


@pytest.mark.parametrize("max_value", [1, 300, 65_535, 65_536, 70_000, 5 * 10**9])
def test_stable_order_equals_numpy_stable_argsort(max_value):
    values = np.random.default_rng(max_value).integers(0, max_value, 5_000)
    assert np.array_equal(stable_order(values, max_value), np.argsort(values, kind="stable"))


def test_bigram_postings_count_adjacent_words_but_not_across_punctuation():
    ix = index_of([("Ann", "2024-01-01", "day", "peace treaty, treaty peace. Peace treaty!")])
    keys = {
        tuple(ix.vocab[t] for t in divmod(int(k), len(ix.vocab))): int(ix.postings.bi_count[i])
        for i, k in enumerate(ix.postings.bi_keys)
    }
    assert keys == {("peace", "treaty"): 2, ("treaty", "peace"): 1}
