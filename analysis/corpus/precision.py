"""Dates as precise as the data has them: text labels, and the grain a corpus's dates support."""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from analysis.types import ALLOWED_PRECISIONS, FREQS, Freq, check_freq

UNDATED: Final[str] = "undated"
# A grain that places at least this share of the dated statements is fine-grained enough: one
# year-only speech in a corpus of dated posts should not force the whole timeline to years.
PLACED_SHARE: Final[float] = 0.9
_FORMATS: Final[dict[str, str]] = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def date_labels(dates: pd.Series, precision: pd.Series, *, undated: str = UNDATED) -> pd.Series:
    """Each date written to its precision: "2021" for a year, "2021-03" for a month, else ISO day."""
    out = pd.Series(undated, index=dates.index, dtype="string")
    utc = dates.dt.tz_convert("UTC") if dates.dt.tz is not None else dates
    kind = precision.astype("string").fillna("none")
    for name, pattern in _FORMATS.items():
        chosen = (kind == name).to_numpy(dtype=bool) & utc.notna().to_numpy(dtype=bool)
        if chosen.any():
            out[chosen] = utc[chosen].dt.strftime(pattern)
    return out


def period_labels(starts: pd.Series | pd.DatetimeIndex, *, freq: Freq) -> list[str]:
    """Each period named at its grain: "2021-03-01", "week of 2021-03-01", "2021-03", "2021-Q1", "2021"."""
    check_freq(freq)
    stamps = pd.DatetimeIndex(starts)
    if freq == "day":
        return [f"{s:%Y-%m-%d}" for s in stamps]
    if freq == "week":
        return [f"week of {s:%Y-%m-%d}" for s in stamps]
    if freq == "month":
        return [f"{s:%Y-%m}" for s in stamps]
    if freq == "quarter":
        return [f"{s.year}-Q{(s.month - 1) // 3 + 1}" for s in stamps]
    return [f"{s.year}" for s in stamps]


def period_ends(starts: pd.Series | pd.DatetimeIndex, *, freq: Freq) -> pd.DatetimeIndex:
    """The first instant after each period that starts at `starts` (an exclusive end)."""
    check_freq(freq)
    stamps = pd.DatetimeIndex(starts)
    step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1),
            "month": pd.DateOffset(months=1), "quarter": pd.DateOffset(months=3),
            "year": pd.DateOffset(years=1)}[freq]
    return stamps + step


def natural_grain(precision: pd.Series, *, preferred: Freq) -> Freq:
    """The preferred grain, or the finest coarser one that places most dated statements.

    A year-only corpus gets "year", a month-only one at least "month"; undated statements do
    not count either way, and a corpus with no dated statement keeps the preferred grain.
    """
    check_freq(preferred)
    kinds = precision.astype("string").fillna("none")
    dated = kinds[kinds != "none"]
    if dated.empty:
        return preferred
    shares = dated.value_counts(normalize=True)
    for freq in FREQS[FREQS.index(preferred):]:
        placed = float(np.sum([shares.get(p, 0.0) for p in ALLOWED_PRECISIONS[freq]]))
        if placed >= PLACED_SHARE:
            return freq
    return "year"
