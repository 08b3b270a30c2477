"""Speaker names: normalisation (whitespace, honorifics) and the user's alias table."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Final

import pandas as pd

from analysis.corpus.credits import join_names, split_names
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
DATE_COLUMNS: Final[tuple[str, str]] = ("from", "to")  # optional: when an alias row holds


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
    """Read an alias table (CSV: alias, canonical, optional from and to dates) into a frame."""
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
    kept = ["alias", "canonical", *(c for c in DATE_COLUMNS if c in table.columns)]
    table = table[kept].map(lambda v: _SPACE.sub(" ", v).strip())
    blank = table[(table["alias"] == "") | (table["canonical"] == "")]
    if len(blank):
        rows = ", ".join(str(i + 2) for i in blank.index[:5])
        raise IngestError(f"{name}: empty alias or canonical name on line(s) {rows}")
    for column in DATE_COLUMNS:
        if column in table.columns:
            _check_dates(table[column], column=column, name=name)
    return table.reset_index(drop=True)


def _check_dates(values: pd.Series, *, column: str, name: str) -> None:
    """Refuse a from/to cell that is neither empty, a year nor a YYYY-MM-DD date."""
    bad = values[(values != "") & ~values.str.fullmatch(r"\d{4}(-\d{2}-\d{2})?")]
    if len(bad):
        rows = ", ".join(f"{i + 2} ({bad[i]!r})" for i in bad.index[:5])
        raise IngestError(
            f"{name}: column {column!r} needs a year (1905) or a date (1905-03-04), or nothing; "
            f"line(s) {rows} have something else"
        )


def _dated(aliases: pd.DataFrame | None) -> pd.DataFrame:
    """The alias rows that hold only within dates (from and/or to given)."""
    if aliases is None or not set(DATE_COLUMNS) & set(aliases.columns):
        return pd.DataFrame(columns=["alias", "canonical", *DATE_COLUMNS])
    table = aliases.reindex(columns=["alias", "canonical", *DATE_COLUMNS], fill_value="")
    return table[(table["from"].fillna("") != "") | (table["to"].fillna("") != "")]


def alias_map(aliases: pd.DataFrame | None) -> dict[str, str]:
    """Turn an alias table into a lookup from alias key to canonical name (undated rows only)."""
    if aliases is None or aliases.empty:
        return {}
    dated = _dated(aliases).index
    undated = aliases.drop(index=dated)
    lookup = {alias_key(c): c for c in aliases["canonical"]}
    lookup.update({alias_key(a): c for a, c in zip(undated["alias"], undated["canonical"], strict=True)})
    return lookup


def _canonical(raw: str, lookup: dict[str, str]) -> str:
    """One speaker cell's canonical form: the alias table for the cell, else for each person."""
    whole = lookup.get(alias_key(raw))
    if whole is not None:
        return whole
    people = split_names(raw)
    if len(people) == 1:
        return normalise_speaker(raw)
    return join_names(lookup.get(alias_key(p), normalise_speaker(p)) for p in people)


def canonical_speakers(
    raw: pd.Series, *, aliases: pd.DataFrame | None = None, dates: pd.Series | None = None
) -> pd.Series:
    """Map raw speaker names to canonical ones: the alias table wins, else the normalised name.

    A cell naming several people ("A; B") is resolved person by person. An alias row with
    `from`/`to` dates applies only to statements dated within them (both inclusive; a year
    means all of it), which splits two people written the same way (Roosevelt, 1905 and 1933).
    """
    lookup = alias_map(aliases)
    uniques = pd.Series(raw.unique())
    resolved = {r: _canonical(r, lookup) for r in uniques}
    out = raw.map(resolved).astype("string")
    dated = _dated(aliases)
    if dates is None or dated.empty:
        return out
    keys = raw.map(alias_key)
    for alias, canonical, low, high in dated.astype(str).itertuples(index=False):
        within = (keys == alias_key(alias)) & _within(dates, low, high)
        out = out.mask(within.to_numpy(dtype=bool), canonical)
    return out.astype("string")


def _within(dates: pd.Series, low: str, high: str) -> pd.Series:
    """Dates on or after low and on or before high (a year is its whole year); NaT never."""
    keep = dates.notna()
    if low:
        keep &= dates >= pd.Timestamp(low if "-" in low else f"{low}-01-01", tz="UTC")
    if high:
        end = pd.Timestamp(high if "-" in high else f"{high}-12-31", tz="UTC") + pd.Timedelta(days=1)
        keep &= dates < end
    return keep
