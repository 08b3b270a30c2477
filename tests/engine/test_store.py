"""The index cache: verified on load, rebuilt when damaged, memory-only when it cannot be written."""

from __future__ import annotations

import errno
from pathlib import Path

import numpy as np
import pytest

from analysis.corpus.filters import StatementFilter
from analysis.engine import keys
from analysis.engine.index import build_index
from analysis.engine.parts import flatten
from tests.corpus_fixtures import corpus

ROWS = [
    ("Ann", "2024-01-05", "day", "Peace treaty now. The treaty holds."),
    ("Bob", "2024-02-01", "day", "No treaty without peace!"),
]


def _same(one, other) -> bool:
    for prefix in ("enrichment", "postings", "blocks"):
        theirs = dict(flatten(prefix, getattr(other, prefix)))
        for name, array in flatten(prefix, getattr(one, prefix)):
            if not np.array_equal(np.asarray(array), np.asarray(theirs[name])):
                return False
    return one.vocab == other.vocab


def _flip_a_byte(path) -> None:
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF  # same size, different content
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (_flip_a_byte, "checksum"),
        (lambda p: p.write_bytes(p.read_bytes()[:-3]), "size"),
        (lambda p: p.unlink(), "cannot be read"),
    ],
    ids=["same-size change", "truncated", "missing"],
)
def test_a_damaged_cache_is_rebuilt_and_named(tmp_path, damage, said):
    frame = corpus(ROWS)
    first = build_index(frame, cache_dir=tmp_path)
    entry = tmp_path / first.key
    damage(entry / "enrichment.tokens.npy")
    second = build_index(frame, cache_dir=tmp_path)
    assert _same(first, second)
    assert len(second.notes) == 1 and said in second.notes[0]
    assert first.key[:12] in second.notes[0] and str(tmp_path) not in second.notes[0]
    third = build_index(frame, cache_dir=tmp_path)  # the rebuilt entry is good again
    assert third.notes == () and _same(first, third)


def test_a_read_only_cache_keeps_the_index_in_memory(tmp_path, monkeypatch):
    def read_only(self, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)  # as root, chmod would not stop the write
    index = build_index(corpus(ROWS), cache_dir=tmp_path)
    assert "could not be written (Read-only file system)" in index.notes[0]
    assert "memory only" in index.notes[0] and str(tmp_path) not in index.notes[0]
    assert list(tmp_path.iterdir()) == []
    assert index.mask(StatementFilter(query="treaty")).tolist() == [True, True]


def test_a_failed_write_leaves_no_partial_folder(tmp_path, monkeypatch):
    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "save", full_disk)
    index = build_index(corpus(ROWS), cache_dir=tmp_path)
    assert "No space left on device" in index.notes[0]
    assert list(tmp_path.iterdir()) == []
    assert index.mask(StatementFilter(query="peace")).tolist() == [True, True]


def test_the_key_follows_the_pipeline_code(monkeypatch):
    frame = corpus(ROWS)
    before = keys.content_key(frame)
    monkeypatch.setattr(keys, "PIPELINE_MODULES", (*keys.PIPELINE_MODULES, "analysis.kwic"))
    assert keys.content_key(frame) != before
    monkeypatch.setattr(keys, "PIPELINE_DISTRIBUTIONS", ("nltk",))
    assert keys.content_key(frame) != before
