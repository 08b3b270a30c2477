"""The index's cache entries: every array and the vocabulary, checksummed, memory-mapped on load."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from analysis.engine.parts import Blocks, Enrichment, Lemmas, Postings, flatten, rebuild
from analysis.io import cachedir

# Arrays smaller than this are read whole; a memory map costs more per random access.
IN_MEMORY_BYTES: Final = 64 * 2**20
# Index entries kept per cache folder; the least recently used beyond this are removed.
KEEP_ENTRIES: Final = 8
_VOCAB: Final = "vocab.txt"
_PREFIXES: Final = ("enrichment", "postings", "blocks", "lemmas")


@dataclass(frozen=True)
class Saved:
    """An index read back from its cache entry."""

    vocab: list[str]
    parts: tuple[Enrichment, Postings, Blocks, Lemmas]


def save(folder: Path, vocab: list[str], parts: tuple[Enrichment, Postings, Blocks, Lemmas]) -> str:
    """Write an index entry; return "" or, when it cannot be written, a note for the user."""

    def fill(tmp: Path) -> None:
        for prefix, part in zip(_PREFIXES, parts, strict=True):
            for name, array in flatten(prefix, part):
                np.save(tmp / f"{name}.npy", np.ascontiguousarray(array))
        (tmp / _VOCAB).write_text("\n".join(vocab), encoding="utf-8")

    try:
        cachedir.write_entry(folder, fill, meta={"kind": "index"})
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return (
            f"The index cache {cachedir.cache_label(folder)} could not be written ({reason}); "
            "the index is kept in memory only and is built again at the next start."
        )
    cachedir.prune(folder.parent, keep=KEEP_ENTRIES)
    return ""


def load(folder: Path) -> Saved | str:
    """The saved index, or a note saying why a damaged entry is being rebuilt ("" when absent)."""
    try:
        meta = cachedir.read_entry(folder)
        arrays = {
            name.removesuffix(".npy"): _open(folder / name)
            for name in meta["files"]
            if name.endswith(".npy")
        }
        vocab = (folder / _VOCAB).read_text(encoding="utf-8").split("\n")
        parts = (
            rebuild(Enrichment, "enrichment", arrays),
            rebuild(Postings, "postings", arrays),
            rebuild(Blocks, "blocks", arrays),
            rebuild(Lemmas, "lemmas", arrays),
        )
    except cachedir.CacheMiss as miss:
        if not miss.damaged:
            return ""
        return f"The index cache {cachedir.cache_label(folder)} was damaged ({miss}) and was rebuilt."
    except (OSError, ValueError, KeyError) as error:
        return (
            f"The index cache {cachedir.cache_label(folder)} could not be read "
            f"({type(error).__name__}) and was rebuilt."
        )
    return Saved(vocab, parts)


def _open(path: Path) -> np.ndarray:
    small = path.stat().st_size < IN_MEMORY_BYTES
    return np.load(path) if small else np.load(path, mmap_mode="r")
