import codecs

import pytest

from analysis.extraction.articles import ArticleError, is_article_name, read_article

FRONT = """---
title: "Talks resume in Lorin"
date: 2025-03-02
source: Wire Service International
url: https://example.org/talks
---
"We are ready to sign," Anton Marek said on Sunday.
"""

PAGE = """<html><head><title>Dam talks | The Meridian</title>
<meta property="og:title" content="Dam talks stall">
<meta property="article:published_time" content="2026-07-02T08:15:00Z">
<meta property="og:site_name" content="The Meridian">
<link rel="canonical" href="https://meridian.example/dam">
<script>var quote = "“never,” said the script";</script></head>
<body><nav><a href="/">“Home,” we said</a></nav>
<article><h1>Dam talks stall</h1>
<figure><img src="a.jpg"><figcaption>“Low water,” a farmer said. Photo: Meridian</figcaption></figure>
<p>The talks stalled on Friday.</p>
<div class="ad-slot">Advertisement: “unlimited” access</div>
<p>“We will return,” said Ana Berg &amp; her team.</p>
</article><aside class="related"><p>“Heatwave” warnings</p></aside>
<footer>© The Meridian</footer></body></html>"""


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
        "Dam talks stall\n\nThe talks stalled on Friday.\n\n“We will return,” said Ana Berg & her team."
    )
    assert (article.title, article.date, article.source, article.url) == (
        "Dam talks stall", "2026-07-02T08:15:00Z", "The Meridian", "https://meridian.example/dam",
    )
    assert article.text[slice(*article.title_span)] == "Dam talks stall"


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
