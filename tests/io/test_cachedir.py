"""Cache folders: atomic writes, verified reads, pruning by last use, code fingerprints."""

from __future__ import annotations

import os
import time

import pytest

from analysis.io import cachedir


def _fill(tmp):
    (tmp / "a.bin").write_bytes(b"abc" * 1000)


def test_an_entry_round_trips_and_a_changed_byte_is_a_miss(tmp_path):
    entry = tmp_path / "k1"
    cachedir.write_entry(entry, _fill, meta={"kind": "test"})
    assert cachedir.read_entry(entry)["kind"] == "test"
    data = bytearray((entry / "a.bin").read_bytes())
    data[10] ^= 1
    (entry / "a.bin").write_bytes(bytes(data))
    with pytest.raises(cachedir.CacheMiss, match="checksum") as miss:
        cachedir.read_entry(entry)
    assert miss.value.damaged


def test_an_absent_entry_is_a_plain_miss(tmp_path):
    with pytest.raises(cachedir.CacheMiss) as miss:
        cachedir.read_entry(tmp_path / "nothing")
    assert not miss.value.damaged


def test_a_fill_that_fails_leaves_nothing_behind(tmp_path):
    def broken(tmp):
        (tmp / "half").write_bytes(b"x")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        cachedir.write_entry(tmp_path / "k", broken, meta={})
    assert list(tmp_path.iterdir()) == []


def test_prune_keeps_the_most_recently_used_and_drops_stale_temporaries(tmp_path):
    for number in range(4):
        cachedir.write_entry(tmp_path / f"k{number}", _fill, meta={})
        os.utime(tmp_path / f"k{number}" / cachedir.MANIFEST, (number, number))
    cachedir.read_entry(tmp_path / "k0")  # reading marks k0 as just used
    stale = tmp_path / "k9.tmp123"
    stale.mkdir()
    old = time.time() - cachedir.STALE_SECONDS - 10
    os.utime(stale, (old, old))
    cachedir.prune(tmp_path, keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k0", "k3"]


def test_the_fingerprint_changes_with_a_module_source(tmp_path, monkeypatch):
    package = tmp_path / "fp_demo"
    package.mkdir()
    (package / "__init__.py").write_text("X = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    first = cachedir.code_fingerprint(["fp_demo"], ["numpy"])
    (package / "__init__.py").write_text("X = 2\n")
    cachedir._fingerprint.cache_clear()
    assert cachedir.code_fingerprint(["fp_demo"], ["numpy"]) != first


def test_a_label_never_shows_the_absolute_path(tmp_path):
    label = cachedir.cache_label(tmp_path / "index" / "0123456789abcdef0123")
    assert label == "index/0123456789ab" and str(tmp_path) not in label
