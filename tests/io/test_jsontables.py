"""JSON and JSON Lines: nesting bounded, records split only at line feeds."""

import json

import pytest

from analysis.corpus.ingest import load_corpus
from analysis.io import InputFile
from analysis.io.errors import IngestError
from analysis.io.jsontables import too_deep
from analysis.io.limits import MAX_JSON_DEPTH

D = MAX_JSON_DEPTH


@pytest.mark.parametrize(
    ("text", "deep"),
    [
        ("[" * D + "]" * D, False),
        ("[" * (D + 1) + "]" * (D + 1), True),
        ('["' + "[" * 500 + '", {"x": "]]]"}]', False),  # brackets inside a string do not nest
        ('["a\\"' + ", []" * 500 + "]", False),  # an escaped backslash ends the string
        ("[" + "[], " * 500 + "[]]", False),  # many arrays side by side are two levels
    ],
)
def test_too_deep_counts_nesting_outside_strings(text, deep):
    assert too_deep(text) is deep


def test_json_nested_a_hundred_thousand_deep_gets_a_clear_error_not_a_recursion_error():
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(IngestError, match=rf"deep\.json: the JSON is nested deeper than {MAX_JSON_DEPTH}"):
        load_corpus([InputFile("deep.json", deep.encode())])


def test_a_deep_json_line_is_refused_and_the_other_lines_kept():
    good = json.dumps({"speaker": "A", "date": "2025-01-02", "text": "Hi."})
    data = "\n".join([good, '{"speaker": ' + "[" * 5_000 + "]" * 5_000 + "}"]).encode()
    frame, report = load_corpus([InputFile("deep.jsonl", data)])
    assert len(frame) == 1
    assert report.rejected_by_reason == {f"nested deeper than {MAX_JSON_DEPTH} levels": 1}


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_json_lines_split_only_at_line_feeds(separator):
    records = [{"speaker": f"S{i}", "date": "2025-01-02", "text": f"one{separator}two {i}"} for i in range(3)]
    data = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8")
    frame, report = load_corpus([InputFile("lines.jsonl", data)])
    assert (report.rows_read, report.rows_kept) == (3, 3)
    assert frame["text"].iloc[0] == f"one{separator}two 0"
