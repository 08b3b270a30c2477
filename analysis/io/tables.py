"""Read one tabular file (CSV, TSV, JSON, JSON Lines, Parquet, Excel) into a frame of strings."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis.io.encoding import decode_bytes
from analysis.io.errors import IngestError
from analysis.io.source import InputFile

ARTICLE_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")
TABLE_SUFFIXES = (".csv", ".tsv", ".tab", ".json", ".jsonl", ".ndjson", ".parquet", ".xlsx")
_DELIMITERS = (",", ";", "\t", "|")
Progress = Callable[[float, str], None]


@dataclass
class RawTable:
    """A file's rows as strings, 1-based row numbers, and rows refused before mapping."""

    name: str
    frame: pd.DataFrame
    encoding: str = ""
    notes: list[str] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)
    undated_ok: bool = False  # articles may lack a date; their statements are kept as undated


def read_table(item: InputFile, *, progress: Progress | None = None) -> RawTable:
    """Read a tabular file by its extension into a frame of strings."""
    suffix = item.suffix
    if suffix in (".csv", ".tsv", ".tab"):
        return _read_delimited(item, progress)
    if suffix == ".json":
        return _read_json(item)
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(item)
    if suffix == ".parquet":
        return _read_parquet(item)
    if suffix == ".xlsx":
        return _read_excel(item)
    raise IngestError(f"{item.name}: unknown file type {suffix!r}; expected one of {TABLE_SUFFIXES}")


def _read_delimited(item: InputFile, progress: Progress | None) -> RawTable:
    """Read CSV or TSV, sniffing the delimiter when the file disagrees with its extension."""
    if _plain_utf8(item.data):
        try:
            head = item.data[:65_536].decode("utf-8", errors="ignore")
            return _parse_delimited(item, io.BytesIO(item.data), head, "utf-8", [], progress)
        except UnicodeDecodeError:
            pass  # not UTF-8 after all: decode it the careful way below
    decoded = decode_bytes(item.data, name=item.name)
    text = decoded.text.lstrip("\ufeff")
    return _parse_delimited(
        item, io.StringIO(text), text[:65_536], decoded.encoding, list(decoded.notes), progress
    )


def _plain_utf8(data: bytes) -> bool:
    """True when the bytes can go straight to the parser as UTF-8: no BOM, NUL or binary head."""
    head = data[:65_536]
    if not head.strip() or b"\x00" in data or data.startswith(codecs.BOM_UTF8):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4  # only a character cut by the 64 KB boundary
    return not any(b < 9 or 13 < b < 32 for b in head[:8192])


def _parse_delimited(
    item: InputFile, buffer: io.IOBase, head: str, encoding: str, notes: list[str],
    progress: Progress | None,
) -> RawTable:
    """Parse delimited text in chunks of 100,000 rows, reporting progress."""
    expected = "\t" if item.suffix in (".tsv", ".tab") else ","
    delimiter = _sniff_delimiter(head, expected)
    if delimiter != expected:
        notes.append(f"read with the delimiter {delimiter!r} found in the file, not {expected!r}")
    header = next(csv.reader(io.StringIO(head), delimiter=delimiter), [])
    names = _unique_names(header, item.name, notes)
    total_lines = max(item.data.count(b"\n"), 1)
    chunks: list[pd.DataFrame] = []
    try:
        reader = pd.read_csv(
            buffer, sep=delimiter, dtype=str, keep_default_na=False, header=0, names=names,
            chunksize=100_000, engine="c", on_bad_lines="error", encoding="utf-8",
        )
        for chunk in reader:
            chunks.append(chunk)
            if progress:
                done = sum(len(c) for c in chunks)
                progress(min(done / total_lines, 1.0), f"{item.name}: {done:,} rows read")
    except pd.errors.ParserError as exc:
        raise IngestError(
            f"{item.name}: not a valid delimited file ({_first_line(exc)}); check the quoting "
            f"and that every row has {len(names)} fields"
        ) from exc
    except pd.errors.EmptyDataError as exc:
        raise IngestError(f"{item.name}: the file is empty; expected a header row") from exc
    frame = pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame(columns=names)
    return RawTable(item.name, _numbered(frame), encoding, notes)


def _sniff_delimiter(text: str, expected: str) -> str:
    """Return the delimiter that splits the first lines into the most consistent columns."""
    head = text[:20_000].splitlines()[:20]
    if not head:
        return expected
    best, best_cols = expected, 1
    for candidate in (expected, *[d for d in _DELIMITERS if d != expected]):
        rows = list(csv.reader(head, delimiter=candidate))
        widths = {len(r) for r in rows[: len(rows) - 1] or rows if r}
        if len(widths) == 1 and (cols := widths.pop()) > best_cols:
            best, best_cols = candidate, cols
            if candidate == expected:
                break
    return best


def _unique_names(header: list[str], name: str, notes: list[str]) -> list[str]:
    """Make column names unique, noting each duplicate that had to be renamed."""
    seen: dict[str, int] = {}
    out = []
    for raw in header:
        column = raw.strip() or "unnamed"
        if column in seen:
            seen[column] += 1
            renamed = f"{column} ({seen[column]})"
            notes.append(f"duplicate column {column!r} renamed to {renamed!r}")
            column = renamed
        else:
            seen[column] = 1
        out.append(column)
    if not out:
        raise IngestError(f"{name}: the file is empty; expected a header row")
    return out


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _numbered(frame: pd.DataFrame) -> pd.DataFrame:
    """Attach 1-based data-row numbers as the index, so rejects can name their row."""
    frame.index = pd.RangeIndex(1, len(frame) + 1, name="row")
    return frame


def _stringify(value: Any) -> str:
    """Turn a cell into the string the rest of ingest parses."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, pd.Timestamp | dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _records_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """Build a frame of strings from dict records, keeping every key seen."""
    frame = pd.DataFrame.from_records(records)
    return frame.map(_stringify).astype(str) if len(frame) else frame


def _read_json(item: InputFile) -> RawTable:
    """Read a JSON array of objects (or an object holding exactly one such array)."""
    decoded = decode_bytes(item.data, name=item.name)
    try:
        payload = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        raise IngestError(
            f"{item.name}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
            "for one object per line, name the file .jsonl"
        ) from exc
    notes = list(decoded.notes)
    if isinstance(payload, dict):
        arrays = [k for k, v in payload.items() if isinstance(v, list)]
        if len(arrays) != 1:
            raise IngestError(
                f"{item.name}: expected a JSON array of statement objects, found an object with "
                f"the keys {list(payload)[:10]}; put the statements in a top-level array"
            )
        notes.append(f"read the statements from the key {arrays[0]!r}")
        payload = payload[arrays[0]]
    if not isinstance(payload, list):
        raise IngestError(f"{item.name}: expected a JSON array of objects, found {type(payload).__name__}")
    return _from_items(item.name, payload, decoded.encoding, notes)


def _read_jsonl(item: InputFile) -> RawTable:
    """Read JSON Lines: one object per line; a bad line is refused, not fatal."""
    decoded = decode_bytes(item.data, name=item.name)
    items: list[Any] = []
    refused: list[tuple[int, str]] = []
    lines = [line for line in decoded.text.splitlines() if line.strip()]
    for number, line in enumerate(lines, start=1):
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError:
            items.append(None)
            refused.append((number, "invalid JSON"))
    table = _from_items(item.name, items, decoded.encoding, list(decoded.notes))
    table.refused = refused + table.refused
    return table


def _from_items(name: str, items: list[Any], encoding: str, notes: list[str]) -> RawTable:
    """Turn parsed JSON items into a frame, refusing items that are not objects."""
    refused = [
        (i, "not a JSON object") for i, obj in enumerate(items, start=1)
        if obj is not None and not isinstance(obj, dict)
    ]
    keep = [(i, obj) for i, obj in enumerate(items, start=1) if isinstance(obj, dict)]
    frame = _records_frame([obj for _, obj in keep])
    frame.index = pd.Index([i for i, _ in keep], name="row")
    return RawTable(name, frame, encoding, notes, refused)


def _read_parquet(item: InputFile) -> RawTable:
    """Read a Parquet file; timestamps become ISO strings for the common date parser."""
    try:
        frame = pd.read_parquet(io.BytesIO(item.data))
    except Exception as exc:  # pyarrow raises many types for a broken file
        raise IngestError(f"{item.name}: not a readable Parquet file ({_first_line(exc)})") from exc
    return RawTable(item.name, _numbered(frame.map(_stringify).astype(str)), "parquet")


def _read_excel(item: InputFile) -> RawTable:
    """Read the first sheet of an .xlsx workbook."""
    try:
        frame = pd.read_excel(io.BytesIO(item.data), dtype=object, engine="openpyxl")
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise IngestError(f"{item.name}: not a readable Excel .xlsx file ({_first_line(exc)})") from exc
    notes = []
    if any(str(c).startswith("Unnamed:") for c in frame.columns):
        notes.append("some header cells of the first sheet are empty")
    return RawTable(item.name, _numbered(frame.map(_stringify).astype(str)), "xlsx", notes)
