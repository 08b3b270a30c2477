"""The statement model: one row per statement, with a documented and validated schema."""

from __future__ import annotations

import hashlib
from typing import Final

import pandas as pd

from analysis.io.errors import SchemaError
from analysis.types import DATE_PRECISIONS

# name -> what it holds. The order is the column order of every corpus frame.
STATEMENT_COLUMNS: Final[dict[str, str]] = {
    "statement_id": "stable id: a hash of speaker, date, text and source as read, plus an ordinal",
    "speaker": "canonical speaker name after alias resolution and normalisation",
    "speaker_raw": "speaker name exactly as written in the input",
    "date": "UTC timestamp; the first instant of its period when the precision is coarser",
    "date_precision": "day, month or year (how much of the date the input gave); none if undated",
    "text": "the statement itself",
    "source": "outlet or channel; empty when the input has none",
    "title": "title of the item the statement comes from, where present",
    "url": "link to the statement's source, where present",
    "language": "ISO 639-1 code (en, ru, uk, ...): the input's own, else detected; und if unsure",
}
# A frame built without ingest may lack the language; the index then detects it.
OPTIONAL_COLUMNS: Final[tuple[str, ...]] = ("language",)
REQUIRED_COLUMNS: Final[tuple[str, ...]] = tuple(c for c in STATEMENT_COLUMNS if c not in OPTIONAL_COLUMNS)
DATE_DTYPE: Final = "datetime64[us, UTC]"
_STRING_COLUMNS: Final[tuple[str, ...]] = (
    "statement_id", "speaker", "speaker_raw", "date_precision", "text", "source", "title", "url",
)


def make_statement_id(speaker_raw: str, date_raw: str, text: str, source: str, ordinal: int) -> str:
    """Hash the identifying fields of a statement into a short stable id."""
    key = "\x1f".join((speaker_raw, date_raw, text, source, str(ordinal)))
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def empty_statements() -> pd.DataFrame:
    """Return an empty frame with the statement columns and dtypes."""
    frame = pd.DataFrame({name: pd.Series(dtype="string") for name in STATEMENT_COLUMNS})
    frame["date"] = pd.Series(dtype=DATE_DTYPE)
    return frame


def validate_statements(frame: pd.DataFrame) -> pd.DataFrame:
    """Check a corpus frame against the schema and return it unchanged, or raise SchemaError."""
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise SchemaError(f"statement frame lacks the columns {missing}; it has {list(frame.columns)}")
    if str(frame["date"].dtype) != DATE_DTYPE:
        raise SchemaError(f"column 'date' must be {DATE_DTYPE}, not {frame['date'].dtype}")
    bad = ~frame["date_precision"].isin(DATE_PRECISIONS)
    if bad.any():
        raise SchemaError(
            f"column 'date_precision' must be one of {DATE_PRECISIONS}; "
            f"found {sorted(set(frame.loc[bad, 'date_precision'].astype(str)))[:5]}"
        )
    for column in ("statement_id", "speaker", "text"):
        if frame[column].isna().any() or (frame[column].astype(str).str.len() == 0).any():
            raise SchemaError(f"column {column!r} must be filled on every row")
    if frame["statement_id"].duplicated().any():
        raise SchemaError("column 'statement_id' must be unique")
    return frame


def conform_statements(frame: pd.DataFrame) -> pd.DataFrame:
    """Order the schema columns first, keep extra columns after them, and set the dtypes."""
    out = frame.copy()
    for column in _STRING_COLUMNS:
        if column not in out.columns:
            out[column] = ""
        out[column] = out[column].fillna("").astype("string")
    if "date" not in out.columns:
        out["date"] = pd.NaT
    out["date"] = pd.to_datetime(out["date"], utc=True).astype(DATE_DTYPE)
    if "language" in out.columns:
        out["language"] = out["language"].fillna("und").astype("string")
    extras = [c for c in out.columns if c not in STATEMENT_COLUMNS]
    present = [c for c in STATEMENT_COLUMNS if c in out.columns]
    return out[[*present, *extras]].reset_index(drop=True)
