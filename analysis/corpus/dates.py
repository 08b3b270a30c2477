"""Parse the many ways real files write dates, keeping how precise each date is."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

import pandas as pd

from analysis.corpus.schema import DATE_DTYPE

DayOrder = Literal["dmy", "mdy"]

_ISO: Final = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC)?$", re.I
)
_NAIVE_TIME: Final = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_YMD_SLASH: Final = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_YEAR_MONTH: Final = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_YEAR: Final = re.compile(r"^\d{4}$")
_NUMBER: Final = re.compile(r"^\d+(?:\.\d+)?$")
_NUMERIC_DATE: Final = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$")
_MONTHS: Final = {
    name: i + 1
    for i, names in enumerate(
        ("january jan", "february feb", "march mar", "april apr", "may", "june jun",
         "july jul", "august aug", "september sep sept", "october oct", "november nov",
         "december dec")
    )
    for name in names.split()
}
_MONTH: Final = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY: Final = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_TEXT_DATES: Final = (
    re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})$"),
    re.compile(rf"^{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$"),
    re.compile(rf"^{_MONTH},?\s+(?P<year>\d{{4}})$"),
)
_EPOCH_1900: Final = dt.datetime(1899, 12, 30, tzinfo=dt.UTC)


@dataclass(frozen=True)
class ParsedDates:
    """Dates in UTC, their precision, and a reason for each value that could not be parsed."""

    dates: pd.Series
    precision: pd.Series
    errors: pd.Series
    notes: tuple[str, ...]


def parse_dates(values: pd.Series) -> ParsedDates:
    """Parse a column of date strings; unparseable values get a reason, never a guess."""
    text = values.fillna("").astype(str).str.strip()
    uniques = pd.Series(text.unique())
    order, order_note = infer_day_order(uniques)
    parsed: dict[str, tuple[pd.Timestamp | None, str, str]] = {}
    iso = uniques[uniques.str.match(_ISO)]
    if len(iso):
        stamps = pd.to_datetime(
            iso.str.replace(r"\s*UTC$", "Z", regex=True, case=False),
            format="ISO8601", utc=True, errors="coerce",
        )
        for raw, stamp in zip(iso, stamps, strict=True):
            if pd.notna(stamp):
                parsed[raw] = (stamp, "day", "")
    for raw in uniques:
        if raw not in parsed:
            parsed[raw] = _parse_one(raw, order)
    mapped = text.map(parsed)
    dates = pd.Series(
        [p[0] for p in mapped], index=values.index, dtype="object"
    )
    notes = tuple(n for n in (order_note, _naive_note(text)) if n)
    return ParsedDates(
        dates=pd.to_datetime(dates, utc=True).astype(DATE_DTYPE),
        precision=pd.Series([p[1] for p in mapped], index=values.index, dtype="string"),
        errors=pd.Series([p[2] for p in mapped], index=values.index, dtype="string"),
        notes=notes,
    )


def _naive_note(text: pd.Series) -> str:
    """Say how many timestamps carried a time of day but no time zone (they are read as UTC)."""
    naive = int(text.str.match(_NAIVE_TIME).sum())
    return f"{naive:,} timestamps have no time zone and were read as UTC" if naive else ""


def infer_day_order(values: pd.Series) -> tuple[DayOrder, str]:
    """Decide day-first or month-first for numeric dates like 03/04/2025 from a file's values."""
    parts = values.str.extract(_NUMERIC_DATE).dropna()
    if parts.empty:
        return "dmy", ""
    first, second = parts[0].astype(int), parts[1].astype(int)
    day_first, month_first = int((first > 12).sum()), int((second > 12).sum())
    if month_first > day_first:
        return "mdy", "numeric dates read month first (MM/DD/YYYY), as values above 12 show"
    if day_first:
        return "dmy", ""
    return "dmy", "numeric dates are ambiguous (no day above 12); read them day first (DD/MM/YYYY)"


def _parse_one(raw: str, order: DayOrder) -> tuple[pd.Timestamp | None, str, str]:
    """Parse one non-ISO date string into (timestamp, precision, error)."""
    if not raw:
        return None, "", "missing date"
    try:
        if _YEAR.match(raw):
            return _stamp(int(raw), 1, 1), "year", ""
        if m := _YEAR_MONTH.match(raw):
            return _stamp(int(m[1]), int(m[2]), 1), "month", ""
        if m := _YMD_SLASH.match(raw):
            return _stamp(int(m[1]), int(m[2]), int(m[3])), "day", ""
        if m := _NUMERIC_DATE.match(raw):
            a, b, year = int(m[1]), int(m[2]), _full_year(m[3])
            day, month = (a, b) if order == "dmy" else (b, a)
            if month > 12:
                return None, "", "unparseable date: day and month order contradicts the file's"
            return _stamp(year, month, day), "day", ""
        if _NUMBER.match(raw):
            return _from_number(float(raw))
        return _from_text(raw)
    except ValueError as exc:
        return None, "", f"unparseable date: {exc}"


def _stamp(year: int, month: int, day: int) -> pd.Timestamp:
    return pd.Timestamp(dt.datetime(year, month, day, tzinfo=dt.UTC))


def _full_year(text: str) -> int:
    """Expand a two-digit year the way strptime's %y does (69-99 -> 1900s)."""
    year = int(text)
    if len(text) == 4:
        return year
    return year + (1900 if year >= 69 else 2000)


def _from_number(value: float) -> tuple[pd.Timestamp | None, str, str]:
    """Read a number as an Excel serial day, Unix epoch seconds or epoch milliseconds."""
    if 3_000 <= value < 1_000_000:
        if value < 61:
            return None, "", "unparseable date: Excel serial before March 1900"
        return pd.Timestamp(_EPOCH_1900 + dt.timedelta(days=value)), "day", ""
    if 100_000_000 <= value < 100_000_000_000:
        return pd.Timestamp(value, unit="s", tz="UTC"), "day", ""
    if 100_000_000_000 <= value < 100_000_000_000_000:
        return pd.Timestamp(value, unit="ms", tz="UTC"), "day", ""
    return None, "", f"unparseable date: the number {value:g} is no known date encoding"


def _from_text(raw: str) -> tuple[pd.Timestamp | None, str, str]:
    """Read '27 November 2025', 'Nov 27, 2025', 'November 2025' or an RFC 2822 timestamp."""
    bare = _WEEKDAY.sub("", raw).strip()
    for pattern in _TEXT_DATES:
        if m := pattern.match(bare):
            month = _MONTHS.get(m["month"].lower())
            if month is None:
                break
            if "day" in pattern.groupindex:
                return _stamp(int(m["year"]), month, int(m["day"])), "day", ""
            return _stamp(int(m["year"]), month, 1), "month", ""
    try:
        stamp = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None, "", f"unparseable date: {raw[:40]!r} is in no format Parley reads"
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return pd.Timestamp(stamp).tz_convert("UTC"), "day", ""


def parse_one_date(text: str, *, what: str = "the date") -> tuple[pd.Timestamp, str]:
    """One date a person typed, with its precision; ValueError says what to write instead."""
    parsed = parse_dates(pd.Series([text.strip()]))
    if parsed.errors.iloc[0] or pd.isna(parsed.dates.iloc[0]):
        raise ValueError(f"{what} {text.strip()!r} is not a date Parley reads; write it as "
                         "YYYY-MM-DD, YYYY-MM or YYYY (or e.g. 27 November 2025)")
    return parsed.dates.iloc[0], str(parsed.precision.iloc[0])


def with_article_dates(frame: pd.DataFrame, dates: Mapping[str, str]) -> pd.DataFrame:
    """A copy whose undated statements from each named article carry the date given for it."""
    out = frame.copy()
    if "article" not in out.columns:
        return out
    for article, text in dates.items():
        stamp, precision = parse_one_date(text, what=f"the date for {article}")
        rows = (out["article"] == article) & (out["date_precision"] == "none")
        out.loc[rows, "date"] = stamp
        out.loc[rows, "date_precision"] = precision
    return out


def undated_articles(frame: pd.DataFrame) -> pd.Series:
    """Statements per article that has undated ones, most first (empty without articles)."""
    if "article" not in frame.columns:
        return pd.Series(dtype="int64")
    undated = frame.loc[frame["date_precision"] == "none", "article"].dropna().astype(str)
    return undated[undated != ""].value_counts().rename("statements")
