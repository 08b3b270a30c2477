"""The corpus index: tokens, VADER scores and postings, computed once and cached on disk."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, TypeVar

import numpy as np
import pandas as pd

from analysis.corpus import languages, periods
from analysis.corpus.credits import Credits
from analysis.corpus.filters import Selector, StatementFilter
from analysis.engine import blocks, enrich, lemmas, phrases, postings, store, workers
from analysis.engine import keys as index_keys
from analysis.engine.parts import Blocks, Enrichment, Lemmas, Postings
from analysis.text import matching, tokens
from analysis.types import Freq

Progress = Callable[[float, str], None]
T = TypeVar("T")
# Below this many statements, worker start-up costs more than it saves.
PARALLEL_MIN_STATEMENTS = 20_000
CHUNK_MIN = 2_000  # statements per task handed to a worker, at least
# Results of this many distinct filters (and of as many derived queries) are kept per index.
MEMO_SIZE: Final = 64


@dataclass(eq=False)
class CorpusIndex:
    """A corpus frame with its tokens, term postings, lemmas and sentiment scores, ready to query."""

    statements: pd.DataFrame
    vocab: list[str]
    enrichment: Enrichment
    postings: Postings
    blocks: Blocks
    lemmas: Lemmas
    key: str
    notes: tuple[str, ...] = ()  # what the user should know about how the index was built
    term_ids: dict[str, int] = field(init=False, repr=False)
    speakers: list[str] = field(init=False)  # every credited person, sorted
    credits: Credits = field(init=False, repr=False)  # statement -> person, for by-speaker views
    _periods: dict[str, np.ndarray] = field(default_factory=dict, init=False, repr=False)
    _masks: dict[StatementFilter, np.ndarray] = field(default_factory=dict, init=False, repr=False)
    _memo: dict[Hashable, object] = field(default_factory=dict, init=False, repr=False)
    _derived: dict[Hashable, object] = field(default_factory=dict, init=False, repr=False)
    # the dashboard shares one index between sessions (threads); the caches above are guarded
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        if "language" not in self.statements.columns:  # a frame that did not come through ingest
            self.statements["language"] = pd.array(self.lemmas.language.astype(str), dtype="string")
        self.term_ids = {term: i for i, term in enumerate(self.vocab)}
        self.credits = Credits.of(self.statements["speaker"])
        self.speakers = self.credits.names

    def __len__(self) -> int:
        return len(self.statements)

    def term_id(self, term: str) -> int | None:
        """Id of a folded token, or None when the corpus never uses it."""
        return self.term_ids.get(term)

    def periods(self, freq: Freq) -> np.ndarray:
        """Period code of every statement at this grain (periods.NO_PERIOD when not counted)."""
        if freq not in self._periods:
            frame = self.statements
            self._periods[freq] = periods.period_codes(frame["date"], frame["date_precision"], freq=freq)
        return self._periods[freq]

    def derived(self, key: Hashable, compute: Callable[[], T]) -> T:
        """Return a per-index precomputation for key (kept for the life of the index)."""
        with self._lock:
            if key in self._derived:
                return self._derived[key]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            return self._derived.setdefault(key, value)  # type: ignore[return-value]

    def remember(self, key: Hashable, compute: Callable[[], T]) -> T:
        """Return a derived result for key, computing it once (the last MEMO_SIZE are kept)."""
        with self._lock:
            if key in self._memo:
                return self._memo[key]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            while len(self._memo) >= MEMO_SIZE:
                self._memo.pop(next(iter(self._memo)))
            return self._memo.setdefault(key, value)  # type: ignore[return-value]

    def forget(self) -> None:
        """Drop remembered query results and filter masks (benchmarks time them from scratch)."""
        with self._lock:
            self._memo.clear()
            self._masks.clear()

    def mask(self, where: StatementFilter) -> np.ndarray:
        """Boolean array of the statements the filter keeps, answered through the index."""
        with self._lock:
            if where in self._masks:
                return self._masks[where]
        value = self._filter_mask(where)
        value.flags.writeable = False  # shared by every caller of this filter
        with self._lock:
            while len(self._masks) >= MEMO_SIZE:
                self._masks.pop(next(iter(self._masks)))
            return self._masks.setdefault(where, value)

    def _filter_mask(self, where: StatementFilter) -> np.ndarray:
        """The filter's metadata rule (Selector) and its phrase, matched in the token stream."""
        if where.is_empty:
            return np.ones(len(self), dtype=bool)
        selector = self.derived(("selector",), lambda: Selector.of(self.statements))
        keep = selector.mask(where)
        if not where.query:
            return keep
        if not tokens.phrase_tokens(where.query):  # only punctuation: match the text as written
            return keep & matching.texts_matching(self.statements["text"].tolist(), where.query)
        ids = phrases.phrase_ids(self, where.query, max_words=None)
        hits = np.zeros(len(self), dtype=bool)
        if ids is not None:
            hits[phrases.statement_counts(self, ids)[0]] = True
        return keep & hits


def build_index(
    frame: pd.DataFrame, *, cache_dir: Path | None = None, progress: Progress | None = None
) -> CorpusIndex:
    """Enrich a corpus frame, or load its enrichment from cache_dir when already computed.

    A cache that cannot be read is rebuilt, and one that cannot be written leaves the index in
    memory only; either way the index's notes say so.
    """
    report = progress or (lambda fraction, message: None)
    frame = frame.reset_index(drop=True)
    key = index_keys.content_key(frame)
    notes: list[str] = []
    if cache_dir is not None:
        loaded = store.load(cache_dir / key)
        if isinstance(loaded, store.Saved):
            report(1.0, "Index loaded from cache")
            return CorpusIndex(frame, loaded.vocab, *loaded.parts, key)
        if loaded:
            notes.append(loaded)
    texts = frame["text"].astype(str).tolist()
    report(0.0, f"Telling the language of {len(texts):,} statements")
    spoken = languages.statement_languages(frame)
    vocab, enriched = _enrich(texts, languages.vader_scores(spoken, texts).tolist(), report)
    report(0.85, "Building the term index")
    posted = postings.build_postings(enriched.tokens, enriched.offsets, enriched.is_word, enriched.is_stop)
    codes, _ = pd.factorize(frame["speaker"].astype(str), sort=True)
    month = periods.period_codes(frame["date"], frame["date_precision"], freq="month")
    block, block_speaker = blocks.block_ids(codes.astype(np.int32), month)
    grouped = blocks.build_blocks(posted, block, block_speaker)
    report(0.9, "Filing Russian and Ukrainian words under their dictionary forms")
    lemma_table = lemmas.build_lemmas(vocab, spoken)
    if cache_dir is not None:
        report(0.95, "Saving the index")
        problem = store.save(cache_dir / key, vocab, (enriched, posted, grouped, lemma_table))
        if problem:
            notes.append(problem)
    report(1.0, "Index ready")
    return CorpusIndex(frame, vocab, enriched, posted, grouped, lemma_table, key, tuple(notes))


def _chunks(texts: list[str], scored: list[bool], size: int) -> list[tuple[list[str], list[bool]]]:
    spans = range(0, len(texts), size)
    return [(texts[i : i + size], scored[i : i + size]) for i in spans] or [([], [])]


def _enrich(texts: list[str], scored: list[bool], report: Progress) -> tuple[list[str], Enrichment]:
    """Tokenise all texts and VADER-score the `scored` ones (two processes on a large corpus)."""
    n_workers = min(2, os.cpu_count() or 1)
    size = max(CHUNK_MIN, len(texts) // (n_workers * 10) + 1)
    chunks = _chunks(texts, scored, size)
    report(0.0, f"Tokenising and scoring {len(texts):,} statements")
    stream: Iterator[enrich.ChunkEnrichment]
    if len(texts) < PARALLEL_MIN_STATEMENTS or n_workers < 2:
        stream = (enrich.enrich_chunk(chunk) for chunk in chunks)
    else:
        stream = workers.enrich_in_workers(chunks, workers=n_workers)
    results: list[enrich.ChunkEnrichment] = []
    done = 0
    for result in stream:
        results.append(result)
        done += len(result.statement_lengths)
        report(0.8 * len(results) / len(chunks), f"Enriched {done:,} of {len(texts):,} statements")
    return _merge(results)


def _merge(results: list[enrich.ChunkEnrichment]) -> tuple[list[str], Enrichment]:
    """Join chunk results into one vocabulary, one token stream and the sentence tables."""
    vocab_ids: dict[str, int] = {"": 0}
    streams = []
    for result in results:
        remap = np.array([vocab_ids.setdefault(w, len(vocab_ids)) for w in result.vocab], dtype=np.int32)
        streams.append(remap[result.token_ids])
    vocab = list(vocab_ids)
    stopwords = tokens.stopword_set()
    stmt_len = np.concatenate([r.statement_lengths for r in results]).astype(np.int64)
    offsets = np.concatenate(([0], np.cumsum(stmt_len)))
    sent_len = np.concatenate([r.sentence_lengths for r in results]).astype(np.int64)
    sent_count = np.concatenate([r.sentence_counts for r in results])
    sent_stmt = np.repeat(np.arange(stmt_len.size, dtype=np.int32), sent_count)
    first_sentence = np.concatenate(([0], np.cumsum(sent_count)))[:-1]
    before = np.concatenate(([0], np.cumsum(sent_len)))[:-1]
    # statements without sentences (empty text) repeat nothing, so every index is in range
    within = before - before[np.repeat(first_sentence, sent_count)]
    enriched = Enrichment(
        tokens=np.concatenate([*streams, np.zeros(1, dtype=np.int32)]),
        offsets=offsets,
        is_word=np.array([tokens.is_word(w) for w in vocab], dtype=bool),
        is_stop=np.array([w in stopwords or not tokens.is_word(w) for w in vocab], dtype=bool),
        scores=np.concatenate([r.statement_scores for r in results]).reshape(-1, 4),
        sent_stmt=sent_stmt,
        sent_start=offsets[sent_stmt] + 1 + within,
        sent_compound=np.concatenate([r.sentence_compound for r in results]),
        sent_chars=np.concatenate([r.sentence_chars for r in results]).reshape(-1, 2),
    )
    return vocab, enriched
