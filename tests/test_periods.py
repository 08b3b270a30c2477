"""Period bucketing and the date-precision rule."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import periods

DATES = pd.Series(pd.to_datetime(["2024-02-29", "2024-05-01", "2023-01-01", None], utc=True))
PRECISION = pd.Series(["day", "month", "year", "none"])


@pytest.mark.parametrize(
    ("freq", "starts"),
    [
        ("day", ["2024-02-29", None, None, None]),
        ("week", ["2024-02-26", None, None, None]),  # weeks start on Monday
        ("month", ["2024-02-01", "2024-05-01", None, None]),
        ("quarter", ["2024-01-01", "2024-04-01", None, None]),
        ("year", ["2024-01-01", "2024-01-01", "2023-01-01", None]),
    ],
)
def test_dates_count_only_at_equal_or_coarser_grain(freq, starts):
    codes = periods.period_codes(DATES, PRECISION, freq=freq)
    got = [
        None if c == periods.NO_PERIOD else str(periods.period_starts([c], freq=freq)[0].date())
        for c in codes
    ]
    assert got == starts


@pytest.mark.parametrize(
    ("freq", "counted", "too_coarse"), [("day", 1, 2), ("month", 2, 1), ("year", 3, 0)]
)
def test_coverage_counts_what_is_left_out(freq, counted, too_coarse):
    got = periods.coverage(PRECISION, DATES.isna(), freq=freq)
    assert got == {"counted": counted, "too_coarse": too_coarse, "undated": 1}


def test_unknown_freq_is_rejected():
    with pytest.raises(ValueError, match="freq must be one of"):
        periods.period_codes(DATES, PRECISION, freq="fortnight")  # type: ignore[arg-type]
