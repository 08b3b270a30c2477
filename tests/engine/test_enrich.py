"""Enrichment of a chunk of statements: thread-safe VADER scores, identical to serial ones."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from analysis.engine import enrich

CORPORA = (
    [f"I love this plan number {i}. It is great!" for i in range(150)],
    [f"This is a terrible, awful war, day {i}. Nothing is good." for i in range(150)],
)


def test_two_threads_enriching_at_once_get_the_serial_scores():
    serial = [enrich.enrich_texts(texts) for texts in CORPORA]
    with ThreadPoolExecutor(2) as pool:
        for _ in range(3):
            parallel = list(pool.map(enrich.enrich_texts, CORPORA))
            for one, other in zip(serial, parallel, strict=True):
                assert np.array_equal(one.statement_scores, other.statement_scores)
                assert np.array_equal(one.sentence_compound, other.sentence_compound)
    assert serial[0].statement_scores[:, 0].min() > 0 > serial[1].statement_scores[:, 0].max()
