"""An on-disk cache of ingested corpora, keyed by the input bytes and the ingest settings."""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

import pandas as pd
import pyarrow.parquet as pq

from analysis.corpus.report import IngestReport
from analysis.io.source import InputFile

INGEST_VERSION: Final = "1"  # bump when ingest output changes for the same input


def cache_key(
    files: Sequence[InputFile], *, columns: Mapping[str, str] | None, aliases: pd.DataFrame | None
) -> str:
    """Hash the files' names and bytes, the column choices and the alias table."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"ingest-{INGEST_VERSION}".encode())
    for item in files:
        digest.update(item.name.encode("utf-8") + b"\x00" + len(item.data).to_bytes(8, "little"))
        digest.update(item.data)
    digest.update(json.dumps(sorted((columns or {}).items())).encode())
    if aliases is not None:
        digest.update(aliases.to_csv(index=False).encode("utf-8"))
    return digest.hexdigest()


def load_cached(folder: Path) -> tuple[pd.DataFrame, IngestReport] | None:
    """Return the corpus and report stored in folder, or None when there is none."""
    meta = folder / "report.json"
    if not meta.exists():
        return None
    data = json.loads(meta.read_text(encoding="utf-8"))
    report = IngestReport(
        rows_read=data["rows_read"], rows_kept=data["rows_kept"],
        rejected_by_reason=Counter(data["rejected_by_reason"]), examples=data["examples"],
        files=data["files"], notes=data["notes"],
    )
    # One contiguous Arrow array per column: row-group chunks make every later take several times slower.
    frame = pq.read_table(folder / "corpus.parquet").combine_chunks().to_pandas()
    return frame, report


def store(folder: Path, frame: pd.DataFrame, report: IngestReport) -> None:
    """Write the corpus and its report, renaming into place so readers never see half a cache."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    partial = folder.with_name(f"{folder.name}.{os.getpid()}.partial")
    partial.mkdir(exist_ok=True)
    frame.to_parquet(partial / "corpus.parquet", index=False)
    (partial / "report.json").write_text(json.dumps(report.to_dict(), ensure_ascii=False), encoding="utf-8")
    try:
        partial.rename(folder)
    except OSError:  # another process stored the same key first
        for child in partial.iterdir():
            child.unlink()
        partial.rmdir()
