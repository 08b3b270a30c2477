"""Parley's entrypoint: load the session's corpus, draw the sidebar filters, run the chosen page."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from analysis.io.errors import IngestError
from dashboard import article_dates, corpus, events, sidebar, url_filters, view
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
    events.remember_first_url()
    st.set_page_config(page_title="Parley", page_icon="💬", layout="wide")
    pages = [
        st.Page(_VIEWS / file, title=title, icon=icon, url_path=file.removesuffix(".py"),
                default=(number == 0))
        for number, (file, title, icon) in enumerate(PAGES)
    ]
    current = st.navigation(pages, position="top")
    try:
        loaded = article_dates.dated(corpus.active_corpus())
    except (IngestError, OSError) as error:
        st.error(f"The corpus could not be loaded: {markdown_text(str(error))}")
        if current.title != "Data":
            st.info("Open the Data page to choose or upload another corpus.")
            st.stop()
        st.session_state.pop("parley.view", None)
        current.run()
        return
    where = sidebar.sidebar_filter(loaded)
    events.show_problems()
    st.sidebar.caption(f"Corpus: {markdown_text(loaded.label)} · {len(loaded.frame):,} statements")
    view.publish(view.View(loaded, where))
    current.run()


main()
