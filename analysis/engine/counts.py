"""Term counts of a filtered selection, from per-block tables and per-statement postings."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from analysis.corpus.credits import ranges
from analysis.engine.index import CorpusIndex
from analysis.types import Gram

__all__ = ["ranges"]  # kept here too: the analyses import it from the engine

SAMPLE_STEP = 97  # top_ids guesses its cut-off from one value in this many
# Entries fewer than 1/SPARSE_SHARE of the keys are summed by sorting, not into dense arrays.
SPARSE_SHARE = 8


def selection_counts(
    index: CorpusIndex, mask: np.ndarray, *, ngram: Gram = 1
) -> tuple[np.ndarray, np.ndarray]:
    """Occurrences and statements per term id over the selected statements."""
    one_group = np.zeros(index.blocks.block_size.size, dtype=np.int64)
    occurrences, statements = grouped_counts(index, mask, ngram=ngram, block_group=one_group, n_groups=1)
    return occurrences[0], statements[0]


def grouped_counts(
    index: CorpusIndex, mask: np.ndarray, *, ngram: Gram, block_group: np.ndarray, n_groups: int
) -> tuple[np.ndarray, np.ndarray]:
    """(n_groups, terms) occurrences and statements; every block belongs to one group (or -1)."""
    if ngram not in (1, 2, 3):
        raise ValueError(f"ngram must be 1, 2 or 3, not {ngram!r}")
    size = index.postings.keys(ngram)
    tables = index.blocks.counts(ngram)
    if n_groups == 1 and _all_whole(index, mask, block_group):
        return np.asarray(tables.total_count)[None, :], np.asarray(tables.total_docs)[None, :]
    shape = (n_groups, size)
    occurrences = np.zeros(n_groups * size, dtype=np.float64)
    statements = np.zeros(n_groups * size, dtype=np.float64)
    for key, count, docs in _grouped_entries(index, mask, ngram=ngram, block_group=block_group):
        occurrences += np.bincount(key, weights=count, minlength=n_groups * size)
        statements += np.bincount(key, weights=docs, minlength=n_groups * size)
    return occurrences.astype(np.int64).reshape(shape), statements.astype(np.int64).reshape(shape)


def sparse_grouped_counts(
    index: CorpusIndex, mask: np.ndarray, *, block_group: np.ndarray, n_groups: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Word occurrences per (group, term) with a count above 0: group, term and count arrays,
    sorted by group then term. Costs about the selection's entries, not groups x vocabulary."""
    size = max(index.postings.keys(1), 1)
    parts = list(_grouped_entries(index, mask, ngram=1, block_group=block_group))
    unique, (totals,) = _summed(parts, n_groups * size, weights=(1,))
    keep = totals > 0
    unique, totals = unique[keep], totals[keep]
    return unique // size, unique % size, totals.astype(np.int64)


def selected_terms(
    index: CorpusIndex, mask: np.ndarray, *, ngram: Gram
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ids (ascending) of the terms or n-grams the selection uses, with their occurrences and
    statements (every id when it keeps the whole corpus)."""
    size = index.postings.keys(ngram)
    one_group = np.zeros(index.blocks.block_size.size, dtype=np.int64)
    if _all_whole(index, mask, one_group):
        tables = index.blocks.counts(ngram)
        return np.arange(size), np.asarray(tables.total_count), np.asarray(tables.total_docs)
    parts = list(_grouped_entries(index, mask, ngram=ngram, block_group=one_group))
    unique, (occurrences, statements) = _summed(parts, size, weights=(1, 2))
    return unique, occurrences.astype(np.int64), statements.astype(np.int64)


def _summed(
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]], size: int, *, weights: tuple[int, ...]
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Distinct keys of the parts (ascending) and, per weight column asked for, its sum per key:
    by sorting when the keys are few against size, else by counting into size slots."""
    keys = np.concatenate([p[0] for p in parts])
    columns = [np.concatenate([p[w] for p in parts]) for w in weights]
    if keys.size > size // SPARSE_SHARE:
        dense = [np.bincount(keys, weights=c, minlength=size) for c in columns]
        unique = np.flatnonzero(np.bincount(keys, minlength=size))
        return unique, [d[unique] for d in dense]
    unique, inverse = np.unique(keys, return_inverse=True)
    return unique, [np.bincount(inverse, weights=c, minlength=unique.size) for c in columns]


def _all_whole(index: CorpusIndex, mask: np.ndarray, block_group: np.ndarray) -> bool:
    kept = np.bincount(index.blocks.stmt_block[mask], minlength=index.blocks.block_size.size)
    return bool(((kept == index.blocks.block_size) & (kept > 0) & (block_group >= 0)).all())


def _grouped_entries(
    index: CorpusIndex, mask: np.ndarray, *, ngram: Gram, block_group: np.ndarray
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(group * terms + term, occurrences, statements) of the selection: one run from the blocks
    it keeps whole, one from the statements of blocks it keeps in part."""
    size = index.postings.keys(ngram)
    block = index.blocks.stmt_block
    block_size = index.blocks.block_size
    tables = index.blocks.counts(ngram)
    kept = np.bincount(block[mask], minlength=block_size.size)
    whole = (kept == block_size) & (kept > 0) & (block_group >= 0)
    partial = (kept > 0) & ~whole & (block_group >= 0)
    kept_blocks = np.flatnonzero(whole)
    ptr = tables.ptr
    entries = ranges(ptr[kept_blocks], ptr[kept_blocks + 1])
    group = np.repeat(block_group[kept_blocks], ptr[kept_blocks + 1] - ptr[kept_blocks])
    yield group * size + tables.term[entries], tables.count[entries], tables.docs[entries]
    stmts = np.flatnonzero(mask & partial[block])
    if stmts.size:
        per_statement = index.postings.entries(ngram)
        ptr = per_statement.ptr
        entries = ranges(ptr[stmts], ptr[stmts + 1])
        group = np.repeat(block_group[block[stmts]], ptr[stmts + 1] - ptr[stmts])
        yield group * size + per_statement.term[entries], per_statement.count[entries], np.ones(entries.size)


def ngram_text(index: CorpusIndex, ids: np.ndarray, *, ngram: Gram) -> list[str]:
    """The words of each n-gram id, joined by spaces."""
    vocab = index.vocab
    size = len(vocab)
    if ngram == 1:
        return [vocab[i] for i in ids]
    bi_keys = index.postings.bi_keys
    if ngram == 2:
        pairs = [divmod(int(k), size) for k in bi_keys[ids]]
        return [f"{vocab[a]} {vocab[b]}" for a, b in pairs]
    out = []
    for key in index.postings.tri_keys[ids]:
        bigram, last = divmod(int(key), size)
        first, middle = divmod(int(bi_keys[bigram]), size)
        out.append(f"{vocab[first]} {vocab[middle]} {vocab[last]}")
    return out


def top_ids(values: np.ndarray, allowed: np.ndarray, top: int) -> np.ndarray:
    """Ids of the `top` largest positive counts among allowed ids, largest first, ties by id."""
    floor = _floor(values, top)
    candidates = np.flatnonzero(allowed & (values >= floor))
    if candidates.size < top and floor > 1:  # the guess was too high: rank every positive count
        candidates = np.flatnonzero(allowed & (values > 0))
    if candidates.size > top:
        cut = np.argpartition(-values[candidates], top - 1)[:top]
        threshold = values[candidates[cut]].min()
        candidates = candidates[values[candidates] >= threshold]
    order = np.lexsort((candidates, -values[candidates]))
    return candidates[order][:top]


def _floor(values: np.ndarray, top: int) -> float:
    """A guess at a count no higher than the `top`-th largest, from every SAMPLE_STEP-th value,
    so that only counts from it up are ranked; top_ids checks the guess and falls back to 1."""
    if values.size < 64 * SAMPLE_STEP or top < 1:
        return 1
    sample = values[::SAMPLE_STEP]
    keep = min(sample.size, 4 * top)
    return max(float(np.partition(sample, sample.size - keep)[sample.size - keep]), 1)
