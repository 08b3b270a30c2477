"""Corpus summary and statements over time by speaker, the numbers behind the Overview page."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Final, Literal

import numpy as np
import pandas as pd

Freq = Literal["day", "week", "month", "quarter", "year"]
FREQS: Final[tuple[str, ...]] = ("day", "week", "month", "quarter", "year")
OTHER: Final[str] = "Other"
# A statement dated only to its month cannot be placed on a day or week axis, and so on.
_PRECISE_ENOUGH: Final[dict[str, tuple[str, ...]]] = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "quarter": ("day", "month"),
    "year": ("day", "month", "year"),
}


@dataclass(frozen=True)
class CorpusSummary:
    """Headline counts of a statement frame."""

    statements: int
    speakers: int
    sources: int
    first_date: dt.date | None
    last_date: dt.date | None
    undated: int

    def to_dict(self) -> dict[str, Any]:
        """Return the summary as a plain dict."""
        return asdict(self)


def corpus_summary(frame: pd.DataFrame) -> CorpusSummary:
    """Count statements, speakers and sources, and find the date range."""
    dates = frame["date"].dropna()
    sources = frame["source"].dropna()
    return CorpusSummary(
        statements=len(frame),
        speakers=int(frame["speaker"].nunique()),
        sources=int(sources[sources != ""].nunique()),
        first_date=dates.min().date() if len(dates) else None,
        last_date=dates.max().date() if len(dates) else None,
        undated=int(len(frame) - len(dates)),
    )


def top_speakers(frame: pd.DataFrame, *, top_n: int = 10) -> pd.DataFrame:
    """Return the top_n speakers by statement count with their share, the rest summed as Other."""
    counts = frame["speaker"].value_counts(sort=True)
    counts = counts.rename_axis("speaker").rename("statements")
    table = _group_rest(counts, top_n=top_n).reset_index()
    total = int(table["statements"].sum())
    table["share"] = table["statements"] / total if total else 0.0
    return table


def statements_over_time(
    frame: pd.DataFrame, *, freq: Freq = "month", top_n: int = 8
) -> pd.DataFrame:
    """Count statements per period and speaker, the rest grouped as Other; empty periods are 0.

    Statements whose date is coarser than freq (or missing) are left out; see `unplaced_count`.
    """
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {FREQS}, not {freq!r}")
    placed = _placeable(frame, freq).to_numpy(dtype=bool)
    columns = ["period", "speaker", "statements"]
    if not placed.any():
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(columns, _DTYPES, strict=True)})
    ranked = frame["speaker"].value_counts()
    codes, names = pd.factorize(frame["speaker"].to_numpy()[placed])
    rank = {name: i for i, name in enumerate(ranked.index[:top_n])}
    slot_of = np.array([rank.get(name, top_n) for name in names], dtype=np.int64)
    slots = slot_of[codes]
    starts = period_starts(frame["date"].to_numpy(dtype="datetime64[us]")[placed], freq=freq)
    periods = period_range(starts.min(), starts.max(), freq=freq)
    where = np.searchsorted(periods, starts)
    width = top_n + 1
    counts = np.bincount(where * width + slots, minlength=len(periods) * width)
    used = np.flatnonzero(np.bincount(slots, minlength=width))  # series present, in rank order
    order = [*ranked.index[:top_n], OTHER]
    grid = counts.reshape(len(periods), width)[:, used]
    return pd.DataFrame({
        "period": pd.Series(np.repeat(periods, len(used)).astype("datetime64[us]"))
        .dt.tz_localize("UTC"),
        "speaker": pd.array([str(order[i]) for i in used] * len(periods), dtype="string"),
        "statements": grid.ravel().astype(np.int64),
    })


def period_starts(stamps: np.ndarray, *, freq: Freq) -> np.ndarray:
    """The first day (datetime64[D]) of the period each timestamp falls in; weeks start Monday."""
    days = stamps.astype("datetime64[D]")
    if freq == "day":
        return days
    if freq == "week":
        number = days.astype(np.int64)
        return (number - (number + 3) % 7).astype("datetime64[D]")  # 1970-01-01 was a Thursday
    months = stamps.astype("datetime64[M]")
    if freq == "month":
        return months.astype("datetime64[D]")
    if freq == "quarter":
        number = months.astype(np.int64)
        return (number - number % 3).astype("datetime64[M]").astype("datetime64[D]")
    return stamps.astype("datetime64[Y]").astype("datetime64[D]")


def period_range(first: np.datetime64, last: np.datetime64, *, freq: Freq) -> np.ndarray:
    """Every period start from first to last (both period starts) at this grain."""
    if freq in ("day", "week"):
        return np.arange(first, last + 1, 1 if freq == "day" else 7, dtype="datetime64[D]")
    unit = "datetime64[Y]" if freq == "year" else "datetime64[M]"
    step = 3 if freq == "quarter" else 1
    low, high = np.datetime64(first).astype(unit), np.datetime64(last).astype(unit)
    return np.arange(low, high + 1, step).astype("datetime64[D]")


def unplaced_count(frame: pd.DataFrame, *, freq: Freq) -> int:
    """Count the statements `statements_over_time` leaves out at this grain (undated, coarser)."""
    return int((~_placeable(frame, freq)).sum())


_DTYPES: Final[tuple[str, ...]] = ("datetime64[us, UTC]", "string", "int64")


def _placeable(frame: pd.DataFrame, freq: str) -> pd.Series:
    """Rows dated precisely enough to sit in one period of this grain."""
    return frame["date"].notna() & frame["date_precision"].isin(_PRECISE_ENOUGH[freq])


def _group_rest(counts: pd.Series, *, top_n: int) -> pd.Series:
    """Keep the first top_n entries of a sorted count Series and sum the rest under Other."""
    if len(counts) <= top_n:
        return counts
    head = counts.iloc[:top_n]
    index = pd.Index([OTHER], name=counts.index.name)
    rest = pd.Series([counts.iloc[top_n:].sum()], index=index, name=counts.name)
    return pd.concat([head, rest])
