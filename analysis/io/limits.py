"""Bounds on what one input file may hold, so a hostile or broken file fails fast with a sentence."""

from __future__ import annotations

from typing import Final

from analysis.io.errors import IngestError

# A statement table has a handful of columns; wide exports stay far below this.
MAX_COLUMNS: Final[int] = 1_000
# One cell: about 1.5 million words, a whole book; a transcript in one cell still fits.
MAX_CELL_CHARS: Final[int] = 10_000_000
# Arrays and objects inside arrays and objects: statement records need two or three levels.
MAX_JSON_DEPTH: Final[int] = 64


def check_columns(count: int, *, name: str) -> None:
    """Refuse a table wider than MAX_COLUMNS before any work proportional to its width."""
    if count > MAX_COLUMNS:
        raise IngestError(
            f"{name}: the table has {count:,} columns; at most {MAX_COLUMNS:,} are accepted. "
            "Keep only the columns you need (speaker, date, text, source, ...) and load it again"
        )
