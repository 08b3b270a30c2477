"""Speaker names: normalisation (whitespace, honorifics) and the user's alias table."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Final

import pandas as pd

from analysis.io.encoding import decode_bytes
from analysis.io.errors import IngestError

# Titles dropped when they stand before a name; longest first so "Prime Minister" beats "Minister".
HONORIFICS: Final[tuple[str, ...]] = (
    "His Excellency", "Her Excellency", "H.E.", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
    "Dr.", "Dr", "Prof.", "Sir", "Dame", "President", "Vice President", "Vice-President",
    "Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Minister",
    "Chancellor", "Senator", "Secretary-General", "Secretary General", "Secretary",
    "Ambassador", "General", "Special Envoy", "Envoy", "Spokesperson", "Spokesman", "Spokeswoman",
    "King", "Queen", "Premier", "Governor", "Mayor",
    "Президент", "Президента", "Міністр", "Министр", "пан", "пані", "г-н",
)
_HONORIFIC: Final = re.compile(
    r"^(?:(?:" + "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
    + r")(?=\s)\s*)+",
    re.IGNORECASE,
)
_SPACE: Final = re.compile(r"\s+")


def normalise_speaker(name: str) -> str:
    """Fold whitespace and strip leading honorifics, keeping a bare title as it is.

    Stray separators go ("Erik Lund:" in a transcript); a leading ':' stays, it is part of a
    handle, and a name that is nothing but separators is kept as written.
    """
    folded = _SPACE.sub(" ", str(name)).strip()
    trimmed = folded.strip(",;").rstrip(":").strip() or folded
    stripped = _HONORIFIC.sub("", trimmed).strip()
    return stripped or trimmed


def alias_key(name: str) -> str:
    """The form under which an alias is looked up: normalised and case-folded."""
    return normalise_speaker(name).casefold()


def read_aliases(source: Path | str | bytes, *, name: str = "alias table") -> pd.DataFrame:
    """Read an alias table (CSV with the columns alias, canonical) into a frame."""
    if isinstance(source, Path | str):
        name = str(source)
        try:
            source = Path(source).read_bytes()
        except OSError as exc:
            raise IngestError(f"{name}: cannot read the alias table ({exc.strerror})") from exc
    text = decode_bytes(source, name=name).text
    try:
        table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.ParserError as exc:
        raise IngestError(f"{name}: the alias table is not valid CSV ({exc})") from exc
    table.columns = [str(c).strip().casefold() for c in table.columns]
    if not {"alias", "canonical"} <= set(table.columns):
        raise IngestError(
            f"{name}: an alias table needs the columns alias,canonical; it has {list(table.columns)}"
        )
    table = table[["alias", "canonical"]].map(lambda v: _SPACE.sub(" ", v).strip())
    blank = table[(table["alias"] == "") | (table["canonical"] == "")]
    if len(blank):
        rows = ", ".join(str(i + 2) for i in blank.index[:5])
        raise IngestError(f"{name}: empty alias or canonical name on line(s) {rows}")
    return table.reset_index(drop=True)


def alias_map(aliases: pd.DataFrame | None) -> dict[str, str]:
    """Turn an alias table into a lookup from alias key to canonical name."""
    if aliases is None or aliases.empty:
        return {}
    lookup = {alias_key(c): c for c in aliases["canonical"]}
    lookup.update({alias_key(a): c for a, c in zip(aliases["alias"], aliases["canonical"], strict=True)})
    return lookup


def canonical_speakers(raw: pd.Series, *, aliases: pd.DataFrame | None = None) -> pd.Series:
    """Map raw speaker names to canonical ones: the alias table wins, else the normalised name."""
    lookup = alias_map(aliases)
    uniques = pd.Series(raw.unique())
    resolved = {r: lookup.get(alias_key(r), normalise_speaker(r)) for r in uniques}
    return raw.map(resolved).astype("string")
