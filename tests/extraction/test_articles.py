import codecs
import socket

import pytest

from analysis.extraction.articles import ArticleError, is_article_name, read_article
from analysis.extraction.html_text import date_in_url
from analysis.extraction.quotes import extract_statements

FRONT = """---
title: "Talks resume in Lorin"
date: 2025-03-02
source: Wire Service International
url: https://example.org/talks
---
"We are ready to sign," Anton Marek said on Sunday.
"""

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Dam talks stall | The Meridian</title>
<meta property="og:title" content="Dam talks stall">
<meta property="article:published_time" content="2026-07-02T08:15:00Z">
<meta property="og:site_name" content="The Meridian">
<meta name="author" content="Jana Hollis">
<link rel="canonical" href="https://meridian.example/dam">
<script>var quote = "“never,” said the script";</script></head>
<body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.
By clicking “Accept all” you agree to our use of cookies.</p><button>Accept all</button></div>
<nav class="site-nav"><ul><li><a href="/">“Home,” we said</a></li><li><a href="/world">World</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav>
<main><article>
<h1>Dam talks stall</h1>
<p class="byline">By Jana Hollis</p>
<figure><img src="a.jpg" alt="Dry reservoir">
<figcaption>“Low water,” a farmer said. Photo: Meridian</figcaption></figure>
<p>The talks on the Kelvas dam stalled on Friday after both delegations left the hall early.</p>
<div class="ad-slot">Advertisement: “unlimited” access for one euro</div>
<p>“We will return when the other side is ready to listen,” said Ana Berg, who leads the delegation.</p>
<div class="newsletter-signup"><p>Get the morning briefing in your inbox. Sign up now.</p></div>
<p>Her counterpart said the talks would resume after the summer holidays.</p>
</article>
<aside class="related"><h2>Related</h2>
<ul><li><a href="/h">“Heatwave” warnings issued across the region</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment">
<p>“Nonsense,” wrote a reader who calls himself Tom. This dam will never be built.</p></div>
</section></main>
<footer><p>© 2026 The Meridian. All rights reserved.</p></footer>
</body></html>"""
URL_DATED_PAGE = """<html><head><title>Ferry route cut</title>
<link rel="canonical" href="https://harbour.example/news/2025/11/27/ferry-route-cut"></head>
<body><article><h1>Ferry route cut</h1>
<p>The ferry company has cut its northern route between the two towns for the winter months.</p>
<p>“We cannot run empty boats,” the company’s director Erik Sand said on Thursday.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.txt", True), ("b.MD", True), ("c.html", True), ("d.htm", True), ("e.csv", False),
     ("f.json", False), ("1789-Washington.txt", True)],
)
def test_is_article_name_knows_the_article_suffixes(name, expected):
    assert is_article_name(name) is expected


def test_front_matter_gives_metadata_and_offsets_stay_in_the_file_as_read():
    article = read_article("talks.md", FRONT.encode())
    assert (article.title, article.date, article.source, article.url) == (
        "Talks resume in Lorin", "2025-03-02", "Wire Service International",
        "https://example.org/talks",
    )
    assert article.text == FRONT
    assert FRONT[article.body_start :].startswith('"We are ready')
    assert article.text[slice(*article.title_span)] == "Talks resume in Lorin"


def test_a_bom_is_dropped_and_offsets_count_characters_of_the_decoded_text():
    data = codecs.BOM_UTF8 + "Фото: пресс-служба\n“Да,” сказал он.".encode()
    article = read_article("ru.txt", data)
    assert article.text.startswith("Фото")
    assert article.encoding == "utf-8-sig"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [("“Café,” she said.".encode("cp1252"), "cp1252"),
     ("Quote: café".encode("utf-16"), "utf-16"),
     (b"caf\xe9 \x81", "latin-1")],
)
def test_non_utf8_articles_fall_back_to_a_sensible_decoding(data, encoding):
    article = read_article("old.txt", data)
    assert article.encoding == encoding
    assert "caf" in article.text.lower()


def test_html_keeps_the_article_paragraphs_and_drops_page_furniture():
    article = read_article("page.html", PAGE.encode())
    assert article.kind == "html"
    assert article.text == (
        "Dam talks stall\n\n"
        "The talks on the Kelvas dam stalled on Friday after both delegations left the hall early.\n\n"
        "“We will return when the other side is ready to listen,” said Ana Berg, who leads the "
        "delegation.\n\nHer counterpart said the talks would resume after the summer holidays."
    )
    assert article.text[slice(*article.title_span)] == "Dam talks stall"


def test_html_metadata_gives_title_date_site_author_and_address():
    article = read_article("page.html", PAGE.encode())
    assert (article.title, article.date, article.source, article.author, article.url) == (
        "Dam talks stall", "2026-07-02", "The Meridian", "Jana Hollis",
        "https://meridian.example/dam",
    )


def test_a_page_without_a_date_in_its_metadata_is_dated_by_its_address():
    article = read_article("ferry.html", URL_DATED_PAGE.encode())
    assert article.date == "2025-11-27"


@pytest.mark.parametrize(("front", "date"), [
    ("url: https://news.example/2025/11/27/csto-summit\n", "2025-11-27"),
    ("source: https://news.example/world/2025/11/28/plan\n", "2025-11-28"),
    ("date: 2025-11-01\nurl: https://news.example/2025/11/27/a\n", "2025-11-01"),  # its own date wins
    ("url: https://news.example/world/plan\n", None),
])
def test_a_text_article_without_a_date_is_dated_by_the_address_it_names(front, date):
    text = f"---\n{front}---\n\u201cWe are ready,\u201d Anton Marek said.\n"
    assert read_article("story.md", text.encode()).date == date


@pytest.mark.parametrize(
    ("url", "date"),
    [("https://x.example/2025/11/27/story", "2025-11-27"), ("https://x.example/2024-02-09-a", "2024-02-09"),
     ("https://x.example/story-2025", None), ("https://x.example/2025/13/01/a", None), (None, None)],
)
def test_date_in_url_reads_year_month_day_paths_only(url, date):
    assert date_in_url(url) == date


def test_html_statements_have_offsets_into_the_text_parley_shows():
    article = read_article("page.html", PAGE.encode())
    frame = extract_statements(article)
    quote = frame[frame["attribution"] == "direct"].iloc[0]
    assert quote["speaker"] == "Ana Berg"
    assert article.text[quote["start"] : quote["end"]] == quote["text"]
    assert quote["date"] == "2026-07-02"


def test_reading_a_page_opens_no_network_connection(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was opened")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert read_article("page.html", PAGE.encode()).title == "Dam talks stall"


def test_a_plain_text_headline_line_becomes_the_title():
    article = read_article("h.txt", "“We will not retreat,” says Velkova\n\nBody text here.\n".encode())
    assert article.title == "“We will not retreat,” says Velkova"
    assert article.title_span == (0, len(article.title))


def test_a_photo_credit_first_line_is_not_taken_for_a_title():
    assert read_article("p.txt", b"Photo: press office\n\nBody.\n").title is None


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("a.txt", b"   \n", "empty"), ("b.html", b"<html><nav>menu</nav></html>", "no article text"),
     ("c.pdf", b"%PDF", "not an article"), ("d.txt", b"\x00\x01\x02binary", "binary")],
)
def test_unusable_articles_raise_an_error_naming_the_file(name, data, message):
    with pytest.raises(ArticleError, match=f"{name}.*{message}"):
        read_article(name, data)


@pytest.mark.parametrize(("line", "expected"), [("language: ru", "ru"), ("lang: UK", "uk"), ("", None)])
def test_front_matter_may_give_the_article_language(line, expected):
    data = f"---\ntitle: T\n{line}\n---\nТекст статьи.\n".encode()
    assert read_article("a.md", data).language == expected


def test_an_unknown_front_matter_language_is_refused_naming_the_file_and_the_choices():
    with pytest.raises(ArticleError, match=r"a\.md: front matter language 'fr' is not one of en, ru, uk;"):
        read_article("a.md", b"---\nlanguage: fr\n---\nTexte.\n")
