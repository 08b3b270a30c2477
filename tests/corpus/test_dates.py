import pandas as pd
import pytest

from analysis.corpus.dates import (
    infer_day_order,
    parse_dates,
    parse_one_date,
    undated_articles,
    with_article_dates,
)


@pytest.mark.parametrize(
    ("raw", "expected", "precision"),
    [
        ("2025-11-27", "2025-11-27T00:00:00", "day"),
        ("2025-11-27T10:00:00+02:00", "2025-11-27T08:00:00", "day"),
        ("2025-11-27 10:00:00Z", "2025-11-27T10:00:00", "day"),
        ("27 November 2025", "2025-11-27T00:00:00", "day"),
        ("Nov 27, 2025", "2025-11-27T00:00:00", "day"),
        ("Thursday, 27 Nov 2025 10:00:00 +0000", "2025-11-27T10:00:00", "day"),
        ("27.11.2025", "2025-11-27T00:00:00", "day"),
        ("1764201600", "2025-11-27T00:00:00", "day"),
        ("1764201600000", "2025-11-27T00:00:00", "day"),
        ("45988", "2025-11-27T00:00:00", "day"),
        ("1789", "1789-01-01T00:00:00", "year"),
        ("2019-09", "2019-09-01T00:00:00", "month"),
        ("September 2019", "2019-09-01T00:00:00", "month"),
        ("1600-03-01", "1600-03-01T00:00:00", "day"),
        ("2200-01-05", "2200-01-05T00:00:00", "day"),
        ("1600", "1600-01-01T00:00:00", "year"),
    ],
)
def test_each_written_form_parses_to_its_utc_instant_and_precision(raw, expected, precision):
    parsed = parse_dates(pd.Series([raw]))
    assert parsed.errors.iloc[0] == ""
    assert parsed.dates.iloc[0] == pd.Timestamp(expected, tz="UTC")
    assert parsed.precision.iloc[0] == precision


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "missing date"),
        ("soon", "unparseable date"),
        ("2022-03-11T24:04:30", "unparseable date"),
        ("31.02.2025", "unparseable date"),
        ("12", "unparseable date"),
    ],
)
def test_unreadable_dates_get_a_reason_and_no_value(raw, reason):
    parsed = parse_dates(pd.Series([raw]))
    assert pd.isna(parsed.dates.iloc[0])
    assert parsed.errors.iloc[0].startswith(reason)


@pytest.mark.parametrize(
    ("values", "order", "first"),
    [
        (["03/04/2025", "25/12/2025"], "dmy", "2025-04-03"),
        (["03/04/2025", "12/25/2025"], "mdy", "2025-03-04"),
        (["03/04/2025", "05/06/2025"], "dmy", "2025-04-03"),
    ],
)
def test_day_month_order_is_decided_per_file_from_the_values(values, order, first):
    assert infer_day_order(pd.Series(values))[0] == order
    parsed = parse_dates(pd.Series(values))
    assert parsed.dates.iloc[0] == pd.Timestamp(first, tz="UTC")


def test_ambiguous_day_month_order_is_reported_as_a_note():
    parsed = parse_dates(pd.Series(["03/04/2025", "05/06/2025"]))
    assert any("ambiguous" in note for note in parsed.notes)


def test_timestamps_without_a_zone_are_read_as_utc_and_counted_in_a_note():
    parsed = parse_dates(pd.Series(["2025-01-02T10:00:00", "2025-01-02T10:00:00+01:00", "2025-01-03"]))
    assert parsed.dates.iloc[0] == pd.Timestamp("2025-01-02T10:00:00", tz="UTC")
    assert parsed.notes == ("1 timestamps have no time zone and were read as UTC",)


@pytest.mark.parametrize(("typed", "precision"), [
    ("2025-11-27", "day"), (" 2025-11 ", "month"), ("2025", "year"), ("27 November 2025", "day"),
])
def test_a_typed_date_parses_with_its_precision(typed, precision):
    stamp, found = parse_one_date(typed)
    assert found == precision and stamp.year == 2025


@pytest.mark.parametrize("typed", ["", "soon", "2025-13"])
def test_a_typed_non_date_says_what_to_write(typed):
    with pytest.raises(ValueError, match="YYYY-MM-DD, YYYY-MM or YYYY"):
        parse_one_date(typed, what="the date for a.txt")


def _articles() -> pd.DataFrame:
    return pd.DataFrame({
        "article": ["a.txt", "a.txt", "b.txt", None],
        "date": pd.Series([pd.NaT, pd.NaT, pd.Timestamp("2024-05-01", tz="UTC"), pd.NaT],
                          dtype="datetime64[us, UTC]"),
        "date_precision": ["none", "none", "day", "none"],
    })


def test_an_articles_undated_statements_take_the_date_given_to_it():
    frame = _articles()
    dated = with_article_dates(frame, {"a.txt": "2025-11", "b.txt": "1999"})
    assert dated["date_precision"].tolist() == ["month", "month", "day", "none"]
    assert dated["date"].iloc[0] == pd.Timestamp("2025-11-01", tz="UTC")
    assert dated["date"].iloc[2] == pd.Timestamp("2024-05-01", tz="UTC")  # dated: kept
    assert frame["date_precision"].tolist() == ["none", "none", "day", "none"]  # input untouched


def test_undated_articles_are_counted_by_statement():
    assert undated_articles(_articles()).to_dict() == {"a.txt": 2}
    assert undated_articles(pd.DataFrame({"date_precision": ["none"]})).empty
