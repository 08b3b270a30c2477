"""The term index: numpy postings of terms, bigrams and trigrams, built once from the token stream.

Layout, for a stream `tokens` of term ids with a sentinel 0 before each statement:
- uni_*: term-major postings (statement, count) per term; uni: stmt-major entries per statement;
- pos_*: every word position, grouped by term (for phrases of 3+ words, concordance, sentences);
- bi_*: postings of adjacent word pairs, keyed `first * V + second`; bi: stmt-major entries of
  the stopword-free pairs (for top terms);
- tri_keys, tri: stmt-major entries of word triples that neither start nor end with a stopword.
"""

from __future__ import annotations

import numpy as np

from analysis.engine.parts import Entries, Postings


def stable_order(values: np.ndarray, max_value: int) -> np.ndarray:
    """np.argsort(values, kind="stable") for non-negative integers, by 16-bit radix passes.

    NumPy radix-sorts 16-bit integers; wider keys take one such pass per 16 bits of max_value.
    """
    values = np.asarray(values)
    order = np.arange(values.size, dtype=np.int64)
    shift = 0
    while True:
        digit = ((values[order] >> shift) & 0xFFFF).astype(np.uint16)
        order = order[np.argsort(digit, kind="stable")]
        shift += 16
        if max_value >> shift == 0:
            return order


def _runs(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start of each run of equal values in a sorted array, and the run lengths."""
    if keys.size == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    change = np.empty(keys.size, dtype=bool)
    change[0] = True
    np.not_equal(keys[1:], keys[:-1], out=change[1:])
    starts = np.flatnonzero(change)
    lengths = np.diff(np.append(starts, keys.size))
    return starts, lengths


def _ptr(group: np.ndarray, size: int) -> np.ndarray:
    """CSR pointer (size + 1) for entries whose group ids are sorted ascending."""
    return np.searchsorted(group, np.arange(size + 1), side="left").astype(np.int64)


def _stmt_major(stmt: np.ndarray, term: np.ndarray, n_terms: int, n_stmts: int) -> Entries:
    """Unique (statement, term) entries with counts, sorted by statement then term."""
    keys = np.sort(stmt.astype(np.int64) * max(n_terms, 1) + term)
    starts, counts = _runs(keys)
    unique = keys[starts]
    entry_stmt = unique // max(n_terms, 1)
    return Entries(
        ptr=_ptr(entry_stmt, n_stmts),
        term=(unique % max(n_terms, 1)).astype(np.int32),
        count=counts.astype(np.int32),
    )


def build_postings(
    tokens: np.ndarray, offsets: np.ndarray, is_word: np.ndarray, is_stop: np.ndarray
) -> Postings:
    """Every postings array of the index, from the token stream and statement offsets."""
    n_stmts = offsets.size - 1
    vocab = is_word.size
    out: dict[str, np.ndarray] = {}
    stmt_of = np.repeat(np.arange(n_stmts, dtype=np.int32), np.diff(offsets))
    words = np.flatnonzero(is_word[tokens])
    pos_dtype = np.int32 if tokens.size < 2**31 else np.int64
    term = tokens[words]
    order = stable_order(term, vocab)
    out["pos"] = words[order].astype(pos_dtype)
    out["pos_ptr"] = np.concatenate(([0], np.cumsum(np.bincount(term, minlength=vocab)))).astype(
        np.int64
    )
    out["word_counts"] = np.bincount(stmt_of[words], minlength=n_stmts).astype(np.int32)

    uni = _stmt_major(stmt_of[words], term, vocab, n_stmts)
    entry_stmt = np.repeat(np.arange(n_stmts, dtype=np.int32), np.diff(uni.ptr))
    order = stable_order(uni.term, vocab)
    out["uni_stmt"] = entry_stmt[order]
    out["uni_count"] = uni.count[order]
    out["uni_ptr"] = np.concatenate(
        ([0], np.cumsum(np.bincount(uni.term, minlength=vocab)))
    ).astype(np.int64)
    del entry_stmt, order, term, words

    first, second = tokens[:-1], tokens[1:]
    pair_pos = np.flatnonzero(is_word[first] & is_word[second])
    keys = first[pair_pos].astype(np.int64) * vocab + second[pair_pos]
    order = stable_order(keys, vocab * vocab)
    sorted_keys = keys[order]
    sorted_stmt = stmt_of[pair_pos][order]
    key_starts, _ = _runs(sorted_keys)
    out["bi_keys"] = sorted_keys[key_starts]
    is_start = np.zeros(sorted_keys.size, dtype=bool)
    is_start[key_starts] = True
    bigram_sorted = np.cumsum(is_start) - 1
    combo = bigram_sorted.astype(np.int64) * (n_stmts + 1) + sorted_stmt
    entry_starts, entry_counts = _runs(combo)
    out["bi_stmt"] = sorted_stmt[entry_starts]
    out["bi_count"] = entry_counts.astype(np.int32)
    out["bi_ptr"] = _ptr(bigram_sorted[entry_starts], key_starts.size)
    bigram_id = np.empty(keys.size, dtype=np.int64)
    bigram_id[order] = bigram_sorted
    del order, sorted_keys, sorted_stmt, combo, bigram_sorted

    plain = ~is_stop[first[pair_pos]] & ~is_stop[second[pair_pos]]
    bi = _stmt_major(stmt_of[pair_pos[plain]], bigram_id[plain], key_starts.size, n_stmts)

    bigram_at = np.full(tokens.size, -1, dtype=np.int64)
    bigram_at[pair_pos] = bigram_id
    third = np.append(tokens[2:], 0)
    tri_pos = np.flatnonzero(
        (bigram_at[:-1] >= 0) & is_word[third] & ~is_stop[first] & ~is_stop[third]
    )
    tri_keys = bigram_at[tri_pos] * vocab + third[tri_pos]
    out["tri_keys"], tri_id = np.unique(tri_keys, return_inverse=True)
    tri = _stmt_major(stmt_of[tri_pos], tri_id, out["tri_keys"].size, n_stmts)
    return Postings(**out, uni=uni, bi=bi, tri=tri)
