"""Where a concept occurs: the union of its patterns' matches, each token span counted once."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.concepts import GLOB, Concept, pattern_words
from analysis.engine import counts, phrases
from analysis.engine.index import CorpusIndex

_EMPTY = np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class Matches:
    """Token spans of a concept in the index's stream, in corpus order."""

    starts: np.ndarray  # first token position of each match, ascending
    lengths: np.ndarray  # tokens in each match
    patterns: np.ndarray  # which of the concept's patterns matched it

    def statement_counts(self, index: CorpusIndex) -> tuple[np.ndarray, np.ndarray]:
        """Statements (ascending) holding a match, and how many matches each holds."""
        return _per_statement(index, self.starts)


def concept_matches(index: CorpusIndex, concept: Concept) -> Matches:
    """Every match of the concept's patterns; a span inside another match's span is dropped.

    So `peace` and `peace treaty` in one concept count "peace treaty" once, and two patterns
    that find the same tokens (a word and a glob that covers it) count them once.
    """
    found = [(i, *_pattern_matches(index, p)) for i, p in enumerate(concept.patterns)]
    starts = np.concatenate([s for _, s, _ in found] or [_EMPTY])
    lengths = np.concatenate([np.full(s.size, n, dtype=np.int64) for _, s, n in found] or [_EMPTY])
    which = np.concatenate([np.full(s.size, i, dtype=np.int64) for i, s, _ in found] or [_EMPTY])
    return _outermost(starts.astype(np.int64), lengths, which)


def concept_statement_counts(index: CorpusIndex, concept: Concept) -> tuple[np.ndarray, np.ndarray]:
    """Statements (ascending) that mention the concept and its matches in each, as
    concept_matches counts them.

    When no pattern can match inside (or on the same tokens as) another, no match is ever
    dropped, so the patterns' own statement counts are summed: from the index's postings, without
    visiting every token position as concept_matches must.
    """
    slots = [_slots(index, p) for p in concept.patterns]
    if _may_nest([s for s in slots if s is not None]):
        return concept_matches(index, concept).statement_counts(index)
    total = np.zeros(len(index), dtype=np.int64)
    for slot in slots:
        if slot is not None:
            _add_counts(index, total, slot)
    hit = np.flatnonzero(total)
    return hit.astype(np.int32), total[hit]


# A glob word standing for at most this many terms is summed term by term from the postings;
# past it, one bincount over the statements is cheaper than that many small additions.
_TERM_BY_TERM = 64


def _add_counts(index: CorpusIndex, total: np.ndarray, slot: list[np.ndarray]) -> None:
    """Add one pattern's matches per statement to total (statements hold each term once in
    the postings, so fancy-index addition never meets a repeat)."""
    p = index.postings
    if len(slot) == 1 and 1 < slot[0].size <= _TERM_BY_TERM:
        for term in slot[0].tolist():
            lo, hi = int(p.uni_ptr[term]), int(p.uni_ptr[term + 1])
            total[p.uni_stmt[lo:hi]] += p.uni_count[lo:hi]
    elif len(slot) == 1 and slot[0].size > _TERM_BY_TERM:
        entries = counts.ranges(p.uni_ptr[slot[0]], p.uni_ptr[slot[0] + 1])
        total += np.bincount(p.uni_stmt[entries], weights=p.uni_count[entries],
                             minlength=total.size).astype(np.int64)
    elif all(s.size == 1 for s in slot):
        found, tally = phrases.statement_counts(index, tuple(int(s[0]) for s in slot))
        total[found] += tally
    else:
        found, tally = _per_statement(index, _slot_positions(index, slot))
        total[found] += tally


def _per_statement(index: CorpusIndex, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Statements holding these ascending positions, and how many each holds."""
    stmts = phrases.statement_of(index, starts)  # ascending, as the starts are
    first = np.flatnonzero(np.diff(stmts, prepend=-1))
    tally = np.diff(np.append(first, stmts.size))
    return stmts[first].astype(np.int32), tally.astype(np.int64)


def _slots(index: CorpusIndex, pattern: str) -> list[np.ndarray] | None:
    """The term ids each word of the pattern may be, or None when the pattern cannot match."""
    words = pattern_words(pattern)
    if GLOB not in pattern:
        ids = phrases.phrase_ids(index, pattern)
        # a Russian or Ukrainian word stands for every inflected form the index files under it
        return None if ids is None else [phrases.word_terms(index, i).astype(np.int64) for i in ids]
    slots = [glob_terms(index, w) if GLOB in w else _term_ids(index, w) for w in words]
    return None if any(s.size == 0 for s in slots) else slots


def _may_nest(patterns: list[list[np.ndarray]]) -> bool:
    """Whether a match of one pattern may lie within (or on) a match of another."""
    for a, inner in enumerate(patterns):
        for b, outer in enumerate(patterns):
            if a == b or len(inner) > len(outer):
                continue
            for offset in range(len(outer) - len(inner) + 1):
                if all(np.intersect1d(x, outer[offset + k]).size for k, x in enumerate(inner)):
                    return True
    return False


def pattern_summary(index: CorpusIndex, concept: Concept, *, shown: int = 6) -> pd.DataFrame:
    """Per pattern: the dictionary terms it stands for (a glob's `shown` most used) and the matches
    it contributes to the concept (a match another pattern also found is credited once)."""
    found = concept_matches(index, concept)
    credited = np.bincount(found.patterns, minlength=len(concept.patterns))
    terms = []
    for pattern in concept.patterns:
        words = pattern_words(pattern)
        if len(words) == 1 and GLOB in words[0]:
            ids = glob_terms(index, words[0])
            ptr = index.postings.pos_ptr
            frequent = ids[np.lexsort((ids, -(ptr[ids + 1] - ptr[ids])))]  # most used first
            listed = ", ".join(index.vocab[i] for i in frequent[:shown].tolist())
            terms.append(f"{ids.size:,} terms: {listed}" + (", …" if ids.size > shown else ""))
        else:
            terms.append(" ".join(words))
    return pd.DataFrame({
        "concept": pd.array([concept.name] * len(concept.patterns), dtype="string"),
        "pattern": pd.array(concept.patterns, dtype="string"),
        "terms": pd.array(terms, dtype="string"),
        "matches": credited.astype(np.int64),
    })


def glob_terms(index: CorpusIndex, word: str) -> np.ndarray:
    """Ids (ascending) of the dictionary's word terms that a folded glob such as `санкци*` matches."""
    pattern = re.compile(".*".join(re.escape(piece) for piece in word.split(GLOB)))
    prefix = word.split(GLOB, 1)[0]
    ordered, order = _sorted_vocab(index)
    lo = int(np.searchsorted(ordered, prefix, side="left")) if prefix else 0
    hi = int(np.searchsorted(ordered, prefix + "\U0010ffff", side="left")) if prefix else ordered.size
    is_word = np.asarray(index.enrichment.is_word)
    ids = [int(order[i]) for i in range(lo, hi) if pattern.fullmatch(ordered[i])]
    chosen = np.array(sorted(ids), dtype=np.int64)
    return chosen[is_word[chosen]] if chosen.size else chosen


def _sorted_vocab(index: CorpusIndex) -> tuple[np.ndarray, np.ndarray]:
    """The term dictionary in code-point order and each entry's term id (once per index)."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        vocab = np.array(index.vocab, dtype=object)
        order = np.argsort(vocab, kind="stable")
        return vocab[order], order

    return index.derived(("concept-sorted-vocab",), compute)


def _pattern_matches(index: CorpusIndex, pattern: str) -> tuple[np.ndarray, int]:
    """Start positions of one pattern and its length in tokens."""
    words = pattern_words(pattern)
    if GLOB not in pattern:
        ids = phrases.phrase_ids(index, pattern)
        return (_EMPTY if ids is None else phrases.match_positions(index, ids)), len(words)
    slots = _slots(index, pattern)
    return (_EMPTY if slots is None else _slot_positions(index, slots)), len(words)


def _term_ids(index: CorpusIndex, word: str) -> np.ndarray:
    found = index.term_id(word)
    return _EMPTY if found is None else np.array([found], dtype=np.int64)


def _slot_positions(index: CorpusIndex, slots: list[np.ndarray]) -> np.ndarray:
    """Positions where word k of the stream is one of slots[k]'s (non-empty) terms, for every k."""
    ptr = index.postings.pos_ptr
    sizes = [int((ptr[s + 1] - ptr[s]).sum()) for s in slots]
    rare = int(np.argmin(sizes))
    ids = slots[rare]
    starts = np.sort(np.asarray(index.postings.pos[counts.ranges(ptr[ids], ptr[ids + 1])],
                                dtype=np.int64)) - rare
    stream = index.enrichment.tokens
    starts = starts[(starts >= 0) & (starts + len(slots) <= stream.size)]
    for offset, slot in enumerate(slots):
        if offset != rare:
            starts = starts[np.isin(stream[starts + offset], slot)]
    return starts


def _outermost(starts: np.ndarray, lengths: np.ndarray, which: np.ndarray) -> Matches:
    """Keep each distinct span once, and only spans that no other kept span contains."""
    # by start, the longest first, then pattern: each pattern's run is sorted already and a
    # stable sort merges runs (timsort), far faster than sorting on three keys
    key = starts * (phrases.MAX_WORDS + 1) + (phrases.MAX_WORDS - lengths)
    order = np.argsort(key, kind="stable")
    starts, ends, which = starts[order], starts[order] + lengths[order], which[order]
    if starts.size:
        reach = np.maximum.accumulate(ends)
        earlier = np.concatenate(([-1], reach[:-1]))  # furthest end of any span sorted before
        keep = earlier < ends
        starts, ends, which = starts[keep], ends[keep], which[keep]
    return Matches(starts, ends - starts, which)
