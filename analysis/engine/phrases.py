"""Phrase matching through the index: case-insensitive, on token boundaries, 1 to 5 words."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from analysis.engine.parts import Enrichment, Postings
from analysis.text import tokens

MAX_WORDS = 5


class Searchable(Protocol):
    """What phrase matching needs of an index (CorpusIndex has it); keeps this module below it."""

    enrichment: Enrichment
    postings: Postings

    def term_id(self, term: str) -> int | None: ...


def check_phrase(phrase: str, *, max_words: int | None = MAX_WORDS) -> tuple[str, ...]:
    """The phrase's folded words, or ValueError when it has none or more than max_words."""
    words = tokens.phrase_tokens(phrase)
    if not words:
        raise ValueError(f"phrase {phrase!r} has no words to search for")
    if max_words is not None and len(words) > max_words:
        raise ValueError(f"phrase {phrase!r} has {len(words)} words; at most {MAX_WORDS} are supported")
    return words


def phrase_ids(
    index: Searchable, phrase: str, *, max_words: int | None = MAX_WORDS
) -> tuple[int, ...] | None:
    """Term ids of a phrase's words, or None when some word never occurs (so it cannot match)."""
    words = check_phrase(phrase, max_words=max_words)
    ids = [index.term_id(w) for w in words]
    if any(i is None for i in ids):
        return None
    return tuple(int(i) for i in ids if i is not None)


def statement_counts(index: Searchable, ids: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Statements (ascending) that contain the phrase, and how often each contains it."""
    p = index.postings
    if len(ids) == 1:
        lo, hi = p.uni_ptr[ids[0]], p.uni_ptr[ids[0] + 1]
        return np.asarray(p.uni_stmt[lo:hi]), np.asarray(p.uni_count[lo:hi])
    if len(ids) == 2:
        key = ids[0] * p.keys(1) + ids[1]
        at = int(np.searchsorted(p.bi_keys, key))
        if at >= p.bi_keys.size or p.bi_keys[at] != key:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)
        lo, hi = p.bi_ptr[at], p.bi_ptr[at + 1]
        return np.asarray(p.bi_stmt[lo:hi]), np.asarray(p.bi_count[lo:hi])
    stmts, counts = np.unique(statement_of(index, match_positions(index, ids)), return_counts=True)
    return stmts.astype(np.int32), counts.astype(np.int32)


def match_positions(
    index: Searchable, ids: tuple[int, ...], *, skip: int = 0, take: int | None = None
) -> np.ndarray:
    """Token positions (ascending) where the phrase starts; overlapping matches all count.

    skip and take select a run of the candidate positions (those of the phrase's rarest word,
    in corpus order), so the first matches can be found without checking every candidate.
    """
    p = index.postings
    stream = index.enrichment.tokens
    sizes = [int(p.pos_ptr[i + 1] - p.pos_ptr[i]) for i in ids]
    rare = int(np.argmin(sizes))
    lo, hi = int(p.pos_ptr[ids[rare]]), int(p.pos_ptr[ids[rare] + 1])
    lo = min(lo + skip, hi)
    hi = hi if take is None else min(hi, lo + take)
    starts = np.asarray(p.pos[lo:hi], dtype=np.int64) - rare
    starts = starts[(starts >= 0) & (starts + len(ids) <= stream.size)]
    for offset, term in enumerate(ids):
        if offset != rare:
            starts = starts[stream[starts + offset] == term]
    return starts


def statement_of(index: Searchable, positions: np.ndarray) -> np.ndarray:
    """Statement number of each token position."""
    return (np.searchsorted(index.enrichment.offsets, positions, side="right") - 1).astype(np.int32)


def candidate_count(index: Searchable, ids: tuple[int, ...]) -> int:
    """How many candidate positions match_positions checks (occurrences of the rarest word)."""
    p = index.postings
    return min(int(p.pos_ptr[i + 1] - p.pos_ptr[i]) for i in ids)
