"""Main text of a news web page: paragraphs of the article, without navigation, captions or ads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Final

SKIPPED_TAGS: Final[frozenset[str]] = frozenset({
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "figure",
    "figcaption", "form", "button", "select", "iframe", "svg", "canvas", "object", "menu",
})
BLOCK_TAGS: Final[frozenset[str]] = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "br", "hr", "body",
})
VOID_TAGS: Final[frozenset[str]] = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
})
# class or id words that mark page furniture rather than article text
_FURNITURE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|advert\w*|sponsor\w*|promo\w*|related|share|sharing|social|"
    r"newsletter|subscribe\w*|cookie\w*|caption|credit|comments?|breadcrumbs?|sidebar|"
    r"nav\w*|menu|footer|header|paywall|outbrain|taboola)(?:$|[\s_-])",
    re.IGNORECASE,
)
_SPACE_RE: Final[re.Pattern[str]] = re.compile(r"\s+")
_META: Final[dict[str, str]] = {
    "og:title": "title", "twitter:title": "title", "article:published_time": "date",
    "date": "date", "pubdate": "date", "dc.date": "date", "og:site_name": "source",
    "og:url": "url",
}


@dataclass(frozen=True)
class PageText:
    """What is kept of a web page: paragraphs joined by blank lines, plus metadata."""

    text: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None


class _MainTextParser(HTMLParser):
    """Collect paragraphs with whether they sit inside <article> or <main>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, opened a skipped region)
        self.skip = 0
        self.article = 0
        self.main = 0
        self.chunks: list[str] = []
        self.paragraphs: list[tuple[str, bool, bool, bool]] = []  # text, article, main, is_h1
        self.in_h1 = False
        self.in_title = False
        self.doc_title: list[str] = []
        self.meta: dict[str, str] = {}

    def _flush(self) -> None:
        text = _SPACE_RE.sub(" ", "".join(self.chunks)).strip()
        if text:
            self.paragraphs.append((text, self.article > 0, self.main > 0, self.in_h1))
        self.chunks = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key in _META and values.get("content") and _META[key] not in self.meta:
                self.meta[_META[key]] = values["content"] or ""
        elif tag == "link" and (values.get("rel") or "").lower() == "canonical":
            self.meta.setdefault("url", values.get("href") or "")
        if tag in VOID_TAGS:
            if tag in BLOCK_TAGS:
                self._flush()
            return
        furniture = bool(_FURNITURE_RE.search(f"{values.get('class', '')} {values.get('id', '')}"))
        skipped = tag in SKIPPED_TAGS or furniture
        if tag in BLOCK_TAGS or skipped:
            self._flush()
        self.stack.append((tag, skipped))
        self.skip += skipped
        self.article += tag == "article"
        self.main += tag == "main"
        self.in_h1 = self.in_h1 or tag == "h1"
        self.in_title = self.in_title or tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return
        if tag in BLOCK_TAGS or tag in SKIPPED_TAGS:
            self._flush()
        while self.stack:
            open_tag, skipped = self.stack.pop()
            self.skip -= skipped
            self.article -= open_tag == "article"
            self.main -= open_tag == "main"
            if open_tag == "h1":
                self._flush()
                self.in_h1 = False
            self.in_title = self.in_title and open_tag != "title"
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.doc_title.append(data)
        elif self.skip == 0:
            self.chunks.append(data)


def html_main_text(html: str) -> PageText:
    """Extract the article paragraphs of a page; prefer <article>, then <main>, then the body."""
    parser = _MainTextParser()
    parser.feed(html)
    parser.close()
    parser._flush()
    paragraphs = parser.paragraphs
    for scope in (1, 2):
        scoped = [p for p in paragraphs if p[scope]]
        if scoped:
            paragraphs = scoped
            break
    h1 = next((p[0] for p in paragraphs if p[3]), None)
    doc_title = _SPACE_RE.sub(" ", "".join(parser.doc_title)).strip() or None
    meta = parser.meta
    return PageText(
        text="\n\n".join(p[0] for p in paragraphs),
        title=meta.get("title") or h1 or doc_title,
        date=meta.get("date"),
        source=meta.get("source"),
        url=meta.get("url") or None,
    )
