"""Period bucketing: day to year, where a date only counts at a grain its precision supports."""

from __future__ import annotations

import datetime as dt
from typing import Final

import numpy as np
import pandas as pd

from analysis.types import ALLOWED_PRECISIONS, Freq, check_freq

NO_PERIOD: Final = np.iinfo(np.int64).min


def period_codes(dates: pd.Series, precision: pd.Series, *, freq: Freq) -> np.ndarray:
    """Integer period of each date (NO_PERIOD when undated or too coarse for freq)."""
    check_freq(freq)
    naive = dates.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(dtype="datetime64[us]")
    days = naive.astype("datetime64[D]").astype(np.int64)
    if freq == "day":
        codes = days
    elif freq == "week":
        codes = (days + 3) // 7  # weeks start on Monday; 1970-01-01 was a Thursday
    else:
        months = naive.astype("datetime64[M]").astype(np.int64)
        codes = {"month": months, "quarter": months // 3, "year": months // 12}[freq]
    allowed = precision.isin(ALLOWED_PRECISIONS[freq]).to_numpy(dtype=bool) & ~np.isnat(naive)
    return np.where(allowed, codes, NO_PERIOD)


def period_starts(codes: np.ndarray, *, freq: Freq) -> pd.DatetimeIndex:
    """First day of each period code, as naive timestamps."""
    check_freq(freq)
    codes = np.asarray(codes, dtype=np.int64)
    if freq == "day":
        days = codes.astype("datetime64[D]")
    elif freq == "week":
        days = (codes * 7 - 3).astype("datetime64[D]")
    else:
        months = {"month": codes, "quarter": codes * 3, "year": codes * 12}[freq]
        days = months.astype("datetime64[M]").astype("datetime64[D]")
    return pd.DatetimeIndex(days.astype("datetime64[s]"), name="period")


def period_bounds(dates: pd.Series, precision: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive, naive UTC datetime64[us]) of each date's dated period.

    A day-precision date spans its day, a month-precision date its month, a year-precision
    date its year; an undated statement has NaT bounds.
    """
    start = dates.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(dtype="datetime64[us]")
    kind = precision.to_numpy(dtype=object)
    end = start + np.timedelta64(1, "D")
    month = kind == "month"
    end[month] = (start[month].astype("datetime64[M]") + 1).astype("datetime64[us]")
    year = kind == "year"
    end[year] = (start[year].astype("datetime64[Y]") + 1).astype("datetime64[us]")
    return start, end


def overlaps(
    start: np.ndarray, end: np.ndarray, *, since: dt.date | None, until: dt.date | None
) -> np.ndarray:
    """True where a dated period [start, end) overlaps the days since..until (both inclusive)."""
    keep = ~np.isnat(start)
    if since:
        keep &= end > np.datetime64(since, "us")
    if until:
        keep &= start < np.datetime64(until, "us") + np.timedelta64(1, "D")
    return keep
