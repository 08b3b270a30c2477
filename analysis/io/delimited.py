"""Read CSV and TSV: pandas' fast parser first, a strict row-by-row reader when quoting is broken."""

from __future__ import annotations

import codecs
import csv
import io
from typing import Final

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.io import quoting
from analysis.io.encoding import decode_bytes
from analysis.io.errors import IngestError
from analysis.io.limits import check_columns
from analysis.io.raw import Progress, RawTable, numbered
from analysis.io.source import InputFile

DELIMITERS: Final[tuple[str, ...]] = (",", ";", "\t", "|")
_HEAD: Final[int] = 65_536
_SHORT: Final[int] = 200  # longest value of a column whose values can tell a row from a sentence


class _Irregular(Exception):
    """The fast parser's result cannot be trusted: read the file row by row instead."""


def read_delimited(item: InputFile, progress: Progress | None = None) -> RawTable:
    """Read CSV or TSV, sniffing the delimiter when the file disagrees with its extension."""
    if _plain_utf8(item.data):
        head = item.data[:_HEAD].decode("utf-8", errors="ignore")
        try:
            return _parse(item, io.BytesIO(item.data), head, "utf-8", [], progress)
        except UnicodeDecodeError:
            pass  # not UTF-8 after all: decode it the careful way below
    decoded = decode_bytes(item.data, name=item.name)
    text = decoded.text.lstrip("\ufeff")
    return _parse(item, io.StringIO(text), text[:_HEAD], decoded.encoding, list(decoded.notes),
                  progress)


def _plain_utf8(data: bytes) -> bool:
    """True when the bytes can go straight to the parser as UTF-8: no BOM, NUL or binary head."""
    head = data[:_HEAD]
    if not head.strip() or b"\x00" in data or data.startswith(codecs.BOM_UTF8):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4  # only a character cut by the 64 KB boundary
    return not any(b < 9 or 13 < b < 32 for b in head[:8192])


def _parse(
    item: InputFile, buffer: io.BytesIO | io.StringIO, head: str, encoding: str, notes: list[str],
    progress: Progress | None,
) -> RawTable:
    """Parse delimited text; rows whose quoting is broken are refused, never merged silently."""
    expected = "\t" if item.suffix in (".tsv", ".tab") else ","
    delimiter = sniff_delimiter(head, expected)
    if delimiter != expected:
        notes.append(f"read with the delimiter {delimiter!r} found in the file, not {expected!r}")
    # newline="" lets the csv module see old Mac (CR-only) line ends as line ends
    header = next(csv.reader(io.StringIO(head, newline=""), delimiter=delimiter), [])
    check_columns(_width(item.data, head, header, delimiter), name=item.name)
    names = unique_names(header, item.name, notes)
    try:
        frame = _fast(item, buffer, delimiter, names, progress)
    except _Irregular:
        return _careful(item, buffer, delimiter, names, encoding, notes)
    return RawTable(item.name, numbered(frame), encoding, notes)


def _width(data: bytes, head: str, header: list[str], delimiter: str) -> int:
    """The header's width, counted on the whole first line when it is longer than the head read."""
    if len(data) <= _HEAD or "\n" in head or "\r" in head:
        return len(header)
    ends = [at for at in (data.find(b"\n"), data.find(b"\r")) if at >= 0]
    first = data[: min(ends)] if ends else data
    return first.count(delimiter.encode()) + 1


def _fast(
    item: InputFile, buffer: io.BytesIO | io.StringIO, delimiter: str, names: list[str],
    progress: Progress | None,
) -> pd.DataFrame:
    """Parse with pandas in chunks of 100,000 rows; raise _Irregular where its result is doubtful."""
    line_ends = max(item.data.count(b"\n"), item.data.count(b"\r"), 1)
    chunks: list[pd.DataFrame] = []
    try:
        reader = pd.read_csv(
            buffer, sep=delimiter, dtype=str, keep_default_na=False, header=0, names=names,
            chunksize=100_000, engine="c", on_bad_lines="error", encoding="utf-8",
        )
        for chunk in reader:
            if not isinstance(chunk.index, pd.RangeIndex):
                raise _Irregular  # a row had more fields than the header: pandas took an index
            chunks.append(chunk)
            if progress:
                done = sum(len(c) for c in chunks)
                progress(min(done / line_ends, 1.0), f"{item.name}: {done:,} rows read")
    except pd.errors.ParserError as exc:
        raise _Irregular from exc
    except pd.errors.EmptyDataError as exc:
        raise IngestError(f"{item.name}: the file is empty; expected a header row") from exc
    frame = pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame(columns=names)
    trailing = 1 if item.data.endswith((b"\n", b"\r")) else 0
    line_end = "\n" if b"\n" in item.data else "\r"
    if line_ends - len(frame) > trailing and _has_swallowed_rows(frame, delimiter, line_end):
        raise _Irregular  # more lines than rows: some cell spans lines, and one holds rows
    return frame


def _has_swallowed_rows(frame: pd.DataFrame, delimiter: str, line_end: str) -> bool:
    """True when a multi-line cell holds a line that reads as a row of this table.

    Vectorised: only lines without a quote and with exactly a row's delimiters reach Python.
    """
    width = len(frame.columns)
    lines: list[str] = []
    for column in frame.columns:
        cells = pa.array(frame[column].astype(str))
        multi = pc.filter(cells, pc.match_substring(cells, line_end))
        if len(multi):
            split = pc.list_flatten(pc.split_pattern(multi, line_end))
            plain = pc.and_(pc.equal(pc.count_substring(split, '"'), 0),
                            pc.equal(pc.count_substring(split, delimiter), width - 1))
            lines.extend(pc.filter(split, plain).to_pylist())
    if not lines:
        return False
    known = [_short_values(frame[c].astype(str)) for c in frame.columns]
    return any(quoting.row_like(line, known, delimiter, width) for line in lines)


def _short_values(column: pd.Series) -> set[str]:
    """The distinct values of a column of short values (names, dates, outlets); none for text."""
    if column.empty or column.str.len().max() > _SHORT:
        return set()
    return set(column.unique())


def _careful(
    item: InputFile, buffer: io.BytesIO | io.StringIO, delimiter: str, names: list[str],
    encoding: str, notes: list[str],
) -> RawTable:
    """Read row by row, refusing rows with broken quotes or the wrong number of fields."""
    raw = buffer.getvalue()
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    records = quoting.read_records(text, delimiter=delimiter, width=len(names), name=item.name)
    frame = pd.DataFrame(list(records.rows.values()), columns=names, dtype=str)
    frame.index = pd.Index(list(records.rows), name="row", dtype="int64")
    notes.extend(records.notes)
    return RawTable(item.name, frame, encoding, notes, records.refused)


def sniff_delimiter(text: str, expected: str) -> str:
    """Return the delimiter that splits the first lines into the most consistent columns."""
    head = text[:20_000].splitlines()[:20]
    if not head:
        return expected
    best, best_cols = expected, 1
    for candidate in (expected, *[d for d in DELIMITERS if d != expected]):
        rows = list(csv.reader(head, delimiter=candidate))
        widths = {len(r) for r in rows[: len(rows) - 1] or rows if r}
        if len(widths) == 1 and (cols := widths.pop()) > best_cols:
            best, best_cols = candidate, cols
            if candidate == expected:
                break
    return best


def unique_names(header: list[str], name: str, notes: list[str]) -> list[str]:
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

