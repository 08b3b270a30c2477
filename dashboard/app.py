"""Parley's entrypoint: load the session's corpus, draw the sidebar filters, run the chosen page."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    from streamlit.navigation.page import StreamlitPage

    from dashboard.corpus import LoadedCorpus

_VIEWS = Path(__file__).resolve().parent / "views"
# A file, not an emoji: Streamlit turns an emoji icon into an image fetched from a CDN.
ICON = Path(__file__).resolve().parent / "assets" / "icon.png"
INDEXED_PAGES = frozenset({"terms", "sentiment", "speakers"})  # their analyses read the index
PAGES = (
    ("overview.py", "Overview", ":material/dashboard:"),
    ("terms.py", "Terms", ":material/text_fields:"),
    ("sentiment.py", "Sentiment", ":material/mood:"),
    ("speakers.py", "Speakers", ":material/groups:"),
    ("statements.py", "Statements", ":material/table_rows:"),
    ("data.py", "Data", ":material/database:"),
)


def main() -> None:
    """Say that Parley is starting, then build the pages, corpus and filters and run the page."""
    st.set_page_config(page_title="Parley", page_icon=str(ICON), layout="wide")
    starting = st.empty()
    if "dashboard.corpus" not in sys.modules:
        # The first run of a server imports NLTK and every analysis, seconds on a busy machine:
        # the page says so instead of staying blank. Later runs find the modules loaded.
        starting.info("Starting Parley: loading its text tools and the corpus…",
                      icon=":material/hourglass_top:")
    from analysis.io.errors import IngestError
    from dashboard import article_dates, corpus, events, url_filters
    from dashboard.escaping import markdown_text

    url_filters.remember_first_url()  # before the page menu exists, so no switch interrupts it
    events.remember_first_url()
    pages = [
        st.Page(_VIEWS / file, title=title, icon=icon, url_path=file.removesuffix(".py"),
                default=(number == 0))
        for number, (file, title, icon) in enumerate(PAGES)
    ]
    current = st.navigation(pages, position="top")
    try:
        loaded = article_dates.dated(corpus.active_corpus())
    except (IngestError, OSError) as error:
        starting.empty()
        st.error(f"The corpus could not be loaded: {markdown_text(str(error))}")
        if current.title != "Data":
            st.info("Open the Data page to choose or upload another corpus.")
            st.stop()
        st.session_state.pop("parley.view", None)
        current.run()
        return
    starting.empty()
    _run(current, loaded)


def _run(current: StreamlitPage, loaded: LoadedCorpus) -> None:
    """Draw the sidebar filters and the share box around the current page."""
    from dashboard import events, sharing, sidebar, view

    where = sidebar.sidebar_filter(loaded)
    events.show_problems()
    shown = view.View(loaded, where, page=current.url_path or "overview")
    view.publish(shown)
    sidebar.corpus_caption(shown)
    share = st.sidebar.container()
    if shown.page in INDEXED_PAGES:
        shown.build_index()
    current.run()
    # After the page: a page widget's value reaches the server only once the page draws it.
    with share:
        sharing.share_box(shown.page)


main()
