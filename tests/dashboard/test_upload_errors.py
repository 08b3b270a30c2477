"""Data page uploads that once showed a traceback: each loads or gets one sentence naming the file."""

import pytest

from tests.dashboard.views.test_data import _upload
from tests.dashboard_apps import open_page

WIDE = (",".join(f"c{i}" for i in range(100_000)) + "\n" + ",".join("x" * 5 for _ in range(100_000)))


@pytest.mark.parametrize(
    ("name", "data", "sentence"),
    [
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "deep.json: the JSON is nested deeper than 64"),
        ("wide.csv", WIDE.encode(), "wide.csv: the table has 100,000 columns; at most 1,000"),
        ("none.csv", b"speaker,date,text\nAda,someday,Hi.\n", "none.csv: none of the 1 rows could be kept"),
    ],
)
def test_an_unusable_upload_gets_one_sentence_and_no_traceback(name, data, sentence):
    app = _upload(open_page("data"), [(name, data, "application/octet-stream")])
    assert not app.exception, [e.value for e in app.exception]
    errors = [e.value.replace("\\", "") for e in app.error]  # as shown: markdown unescaped
    assert len(errors) == 1 and errors[0].startswith(f"Nothing was loaded. {sentence}")


def test_an_old_mac_csv_with_cr_line_ends_loads():
    data = b"speaker,date,text\rAda,2024-01-02,We will talk.\rBo,2024-02-03,No.\r"
    app = _upload(open_page("data"), [("mac.csv", data, "text/csv")])
    assert not app.exception, [e.value for e in app.exception]
    assert {m.label: m.value for m in app.metric}["Rows kept"] == "2"
