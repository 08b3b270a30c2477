"""An on-disk cache of ingested corpora, keyed by the input bytes, the settings and the code."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

import pandas as pd
import pyarrow.parquet as pq

from analysis.corpus.report import IngestReport
from analysis.io import cachedir
from analysis.io.source import InputFile

# What determines an ingested corpus for given input bytes: this code and these libraries.
INGEST_MODULES: Final = (
    "analysis.corpus", "analysis.extraction", "analysis.io", "analysis.text", "analysis.types",
)
INGEST_DISTRIBUTIONS: Final = (
    "pandas", "pyarrow", "charset-normalizer", "openpyxl", "numpy", "trafilatura", "translitua",
    "lingua-language-detector",
)
# Ingested corpora kept per cache folder; the least recently used beyond this are removed.
KEEP_ENTRIES: Final = 16


def cache_key(
    files: Sequence[InputFile], *, columns: Mapping[str, str] | None, aliases: pd.DataFrame | None
) -> str:
    """Hash the files' names and bytes, the column choices, the alias table and the ingest code."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(cachedir.code_fingerprint(INGEST_MODULES, INGEST_DISTRIBUTIONS).encode())
    for item in files:
        digest.update(item.name.encode("utf-8") + b"\x00" + len(item.data).to_bytes(8, "little"))
        digest.update(item.data)
    digest.update(json.dumps(sorted((columns or {}).items())).encode())
    if aliases is not None:
        digest.update(aliases.to_csv(index=False).encode("utf-8"))
    return digest.hexdigest()


def load_cached(folder: Path) -> tuple[pd.DataFrame, IngestReport] | str:
    """The corpus and report stored in folder; else "" (none) or a note why it is rebuilt."""
    try:
        cachedir.read_entry(folder)
        data = json.loads((folder / "report.json").read_text(encoding="utf-8"))
        report = IngestReport(
            rows_read=data["rows_read"], rows_kept=data["rows_kept"],
            rejected_by_reason=Counter(data["rejected_by_reason"]), examples=data["examples"],
            files=data["files"], notes=data["notes"],
        )
        # One contiguous Arrow array per column: row-group chunks make every later take slower.
        frame = pq.read_table(folder / "corpus.parquet").combine_chunks().to_pandas()
    except cachedir.CacheMiss as miss:
        if not miss.damaged:
            return ""
        return f"The corpus cache {cachedir.cache_label(folder)} was damaged ({miss}) and was rebuilt."
    except (OSError, ValueError, KeyError, TypeError) as error:
        return f"The corpus cache {cachedir.cache_label(folder)} could not be read ({type(error).__name__})."
    return frame, report


def store(folder: Path, frame: pd.DataFrame, report: IngestReport) -> None:
    """Write the corpus and its report; when the cache cannot be written, say so in the report."""

    def fill(tmp: Path) -> None:
        frame.to_parquet(tmp / "corpus.parquet", index=False)
        (tmp / "report.json").write_text(json.dumps(report.to_dict(), ensure_ascii=False), encoding="utf-8")

    try:
        cachedir.write_entry(folder, fill, meta={"kind": "corpus"})
    except OSError as error:
        reason = error.strerror or type(error).__name__
        report.notes.append(
            f"The corpus cache {cachedir.cache_label(folder)} could not be written ({reason}); "
            "the corpus is read from its files again at the next start."
        )
        return
    cachedir.prune(folder.parent, keep=KEEP_ENTRIES)
