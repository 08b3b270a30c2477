"""Period bucketing: day to year, where a date only counts at a grain its precision supports."""

from __future__ import annotations

from typing import Final, Literal, get_args

import numpy as np
import pandas as pd

Freq = Literal["day", "week", "month", "quarter", "year"]
FREQS: Final[tuple[str, ...]] = get_args(Freq)
NO_PERIOD: Final = np.iinfo(np.int64).min

# A date counts in a period only when its precision is as fine as the period or finer.
ALLOWED_PRECISIONS: Final[dict[str, frozenset[str]]] = {
    "day": frozenset({"day"}),
    "week": frozenset({"day"}),
    "month": frozenset({"day", "month"}),
    "quarter": frozenset({"day", "month"}),
    "year": frozenset({"day", "month", "year"}),
}


def check_freq(freq: str) -> None:
    """Raise ValueError for a frequency that is not one of FREQS."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {FREQS}, not {freq!r}")


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


def coverage(precision: pd.Series, undated: pd.Series, *, freq: Freq) -> dict[str, int]:
    """How many statements a period grain counts, and how many it leaves out and why."""
    allowed = precision.isin(ALLOWED_PRECISIONS[freq]) & ~undated
    return {
        "counted": int(allowed.sum()),
        "too_coarse": int((~allowed & ~undated).sum()),
        "undated": int(undated.sum()),
    }
