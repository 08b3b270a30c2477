"""Statements page: the filtered statements in full, paged; hostile text stays text."""

import csv

import pytest

from analysis.corpus.ingest import load_corpus
from dashboard.corpus import SAMPLE_ALIASES, SAMPLE_STATEMENTS
from tests.dashboard_apps import figures, open_page, texts

HOSTILE = [
    "<script>alert('x')</script> we will sign",
    "<img src=x onerror=alert(1)> the ceasefire holds",
    "[click here](javascript:alert(2)) and **bold** claims",
]


def _headings(app) -> list[str]:
    """The first line of each statement card: date · speaker · source, markdown unescaped."""
    return [c.value.replace("\\", "") for c in app.caption if " · " in c.value
            and not c.value.startswith(("rows ", "Corpus: "))]


def test_renders_the_first_page_of_the_sample_newest_first_each_statement_in_full():
    app = open_page("statements")
    shown = [t.value for t in app.text]
    assert len(shown) == 50
    dates = [h.split(" · ")[0] for h in _headings(app)]
    assert len(dates) == 50 and dates == sorted(dates, reverse=True)
    frame, _ = load_corpus([SAMPLE_STATEMENTS], aliases=SAMPLE_ALIASES)
    assert set(shown) <= set(frame["text"])  # the whole text, not a cut
    links = [b.proto.url for b in app.get("link_button")]
    assert len(links) > 0 and all(u.startswith("https://example.org/") for u in links)
    assert any("of 3,000" in t for t in texts(app))


def test_no_statement_id_is_shown():
    app = open_page("statements")
    frame, _ = load_corpus([SAMPLE_STATEMENTS], aliases=SAMPLE_ALIASES)
    ids = set(frame["statement_id"].astype(str))
    rendered = [str(e.value) for e in (*app.caption, *app.text, *app.markdown)]
    assert not any(i in r for r in rendered for i in ids)
    assert not app.dataframe  # no table with an id column either


def test_the_sidebar_and_the_text_search_narrow_the_statements():
    app = open_page("statements", query={"speakers": ["Erik Lund"]})
    assert {h.split(" · ")[1] for h in _headings(app)} == {"Erik Lund"}
    app.text_input(key="st_text").set_value("ceasefire").run()
    shown = [t.value for t in app.text]
    assert len(shown) > 0
    assert all("ceasefire" in t.lower() for t in shown)


def test_a_search_with_no_match_shows_the_empty_state():
    app = open_page("statements", query={"st_text": "zzzz-no-such-words"})
    assert any("No statements with these words in this corpus" in t for t in texts(app))


@pytest.fixture
def hostile_corpus(tmp_path, monkeypatch):
    path = tmp_path / "hostile.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["speaker", "date", "text", "source", "url"])
        for number, text in enumerate(HOSTILE * 3):
            writer.writerow([f"<b>Speaker {number % 3}</b>", f"2024-0{1 + number % 3}-{10 + number}", text,
                             "=HYPERLINK(\"http://evil\")", "javascript:alert(3)"])
    monkeypatch.setenv("PARLEY_CORPUS", str(path))
    return path


@pytest.mark.parametrize("page", ["statements", "overview"])
def test_statement_text_and_names_never_reach_the_page_as_html_or_markdown(hostile_corpus, page):
    app = open_page(page)
    rendered = [str(e.value) for e in (*app.markdown, *app.caption, *app.get("html"))]
    assert not any("<script" in r or "onerror" in r or "](javascript" in r for r in rendered)
    if page == "statements":
        assert set(HOSTILE) == {t.value for t in app.text}  # shown verbatim, as text
        assert not app.get("link_button")  # a javascript: URL is never made a link
    else:
        names = {t["name"] for t in figures(app)[0]["data"]}
        assert "&lt;b&gt;Speaker 0&lt;/b&gt;" in names  # Plotly shows it literally


@pytest.fixture
def extracted_corpus(tmp_path, monkeypatch):
    path = tmp_path / "extracted.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["speaker", "date", "text", "confidence"])
        for number, confidence in enumerate(["0.95", "0.792", "", "0.63", "0.88", "0.95"]):
            writer.writerow([f"Speaker {number % 2}", f"2024-01-{10 + number}", f"Statement {number}.",
                             confidence])
    monkeypatch.setenv("PARLEY_CORPUS", str(path))
    return path


def test_low_confidence_attributions_say_needs_checking_and_the_sidebar_hides_them(extracted_corpus):
    app = open_page("statements", query={"st_order": "as loaded"})
    cards = _cards(app)
    assert [t for t, head in cards if "needs checking" in head] == ["Statement 1.", "Statement 3."]
    app.toggle(key="hide_unsure").set_value(True).run()
    assert app.query_params["hide_unsure"] == "true"
    assert [t for t, _ in _cards(app)] == ["Statement 0.", "Statement 2.", "Statement 4.",
                                          "Statement 5."]


def _cards(app):
    """(text, heading) of each statement card, in order."""
    heads = [c.value.replace("\\", "") for c in app.caption if "2024-01-" in c.value.replace("\\", "")]
    bodies = [t.value for t in app.text if t.value.startswith("Statement ")]
    assert len(heads) == len(bodies)
    return list(zip(bodies, heads, strict=True))


def test_a_link_with_hide_unsure_opens_with_the_toggle_on(extracted_corpus):
    app = open_page("overview", query={"hide_unsure": "true"})
    assert app.toggle(key="hide_unsure").value is True
    assert {m.label: m.value for m in app.metric}["Statements"] == "4"
