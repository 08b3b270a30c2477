"""The corpus index's parts: named, typed groups of numpy arrays, and their on-disk names.

Every array of an index belongs to one of four parts, each built by one module:
`Enrichment` (enrich.py: the token stream, sentences, VADER scores), `Postings`
(postings.py: where each term, pair and triple occurs), `Blocks` (blocks.py: counts per
speaker-month block) and `Lemmas` (lemmas.py: statement languages, Russian and Ukrainian
dictionary forms). An array is saved as `<part>.<field>[.<field>].npy`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from analysis.types import Gram


@dataclass(frozen=True)
class Enrichment:
    """The token stream and per-sentence and per-statement scores of a corpus."""

    tokens: np.ndarray  # term ids; a sentinel 0 before each statement and one at the end
    offsets: np.ndarray  # stream position of each statement's sentinel, plus the stream's end
    is_word: np.ndarray  # per term: has a letter or digit
    is_stop: np.ndarray  # per term: a stopword or punctuation
    scores: np.ndarray  # (statements, 4): VADER compound, pos, neu, neg
    sent_stmt: np.ndarray  # statement of each sentence
    sent_start: np.ndarray  # stream position of each sentence's first token
    sent_compound: np.ndarray  # VADER compound of each sentence
    sent_chars: np.ndarray  # (sentences, 2): character span of each sentence in its statement


@dataclass(frozen=True)
class Entries:
    """Statement-major (statement, term, count) entries: CSR pointer per statement."""

    ptr: np.ndarray
    term: np.ndarray
    count: np.ndarray


@dataclass(frozen=True)
class Postings:
    """Where each word, adjacent pair and stopword-free triple occurs."""

    pos: np.ndarray  # every word position, grouped by term
    pos_ptr: np.ndarray  # CSR pointer of pos per term
    word_counts: np.ndarray  # word tokens per statement
    uni_ptr: np.ndarray  # CSR pointer per term into uni_stmt / uni_count
    uni_stmt: np.ndarray
    uni_count: np.ndarray
    uni: Entries  # per statement, every term
    bi_keys: np.ndarray  # sorted keys `first * V + second` of the adjacent word pairs
    bi_ptr: np.ndarray  # CSR pointer per pair into bi_stmt / bi_count
    bi_stmt: np.ndarray
    bi_count: np.ndarray
    bi: Entries  # per statement, pairs without a stopword
    tri_keys: np.ndarray  # sorted keys `pair_id * V + third`
    tri: Entries  # per statement, triples that neither start nor end with a stopword

    def keys(self, gram: Gram) -> int:
        """How many distinct terms (gram 1) or n-grams the tables know."""
        if gram == 1:
            return int(self.pos_ptr.size - 1)
        return int((self.bi_keys if gram == 2 else self.tri_keys).size)

    def entries(self, gram: Gram) -> Entries:
        """The statement-major entries of this n-gram size."""
        return {1: self.uni, 2: self.bi, 3: self.tri}[gram]


@dataclass(frozen=True)
class BlockCounts:
    """Per-block (term, occurrences, statements) tables, and corpus totals per term."""

    ptr: np.ndarray  # CSR pointer per block
    term: np.ndarray
    count: np.ndarray
    docs: np.ndarray
    total_count: np.ndarray
    total_docs: np.ndarray


@dataclass(frozen=True)
class Blocks:
    """Statements grouped into blocks of one speaker in one month, with their term counts."""

    stmt_block: np.ndarray
    block_speaker: np.ndarray
    block_size: np.ndarray
    uni: BlockCounts
    bi: BlockCounts
    tri: BlockCounts
    speaker_uni: Entries  # per speaker (CSR by speaker code): every term and its occurrences

    def counts(self, gram: Gram) -> BlockCounts:
        """The block tables of this n-gram size."""
        return {1: self.uni, 2: self.bi, 3: self.tri}[gram]


@dataclass(frozen=True)
class Lemmas:
    """Each statement's language, and the terms filed under each Russian or Ukrainian lemma."""

    language: np.ndarray  # ISO 639-1 code of each statement ("und" when unknown)
    names: np.ndarray  # every lemma, sorted (str array)
    ptr: np.ndarray  # CSR pointer per lemma into terms
    terms: np.ndarray  # term ids, ascending within each lemma


Part = TypeVar("Part", Enrichment, Postings, Blocks, Lemmas)


def flatten(prefix: str, part: Any) -> Iterator[tuple[str, np.ndarray]]:
    """Every array of a part with its dotted name, nested parts included."""
    for spec in dataclasses.fields(part):
        value = getattr(part, spec.name)
        name = f"{prefix}.{spec.name}"
        if dataclasses.is_dataclass(value):
            yield from flatten(name, value)
        else:
            yield name, value


def rebuild(kind: type[Part], prefix: str, arrays: dict[str, np.ndarray]) -> Part:
    """Rebuild a part from arrays named as `flatten` names them; KeyError when one is missing."""
    return _build(kind, prefix, arrays)


def _build(kind: type, prefix: str, arrays: dict[str, np.ndarray]) -> Any:
    values: dict[str, Any] = {}
    hints = {Entries.__name__: Entries, BlockCounts.__name__: BlockCounts}
    for spec in dataclasses.fields(kind):
        name = f"{prefix}.{spec.name}"
        nested = hints.get(str(spec.type))
        values[spec.name] = _build(nested, name, arrays) if nested else arrays[name]
    return kind(**values)
