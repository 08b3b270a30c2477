"""Period bucketing and the date-precision rule."""

from __future__ import annotations

import datetime as dt

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


@pytest.mark.parametrize(("freq", "code"), [("day", "D"), ("week", "W"), ("month", "M"),
                                            ("quarter", "Q"), ("year", "Y")])
def test_period_starts_agree_with_pandas_periods(freq, code):
    stamps = pd.Series(pd.date_range("1969-12-25", "1971-02-03", freq="37h", tz="UTC"))
    codes = periods.period_codes(stamps, pd.Series(["day"] * len(stamps)), freq=freq)
    expected = stamps.dt.tz_localize(None).dt.to_period(code).dt.start_time
    assert (periods.period_starts(codes, freq=freq) == pd.DatetimeIndex(expected)).all()


@pytest.mark.parametrize(
    ("precision", "since", "until", "kept"),
    [
        ("day", "2024-02-29", "2024-02-29", True),
        ("day", "2024-03-01", None, False),
        ("month", "2024-02-15", None, True),  # February overlaps a range starting mid-month
        ("month", None, "2024-01-31", False),
        ("year", "2024-12-31", None, True),
        ("year", None, "2023-12-31", False),
    ],
)
def test_a_dated_period_overlaps_a_range_that_touches_any_of_its_days(precision, since, until, kept):
    start = {"day": "2024-02-29", "month": "2024-02-01", "year": "2024-01-01"}[precision]
    dates = pd.Series(pd.to_datetime([start, None], utc=True))
    begin, end = periods.period_bounds(dates, pd.Series([precision, "none"]))
    found = periods.overlaps(
        begin, end,
        since=dt.date.fromisoformat(since) if since else None,
        until=dt.date.fromisoformat(until) if until else None,
    )
    assert found.tolist() == [kept, False]  # an undated statement never overlaps a range


def test_unknown_freq_is_rejected():
    with pytest.raises(ValueError, match="freq must be one of"):
        periods.period_codes(DATES, PRECISION, freq="fortnight")  # type: ignore[arg-type]
