"""The per-run view: what the index says about its cache reaches the person looking at it."""

from __future__ import annotations

import errno

import streamlit as st

from analysis.io import cachedir
from dashboard import corpus
from tests.dashboard_apps import open_page


def test_an_index_cache_that_cannot_be_written_is_said_in_the_sidebar(tmp_path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(corpus, "INDEX_CACHE", tmp_path / "index")
    monkeypatch.setattr(cachedir, "write_entry", read_only)
    st.cache_resource.clear()  # the shared index of the sample must be built in this test
    try:
        app = open_page("terms", query={"query": "peace treaty"})
    finally:
        st.cache_resource.clear()
    warnings = [w.value for w in app.sidebar.warning]
    assert any("could not be written (Read-only file system)" in w for w in warnings), warnings
    assert not any(str(tmp_path) in w for w in warnings)
    assert app.get("plotly_chart"), "the page still draws its charts from the in-memory index"
