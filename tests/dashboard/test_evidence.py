"""Evidence for article statements: the quote inside its article, sliced by offsets, as text."""

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.evidence import evidence_parts


@pytest.mark.parametrize(
    ("start", "end", "context", "expected"),
    [
        (4, 9, 2, ("…b ", "quote", " c…")),
        (0, 3, 10, ("", "a b", " quote c d")),
        (12, 40, 3, ("… c ", "d", "")),  # an end past the text is clamped
    ],
)
def test_the_article_is_split_around_the_quote_offsets(start, end, context, expected):
    assert evidence_parts("a b quote c d", start, end, context=context) == expected


def _render(row: dict, articles: dict) -> AppTest:
    def page(row, articles):
        import pandas as pd

        from dashboard.evidence import show_evidence

        show_evidence(pd.Series(row), articles)

    return AppTest.from_function(page, args=(row, articles)).run()


def test_the_quote_is_highlighted_and_the_article_markup_stays_text():
    article = 'Intro <script>alert(1)</script> [x](javascript:y). "We will sign," she said.'
    start = article.index("We will")
    row = {"article": "a.html", "start": start, "end": start + 13, "cue": "said"}
    app = _render(row, {"a.html": article})
    assert not app.exception
    shown = app.markdown[0].value
    assert ":orange-background[We will sign\\,]" not in shown  # commas are not escaped
    assert ":orange-background[We will sign,]" in shown
    assert "<script>" not in shown and "\\<script\\>" in shown
    assert "](javascript" not in shown
    assert "cue: said" in app.caption[0].value


def test_a_statement_without_offsets_shows_no_evidence():
    app = _render({"article": "", "start": pd.NA, "end": pd.NA}, {})
    assert not app.markdown and not app.caption


def test_an_upload_keeps_the_article_text_the_loader_read_for_the_evidence_view():
    def page():
        import streamlit as st

        from analysis.io import InputFile
        from dashboard import corpus

        article = '"We are ready to sign," Anton Marek said on Sunday.\n'
        loaded = corpus.load_upload([InputFile("talks.txt", article.encode())], aliases=None)
        st.text(str(loaded.extras["articles"] == {"talks.txt": article}))
        st.text(str(len(loaded.frame)))

    app = AppTest.from_function(page).run()
    assert not app.exception, [e.value for e in app.exception]
    assert [t.value for t in app.text] == ["True", "1"]
