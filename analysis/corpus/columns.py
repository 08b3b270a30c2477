"""Map an input file's column names onto the statement schema."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from analysis.io.errors import IngestError

# schema field -> accepted input names, most specific first
COLUMN_GUESSES: Final[dict[str, tuple[str, ...]]] = {
    "speaker": ("speaker", "speaker name", "author", "person", "name", "politician", "speaker raw"),
    "date": ("date", "datetime", "timestamp", "time", "published", "published at", "created at",
             "pub date", "year"),
    "text": ("text", "content", "statement", "body", "quote", "transcript", "message"),
    "source": ("source", "outlet", "medium", "channel", "publisher", "media"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source url", "permalink"),
}
MAPPABLE: Final[tuple[str, ...]] = tuple(COLUMN_GUESSES)


def _key(name: str) -> str:
    """Compare names case-insensitively, with spaces, dashes and underscores alike."""
    return re.sub(r"[\s_\-]+", " ", str(name)).strip().casefold()


def map_columns(
    columns: Sequence[str], *, explicit: Mapping[str, str] | None = None, name: str = "input"
) -> dict[str, str]:
    """Return schema field -> input column, from explicit choices first, then common names."""
    explicit = dict(explicit or {})
    unknown = [field for field in explicit if field not in MAPPABLE]
    if unknown:
        raise IngestError(f"--column {unknown[0]}=...: unknown field; use one of {list(MAPPABLE)}")
    by_key = {_key(c): c for c in reversed(list(columns))}
    mapping: dict[str, str] = {}
    for field, column in explicit.items():
        if column not in columns:
            raise IngestError(
                f"{name}: the column {column!r} chosen for {field} does not exist; "
                f"the columns are {list(columns)}"
            )
        mapping[field] = column
    taken = set(mapping.values())
    for field, guesses in COLUMN_GUESSES.items():
        if field in mapping:
            continue
        for guess in guesses:
            found = by_key.get(guess)
            if found is not None and found not in taken:
                mapping[field] = found
                taken.add(found)
                break
    return mapping


def require_columns(mapping: Mapping[str, str], columns: Sequence[str], *, name: str) -> None:
    """Raise a clear error when the text or speaker column cannot be found."""
    for field in ("text", "speaker"):
        if field not in mapping:
            guesses = ", ".join(COLUMN_GUESSES[field][:6])
            raise IngestError(
                f"{name}: no {field} column found (looked for {guesses}); the columns are "
                f"{list(columns)}. Rename one, or choose it with --column {field}=NAME"
            )
