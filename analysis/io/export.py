"""The one CSV writer: safe to open in a spreadsheet (OWASP CSV injection), RFC 4180, UTF-8.

Every CSV Parley writes, a dashboard download or a command's output file, goes through it.
Dates are written in one format: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SSZ` (UTC) for a column
that holds a time of day.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Final

import pandas as pd

from analysis.io.errors import IngestError
from analysis.io.provenance import Provenance

# OWASP: a cell starting with one of these can be read by a spreadsheet as a formula.
FORMULA_TRIGGERS: Final[tuple[str, ...]] = ("=", "+", "-", "@", "\t", "\r", "\n")
ENCODING: Final[str] = "utf-8-sig"  # the BOM makes Excel read UTF-8 (e.g. Cyrillic names) right


def neutralise_cell(value: str) -> str:
    """Prefix a text cell with a single quote when a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose text cells and headers cannot start a formula; numbers stay numbers."""
    out = frame.reset_index() if not isinstance(frame.index, pd.RangeIndex) else frame.copy()
    out.columns = [neutralise_cell(str(c)) for c in out.columns]
    for position in range(out.shape[1]):
        column = out.iloc[:, position]
        if _is_numeric_or_time(column):
            continue
        text = column.astype("string").map(neutralise_cell, na_action="ignore")
        out.isetitem(position, text.to_numpy(dtype=object))
    return out


def to_csv_bytes(frame: pd.DataFrame, *, source_line: Provenance | None = None) -> bytes:
    """Render a frame as spreadsheet-safe RFC 4180 CSV (CRLF rows, minimal quoting), UTF-8.

    With source_line, the first line is that provenance's "# Parley export: ..." line
    (read the table back with `pd.read_csv(path, skiprows=1)`).
    """
    safe = iso_dates(spreadsheet_safe(frame))
    text = safe.to_csv(
        index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL, doublequote=True
    )
    if source_line is not None:
        text = source_line.header_line() + "\r\n" + text
    return text.encode(ENCODING)


def iso_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose date columns are ISO 8601 text: the day alone unless a time is set, in UTC."""
    out = frame.copy()
    for position in range(out.shape[1]):
        column = out.iloc[:, position]
        if pd.api.types.is_datetime64_any_dtype(column):
            out.isetitem(position, _iso_text(column).to_numpy(dtype=object))
    return out


def _iso_text(column: pd.Series) -> pd.Series:
    """One date column as text in the one format (missing dates stay empty)."""
    utc = column.dt.tz_convert("UTC") if column.dt.tz is not None else column
    has_time = bool((utc.dropna() != utc.dropna().dt.normalize()).any())
    text = utc.dt.strftime("%Y-%m-%dT%H:%M:%SZ" if has_time else "%Y-%m-%d")
    return text.astype(object).where(utc.notna(), None)


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write a frame to path as `to_csv_bytes` renders it."""
    path.write_bytes(to_csv_bytes(frame))


def write_frame(frame: pd.DataFrame, path: Path) -> None:
    """Write a frame as Parquet, spreadsheet-safe CSV or JSON Lines, by the file extension."""
    suffix = path.suffix.lower()
    if suffix not in (".parquet", ".csv", ".jsonl", ".ndjson"):
        raise IngestError(f"{path.name}: choose .parquet, .csv or .jsonl for the output")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        frame.to_parquet(path, index=False)
    elif suffix == ".csv":
        write_csv(frame, path)
    else:
        frame.to_json(path, orient="records", lines=True, force_ascii=False, date_format="iso")


def _is_numeric_or_time(column: pd.Series) -> bool:
    """True for columns whose cells a spreadsheet reads as values, never as formulas."""
    return (
        pd.api.types.is_numeric_dtype(column)
        or pd.api.types.is_bool_dtype(column)
        or pd.api.types.is_datetime64_any_dtype(column)
        or pd.api.types.is_timedelta64_dtype(column)
    )
