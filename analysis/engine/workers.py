"""Enrichment of a large corpus in worker processes that are spawned, and die with their parent.

Workers are started with `spawn`, never `fork`: forking a process that runs threads (the
Streamlit server does) can copy a lock held by another thread and deadlock the child. A worker
asks the kernel to kill it when its parent dies (Linux) and also watches its parent's pid, so
an interrupted ingest leaves no orphans behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
import types
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Final

from analysis.engine import enrich
from analysis.text import nltk_resources

_PR_SET_PDEATHSIG: Final = 1
_MAIN_LOCK: Final = threading.Lock()
# How often a worker checks that its parent is still alive (where the kernel cannot tell it).
PARENT_POLL_SECONDS: Final = 1.0


def enrich_in_workers(
    chunks: list[tuple[list[str], list[bool]]], *, workers: int
) -> Iterator[enrich.ChunkEnrichment]:
    """Enrich the (texts, which to score) chunks in `workers` spawned processes, in chunk order."""
    parent = os.getpid()
    context = get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(parent,)
    ) as pool:
        with _main_hidden():
            results = pool.map(enrich.enrich_chunk, chunks)  # submits every chunk: workers start now
        yield from results


@contextlib.contextmanager
def _main_hidden() -> Iterator[None]:
    """Start workers without re-running the parent's __main__ in them.

    A spawned child imports the parent's main module first. Under Streamlit that is the last
    page script run, whose top level draws a page; the workers need only analysis/, so they are
    shown a main module with no file to import.
    """
    with _MAIN_LOCK:
        real = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = real


def _start_worker(parent: int) -> None:
    """Tie this worker's life to its parent, then load the NLTK data once."""
    _die_with(parent)
    nltk_resources.vader_analyzer()
    nltk_resources.sentence_splitter()


def _die_with(parent: int) -> None:
    if sys.platform.startswith("linux"):
        # without prctl the watcher below still ends this worker
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)  # the parent died before this worker started
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="parent-watch").start()


def _watch(parent: int) -> None:
    """End this process as soon as its parent is gone."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)
