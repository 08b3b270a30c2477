"""The one filter type that every analysis, the dashboard, the CLI and the tests share."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields
from typing import Any, Final

import pandas as pd


@dataclass(frozen=True)
class FilterField:
    """Declaration of one filter: its URL key, default and help text."""

    name: str
    default: Any
    help: str


FILTER_FIELDS: Final[tuple[FilterField, ...]] = (
    FilterField("speakers", (), "Only statements by these canonical speakers (all when empty)."),
    FilterField("since", None, "Only statements on or after this date (inclusive)."),
    FilterField("until", None, "Only statements on or before this date (inclusive)."),
    FilterField("sources", (), "Only statements from these sources (all when empty)."),
    FilterField("query", "", "Only statements that say this phrase, as whole words (case-insensitive)."),
)


@dataclass(frozen=True)
class StatementFilter:
    """A selection of statements by speaker, date range, source and free-text query."""

    speakers: tuple[str, ...] = field(default=())
    since: dt.date | None = None
    until: dt.date | None = None
    sources: tuple[str, ...] = field(default=())
    query: str = ""

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"filter 'since' ({self.since}) is after 'until' ({self.until})")
        object.__setattr__(self, "speakers", tuple(self.speakers))
        object.__setattr__(self, "sources", tuple(self.sources))
        object.__setattr__(self, "query", self.query.strip())

    @property
    def is_empty(self) -> bool:
        """True when the filter keeps every statement."""
        return all(getattr(self, f.name) == f.default for f in FILTER_FIELDS)

    def mask(self, frame: pd.DataFrame) -> pd.Series:
        """Return a boolean Series, aligned with frame, of the statements this filter keeps."""
        keep = pd.Series(True, index=frame.index)
        if self.speakers:
            keep &= frame["speaker"].isin(self.speakers)
        if self.sources:
            keep &= frame["source"].isin(self.sources)
        if self.since or self.until:
            keep &= _date_overlaps(frame, self.since, self.until)
        if self.query:
            keep &= frame["text"].str.contains(phrase_pattern(self.query), na=False)
        return keep

    def apply(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Return the statements of frame that this filter keeps."""
        if self.is_empty:
            return frame
        return frame.loc[self.mask(frame)]


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase as whole words, any run of spaces between them, case-insensitive."""
    words = phrase.split()
    if not any(re.search(r"\w", w) for w in words):
        return re.compile(re.escape(phrase.strip()), re.IGNORECASE)
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)


def filter_names() -> tuple[str, ...]:
    """Names of the declared filters, in declaration order."""
    names = tuple(f.name for f in FILTER_FIELDS)
    assert names == tuple(f.name for f in fields(StatementFilter))
    return names


def _date_overlaps(frame: pd.DataFrame, since: dt.date | None, until: dt.date | None) -> pd.Series:
    """Keep a statement whose dated period (day, month or year) overlaps [since, until]."""
    start = frame["date"]
    precision = frame["date_precision"]
    end = start + pd.to_timedelta(1, unit="D")
    month = precision == "month"
    year = precision == "year"
    if month.any():
        end = end.where(~month, start + pd.DateOffset(months=1))
    if year.any():
        end = end.where(~year, start + pd.DateOffset(years=1))
    keep = start.notna()
    if since:
        keep &= end > pd.Timestamp(since, tz="UTC")
    if until:
        keep &= start < pd.Timestamp(until, tz="UTC") + pd.Timedelta(days=1)
    return keep
