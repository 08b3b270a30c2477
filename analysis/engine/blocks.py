"""Pre-aggregated term counts per block of statements (one speaker in one month).

A filter keeps some blocks whole; their counts are summed from these small tables, and only
statements of partly kept blocks are counted one by one. That makes top terms and distinctive
terms for a speaker or date range cost about the number of blocks, not of statements.
"""

from __future__ import annotations

import numpy as np

from analysis.corpus import periods
from analysis.engine.postings import stable_order

PREFIXES = ("uni_sm", "bi_sm", "tri_sm")


def block_ids(speaker_codes: np.ndarray, month_codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Block of every statement (speaker x month; undated or coarser dates get their own) and
    the speaker of every block."""
    month = np.where(month_codes == periods.NO_PERIOD, np.iinfo(np.int32).min, month_codes)
    key = speaker_codes.astype(np.int64) * (1 << 32) + (month.astype(np.int64) + (1 << 31))
    unique, block = np.unique(key, return_inverse=True)
    return block.astype(np.int32), (unique >> 32).astype(np.int32)


def build_blocks(
    arrays: dict[str, np.ndarray], block: np.ndarray, block_speaker: np.ndarray
) -> dict[str, np.ndarray]:
    """Per-block (term, occurrences, statements) tables for the uni-, bi- and trigram entries,
    plus corpus totals per term."""
    n_blocks = block_speaker.size
    out: dict[str, np.ndarray] = {
        "stmt_block": block,
        "block_speaker": block_speaker,
        "block_size": np.bincount(block, minlength=n_blocks),
    }
    sizes = {
        "uni_sm": arrays["is_word"].size,
        "bi_sm": arrays["bi_keys"].size,
        "tri_sm": arrays["tri_keys"].size,
    }
    for prefix in PREFIXES:
        ptr = arrays[f"{prefix}_ptr"]
        terms = arrays[f"{prefix}_term"]
        n_terms = max(sizes[prefix], 1)
        entry_block = np.repeat(block, np.diff(ptr)).astype(np.int64)
        keys = entry_block * n_terms + terms
        order = stable_order(keys, n_blocks * n_terms)
        keys = keys[order]
        if keys.size:
            starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        else:
            starts = np.zeros(0, dtype=np.int64)
        unique = keys[starts]
        counts = arrays[f"{prefix}_count"][order].astype(np.int64)
        out[f"{prefix}_blk_count"] = (
            np.add.reduceat(counts, starts) if starts.size else np.zeros(0, dtype=np.int64)
        ).astype(np.int32)
        out[f"{prefix}_blk_docs"] = np.diff(np.append(starts, keys.size)).astype(np.int32)
        out[f"{prefix}_blk_term"] = (unique % n_terms).astype(np.int32)
        out[f"{prefix}_blk_ptr"] = np.searchsorted(unique // n_terms, np.arange(n_blocks + 1)).astype(
            np.int64
        )
        out[f"{prefix}_total_count"] = np.bincount(
            terms, weights=arrays[f"{prefix}_count"], minlength=sizes[prefix]
        ).astype(np.int64)
        out[f"{prefix}_total_docs"] = np.bincount(terms, minlength=sizes[prefix]).astype(np.int64)
    return out
