"""The corpus index: tokens, VADER scores and postings, computed once and cached on disk."""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Final

import numpy as np
import pandas as pd

from analysis.corpus import periods
from analysis.corpus.filters import StatementFilter
from analysis.engine import blocks, enrich, postings
from analysis.engine import keys as index_keys
from analysis.text import nltk_resources, tokens

PIPELINE_VERSION: Final = "3"
Progress = Callable[[float, str], None]
# Below this many statements, worker start-up costs more than it saves.
PARALLEL_MIN_STATEMENTS = 20_000
_MASK_MEMO: Final = 64
IN_MEMORY_BYTES: Final = 64 * 2**20
CHUNK_MIN = 2_000  # statements per task handed to a worker, at least


@dataclass(eq=False)
class CorpusIndex:
    """A corpus frame with its tokens, term postings and sentiment scores, ready to query."""

    statements: pd.DataFrame
    vocab: list[str]
    arrays: dict[str, np.ndarray]
    key: str
    term_ids: dict[str, int] = field(init=False, repr=False)
    speakers: list[str] = field(init=False)
    speaker_codes: np.ndarray = field(init=False, repr=False)
    _periods: dict[str, np.ndarray] = field(default_factory=dict, init=False, repr=False)
    _masks: dict[StatementFilter, np.ndarray] = field(default_factory=dict, init=False, repr=False)
    memo: dict[object, object] = field(default_factory=dict, init=False, repr=False)
    _derived: dict[object, object] = field(default_factory=dict, init=False, repr=False)
    # the dashboard shares one index between sessions (threads); the caches above are guarded
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        self.term_ids = {term: i for i, term in enumerate(self.vocab)}
        codes, uniques = pd.factorize(self.statements["speaker"].astype(str), sort=True)
        self.speakers = [str(s) for s in uniques]
        self.speaker_codes = codes.astype(np.int32)

    def __len__(self) -> int:
        return len(self.statements)

    def term_id(self, term: str) -> int | None:
        """Id of a folded token, or None when the corpus never uses it."""
        return self.term_ids.get(term)

    def periods(self, freq: periods.Freq) -> np.ndarray:
        """Period code of every statement at this grain (periods.NO_PERIOD when not counted)."""
        if freq not in self._periods:
            frame = self.statements
            self._periods[freq] = periods.period_codes(frame["date"], frame["date_precision"], freq=freq)
        return self._periods[freq]

    def derived(self, key: object, compute: Callable[[], object]) -> object:
        """Return a per-index precomputation for key (kept for the life of the index)."""
        with self._lock:
            if key in self._derived:
                return self._derived[key]
        value = compute()
        with self._lock:
            return self._derived.setdefault(key, value)

    def remember(self, key: object, compute: Callable[[], object]) -> object:
        """Return a derived result for key, computing it once (a few dozen are kept)."""
        with self._lock:
            if key in self.memo:
                return self.memo[key]
        value = compute()
        with self._lock:
            while len(self.memo) >= _MASK_MEMO:
                self.memo.pop(next(iter(self.memo)))
            return self.memo.setdefault(key, value)

    def mask(self, where: StatementFilter) -> np.ndarray:
        """Boolean array of the statements the filter keeps, answered through the index."""
        with self._lock:
            if where in self._masks:
                return self._masks[where]
        value = _filter_mask(self, where)
        value.flags.writeable = False  # shared by every caller of this filter
        with self._lock:
            while len(self._masks) >= _MASK_MEMO:
                self._masks.pop(next(iter(self._masks)))
            return self._masks.setdefault(where, value)


def _filter_mask(index: CorpusIndex, where: StatementFilter) -> np.ndarray:
    """Evaluate a StatementFilter with the index; the query matches on token boundaries."""
    from analysis.engine import phrases  # phrases needs CorpusIndex, so import late

    frame = index.statements
    keep = np.ones(len(frame), dtype=bool)
    if where.is_empty:
        return keep
    if where.speakers:
        wanted = np.isin(np.asarray(index.speakers, dtype=object), list(where.speakers))
        keep &= wanted[index.speaker_codes] if wanted.size else False
    if where.sources:
        keep &= frame["source"].isin(where.sources).to_numpy(dtype=bool)
    if where.since or where.until:
        keep &= _date_overlap(index, where)
    if where.query and not tokens.phrase_tokens(where.query):
        # only punctuation (e.g. "?!"): nothing the index holds, so match the text as written
        keep &= StatementFilter(query=where.query).mask(frame).to_numpy(dtype=bool)
    elif where.query:
        ids = phrases.phrase_ids(index, where.query, max_words=None)
        hits = np.zeros(len(frame), dtype=bool)
        if ids is not None:
            hits[phrases.statement_counts(index, ids)[0]] = True
        keep &= hits
    return keep


def _date_overlap(index: CorpusIndex, where: StatementFilter) -> np.ndarray:
    """Same rule as StatementFilter: a statement's dated period overlaps [since, until]."""
    def bounds() -> tuple[np.ndarray, np.ndarray]:
        start = index.statements["date"].dt.tz_localize(None).to_numpy(dtype="datetime64[us]")
        precision = index.statements["date_precision"].to_numpy(dtype=object)
        end = start + np.timedelta64(1, "D")
        month = precision == "month"
        end[month] = (start[month].astype("datetime64[M]") + 1).astype("datetime64[us]")
        year = precision == "year"
        end[year] = (start[year].astype("datetime64[Y]") + 1).astype("datetime64[us]")
        return start, end

    found: tuple[np.ndarray, np.ndarray] = index.derived(("date-bounds",), bounds)  # type: ignore[assignment]
    start, end = found
    keep = ~np.isnat(start)
    if where.since:
        keep &= end > np.datetime64(where.since, "us")
    if where.until:
        keep &= start < np.datetime64(where.until, "us") + np.timedelta64(1, "D")
    return keep


def build_index(
    frame: pd.DataFrame, *, cache_dir: Path | None = None, progress: Progress | None = None
) -> CorpusIndex:
    """Enrich a corpus frame, or load its enrichment from cache_dir when already computed."""
    report = progress or (lambda fraction, message: None)
    frame = frame.reset_index(drop=True)
    key = index_keys.content_key(frame, PIPELINE_VERSION)
    folder = cache_dir / key if cache_dir is not None else None
    if folder is not None and (folder / "meta.json").exists():
        report(0.5, "Loading the cached index")
        vocab, arrays = _load(folder)
        report(1.0, "Index loaded from cache")
        return CorpusIndex(frame, vocab, arrays, key)
    vocab, arrays = _enrich(frame["text"].astype(str).tolist(), report)
    report(0.85, "Building the term index")
    arrays |= postings.build_postings(
        arrays["tokens"], arrays["offsets"], arrays["is_word"], arrays["is_stop"]
    )
    index = CorpusIndex(frame, vocab, arrays, key)
    block, block_speaker = blocks.block_ids(index.speaker_codes, index.periods("month"))
    arrays |= blocks.build_blocks(arrays, block, block_speaker)
    if folder is not None:
        report(0.95, "Saving the index")
        _save(folder, vocab, arrays)
    report(1.0, "Index ready")
    return index


def _context() -> BaseContext:
    """Fork where the platform has it: workers inherit the loaded NLTK data and need no main guard."""
    return get_context("fork" if "fork" in get_all_start_methods() else "spawn")


def _chunks(texts: list[str], size: int) -> list[list[str]]:
    return [texts[i : i + size] for i in range(0, len(texts), size)] or [[]]


def _enrich(texts: list[str], report: Progress) -> tuple[list[str], dict[str, np.ndarray]]:
    """Tokenise and score all texts (two processes on a large corpus) and merge the vocabularies."""
    workers = min(2, os.cpu_count() or 1)
    size = max(CHUNK_MIN, len(texts) // (workers * 10) + 1)
    chunks = _chunks(texts, size)
    results: list[enrich.ChunkEnrichment] = []
    report(0.0, f"Tokenising and scoring {len(texts):,} statements")
    if len(texts) < PARALLEL_MIN_STATEMENTS or workers < 2:
        for chunk in chunks:
            results.append(enrich.enrich_texts(chunk))
            report(
                0.8 * len(results) / len(chunks),
                f"Enriched {sum(len(r.statement_lengths) for r in results):,} statements",
            )
    else:
        # load NLTK data before forking, so that workers only compute (no file or import locks)
        nltk_resources.vader_analyzer()
        nltk_resources.sentence_splitter()
        with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
            for result in pool.map(enrich.enrich_texts, chunks):
                results.append(result)
                report(
                    0.8 * len(results) / len(chunks),
                    f"Enriched {sum(len(r.statement_lengths) for r in results):,} statements",
                )
    return _merge(results)


def _merge(results: list[enrich.ChunkEnrichment]) -> tuple[list[str], dict[str, np.ndarray]]:
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
    arrays = {
        "tokens": np.concatenate([*streams, np.zeros(1, dtype=np.int32)]),
        "offsets": offsets,
        "is_word": np.array([tokens.is_word(w) for w in vocab], dtype=bool),
        "is_stop": np.array([w in stopwords or not tokens.is_word(w) for w in vocab], dtype=bool),
        "scores": np.concatenate([r.statement_scores for r in results]).reshape(-1, 4),
        "sent_stmt": sent_stmt,
        "sent_start": offsets[sent_stmt] + 1 + within,
        "sent_compound": np.concatenate([r.sentence_compound for r in results]),
        "sent_chars": np.concatenate([r.sentence_chars for r in results]).reshape(-1, 2),
    }
    return vocab, arrays


def _save(folder: Path, vocab: list[str], arrays: dict[str, np.ndarray]) -> None:
    """Write the index atomically: into a temporary folder, then renamed into place."""
    tmp = folder.with_name(folder.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name, array in arrays.items():
        np.save(tmp / f"{name}.npy", np.ascontiguousarray(array))
    (tmp / "vocab.txt").write_text("\n".join(vocab), encoding="utf-8")
    (tmp / "meta.json").write_text(json.dumps({"version": PIPELINE_VERSION, "arrays": sorted(arrays)}))
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)


def _load(folder: Path) -> tuple[list[str], dict[str, np.ndarray]]:
    """Read a saved index; arrays are memory-mapped, so only the pages a query touches are read."""
    meta = json.loads((folder / "meta.json").read_text())
    arrays = {}
    for name in meta["arrays"]:
        path = folder / f"{name}.npy"
        # small per-statement arrays are read whole; memory maps cost more per random access
        small = path.stat().st_size < IN_MEMORY_BYTES
        arrays[name] = np.load(path) if small else np.load(path, mmap_mode="r")
    vocab = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
    return vocab, arrays
