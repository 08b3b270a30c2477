"""Which corpus the session looks at: the bundled sample, a server path, or its own upload."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

import pandas as pd
import streamlit as st

from analysis.corpus.credits import credited_rows
from analysis.corpus.filters import Selector
from analysis.corpus.ingest import ingest, load_corpus
from analysis.corpus.report import IngestReport
from analysis.engine.index import CorpusIndex, build_index
from analysis.events import EventsError, read_events
from analysis.io.source import InputFile

ROOT: Final[Path] = Path(__file__).resolve().parent.parent
SAMPLE_STATEMENTS: Final[Path] = ROOT / "data" / "sample" / "statements.csv"
SAMPLE_ALIASES: Final[Path] = ROOT / "data" / "sample" / "aliases.csv"
SERVER_ENV: Final[str] = "PARLEY_CORPUS"
SERVER_ALIASES_ENV: Final[str] = "PARLEY_ALIASES"
Origin = Literal["sample", "server", "upload"]
Progress = Callable[[float, str], None]
_UPLOAD_KEY: Final[str] = "parley.upload"
_CHOICE_KEY: Final[str] = "parley.origin"


@dataclass(frozen=True, eq=False)
class LoadedCorpus:
    """A loaded statement frame with its report and the lists the widgets offer; never mutated."""

    origin: Origin
    label: str
    key: str  # content fingerprint: the cache key of every result computed from this corpus
    frame: pd.DataFrame
    report: IngestReport
    aliases: pd.DataFrame | None
    speakers: tuple[str, ...] = field(default=())  # most statements first
    sources: tuple[str, ...] = field(default=())
    extras: dict[str, Any] = field(default_factory=dict)
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    selector: Selector | None = field(default=None, repr=False)  # fast non-phrase filtering
    languages: tuple[str, ...] = field(default=())  # ISO codes, most statements first


def server_path() -> Path | None:
    """The corpus path configured for this server, if any."""
    value = os.environ.get(SERVER_ENV, "").strip()
    return Path(value) if value else None


def chosen_origin() -> Origin:
    """The corpus origin this session chose on the Data page (the sample by default)."""
    choice = st.session_state.get(_CHOICE_KEY)
    if choice == "upload" and _UPLOAD_KEY in st.session_state:
        return "upload"
    if choice == "server" and server_path() is not None:
        return "server"
    if choice is None and server_path() is not None:
        return "server"
    return "sample"


def choose_origin(origin: Origin) -> None:
    """Remember which corpus this session looks at."""
    st.session_state[_CHOICE_KEY] = origin


def active_corpus(progress: Progress | None = None) -> LoadedCorpus:
    """Return the corpus this session looks at; raises IngestError/OSError with a sentence."""
    origin = chosen_origin()
    if origin == "upload":
        loaded: LoadedCorpus = st.session_state[_UPLOAD_KEY]
        return loaded
    if origin == "server":
        path = server_path()
        assert path is not None
        aliases = os.environ.get(SERVER_ALIASES_ENV, "").strip()
        return _load_path(str(path), aliases, _fingerprint_path(path, aliases))
    return _load_path(str(SAMPLE_STATEMENTS), str(SAMPLE_ALIASES), _fingerprint_path(
        SAMPLE_STATEMENTS, str(SAMPLE_ALIASES)))


def load_upload(
    files: Sequence[InputFile], *, aliases: bytes | None, progress: Progress | None = None
) -> LoadedCorpus:
    """Load uploaded files into this session only, and make them the session's corpus."""
    from analysis.corpus.speakers import read_aliases

    alias_table = read_aliases(aliases, name="uploaded alias table") if aliases else None
    done = ingest(files, aliases=alias_table, progress=progress)
    digest = hashlib.blake2b(digest_size=16)
    for item in sorted(files, key=lambda f: f.name):
        digest.update(item.name.encode() + b"\0" + item.data)
    digest.update(aliases or b"")
    label = ", ".join(f.name for f in files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3
                                                     else "")
    loaded = _describe("upload", label, "upload-" + digest.hexdigest(), done.frame, done.report,
                       alias_table, extras={"articles": done.articles})
    st.session_state[_UPLOAD_KEY] = loaded
    choose_origin("upload")
    return loaded


def forget_upload() -> None:
    """Drop this session's upload and go back to the default corpus."""
    for key in (_UPLOAD_KEY, _CHOICE_KEY, _INDEX_KEY):
        st.session_state.pop(key, None)


def reload_with_aliases(loaded: LoadedCorpus, aliases: bytes) -> LoadedCorpus:
    """Re-resolve speakers of the current corpus with a new alias table (session only)."""
    from analysis.corpus.speakers import read_aliases
    from analysis.corpus.spellings import speaker_column

    table = read_aliases(aliases, name="uploaded alias table")
    frame = loaded.frame.copy()
    frame["speaker"] = speaker_column(frame["speaker_raw"], aliases=table, dates=frame["date"])
    key = loaded.key + "-aliases-" + hashlib.blake2b(aliases, digest_size=8).hexdigest()
    fresh = _describe("upload", loaded.label + " (own aliases)", key, frame, loaded.report, table,
                      extras=loaded.extras)
    st.session_state[_UPLOAD_KEY] = fresh
    choose_origin("upload")
    return fresh


@st.cache_resource(max_entries=4, show_spinner="Loading the corpus…")
def _load_path(path: str, aliases: str, fingerprint: str) -> LoadedCorpus:
    """Load a server-side corpus once per process; the fingerprint changes when the files do."""
    alias_path = aliases if aliases and Path(aliases).is_file() else None
    frame, report = load_corpus([path], aliases=alias_path, cache_dir=CORPUS_CACHE)
    from analysis.corpus.speakers import read_aliases

    table = read_aliases(alias_path) if alias_path else None
    origin: Origin = "sample" if Path(path) == SAMPLE_STATEMENTS else "server"
    label = "Bundled sample (fictional)" if origin == "sample" else Path(path).name
    return _describe(origin, label, fingerprint, frame, report, table)


def _fingerprint_path(path: Path, aliases: str) -> str:
    """Name, size and modification time of the inputs: cheap, and changes when they change."""
    parts = [str(path)]
    for item in (path, Path(aliases) if aliases else None):
        if item is not None and item.exists():
            info = item.stat()
            parts.append(f"{item}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.blake2b("|".join(parts).encode(), digest_size=16).hexdigest()


def _describe(
    origin: Origin,
    label: str,
    key: str,
    frame: pd.DataFrame,
    report: IngestReport,
    aliases: pd.DataFrame | None,
    *,
    extras: dict[str, Any] | None = None,
) -> LoadedCorpus:
    """Wrap a loaded frame with the speaker and source lists the widgets offer."""
    speakers = tuple(str(s) for s in credited_rows(frame)["speaker"].value_counts().index)
    sources = tuple(sorted(str(s) for s in frame["source"].dropna().unique() if str(s)))
    dates = frame["date"].dropna()
    first = dates.min().date() if len(dates) else None
    last = dates.max().date() if len(dates) else None
    spoken = frame["language"] if "language" in frame.columns else pd.Series(dtype="string")
    languages = tuple(str(code) for code in spoken.value_counts().index)
    return LoadedCorpus(origin, label, key, frame, report, aliases, speakers, sources,
                        extras or {}, first, last, Selector.of(frame), languages=languages)


INDEX_CACHE: Final[Path] = ROOT / ".parley-cache" / "index"
CORPUS_CACHE: Final[Path] = ROOT / ".parley-cache" / "corpus"
_INDEX_KEY: Final[str] = "parley.upload_index"


def corpus_index(loaded: LoadedCorpus) -> CorpusIndex:
    """The term/sentiment index of a corpus: shared for server corpora, per session for uploads.

    While it is built (the first load of a corpus) a progress bar says so, instead of a page
    that stays blank; a cached index shows nothing.
    """
    if loaded.origin == "upload":
        held = st.session_state.get(_INDEX_KEY)
        if held is None or held[0] != loaded.key:
            with index_progress(len(loaded.frame)) as progress:
                held = (loaded.key, build_index(loaded.frame, progress=progress))
            st.session_state[_INDEX_KEY] = held
        index: CorpusIndex = held[1]
        return index
    slot = _index_slot(loaded.key)
    with slot.lock:  # a second session waits for the first one's build instead of repeating it
        if slot.index is None:
            with index_progress(len(loaded.frame)) as progress:
                slot.index = build_index(loaded.frame, cache_dir=INDEX_CACHE, progress=progress)
        return slot.index


@contextlib.contextmanager
def index_progress(statements: int) -> Iterator[Progress]:
    """A progress bar on the page for as long as the block runs; yields its callback."""
    slot = st.empty()

    def report(fraction: float, message: str) -> None:
        slot.progress(min(max(fraction, 0.0), 1.0),
                      text=f"Building the index for {statements:,} statements… {message}")

    try:
        yield report
    finally:
        slot.empty()


@dataclass(eq=False)
class _IndexSlot:
    """Where a server corpus's shared index is kept once built (never mutated after that)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    index: CorpusIndex | None = None


@st.cache_resource(max_entries=4, show_spinner=False)
def _index_slot(key: str) -> _IndexSlot:
    """One slot per corpus for the whole process."""
    # The index is built outside this cached call: elements drawn inside one (the progress
    # bar) would be recorded and replayed on every later hit.
    return _IndexSlot()


@st.cache_resource(max_entries=2, show_spinner=False)
def server_events(path: str, modified: int) -> pd.DataFrame:
    """The events table configured on the server (PARLEY_EVENTS), read once per file version.

    The frame is shared by every session: never mutate it. A bad file raises EventsError.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise EventsError(f"{path} (PARLEY_EVENTS): the events table cannot be read: {error}") \
            from error
    return read_events(data, name=Path(path).name)
