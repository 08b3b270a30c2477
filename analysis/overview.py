"""Corpus summary and statements over time by speaker, the numbers behind the Overview page."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Final, Literal

import pandas as pd

Freq = Literal["day", "week", "month", "quarter", "year"]
FREQS: Final[tuple[str, ...]] = ("day", "week", "month", "quarter", "year")
OTHER: Final[str] = "Other"
_PERIOD_CODE: Final[dict[str, str]] = {
    "day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y",
}
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
    placed = frame.loc[_placeable(frame, freq), ["date", "speaker"]]
    columns = ["period", "speaker", "statements"]
    if placed.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(columns, _DTYPES, strict=True)})
    keep = set(frame["speaker"].value_counts().index[:top_n])
    speaker = placed["speaker"].where(placed["speaker"].isin(keep), OTHER).astype("string")
    period = placed["date"].dt.tz_localize(None).dt.to_period(_PERIOD_CODE[freq])
    counts = pd.DataFrame({"period": period, "speaker": speaker}).value_counts()
    periods = pd.period_range(period.min(), period.max(), freq=_PERIOD_CODE[freq])
    order = [s for s in frame["speaker"].value_counts().index[:top_n] if s in set(speaker)]
    if OTHER in set(speaker):
        order.append(OTHER)
    grid = pd.MultiIndex.from_product([periods, order], names=["period", "speaker"])
    table = counts.reindex(grid, fill_value=0).rename("statements").reset_index()
    start = table["period"].dt.start_time.dt.tz_localize("UTC")
    table["period"] = start.astype("datetime64[us, UTC]")
    table["speaker"] = table["speaker"].astype("string")
    table["statements"] = table["statements"].astype("int64")
    return table


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
