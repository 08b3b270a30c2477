"""Pre-aggregated term counts per block of statements (one speaker in one month).

A filter keeps some blocks whole; their counts are summed from these small tables, and only
statements of partly kept blocks are counted one by one. That makes top terms and distinctive
terms for a speaker or date range cost about the number of blocks, not of statements.
"""

from __future__ import annotations

import numpy as np

from analysis.corpus import periods
from analysis.engine.parts import BlockCounts, Blocks, Entries, Postings
from analysis.engine.postings import stable_order
from analysis.types import Gram


def block_ids(speaker_codes: np.ndarray, month_codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Block of every statement (speaker x month; undated or coarser dates get their own) and
    the speaker of every block."""
    month = np.where(month_codes == periods.NO_PERIOD, np.iinfo(np.int32).min, month_codes)
    key = speaker_codes.astype(np.int64) * (1 << 32) + (month.astype(np.int64) + (1 << 31))
    unique, block = np.unique(key, return_inverse=True)
    return block.astype(np.int32), (unique >> 32).astype(np.int32)


def build_blocks(postings: Postings, block: np.ndarray, block_speaker: np.ndarray) -> Blocks:
    """Per-block tables for the uni-, bi- and trigram entries, plus corpus totals per term."""
    n_blocks = block_speaker.size

    def table(gram: Gram) -> BlockCounts:
        return _block_counts(postings.entries(gram), postings.keys(gram), block, n_blocks)

    uni = table(1)
    # the same sum one level up: blocks of a speaker -> the speaker
    n_speakers = int(block_speaker.max()) + 1 if block_speaker.size else 0
    per_block = Entries(ptr=uni.ptr, term=uni.term, count=uni.count)
    by_speaker = _block_counts(per_block, postings.keys(1), block_speaker, n_speakers)
    return Blocks(
        stmt_block=block,
        block_speaker=block_speaker,
        block_size=np.bincount(block, minlength=n_blocks),
        uni=uni,
        bi=table(2),
        tri=table(3),
        speaker_uni=Entries(ptr=by_speaker.ptr, term=by_speaker.term, count=by_speaker.count),
    )


def _block_counts(entries: Entries, n_keys: int, block: np.ndarray, n_blocks: int) -> BlockCounts:
    """Sum one n-gram size's statement entries per (block, term)."""
    n_terms = max(n_keys, 1)
    entry_block = np.repeat(block, np.diff(entries.ptr)).astype(np.int64)
    keys = entry_block * n_terms + entries.term
    order = stable_order(keys, n_blocks * n_terms)
    keys = keys[order]
    if keys.size:
        starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    else:
        starts = np.zeros(0, dtype=np.int64)
    unique = keys[starts]
    counts = entries.count[order].astype(np.int64)
    return BlockCounts(
        ptr=np.searchsorted(unique // n_terms, np.arange(n_blocks + 1)).astype(np.int64),
        term=(unique % n_terms).astype(np.int32),
        count=(
            np.add.reduceat(counts, starts) if starts.size else np.zeros(0, dtype=np.int64)
        ).astype(np.int32),
        docs=np.diff(np.append(starts, keys.size)).astype(np.int32),
        total_count=np.bincount(entries.term, weights=entries.count, minlength=n_keys).astype(np.int64),
        total_docs=np.bincount(entries.term, minlength=n_keys).astype(np.int64),
    )
