"""Spreadsheet-safe CSV export: OWASP formula neutralising, RFC 4180 quoting, numbers kept."""

import csv
import io

import pandas as pd
import pytest

from analysis.io.export import neutralise_cell, to_csv_bytes


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
