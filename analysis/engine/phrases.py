"""Phrase matching through the index: case-insensitive, on token boundaries, 1 to 5 words.

A phrase's word is a term id; a Russian or Ukrainian word stands for every corpus term filed
under its dictionary form (analysis/engine/lemmas.py), so `мирный договор` finds `мирного
договора`. Such a word's id is the vocabulary size plus the number of its term set in a small
per-index table (word_terms), so ids stay plain ints for every caller.
"""

from __future__ import annotations

import threading
import weakref
from typing import Protocol

import numpy as np

from analysis.engine import lemmas
from analysis.engine.parts import Enrichment, Lemmas, Postings
from analysis.text import lemmas as text_lemmas
from analysis.text import tokens

MAX_WORDS = 5
_SETS_LOCK = threading.Lock()


class Searchable(Protocol):
    """What phrase matching needs of an index (CorpusIndex has it); keeps this module below it."""

    enrichment: Enrichment
    postings: Postings
    lemmas: Lemmas

    def term_id(self, term: str) -> int | None: ...


class _WordSets:
    """The term sets of an index's Cyrillic search words, numbered in the order first asked."""

    def __init__(self) -> None:
        self.number: dict[str, int] = {}
        self.terms: list[np.ndarray] = []


_WORD_SETS: weakref.WeakKeyDictionary[object, _WordSets] = weakref.WeakKeyDictionary()


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
    ids = [_word_id(index, w) for w in words]
    if any(i is None for i in ids):
        return None
    return tuple(int(i) for i in ids if i is not None)


def word_terms(index: Searchable, word_id: int) -> np.ndarray:
    """Term ids (ascending) that one id of phrase_ids matches."""
    vocab = index.postings.keys(1)
    if word_id < vocab:
        return np.array([word_id], dtype=np.int32)
    return _sets_of(index).terms[word_id - vocab]


def _word_id(index: Searchable, word: str) -> int | None:
    """A word's term id, or for a Cyrillic word the id of the terms sharing its lemma."""
    own = index.term_id(word)
    forms = text_lemmas.query_lemmas(word) if index.lemmas.names.size else frozenset()
    if not forms:
        return own
    found = [lemmas.lemma_terms(index.lemmas, form) for form in sorted(forms)]
    if own is not None:
        found.append(np.array([own], dtype=np.int32))
    terms = np.unique(np.concatenate(found)).astype(np.int32)
    if terms.size == 0:
        return None
    if terms.size == 1:
        return int(terms[0])
    sets = _sets_of(index)
    with _SETS_LOCK:
        if word not in sets.number:
            sets.number[word] = len(sets.terms)
            sets.terms.append(terms)
        return index.postings.keys(1) + sets.number[word]


def _sets_of(index: Searchable) -> _WordSets:
    with _SETS_LOCK:
        return _WORD_SETS.setdefault(index, _WordSets())


def statement_counts(index: Searchable, ids: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Statements (ascending) that contain the phrase, and how often each contains it."""
    p = index.postings
    vocab = p.keys(1)
    if len(ids) == 1 and ids[0] < vocab:
        lo, hi = p.uni_ptr[ids[0]], p.uni_ptr[ids[0] + 1]
        return np.asarray(p.uni_stmt[lo:hi]), np.asarray(p.uni_count[lo:hi])
    if len(ids) == 1:
        terms = word_terms(index, ids[0])
        stmts = np.concatenate([p.uni_stmt[p.uni_ptr[t] : p.uni_ptr[t + 1]] for t in terms])
        counts = np.concatenate([p.uni_count[p.uni_ptr[t] : p.uni_ptr[t + 1]] for t in terms])
        unique, where = np.unique(stmts, return_inverse=True)
        total = np.bincount(where, weights=counts, minlength=unique.size)
        return unique.astype(np.int32), total.astype(np.int32)
    if len(ids) == 2 and max(ids) < vocab:
        key = ids[0] * vocab + ids[1]
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
    stream = index.enrichment.tokens
    sizes = [_occurrences(index, i) for i in ids]
    rare = int(np.argmin(sizes))
    candidates = _positions(index, ids[rare])
    lo = min(skip, candidates.size)
    hi = candidates.size if take is None else min(candidates.size, lo + take)
    starts = np.asarray(candidates[lo:hi], dtype=np.int64) - rare
    starts = starts[(starts >= 0) & (starts + len(ids) <= stream.size)]
    for offset, word_id in enumerate(ids):
        if offset == rare:
            continue
        terms = word_terms(index, word_id)
        following = stream[starts + offset]
        starts = starts[following == terms[0] if terms.size == 1 else np.isin(following, terms)]
    return starts


def _positions(index: Searchable, word_id: int) -> np.ndarray:
    """Every stream position of the terms one id matches, ascending."""
    p = index.postings
    terms = word_terms(index, word_id)
    if terms.size == 1:
        return np.asarray(p.pos[p.pos_ptr[terms[0]] : p.pos_ptr[terms[0] + 1]])
    return np.sort(np.concatenate([p.pos[p.pos_ptr[t] : p.pos_ptr[t + 1]] for t in terms]))


def _occurrences(index: Searchable, word_id: int) -> int:
    p = index.postings
    return int(sum(p.pos_ptr[t + 1] - p.pos_ptr[t] for t in word_terms(index, word_id)))


def statement_of(index: Searchable, positions: np.ndarray) -> np.ndarray:
    """Statement number of each token position."""
    return (np.searchsorted(index.enrichment.offsets, positions, side="right") - 1).astype(np.int32)


def candidate_count(index: Searchable, ids: tuple[int, ...]) -> int:
    """How many candidate positions match_positions checks (occurrences of the rarest word)."""
    return min(_occurrences(index, i) for i in ids)
