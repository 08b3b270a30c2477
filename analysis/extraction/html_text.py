"""Main text of a news web page and its metadata, by trafilatura (offline; nothing is fetched)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import trafilatura
from trafilatura.settings import Document

# a date in the address, as news sites file their articles: /2025/11/27/
_URL_DATE_RE: Final[re.Pattern[str]] = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>0[1-9]|1[0-2])[/-](?P<d>0[1-9]|[12]\d|3[01])(?:/|$|[-_])"
)
_SPACE_RE: Final[re.Pattern[str]] = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class PageText:
    """What is kept of a web page: paragraphs joined by blank lines, plus metadata."""

    text: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    author: str | None = None


def date_in_url(url: str | None) -> str | None:
    """The publication date filed in a page's address (`/2025/11/27/`), as YYYY-MM-DD."""
    found = _URL_DATE_RE.search(url or "")
    return f"{found['y']}-{found['m']}-{found['d']}" if found else None


def _paragraphs(text: str, title: str | None) -> str:
    """One paragraph per line of trafilatura's text, blank lines between; the title leads."""
    lines = [_SPACE_RE.sub(" ", line).strip() for line in text.splitlines()]
    paragraphs = [line for line in lines if line]
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def html_main_text(html: str) -> PageText:
    """Extract a page's article text (no menus, banners, captions, comments) and metadata."""
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, favor_precision=True, deduplicate=False, fast=True,
    )
    if not isinstance(doc, Document) or not (doc.text or "").strip():
        return PageText("", None, None, None, None)
    title = _SPACE_RE.sub(" ", doc.title).strip() if doc.title else None
    url = doc.url or None
    return PageText(
        text=_paragraphs(doc.text or "", title),
        title=title,
        date=doc.date or date_in_url(url),
        source=doc.sitename or None,
        url=url,
        author=doc.author or None,
    )
