"""Term counts of a filtered selection, from per-block tables and per-statement postings."""

from __future__ import annotations

from typing import Literal

import numpy as np

from analysis.engine.index import CorpusIndex

Gram = Literal[1, 2, 3]
_PREFIX = {1: "uni_sm", 2: "bi_sm", 3: "tri_sm"}


def n_types(index: CorpusIndex, ngram: Gram) -> int:
    """How many distinct terms (ngram 1) or n-grams the index's tables know."""
    if ngram == 1:
        return len(index.vocab)
    return int(index.arrays["bi_keys" if ngram == 2 else "tri_keys"].size)


def ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """All integers of the half-open ranges [lo, hi), concatenated."""
    lengths = (np.asarray(hi) - np.asarray(lo)).astype(np.int64)
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    shift = np.repeat(np.asarray(lo, dtype=np.int64) - (np.cumsum(lengths) - lengths), lengths)
    return shift + np.arange(total)


def selection_counts(
    index: CorpusIndex, mask: np.ndarray, *, ngram: Gram = 1
) -> tuple[np.ndarray, np.ndarray]:
    """Occurrences and statements per term id over the selected statements."""
    one_group = np.zeros(index.arrays["block_size"].size, dtype=np.int64)
    occurrences, statements = grouped_counts(index, mask, ngram=ngram, block_group=one_group, n_groups=1)
    return occurrences[0], statements[0]


def grouped_counts(
    index: CorpusIndex, mask: np.ndarray, *, ngram: Gram, block_group: np.ndarray, n_groups: int
) -> tuple[np.ndarray, np.ndarray]:
    """(n_groups, terms) occurrences and statements; every block belongs to one group (or -1)."""
    if ngram not in _PREFIX:
        raise ValueError(f"ngram must be 1, 2 or 3, not {ngram!r}")
    prefix = _PREFIX[ngram]
    a = index.arrays
    size = n_types(index, ngram)
    block = a["stmt_block"]
    kept = np.bincount(block[mask], minlength=a["block_size"].size)
    whole = (kept == a["block_size"]) & (kept > 0) & (block_group >= 0)
    partial = (kept > 0) & ~whole & (block_group >= 0)
    if n_groups == 1 and whole.all():
        total = (a[f"{prefix}_total_count"], a[f"{prefix}_total_docs"])
        return np.asarray(total[0])[None, :], np.asarray(total[1])[None, :]
    occurrences = np.zeros(n_groups * size, dtype=np.float64)
    statements = np.zeros(n_groups * size, dtype=np.float64)
    blocks = np.flatnonzero(whole)
    ptr = a[f"{prefix}_blk_ptr"]
    entries = ranges(ptr[blocks], ptr[blocks + 1])
    group = np.repeat(block_group[blocks], ptr[blocks + 1] - ptr[blocks])
    key = group * size + a[f"{prefix}_blk_term"][entries]
    occurrences += np.bincount(key, weights=a[f"{prefix}_blk_count"][entries], minlength=n_groups * size)
    statements += np.bincount(key, weights=a[f"{prefix}_blk_docs"][entries], minlength=n_groups * size)
    stmts = np.flatnonzero(mask & partial[block])
    if stmts.size:
        ptr = a[f"{prefix}_ptr"]
        entries = ranges(ptr[stmts], ptr[stmts + 1])
        group = np.repeat(block_group[block[stmts]], ptr[stmts + 1] - ptr[stmts])
        key = group * size + a[f"{prefix}_term"][entries]
        occurrences += np.bincount(key, weights=a[f"{prefix}_count"][entries], minlength=n_groups * size)
        statements += np.bincount(key, minlength=n_groups * size)
    shape = (n_groups, size)
    return occurrences.astype(np.int64).reshape(shape), statements.astype(np.int64).reshape(shape)


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
