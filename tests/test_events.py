"""Events tables: validated with the bad rows named, filtered to a chart, and carried in a link."""

import hashlib

import pandas as pd
import pytest

from analysis.events import (
    MAX_EVENTS,
    MAX_LINK_CHARS,
    EventsError,
    decode_events,
    encode_events,
    events_within,
    period_events,
    read_events,
)

TABLE = (b"date,label,speaker\n2025-11-20,28-point plan published,\n"
         b"2025-11,CSTO summit month,Alyaksandr Lukashenka\n2024,Election year,\n")


def test_an_events_table_is_read_with_dates_at_their_precision_in_date_order():
    events = read_events(TABLE, name="events.csv")
    assert events["label"].tolist() == ["Election year", "CSTO summit month",
                                        "28-point plan published"]
    assert events["date_precision"].tolist() == ["year", "month", "day"]
    assert events["speaker"].tolist() == ["", "Alyaksandr Lukashenka", ""]


def test_the_speaker_column_is_optional_and_names_are_any_case():
    events = read_events(b"Date,Label\n2025-11-20,Plan\n", name="e.csv")
    assert events["speaker"].tolist() == [""]


@pytest.mark.parametrize(("data", "message"), [
    (b"when,what\n2025-11-20,Plan\n", "e.csv: no 'date' or 'label' column"),
    (b"date,label\n2025-11-20,Plan\nsoon,Summit\n", "row 2: the date 'soon' is not a date"),
    (b"date,label\n2025-11-20,\n", "row 1: the label is empty"),
    (b"date,label\n", "e.csv: the table has no events"),
    (b"date,label\n2025-11-20,Plan\n2025-11-21," + b"x" * 200 + b"\n", "row 2: the label has 200"),
])
def test_a_bad_events_table_is_refused_naming_the_file_and_row(data, message):
    with pytest.raises(EventsError, match=message):
        read_events(data, name="e.csv")


def test_every_bad_row_is_counted_not_only_the_first():
    data = b"date,label\n" + b"".join(b"never,x\n" for _ in range(7))
    with pytest.raises(EventsError, match=r"7 problem\(s\).*\(and 2 more\)"):
        read_events(data, name="e.csv")


def test_a_table_longer_than_a_timeline_can_mark_is_refused():
    data = b"date,label\n" + b"".join(b"2025-01-01,e%d\n" % i for i in range(MAX_EVENTS + 1))
    with pytest.raises(EventsError, match=f"at most {MAX_EVENTS}"):
        read_events(data, name="e.csv")


def test_events_within_a_range_keep_the_chosen_speakers_and_those_of_no_one():
    events = read_events(TABLE, name="events.csv")
    start, end = pd.Timestamp("2025-01-01", tz="UTC"), pd.Timestamp("2026-01-01", tz="UTC")
    assert events_within(events, start=start, end=end)["label"].tolist() == [
        "CSTO summit month", "28-point plan published"]
    assert events_within(events, start=start, end=end, speakers=("Someone Else",))[
        "label"].tolist() == ["28-point plan published"]
    naive = events_within(events, start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-02-01"))
    assert naive["label"].tolist() == ["Election year"]


def test_each_period_names_its_events():
    events = read_events(TABLE, name="events.csv")
    starts = pd.Series(pd.to_datetime(["2025-10-01", "2025-11-01"], utc=True))
    ends = pd.Series(pd.to_datetime(["2025-11-01", "2025-12-01"], utc=True))
    assert period_events(starts, ends, events).tolist() == [
        "", "CSTO summit month (Alyaksandr Lukashenka); 28-point plan published"]


def test_events_survive_the_trip_through_a_link():
    events = read_events(TABLE, name="events.csv")
    value = encode_events(events)
    assert value.isascii() and "=" not in value and len(value) < MAX_LINK_CHARS
    pd.testing.assert_frame_equal(decode_events(value), events)


def test_too_many_events_for_a_link_are_refused_with_a_sentence():
    # digests do not compress, as varied real labels barely do
    rows = b"".join(b"2025-01-%02d,%s\n" % (1 + i % 28, hashlib.sha256(b"%d" % i).hexdigest().encode())
                    for i in range(MAX_EVENTS))
    events = read_events(b"date,label\n" + rows, name="e.csv")
    with pytest.raises(EventsError, match="more than the 2,000 a link can safely carry"):
        encode_events(events)


@pytest.mark.parametrize("value", ["not base64 !", "AAAA", "x" * (MAX_LINK_CHARS + 1)])
def test_a_damaged_link_value_raises_a_sentence(value):
    with pytest.raises(EventsError, match="link's events"):
        decode_events(value)
