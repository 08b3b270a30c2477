"""Read delimited text whose quoting is broken: reject the broken rows, keep every other row."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

from analysis.io.errors import IngestError
from analysis.io.limits import MAX_CELL_CHARS

UNCLOSED: Final[str] = "unclosed quote (fix the quoting on that line and load again)"
MAX_RESTARTS: Final[int] = 1_000  # each broken quote re-reads the rest of the file once


@dataclass
class Records:
    """Rows of fields by 1-based row number, rows refused with a reason, and notes on lines."""

    rows: dict[int, list[str]] = field(default_factory=dict)
    refused: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    known: list[set[str]] = field(default_factory=list)  # values each column took on one line

    def add(self, fields: list[str]) -> None:
        """Keep a row, remembering its values to recognise rows swallowed by a quote later."""
        self.rows[len(self.rows) + len(self.refused) + 1] = fields
        if len(self.known) < len(fields):
            self.known.extend(set() for _ in range(len(fields) - len(self.known)))
        for values, value in zip(self.known, fields, strict=False):
            if len(values) < 10_000:
                values.add(value)

    def refuse(self, reason: str) -> int:
        """Refuse the next row with a reason and return its number."""
        number = len(self.rows) + len(self.refused) + 1
        self.refused.append((number, reason))
        return number


def read_records(text: str, *, delimiter: str, width: int, name: str) -> Records:
    """Parse text after its header line strictly, one broken quote at a time.

    A row whose quote never closes, or closes only after swallowing lines that look like rows,
    is refused as one row; reading starts again on the line after the one where it began.
    """
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS + 1))
    lines = io.StringIO(text, newline="").readlines()
    out = Records()
    start = _header_end(lines, delimiter)
    for _ in range(MAX_RESTARTS):
        broken = _read_from(lines, start, out, delimiter=delimiter, width=width)
        if broken is None:
            return out
        number = out.refuse(UNCLOSED)
        if len(out.notes) < 5:
            out.notes.append(f"row {number} (line {broken + 1}): a quote opened there does not "
                             "close where the row ends; the lines after it were read as rows")
        start = broken + 1
    raise IngestError(
        f"{name}: more than {MAX_RESTARTS:,} rows have unclosed quotes; the file's quoting is "
        "broken throughout. Export it again as CSV with standard quoting"
    )


def _header_end(lines: Sequence[str], delimiter: str) -> int:
    """Index of the first line after the header record."""
    reader = csv.reader(lines, delimiter=delimiter)
    next(reader, None)
    return reader.line_num


def _read_from(
    lines: Sequence[str], start: int, out: Records, *, delimiter: str, width: int
) -> int | None:
    """Read rows from line index start; return the index where a broken row begins, or None."""
    reader = csv.reader(itertools.islice(lines, start, None), delimiter=delimiter, strict=True)
    end = 0
    try:
        for fields in reader:
            first, end = start + end, reader.line_num
            if not fields:
                continue  # a blank line, as pandas skips them
            spans_lines = start + end - first > 1
            if spans_lines and (
                len(fields) != width or swallowed(fields, lambda: out.known, delimiter, width)
            ):
                return first
            if len(fields) != width:
                out.refuse(f"expected {width} fields, found a different number")
                continue
            out.add(fields)
    except csv.Error:
        return start + end
    return None


def swallowed(
    fields: Sequence[str], known: Callable[[], Sequence[set[str]]], delimiter: str, width: int
) -> bool:
    """True when a multi-line cell holds a later line that reads as a row of this file."""
    return any(
        row_like(line, known(), delimiter, width)
        for cell in fields if "\n" in cell or "\r" in cell
        for line in cell.splitlines()[1:]
        if '"' not in line and line.count(delimiter) == width - 1
    )


def row_like(line: str, known: Sequence[set[str]], delimiter: str, width: int) -> bool:
    """True when a line inside a quoted cell reads as a row: a quote would have ended the cell,
    so it has none; it splits into the row's fields, one of them a value known in its column.
    """
    if '"' in line:
        return False
    fields = line.rstrip("\r").split(delimiter)
    return len(fields) == width and any(
        value and value in values for value, values in zip(fields, known, strict=False)
    )
