"""Collocations with NLTK's bigram and trigram finders, scored by PMI or log-likelihood ratio.

The finders get their frequency tables from the index (counts over the filtered selection)
instead of re-reading the words. Candidates are word n-grams without punctuation: bigrams
with no stopword, trigrams that neither start nor end with one, seen at least min_freq times.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

import numpy as np
import pandas as pd
from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures
from nltk.probability import FreqDist

from analysis import terms
from analysis.corpus.filters import StatementFilter
from analysis.engine import counts, phrases
from analysis.engine.index import CorpusIndex

ALL = StatementFilter()
Measure = Literal["pmi", "likelihood"]
COLUMNS = ["collocation", "count", "score"]


def collocations(
    index: CorpusIndex,
    *,
    n: Literal[2, 3] = 2,
    measure: Measure = "pmi",
    min_freq: int = 3,
    top: int = 50,
    where: StatementFilter = ALL,
    stopwords: Collection[str] = (),
) -> pd.DataFrame:
    """The top n-word collocations of the selection by PMI or likelihood ratio.

    The score's measure is the caller's choice, so it is not repeated on every row; an n-gram
    holding one of the user's own `stopwords` is no candidate.
    """
    if n not in (2, 3):
        raise ValueError(f"n must be 2 or 3, not {n!r}")
    if measure not in ("pmi", "likelihood"):
        raise ValueError(f"measure must be 'pmi' or 'likelihood', not {measure!r}")
    mask = index.mask(where)
    occurrences, _ = counts.selection_counts(index, mask, ngram=n)
    candidates = np.flatnonzero(occurrences >= max(min_freq, 1))
    candidates = candidates[~terms.holds_any(index, candidates, ngram=n, words=stopwords)]
    if candidates.size == 0:
        return pd.DataFrame(columns=COLUMNS)
    vocab = index.vocab
    words = _word_fd(index, mask)
    grams = [tuple(t.split(" ")) for t in counts.ngram_text(index, candidates, ngram=n)]
    ngram_fd = FreqDist(dict(zip(grams, occurrences[candidates].tolist(), strict=True)))
    if n == 2:
        finder = BigramCollocationFinder(words, ngram_fd)
        score = BigramAssocMeasures.pmi if measure == "pmi" else BigramAssocMeasures.likelihood_ratio
    else:
        ids = [tuple(index.term_ids[w] for w in g) for g in grams]
        pairs = sorted({(a, b) for a, b, _ in ids} | {(b, c) for _, b, c in ids})
        pair_counts = _bigram_counts(index, mask, pairs)
        bigram_fd = FreqDist({(vocab[a], vocab[b]): k for (a, b), k in zip(pairs, pair_counts, strict=True)})
        wildcard_fd = FreqDist(
            {(vocab[a], vocab[c]): k for (a, c), k in _wildcard_counts(index, mask, ids).items()}
        )
        finder = TrigramCollocationFinder(words, bigram_fd, wildcard_fd, ngram_fd)
        score = TrigramAssocMeasures.pmi if measure == "pmi" else TrigramAssocMeasures.likelihood_ratio
    scored = finder.score_ngrams(score)[:top]
    return pd.DataFrame(
        {
            "collocation": pd.array([" ".join(g) for g, _ in scored], dtype="string"),
            "count": np.array([ngram_fd[g] for g, _ in scored], dtype=np.int64),
            "score": np.array([s for _, s in scored], dtype=np.float64),
        },
        columns=COLUMNS,
    )


def _word_fd(index: CorpusIndex, mask: np.ndarray) -> FreqDist:
    """Occurrences of every word (stopwords included, punctuation not) in the selection."""
    occurrences, _ = counts.selection_counts(index, mask, ngram=1)
    is_word = np.asarray(index.enrichment.is_word)
    ids = np.flatnonzero((occurrences > 0) & is_word)
    return FreqDist({index.vocab[i]: int(occurrences[i]) for i in ids})


def _bigram_counts(index: CorpusIndex, mask: np.ndarray, pairs: list[tuple[int, int]]) -> list[int]:
    """Occurrences of each adjacent word pair within the selected statements."""
    keys = np.array([a * len(index.vocab) + b for a, b in pairs], dtype=np.int64)
    at = np.searchsorted(index.postings.bi_keys, keys)
    lo, hi = index.postings.bi_ptr[at], index.postings.bi_ptr[at + 1]
    entries = counts.ranges(lo, hi)
    kept = index.postings.bi_count[entries] * mask[index.postings.bi_stmt[entries]]
    sums = np.add.reduceat(kept, np.concatenate(([0], np.cumsum(hi - lo)[:-1])))
    return [int(s) for s in sums]


def _wildcard_counts(
    index: CorpusIndex, mask: np.ndarray, ids: list[tuple[int, ...]]
) -> dict[tuple[int, int], int]:
    """Occurrences of (first, any word, third) windows for the candidate trigrams' ends."""
    vocab = len(index.vocab)
    wanted = np.unique(np.array([a * vocab + c for a, _, c in ids], dtype=np.int64))
    firsts = np.unique(wanted // vocab)
    ptr = index.postings.pos_ptr
    starts = np.asarray(index.postings.pos[counts.ranges(ptr[firsts], ptr[firsts + 1])], dtype=np.int64)
    stream = index.enrichment.tokens
    is_word = np.asarray(index.enrichment.is_word)
    starts = starts[starts + 2 < stream.size]
    starts = starts[is_word[stream[starts + 1]] & is_word[stream[starts + 2]]]
    starts = starts[mask[phrases.statement_of(index, starts)]]
    keys = stream[starts].astype(np.int64) * vocab + stream[starts + 2]
    found, tally = np.unique(keys[np.isin(keys, wanted)], return_counts=True)
    return {(int(k // vocab), int(k % vocab)): int(c) for k, c in zip(found, tally, strict=True)}
