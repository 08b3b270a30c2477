"""The ingest cache: a corpus read back only when every cached byte is as written."""

from __future__ import annotations

import errno
from pathlib import Path

import pandas as pd

from analysis.corpus.ingest import load_corpus

CSV = "speaker,date,text\nAnn,2024-01-05,Peace now.\nBob,2024-02-01,No peace yet.\n"


def _entry(root: Path) -> Path:
    (entry,) = [p for p in root.iterdir() if p.is_dir()]
    return entry


def test_a_damaged_cached_corpus_is_read_again_from_its_file(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")
    cache = tmp_path / "corpora"
    first, _ = load_corpus([source], cache_dir=cache)
    parquet = _entry(cache) / "corpus.parquet"
    data = bytearray(parquet.read_bytes())
    data[len(data) // 2] ^= 0xFF
    parquet.write_bytes(bytes(data))
    second, report = load_corpus([source], cache_dir=cache)
    pd.testing.assert_frame_equal(first, second)
    assert any("was damaged" in n and "checksum" in n for n in report.notes)
    assert not any(str(tmp_path) in n for n in report.notes)
    third, report = load_corpus([source], cache_dir=cache)
    assert not any("damaged" in n for n in report.notes)
    pd.testing.assert_frame_equal(first, third)


def test_a_read_only_cache_still_loads_the_corpus_with_a_note(tmp_path, monkeypatch):
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")

    def read_only(self, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)
    frame, report = load_corpus([source], cache_dir=tmp_path / "corpora")
    assert len(frame) == 2
    assert any("could not be written (Read-only file system)" in n for n in report.notes)
    assert not (tmp_path / "corpora").exists()
