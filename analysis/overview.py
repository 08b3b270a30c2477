"""Corpus summary and statements over time by speaker, the numbers behind the Overview page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Final

import numpy as np
import pandas as pd

from analysis.corpus import periods
from analysis.corpus.credits import credited_rows
from analysis.types import Freq, check_freq

OTHER: Final[str] = "Other"


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


def corpus_summary(frame: pd.DataFrame, *, speakers: Sequence[str] = ()) -> CorpusSummary:
    """Count statements, speakers (people credited; only these when given) and sources, and
    find the date range."""
    dates = frame["date"].dropna()
    sources = frame["source"].dropna()
    return CorpusSummary(
        statements=len(frame),
        speakers=int(credited_rows(frame, speakers=speakers)["speaker"].nunique()),
        sources=int(sources[sources != ""].nunique()),
        first_date=dates.min().date() if len(dates) else None,
        last_date=dates.max().date() if len(dates) else None,
        undated=int(len(frame) - len(dates)),
    )


def top_speakers(frame: pd.DataFrame, *, top_n: int = 10, speakers: Sequence[str] = ()) -> pd.DataFrame:
    """Return the top_n speakers by statement count with their share, the rest summed as Other.

    A statement naming several people counts for each; shares are of the statements (each
    once), so with such statements they add up to more than 1. With speakers, only their
    credits are counted (a filter on one person does not list their co-speakers).
    """
    counts = credited_rows(frame, speakers=speakers)["speaker"].value_counts(sort=True)
    counts = counts.rename_axis("speaker").rename("statements")
    table = _group_rest(counts, top_n=top_n).reset_index()
    total = len(frame)
    table["share"] = table["statements"] / total if total else 0.0
    return table


def statements_over_time(
    frame: pd.DataFrame, *, freq: Freq = "month", top_n: int = 8, speakers: Sequence[str] = ()
) -> pd.DataFrame:
    """Count statements per period and speaker, the rest grouped as Other; empty periods are 0.

    Statements whose date is coarser than freq (or missing) are left out; see `unplaced_count`.
    """
    check_freq(freq)
    frame = credited_rows(frame, speakers=speakers)  # one naming two people is in both series
    codes = periods.period_codes(frame["date"], frame["date_precision"], freq=freq)
    placed = codes != periods.NO_PERIOD
    columns = ["period", "speaker", "statements"]
    if not placed.any():
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(columns, _DTYPES, strict=True)})
    ranked = frame["speaker"].value_counts()
    speaker_codes, names = pd.factorize(frame["speaker"].to_numpy()[placed])
    rank = {name: i for i, name in enumerate(ranked.index[:top_n])}
    slot_of = np.array([rank.get(name, top_n) for name in names], dtype=np.int64)
    slots = slot_of[speaker_codes]
    first = int(codes[placed].min())
    where = codes[placed] - first
    n_periods = int(where.max()) + 1
    width = top_n + 1
    counts = np.bincount(where * width + slots, minlength=n_periods * width)
    used = np.flatnonzero(np.bincount(slots, minlength=width))  # series present, in rank order
    order = [*ranked.index[:top_n], OTHER]
    grid = counts.reshape(n_periods, width)[:, used]
    starts = periods.period_starts(np.arange(first, first + n_periods), freq=freq)
    return pd.DataFrame({
        "period": pd.Series(np.repeat(starts.to_numpy(), len(used)).astype("datetime64[us]"))
        .dt.tz_localize("UTC"),
        "speaker": pd.array([str(order[i]) for i in used] * n_periods, dtype="string"),
        "statements": grid.ravel().astype(np.int64),
    })


def unplaced_count(frame: pd.DataFrame, *, freq: Freq) -> int:
    """Count the statements `statements_over_time` leaves out at this grain (undated, coarser)."""
    codes = periods.period_codes(frame["date"], frame["date_precision"], freq=freq)
    return int(np.count_nonzero(codes == periods.NO_PERIOD))


_DTYPES: Final[tuple[str, ...]] = ("datetime64[us, UTC]", "string", "int64")


def _group_rest(counts: pd.Series, *, top_n: int) -> pd.Series:
    """Keep the first top_n entries of a sorted count Series and sum the rest under Other."""
    if len(counts) <= top_n:
        return counts
    head = counts.iloc[:top_n]
    index = pd.Index([OTHER], name=counts.index.name)
    rest = pd.Series([counts.iloc[top_n:].sum()], index=index, name=counts.name)
    return pd.concat([head, rest])
