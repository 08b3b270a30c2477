"""Term counts of a filtered selection, read from the index's per-statement postings."""

from __future__ import annotations

from typing import Literal

import numpy as np

from analysis.index import CorpusIndex

Gram = Literal[1, 2, 3]
_PREFIX = {1: "uni_sm", 2: "bi_sm", 3: "tri_sm"}


def n_types(index: CorpusIndex, ngram: Gram) -> int:
    """How many distinct terms (ngram 1) or n-grams the index's tables know."""
    if ngram == 1:
        return len(index.vocab)
    return int(index.arrays["bi_keys" if ngram == 2 else "tri_keys"].size)


def selection_counts(
    index: CorpusIndex, mask: np.ndarray, *, ngram: Gram = 1
) -> tuple[np.ndarray, np.ndarray]:
    """Occurrences and statements per term id over the selected statements."""
    if ngram not in _PREFIX:
        raise ValueError(f"ngram must be 1, 2 or 3, not {ngram!r}")
    kept = int(mask.sum())
    if kept == mask.size:
        return _totals(index, ngram)
    if kept > mask.size // 2:  # cheaper to count what the filter leaves out and subtract it
        total_counts, total_docs = _totals(index, ngram)
        counts, docs = _count(index, ~mask, ngram)
        return total_counts - counts, total_docs - docs
    return _count(index, mask, ngram)


def _totals(index: CorpusIndex, ngram: Gram) -> tuple[np.ndarray, np.ndarray]:
    everything = np.ones(len(index), dtype=bool)
    result = index.remember(("totals", ngram), lambda: _count(index, everything, ngram))
    return result  # type: ignore[return-value]


def _count(index: CorpusIndex, mask: np.ndarray, ngram: Gram) -> tuple[np.ndarray, np.ndarray]:
    prefix = _PREFIX[ngram]
    ptr = index.arrays[f"{prefix}_ptr"]
    terms = index.arrays[f"{prefix}_term"]
    counts = index.arrays[f"{prefix}_count"]
    size = n_types(index, ngram)
    if mask.all():
        entries: slice | np.ndarray = slice(None)
    else:
        entries = np.repeat(mask, np.diff(ptr))
    selected = terms[entries]
    occurrences = np.bincount(selected, weights=counts[entries], minlength=size)
    statements = np.bincount(selected, minlength=size)
    return occurrences.astype(np.int64), statements.astype(np.int64)


def ngram_text(index: CorpusIndex, ids: np.ndarray, *, ngram: Gram) -> list[str]:
    """The words of each n-gram id, joined by spaces."""
    vocab = index.vocab
    size = len(vocab)
    if ngram == 1:
        return [vocab[i] for i in ids]
    bi_keys = index.arrays["bi_keys"]
    if ngram == 2:
        pairs = [divmod(int(k), size) for k in bi_keys[ids]]
        return [f"{vocab[a]} {vocab[b]}" for a, b in pairs]
    out = []
    for key in index.arrays["tri_keys"][ids]:
        bigram, last = divmod(int(key), size)
        first, middle = divmod(int(bi_keys[bigram]), size)
        out.append(f"{vocab[first]} {vocab[middle]} {vocab[last]}")
    return out


def top_ids(values: np.ndarray, allowed: np.ndarray, top: int) -> np.ndarray:
    """Ids of the `top` largest positive values among allowed ids, largest first, ties by id."""
    candidates = np.flatnonzero(allowed & (values > 0))
    if candidates.size > top:
        cut = np.argpartition(-values[candidates], top - 1)[:top]
        threshold = values[candidates[cut]].min()
        candidates = candidates[values[candidates] >= threshold]
    order = np.lexsort((candidates, -values[candidates]))
    return candidates[order][:top]
