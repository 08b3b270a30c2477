"""Top terms and n-grams (1 to 3 words) of a filtered selection, stopwords left out."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd

from analysis.corpus.filters import StatementFilter
from analysis.engine import counts
from analysis.engine.index import CorpusIndex
from analysis.text import tokens
from analysis.types import Gram

ALL = StatementFilter()


def top_terms(
    index: CorpusIndex,
    *,
    ngram: Gram = 1,
    top: int = 50,
    where: StatementFilter = ALL,
    stopwords: Collection[str] = (),
) -> pd.DataFrame:
    """The most frequent terms with their occurrences and how many statements use each.

    Unigrams leave out stopwords and punctuation; bigrams contain no stopword; trigrams
    neither start nor end with one (so "secretary of state" stays). A term holding one of the
    user's own `stopwords` anywhere is left out too.
    """
    if top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    used, occurrences, statements = counts.selected_terms(index, index.mask(where), ngram=ngram)
    # bigram and trigram tables hold only stopword-free candidates already
    allowed = ~np.asarray(index.enrichment.is_stop)[used] if ngram == 1 else occurrences >= 0
    allowed = allowed & ~holds_any(index, used, ngram=ngram, words=stopwords)
    picked = counts.top_ids(occurrences, allowed, top)  # positions in `used`, which is ascending
    return pd.DataFrame(
        {
            "term": pd.array(counts.ngram_text(index, used[picked], ngram=ngram), dtype="string"),
            "count": occurrences[picked],
            "statements": statements[picked],
        }
    )


def stop_ids(index: CorpusIndex, words: Collection[str]) -> np.ndarray:
    """Term ids (ascending) of the user's stopwords that the corpus uses, folded as the index is."""
    found = {index.term_id(tokens.fold(w.strip())) for w in words}
    return np.array(sorted(i for i in found if i is not None), dtype=np.int64)


def holds_any(index: CorpusIndex, ids: np.ndarray, *, ngram: Gram, words: Collection[str]) -> np.ndarray:
    """Which of these term or n-gram ids hold one of `words` (the user's stopwords)."""
    stops = stop_ids(index, words)
    if stops.size == 0:
        return np.zeros(np.asarray(ids).size, dtype=bool)
    return np.asarray(np.isin(ngram_word_ids(index, ids, ngram=ngram), stops).any(axis=1))


def ngram_word_ids(index: CorpusIndex, ids: np.ndarray, *, ngram: Gram) -> np.ndarray:
    """The word term ids of each n-gram id: one row per id, one column per word."""
    ids = np.asarray(ids, dtype=np.int64)
    if ngram == 1:
        return ids[:, None]
    size = len(index.vocab)
    bigrams = ids if ngram == 2 else index.postings.tri_keys[ids] // size
    keys = np.asarray(index.postings.bi_keys[bigrams], dtype=np.int64)
    columns = [keys // size, keys % size]
    if ngram == 3:
        columns.append(np.asarray(index.postings.tri_keys[ids], dtype=np.int64) % size)
    return np.stack(columns, axis=1)
