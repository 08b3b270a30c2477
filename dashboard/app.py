"""Parley's entrypoint: load the session's corpus, draw the sidebar filters, run the chosen page."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from analysis.io.errors import IngestError
from dashboard import corpus, sharing, sidebar, url_filters, view
from dashboard.escaping import markdown_text

_VIEWS = Path(__file__).resolve().parent / "views"
PAGES = (
    ("overview.py", "Overview", ":material/dashboard:"),
    ("terms.py", "Terms", ":material/text_fields:"),
    ("sentiment.py", "Sentiment", ":material/mood:"),
    ("speakers.py", "Speakers", ":material/groups:"),
    ("statements.py", "Statements", ":material/table_rows:"),
    ("data.py", "Data", ":material/database:"),
)


def main() -> None:
    """Build the page list, the corpus and the filters, then run the current page."""
    url_filters.remember_first_url()  # before anything a page switch could interrupt
    st.set_page_config(page_title="Parley", page_icon="💬", layout="wide")
    pages = [
        st.Page(_VIEWS / file, title=title, icon=icon, url_path=file.removesuffix(".py"),
                default=(number == 0))
        for number, (file, title, icon) in enumerate(PAGES)
    ]
    current = st.navigation(pages, position="top")
    try:
        loaded = corpus.active_corpus()
    except (IngestError, OSError) as error:
        st.error(f"The corpus could not be loaded: {markdown_text(str(error))}")
        if current.title != "Data":
            st.info("Open the Data page to choose or upload another corpus.")
            st.stop()
        st.session_state.pop("parley.view", None)
        current.run()
        return
    where = sidebar.sidebar_filter(loaded)
    st.sidebar.caption(f"Corpus: {markdown_text(loaded.label)} · {len(loaded.frame):,} statements")
    shown = view.View(loaded, where, page=current.url_path or "overview")
    view.publish(shown)
    share = st.sidebar.container()
    current.run()
    # After the page: a page widget's value reaches the server only once the page draws it.
    with share:
        sharing.share_box(shown.page)


main()
