"""Spreadsheet-safe CSV export: OWASP formula neutralising, RFC 4180 quoting, numbers kept."""

import csv
import datetime as dt
import io

import pandas as pd
import pytest

from analysis.io.export import neutralise_cell, to_csv_bytes
from analysis.io.provenance import Provenance


def _rows(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("\ncmd", "'\ncmd"),
        ("peace = war", "peace = war"),
        ("", ""),
        ("'already", "'already"),
    ],
)
def test_text_cells_that_start_a_formula_get_a_leading_quote(cell, expected):
    assert neutralise_cell(cell) == expected
    assert _rows(to_csv_bytes(pd.DataFrame({"text": [cell]})))[1] == [expected]


def test_numeric_columns_stay_numeric_even_when_negative():
    frame = pd.DataFrame({"n": [-3, 4], "x": [-0.25, 1.5], "label": ["-3", "ok"]})
    back = pd.read_csv(io.BytesIO(to_csv_bytes(frame)), encoding="utf-8-sig")
    assert back["n"].tolist() == [-3, 4]
    assert back["x"].tolist() == [-0.25, 1.5]
    assert back["label"].tolist() == ["'-3", "ok"]


def test_rows_end_in_crlf_and_fields_with_commas_quotes_and_newlines_are_quoted():
    frame = pd.DataFrame({"text": ['a, b', 'say "hi"', "two\nlines", "plain"]})
    data = to_csv_bytes(frame).decode("utf-8-sig")
    assert data == 'text\r\n"a, b"\r\n"say ""hi"""\r\n"two\nlines"\r\nplain\r\n'


def test_headers_are_neutralised_and_a_named_index_is_kept():
    frame = pd.DataFrame({"=cmd": [1]}, index=pd.Index(["A"], name="speaker"))
    assert _rows(to_csv_bytes(frame))[0] == ["speaker", "'=cmd"]


def test_missing_values_are_empty_cells_and_the_input_is_not_mutated():
    frame = pd.DataFrame({"text": pd.Series(["=1", None], dtype="string"), "n": [1.0, None]})
    before = frame.copy()
    assert _rows(to_csv_bytes(frame))[1:] == [["'=1", "1.0"], ["", ""]]
    pd.testing.assert_frame_equal(frame, before)


def test_cyrillic_text_round_trips_with_a_bom_for_spreadsheets():
    data = to_csv_bytes(pd.DataFrame({"speaker": ["Зеленський"]}))
    assert data.startswith(b"\xef\xbb\xbf")
    assert _rows(data)[1] == ["Зеленський"]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["2024-01-05", "2024-02-29"], ["2024-01-05", "2024-02-29"]),
        (["2024-01-05T00:00:00+00:00", None], ["2024-01-05", ""]),
        (["2024-01-05T12:30:00+02:00", "2024-01-06"], ["2024-01-05T10:30:00Z",
                                                        "2024-01-06T00:00:00Z"]),
    ],
)
def test_dates_are_written_in_one_iso_format_in_utc(values, expected):
    frame = pd.DataFrame({"date": pd.to_datetime(pd.Series(values), utc=True, format="ISO8601")})
    assert [row[0] for row in _rows(to_csv_bytes(frame))[1:]] == expected


def test_naive_dates_are_written_as_days_too():
    frame = pd.DataFrame({"period": pd.to_datetime(["2024-04-01", "2024-07-01"])})
    assert _rows(to_csv_bytes(frame))[1:] == [["2024-04-01"], ["2024-07-01"]]


def test_a_source_line_comes_first_and_pandas_reads_the_table_after_it():
    where = Provenance("statements", corpus="Sample\nlabel", filters=(("speakers", "Erik Lund"),),
                       exported=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC))
    data = to_csv_bytes(pd.DataFrame({"n": [1, 2]}), source_line=where)
    first = data.decode("utf-8-sig").split("\r\n")[0]
    assert first == ("# Parley export: statements · corpus: Sample label · "
                     "filters: speakers=Erik Lund · exported: 2026-01-02T03:04:05Z")
    assert pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", skiprows=1)["n"].tolist() == [1, 2]


def test_without_a_source_line_the_csv_is_plain():
    data = to_csv_bytes(pd.DataFrame({"n": [1]}))
    assert data.decode("utf-8-sig") == "n\r\n1\r\n"
