"""Fuzzing the loaders: any bytes give a balanced report or an IngestError naming the file."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.corpus.ingest import load_corpus
from analysis.io import InputFile
from analysis.io.errors import IngestError

# A fixed budget keeps the run bounded on a busy 2-core machine; derandomize keeps it repeatable.
FUZZ = settings(
    max_examples=150, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SUFFIXES = (".csv", ".tsv", ".json", ".jsonl", ".xlsx", ".parquet", ".csv.gz", ".jsonl.bz2", ".txt",
            ".md", ".html", ".zip")
LINE_ENDS = ("\n", "\r\n", "\r")
COLUMNS = ("speaker", "date", "text", "source", "title", "url", "notes", "", "speaker", '"q"')
# Characters that break naive parsers: quotes, delimiters, line and paragraph separators, NUL.
AWKWARD = st.sampled_from(['"', "'", ",", ";", "\t", "|", "\n", "\r", "\u2028", "\u2029", "\u0085",
                           "\x00", "\ufeff", "[", "{", "\\", ":", " "])
CELL = st.lists(st.one_of(AWKWARD, st.text(max_size=6), st.sampled_from(
    ["2025-01-02", "1789", "27.11.2025", "Nov 27, 2025", "1700000000", "Anna Berg", "peace"])),
    max_size=6).map("".join)


def assert_balanced_or_clear_error(name: str, data: bytes) -> None:
    """The property every loader keeps."""
    try:
        frame, report = load_corpus([InputFile(name, data)])
    except IngestError as error:
        assert name in str(error), str(error)
        return
    assert report.rows_read == report.rows_kept + report.rows_rejected
    assert len(frame) == report.rows_kept > 0


def _pack(name: str, payload: bytes) -> bytes:
    """Compress or zip a payload the way its name says."""
    if name.endswith(".gz"):
        return gzip.compress(payload)
    if name.endswith(".bz2"):
        return bz2.compress(payload)
    if name.endswith(".zip"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("inner.csv", payload)
        return buffer.getvalue()
    return payload


@FUZZ
@given(suffix=st.sampled_from(SUFFIXES), payload=st.binary(max_size=3_000))
def test_random_bytes_under_any_name(suffix, payload):
    name = f"fuzz{suffix}"
    assert_balanced_or_clear_error(name, _pack(name, payload))


@FUZZ
@given(
    header=st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=8),
    rows=st.lists(st.lists(CELL, max_size=9), max_size=12),
    end=st.sampled_from(LINE_ENDS),
    delimiter=st.sampled_from([",", ";", "\t"]),
    quote_all=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251"]),
    suffix=st.sampled_from([".csv", ".tsv", ".csv.gz"]),
)
def test_delimited_text_with_any_quoting_widths_and_line_ends(
    header, rows, end, delimiter, quote_all, encoding, suffix
):
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if quote_all else value

    lines = [delimiter.join(cell(c) for c in row) for row in [header, *rows]]
    payload = end.join(lines).encode(encoding, errors="replace")
    name = f"fuzz{suffix}"
    assert_balanced_or_clear_error(name, _pack(name, payload))


JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | CELL,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(COLUMNS), inner, max_size=4),
    max_leaves=12,
)
RECORD = st.dictionaries(st.sampled_from(COLUMNS), JSON_VALUE, max_size=6)


@FUZZ
@given(
    records=st.lists(st.one_of(RECORD, JSON_VALUE), max_size=10),
    depth=st.sampled_from([0, 0, 3, 70, 5_000]),
    lines=st.booleans(),
    end=st.sampled_from(["\n", "\r\n"]),
)
def test_json_and_json_lines_with_any_nesting(records, depth, lines, end):
    items = [json.dumps(r, ensure_ascii=False) for r in records]
    if depth:
        items.append("[" * depth + "]" * depth)
    if lines:
        assert_balanced_or_clear_error("fuzz.jsonl", end.join(items).encode())
    else:
        assert_balanced_or_clear_error("fuzz.json", ("[" + ",".join(items) + "]").encode())
