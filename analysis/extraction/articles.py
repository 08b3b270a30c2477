"""Read one news article (.txt, .md, .html) into its text and metadata, keeping offsets exact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Final, Literal

from analysis.extraction.html_text import date_in_url, html_main_text
from analysis.extraction.language import READ_LANGUAGES, ArticleLanguage
from analysis.io.encoding import decode_bytes
from analysis.io.errors import IngestError

ArticleKind = Literal["text", "markdown", "html"]
ARTICLE_SUFFIXES: Final[dict[str, ArticleKind]] = {
    ".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
}
FRONT_MATTER_KEYS: Final[dict[str, str]] = {
    "title": "title", "headline": "title", "date": "date", "published": "date",
    "source": "source", "outlet": "source", "publisher": "source", "url": "url", "link": "url",
    "author": "author", "byline": "author", "language": "language", "lang": "language",
}
_FRONT_MATTER_RE: Final[re.Pattern[str]] = re.compile(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)^(?P=fence)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL | re.MULTILINE,
)
_FIELD_RE: Final[re.Pattern[str]] = re.compile(
    r"^[ \t]*(?P<key>[A-Za-z_]+)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*\r?$", re.MULTILINE
)
_MD_HEADING_RE: Final[re.Pattern[str]] = re.compile(r"^#[ \t]+(?P<title>\S[^\n]*?)[ \t]*\r?$", re.M)
_FIRST_LINE_RE: Final[re.Pattern[str]] = re.compile(r"\A\s*(?P<line>[^\n]+?)[ \t]*\r?\n[ \t]*\r?\n")
_CREDIT_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?:photo|image|picture|фото|фото\s*:|credit|by)\b", re.IGNORECASE
)


class ArticleError(IngestError):
    """An article file cannot be read."""


@dataclass(frozen=True)
class Article:
    """One article: `text` is the file as read (HTML: the extracted main text), with metadata.

    `body_start` is where the article body begins in `text` (after any front matter);
    `title_span` locates the title inside `text` when it is part of it.
    """

    name: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    kind: ArticleKind = "text"
    body_start: int = 0
    title_span: tuple[int, int] | None = None
    encoding: str = "utf-8"
    author: str | None = None
    language: ArticleLanguage | None = None


def is_article_name(name: str) -> bool:
    """Say whether a file name has an article suffix (.txt, .md, .html, .htm)."""
    return PurePath(name).suffix.lower() in ARTICLE_SUFFIXES


def decode_article(name: str, data: bytes) -> tuple[str, str]:
    """Decode an article's bytes with the loaders' encoding detection; unusable bytes raise."""
    try:
        decoded = decode_bytes(data, name=name)
    except IngestError as exc:
        raise ArticleError(str(exc)) from exc
    return decoded.text, decoded.encoding


def _front_matter(text: str) -> tuple[dict[str, str], dict[str, tuple[int, int]], int]:
    """Return front-matter fields, their spans in `text`, and where the body starts."""
    match = _FRONT_MATTER_RE.match(text)
    if match is None:
        return {}, {}, 0
    fields: dict[str, str] = {}
    spans: dict[str, tuple[int, int]] = {}
    offset = match.start("body")
    for field in _FIELD_RE.finditer(match.group("body")):
        key = FRONT_MATTER_KEYS.get(field.group("key").lower())
        value = field.group("value")
        if key is None or key in fields or not value:
            continue
        start, end = offset + field.start("value"), offset + field.end("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value, start, end = value[1:-1], start + 1, end - 1
        fields[key], spans[key] = value, (start, end)
    return fields, spans, match.end()


def _text_title(text: str, body_start: int, kind: ArticleKind) -> tuple[str, tuple[int, int]] | None:
    """Find a headline in the body: a markdown `#` heading, or a short first line alone."""
    if kind == "markdown" and (md := _MD_HEADING_RE.search(text, body_start)):
        return md.group("title"), md.span("title")
    first = _FIRST_LINE_RE.match(text, body_start)
    if first is None:
        return None
    line = first.group("line").strip()
    if len(line) > 160 or line.endswith(".") or _CREDIT_RE.match(line):
        return None
    start = first.start("line") + (len(first.group("line")) - len(first.group("line").lstrip()))
    return line, (start, start + len(line))


def read_article(name: str, data: bytes) -> Article:
    """Read one article file's bytes into an Article; raise ArticleError if it is unusable."""
    suffix = PurePath(name).suffix.lower()
    kind = ARTICLE_SUFFIXES.get(suffix)
    if kind is None:
        raise ArticleError(f"{name}: not an article; expected one of {sorted(ARTICLE_SUFFIXES)}")
    raw, encoding = decode_article(name, data)
    if kind == "html":
        page = html_main_text(raw)
        if not page.text.strip():
            raise ArticleError(f"{name}: no article text found in the HTML page")
        span = None
        if page.title and (at := page.text.find(page.title)) >= 0:
            span = (at, at + len(page.title))
        return Article(
            name, page.text, page.title, page.date, page.source, page.url, "html",
            0, span, encoding, page.author,
        )
    if not raw.strip():
        raise ArticleError(f"{name}: the article is empty")
    fields, spans, body_start = _front_matter(raw)
    title, title_span = fields.get("title"), spans.get("title")
    if title is None and (found := _text_title(raw, body_start, kind)):
        title, title_span = found
    # without a date field, a news address often files the article by day: /2025/11/27/
    date = fields.get("date") or date_in_url(fields.get("url")) or date_in_url(fields.get("source"))
    return Article(
        name, raw, title, date, fields.get("source"), fields.get("url"), kind,
        body_start, title_span, encoding, fields.get("author"), _language(name, fields),
    )


def _language(name: str, fields: dict[str, str]) -> ArticleLanguage | None:
    """The language the front matter gives, checked against the ones the extractor reads."""
    given = fields.get("language")
    if given is None:
        return None
    code = given.strip().lower()
    for language in READ_LANGUAGES:
        if code == language:
            return language
    raise ArticleError(
        f"{name}: front matter language {given!r} is not one of {', '.join(READ_LANGUAGES)}; "
        "fix it or remove the line to have the language detected"
    )
