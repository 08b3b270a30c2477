"""The structure of an article's text: a markup-blind view, readable paragraphs, sentences."""

from __future__ import annotations

import re

from analysis.extraction.articles import Article
from analysis.extraction.lexicon import ABBREVIATIONS
from analysis.extraction.patterns import (
    DATELINE_RE,
    MARKUP_RE,
    NOT_STATEMENT_LINE_RE,
    PARAGRAPH_RE,
    PARTY_LABEL_RE,
    SENTENCE_END_RE,
    TWO_APOSTROPHES_CLOSE_RE,
    TWO_APOSTROPHES_OPEN_RE,
    WORD_BEFORE_RE,
)


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group(0))


def article_view(article: Article) -> str:
    """Same-length copy of the text with markup blanked and `''` marks made curly; offsets exact."""
    view = MARKUP_RE.sub(_blank, article.text)
    # a party label after a name, "Ann Hale (D-Ore.)", would stop the name patterns
    view = PARTY_LABEL_RE.sub(_blank, view)
    if "''" not in view:
        return view
    # typewriter convention: two apostrophes stand for one double quotation mark
    view = TWO_APOSTROPHES_OPEN_RE.sub(" “", view)
    return TWO_APOSTROPHES_CLOSE_RE.sub("” ", view)


def sentences(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split view[start:end] into sentence spans, not breaking after abbreviations or initials."""
    spans, begin = [], start
    for boundary in SENTENCE_END_RE.finditer(view, start, end):
        word = WORD_BEFORE_RE.search(view, max(start, boundary.start() - 12), boundary.start() + 1)
        token = word.group(1).rstrip(".").lower() if word else ""
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        spans.append((begin, boundary.end()))
        begin = boundary.end()
    if begin < end:
        spans.append((begin, end))
    return spans


def readable_paragraphs(article: Article, view: str) -> list[tuple[int, int]]:
    """Body paragraphs worth reading (credits and bylines left out), plus a front-matter title."""
    spans = []
    if article.title_span and article.title_span[1] <= article.body_start:
        spans.append(article.title_span)
    for para in PARAGRAPH_RE.finditer(view, article.body_start):
        line = para.group(0)
        if not line.strip() or NOT_STATEMENT_LINE_RE.match(line):
            continue
        dateline = DATELINE_RE.match(line)
        spans.append((para.start() + (dateline.end() if dateline else 0), para.end()))
    return spans
