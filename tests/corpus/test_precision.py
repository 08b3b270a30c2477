"""Dates written at their precision, period names and ends, and the grain a corpus's dates support."""

import pandas as pd
import pytest

from analysis.corpus.precision import date_labels, natural_grain, period_ends, period_labels


def _utc(*values: str) -> pd.Series:
    return pd.Series(pd.to_datetime(list(values), utc=True)).astype("datetime64[us, UTC]")


@pytest.mark.parametrize(("date", "precision", "label"), [
    ("2021-01-01", "year", "2021"),
    ("2021-03-01", "month", "2021-03"),
    ("2021-03-05T17:30:00", "day", "2021-03-05"),
    ("1789-01-01", "year", "1789"),
])
def test_a_date_is_written_no_more_precisely_than_the_data_gave_it(date, precision, label):
    assert date_labels(_utc(date), pd.Series([precision])).tolist() == [label]


def test_an_undated_statement_is_written_undated():
    dates = pd.Series([pd.NaT, pd.Timestamp("2021-01-01", tz="UTC")], dtype="datetime64[us, UTC]")
    assert date_labels(dates, pd.Series(["none", "day"])).tolist() == ["undated", "2021-01-01"]


@pytest.mark.parametrize(("freq", "label", "end"), [
    ("day", "2021-03-29", "2021-03-30"),
    ("week", "week of 2021-03-29", "2021-04-05"),
    ("month", "2021-03", "2021-04-01"),
    ("quarter", "2021-Q1", "2021-04-01"),
    ("year", "2021", "2022-01-01"),
])
def test_a_period_is_named_and_ended_at_its_grain(freq, label, end):
    start = pd.DatetimeIndex(["2021-03-29" if freq in ("day", "week") else
                              {"month": "2021-03-01", "quarter": "2021-01-01",
                               "year": "2021-01-01"}[freq]])
    assert period_labels(start, freq=freq) == [label]
    assert period_ends(start, freq=freq)[0] == pd.Timestamp(end)


@pytest.mark.parametrize(("precisions", "preferred", "grain"), [
    (["year"] * 59, "month", "year"),  # the inaugural addresses
    (["month"] * 10, "month", "month"),
    (["month"] * 10, "day", "month"),
    (["day"] * 10, "month", "month"),
    (["day"] * 10, "week", "week"),
    (["day"] * 95 + ["year"] * 5, "month", "month"),  # a few coarse dates do not force years
    (["day"] * 50 + ["year"] * 50, "month", "year"),
    (["none"] * 6, "month", "month"),  # nothing dated: the preferred grain stands
    (["none"] * 6 + ["year"], "quarter", "year"),  # undated statements do not count
])
def test_the_default_grain_follows_the_precision_of_the_dates(precisions, preferred, grain):
    assert natural_grain(pd.Series(precisions), preferred=preferred) == grain
