"""Read one tabular file (CSV, TSV, JSON, JSON Lines, Parquet, Excel) into frames of strings."""

from __future__ import annotations

import io
from typing import Final

import pandas as pd
import pyarrow.parquet as pq

from analysis.io.delimited import read_delimited
from analysis.io.errors import IngestError
from analysis.io.jsontables import read_json, read_jsonl
from analysis.io.limits import check_columns
from analysis.io.raw import Progress, RawTable, first_line, numbered, refuse_oversized, stringify
from analysis.io.source import InputFile
from analysis.io.workbook import read_workbook

ARTICLE_SUFFIXES: Final[tuple[str, ...]] = (".md", ".markdown", ".html", ".htm", ".txt")
TABLE_SUFFIXES: Final[tuple[str, ...]] = (
    ".csv", ".tsv", ".tab", ".json", ".jsonl", ".ndjson", ".parquet", ".xlsx",
)

__all__ = ["ARTICLE_SUFFIXES", "TABLE_SUFFIXES", "Progress", "RawTable", "read_table"]


def read_table(item: InputFile, *, progress: Progress | None = None) -> list[RawTable]:
    """Read a tabular file by its extension; a workbook gives one table per sheet it reads."""
    return [refuse_oversized(table) for table in _read(item, progress)]


def _read(item: InputFile, progress: Progress | None) -> list[RawTable]:
    suffix = item.suffix
    if suffix in (".csv", ".tsv", ".tab"):
        return [read_delimited(item, progress)]
    if suffix == ".json":
        return [read_json(item)]
    if suffix in (".jsonl", ".ndjson"):
        return [read_jsonl(item)]
    if suffix == ".parquet":
        return [_read_parquet(item)]
    if suffix == ".xlsx":
        return read_workbook(item)
    raise IngestError(f"{item.name}: unknown file type {suffix!r}; expected one of {TABLE_SUFFIXES}")


def _read_parquet(item: InputFile) -> RawTable:
    """Read a Parquet file; timestamps become ISO strings for the common date parser."""
    try:
        check_columns(len(pq.read_schema(io.BytesIO(item.data)).names), name=item.name)
        frame = pd.read_parquet(io.BytesIO(item.data))
    except IngestError:
        raise
    except Exception as exc:  # pyarrow raises many types for a broken file
        raise IngestError(f"{item.name}: not a readable Parquet file ({first_line(exc)})") from exc
    return RawTable(item.name, numbered(frame.map(stringify).astype(str)), "parquet")
