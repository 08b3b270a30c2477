"""Sharing a view: the link in the sidebar's share box and the provenance of its exports."""

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard_apps import open_page


def _link(app) -> str:
    (code,) = app.sidebar.code
    return code.value


@pytest.mark.parametrize(
    ("page", "query", "expected"),
    [
        ("overview", {}, ""),
        ("overview", {"speakers": ["Erik Lund", "Oleg Sarin"], "ov_grain": "year"},
         "?speakers=Erik+Lund&speakers=Oleg+Sarin&ov_grain=year"),
        # a control whose default the page derives is written out (the concordance's phrase)
        ("terms", {"t_phrases": "peace treaty", "since": "2025-01-01"},
         "?t_phrases=peace+treaty&since=2025-01-01&t_kwic_phrase=peace+treaty"),
        # a page that stops early (nothing matches) still gets its share box
        ("statements", {"st_text": "zzzz-no-such-words"}, "?st_text=zzzz-no-such-words"),
    ],
)
def test_the_share_box_holds_the_link_of_the_view_on_every_page(page, query, expected):
    app = open_page(page, query=query)
    assert sorted(_link(app).lstrip("?").split("&")) == sorted(expected.lstrip("?").split("&"))


def _provenance() -> None:
    import streamlit as st

    from dashboard import sharing

    where = sharing.provenance("top-terms-1")
    st.text(where.file_name("csv"))
    st.text(sharing.provenance("aliases", filtered=False).file_name("csv"))
    st.text(str(sharing.wants_source_line()))


def test_without_a_loaded_corpus_an_export_is_named_by_its_view_alone():
    app = AppTest.from_function(_provenance).run()
    assert not app.exception, [e.value for e in app.exception]
    assert [t.value for t in app.text] == ["top-terms-1.csv", "aliases.csv", "False"]


def test_the_download_names_carry_the_sidebar_filters_and_the_source_line_option_is_off():
    app = open_page("statements", query={"speakers": ["Erik Lund"], "since": "2024-06-01"})
    toggle = next(t for t in app.sidebar.toggle if t.key != "hide_unsure")
    assert toggle.label == "Start each CSV with a source line" and toggle.value is False
    (download,) = app.get("download_button")
    assert download.proto.label == "Download CSV"
