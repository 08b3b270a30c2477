"""On-disk cache folders: keyed by the code that fills them, written atomically, verified on read.

A cache entry is a folder of files plus `manifest.json`, which records each file's size and
xxh3 checksum. An entry is written into a temporary sibling and renamed into place, so a reader
never sees half of one; a reader checks every file against the manifest, so a changed,
truncated or missing file is a miss (the caller rebuilds), never a wrong answer.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

import xxhash

MANIFEST: Final = "manifest.json"
_CHUNK: Final = 16 * 2**20
# A temporary folder this old was left by a process that died while writing.
STALE_SECONDS: Final = 3600


class CacheMiss(Exception):
    """A cache entry is absent, or was found damaged; the message says why."""

    def __init__(self, reason: str, *, damaged: bool = True) -> None:
        super().__init__(reason)
        self.damaged = damaged


def code_fingerprint(packages: Iterable[str], distributions: Iterable[str]) -> str:
    """Hash the source of these packages or modules and these installed distributions' versions.

    A cache keyed by it can never be reused after a change to the code or libraries that fill it.
    """
    return _fingerprint(tuple(packages), tuple(distributions))


@functools.cache
def _fingerprint(packages: tuple[str, ...], distributions: tuple[str, ...]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for name in packages:
        for path in _sources(name):
            digest.update(f"{name}/{path.name}\x00".encode())
            digest.update(path.read_bytes())
    for dist in distributions:
        try:
            version = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{dist}=={version}\x00".encode())
    return digest.hexdigest()


def _sources(name: str) -> list[Path]:
    """The .py files of a package (recursively) or of a single module, in a stable order."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ValueError(f"no module named {name!r} to fingerprint")
    origin = Path(spec.origin)
    if spec.submodule_search_locations:
        return sorted(origin.parent.rglob("*.py"))
    return [origin]


def write_entry(folder: Path, fill: Callable[[Path], None], *, meta: dict[str, Any]) -> None:
    """Let fill write files into a fresh folder, checksum them, and rename it into place.

    Raises OSError (read-only or full disk, ...) after removing what was partly written.
    """
    tmp = folder.with_name(f"{folder.name}.tmp{os.getpid()}")
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        fill(tmp)
        files = {p.name: _describe(p) for p in sorted(tmp.iterdir())}
        (tmp / MANIFEST).write_text(json.dumps({**meta, "files": files}), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def read_entry(folder: Path) -> dict[str, Any]:
    """The manifest of a complete, undamaged entry; CacheMiss saying why otherwise."""
    manifest = folder / MANIFEST
    try:
        meta: dict[str, Any] = json.loads(manifest.read_text(encoding="utf-8"))
        files: dict[str, dict[str, Any]] = meta["files"]
    except FileNotFoundError as missing:
        raise CacheMiss("not cached yet", damaged=False) from missing
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise CacheMiss(f"its manifest is unreadable ({type(error).__name__})") from error
    for name, expected in files.items():
        try:
            found = _describe(folder / name)
        except OSError as error:
            raise CacheMiss(f"{name} cannot be read ({error.strerror or type(error).__name__})") from error
        if found != expected:
            what = "size" if found["bytes"] != expected.get("bytes") else "checksum"
            raise CacheMiss(f"{name} does not match its {what} in the manifest")
    _touch(manifest)
    return meta


def prune(root: Path, *, keep: int) -> None:
    """Keep the `keep` most recently used entries under root; drop older ones and stale temps."""
    try:
        children = list(root.iterdir())
    except OSError:
        return
    now = time.time()
    entries = []
    for child in children:
        try:
            if ".tmp" in child.name or child.name.endswith(".partial"):
                if now - child.stat().st_mtime > STALE_SECONDS:
                    shutil.rmtree(child, ignore_errors=True)
            elif (child / MANIFEST).exists():
                entries.append(((child / MANIFEST).stat().st_mtime, child))
        except OSError:
            continue
    for _, child in sorted(entries, reverse=True)[keep:]:
        shutil.rmtree(child, ignore_errors=True)


def cache_label(folder: Path) -> str:
    """How messages name a cache entry: its root's name and the entry, never an absolute path."""
    return f"{folder.parent.name}/{folder.name[:12]}"


def _describe(path: Path) -> dict[str, Any]:
    """Size and xxh3-64 checksum of a file, read in chunks."""
    digest = xxhash.xxh3_64()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return {"bytes": size, "xxh3": digest.hexdigest()}


def _touch(path: Path) -> None:
    """Mark an entry as used now (for prune); a read-only cache is simply not touched."""
    with contextlib.suppress(OSError):
        os.utime(path)
