"""A file's rows as a frame of strings with 1-based row numbers, and the rows refused on reading."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis.io.limits import MAX_CELL_CHARS

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


def numbered(frame: pd.DataFrame) -> pd.DataFrame:
    """Attach 1-based data-row numbers as the index, so rejects can name their row."""
    frame.index = pd.RangeIndex(1, len(frame) + 1, name="row")
    return frame


def stringify(value: Any) -> str:
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


def first_line(exc: Exception) -> str:
    """The first line of an exception's message, or its type when it has none."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def refuse_oversized(table: RawTable) -> RawTable:
    """Move rows with a cell longer than MAX_CELL_CHARS from the frame to the refused rows."""
    frame = table.frame
    if frame.empty:
        return table
    over = pd.Series(False, index=frame.index)
    for column in frame.columns:
        cells = frame[column] if pd.api.types.is_string_dtype(frame[column]) else frame[column].astype(str)
        over |= cells.str.len().fillna(0).gt(MAX_CELL_CHARS).to_numpy()
    if not over.any():
        return table
    reason = f"a cell longer than {MAX_CELL_CHARS:,} characters (split the text into statements)"
    table.refused = [*table.refused, *((int(row), reason) for row in frame.index[over.to_numpy()])]
    table.frame = frame.loc[~over.to_numpy()]
    return table
