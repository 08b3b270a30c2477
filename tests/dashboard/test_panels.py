"""Page panels: download file names and widget keys, unique for any name in any script."""

import re

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.panels import csv_file_name, download_key

# Pairs that fold to the same ASCII file name but are different tables.
COLLIDING = [
    ("distinctive-Володимир Зеленський", "distinctive-Ірина Верещук"),
    ("distinctive-Müller", "distinctive-Mäller"),
    ("timeline-Peace", "timeline-peace"),
    ("timeline-мир", "timeline-війна"),
]


@pytest.mark.parametrize(("name", "expected"), [
    ("statements-per-month", "statements-per-month.csv"),
    ("Top terms (2)", "top-terms-2.csv"),
    ("distinctive-Володимир Зеленський", "distinctive.csv"),
    ("мир", "table.csv"),  # nothing ASCII left: still a usable name
])
def test_a_csv_file_name_is_plain_ascii(name, expected):
    assert csv_file_name(name) == expected


@pytest.mark.parametrize(("first", "second"), COLLIDING)
def test_names_that_fold_alike_get_different_keys(first, second):
    assert csv_file_name(first) == csv_file_name(second)
    assert download_key(first) != download_key(second)
    assert download_key(first) == download_key(first)  # stable across reruns
    assert download_key(first).isascii()


def _two_downloads(first: str, second: str) -> None:
    import pandas as pd

    from dashboard.panels import download_csv

    download_csv(pd.DataFrame({"a": [1]}), name=first)
    download_csv(pd.DataFrame({"a": [2]}), name=second)


@pytest.mark.parametrize(("first", "second"), COLLIDING)
def test_two_downloads_whose_names_fold_alike_render_in_one_script(first, second):
    app = AppTest.from_function(_two_downloads, args=(first, second)).run()
    assert not app.exception, [e.value for e in app.exception]
    assert len(app.download_button) == 2


@pytest.fixture
def seed_article(shared_dir, monkeypatch):
    """Serve the seed article (undated, no source) as the corpus."""
    path = shared_dir / "examples" / "peace-treaty-article.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    monkeypatch.setenv("PARLEY_CORPUS", str(path))
    return path


@pytest.mark.parametrize("page", ["overview", "terms", "sentiment", "speakers", "statements",
                                  "data"])
def test_no_cell_or_line_says_none_for_an_undated_article(seed_article, page):
    from tests.dashboard_apps import open_page

    app = open_page(page)
    lines = [str(e.value) for e in (*app.caption, *app.text, *app.markdown, *app.info,
                                    *app.metric)]
    assert not [line for line in lines if re.search(r"\bNone\b|\bNaT\b|\bnan\b", line)]
    for table in app.dataframe:
        shown = table.value.astype("string").fillna("")
        assert not shown.isin(["None", "NaT", "nan", "<NA>"]).any().any()
        if table.value.isna().any().any():  # an empty cell shows the placeholder, not "None"
            assert table.proto.placeholder == "—"
