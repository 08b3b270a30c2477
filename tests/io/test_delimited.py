"""CSV and TSV: line endings, broken quoting and width limits, through the whole loader."""

import time

import pytest

from analysis.corpus.ingest import load_corpus
from analysis.io import InputFile
from analysis.io.errors import IngestError
from analysis.io.limits import MAX_CELL_CHARS, MAX_COLUMNS

HEADER = "speaker,date,text,source\n"


def load(name: str, text: str):
    return load_corpus([InputFile(name, text.encode("utf-8"))])


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n"])
def test_every_line_ending_loads_the_same_rows(ending):
    rows = ["speaker,date,text", "Anna,2025-01-02,Peace now.", 'Bo,2025-01-03,"Two' + ending + 'lines."']
    frame, report = load("old-mac.csv", ending.join(rows) + ending)
    assert (report.rows_read, report.rows_kept) == (2, 2)
    assert frame["text"].tolist() == ["Peace now.", "Two" + ending + "lines."]


def test_a_quote_that_never_closes_rejects_its_row_and_keeps_the_rows_after_it():
    data = HEADER + 'A,2025-01-01,"We want peace,Radio\nB,2025-01-02,Hello,Radio\nC,2025-01-03,Bye,Radio\n'
    frame, report = load("open.csv", data)
    assert (report.rows_read, report.rows_kept, report.rows_rejected) == (3, 2, 1)
    assert frame["speaker"].tolist() == ["B", "C"]
    [reason] = report.rejected_by_reason
    assert reason.startswith("unclosed quote") and report.examples[reason] == ["open.csv row 1"]
    assert any("row 1 (line 2)" in note for note in report.notes)


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_a_quote_closed_only_rows_later_does_not_merge_the_rows_between(ending):
    data = (HEADER + "Z,2025-01-01,Before,Radio\n" + 'A,2025-01-01,"We want peace,Radio\n'
            + "B,2025-01-02,Hello,Radio\n" + 'C,2025-01-03,Bye",Radio\n').replace("\n", ending)
    frame, report = load("late.csv", data)
    assert report.rows_read == report.rows_kept + report.rows_rejected
    assert frame["speaker"].tolist() == ["Z", "B", "C"]
    assert frame["text"].tolist() == ["Before", "Hello", 'Bye"']  # a stray quote inside stays text
    [reason] = report.rejected_by_reason
    assert reason.startswith("unclosed quote") and report.examples[reason] == ["late.csv row 2"]


def test_a_quoted_cell_over_several_lines_is_kept_whole():
    data = HEADER + 'A,2025-01-01,"First paragraph, with commas, and more, still.\nSecond one.",Radio\n'
    frame, report = load("paragraphs.csv", data)
    assert (report.rows_read, report.rows_kept) == (1, 1)
    assert frame["text"].iloc[0].endswith("Second one.")


def test_a_row_with_an_extra_field_is_rejected_not_shifted():
    frame, report = load("extra.csv", HEADER + "A,2025-01-01,Hi,Radio,oops\nB,2025-01-02,Yes,TV\n")
    assert frame[["speaker", "source"]].values.tolist() == [["B", "TV"]]
    assert report.rejected_by_reason == {"expected 4 fields, found a different number": 1}


def test_a_table_wider_than_the_limit_is_refused_fast_with_the_limit_in_the_message():
    width = 100_000
    data = ",".join(f"c{i}" for i in range(width)) + "\n" + ",".join("x" for _ in range(width)) + "\n"
    assert len(data) > 600_000
    started = time.perf_counter()
    with pytest.raises(IngestError) as error:
        load("wide.csv", data)
    assert time.perf_counter() - started < 30  # minutes before the limit existed
    message = str(error.value)
    assert "wide.csv" in message and f"{width:,} columns" in message and f"{MAX_COLUMNS:,}" in message
    assert "Keep only the columns you need" in message


def test_a_cell_over_the_size_limit_rejects_its_row_with_the_limit():
    huge = "x" * (MAX_CELL_CHARS + 1)
    frame, report = load("huge.csv", HEADER + f"A,2025-01-01,{huge},R\nB,2025-01-02,Fine,R\n")
    assert frame["speaker"].tolist() == ["B"]
    [reason] = report.rejected_by_reason
    assert f"{MAX_CELL_CHARS:,} characters" in reason and report.examples[reason] == ["huge.csv row 1"]
