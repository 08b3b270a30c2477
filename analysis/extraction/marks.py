"""Pair quotation marks into quotes, across paragraphs and around nested quotes."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final, Literal

from analysis.extraction.patterns import DOUBLE_MARK_RE, SINGLE_MARK_RE

MarkKind = Literal["open", "close"]
MAX_QUOTE_PARAGRAPHS: Final[int] = 8
_OPENERS: Final[frozenset[str]] = frozenset("“«„‘")
_CLOSERS: Final[frozenset[str]] = frozenset("”»’")
_BEFORE_OPEN: Final[str] = "([{—–-/:"
_AFTER_CLOSE: Final[str] = ".,;:!?)]}—–-…"
_NEWLINE_RE: Final[re.Pattern[str]] = re.compile(r"\n")


@dataclass(frozen=True)
class Quote:
    """A paired quote: positions of its opening and closing marks, and of reopening marks."""

    open: int
    close: int
    reopens: tuple[int, ...] = ()


class Paragraphs:
    """Paragraph (line) lookup by character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in _NEWLINE_RE.finditer(text)]

    def index(self, pos: int) -> int:
        return bisect_right(self.breaks, pos - 1) if pos else 0

    def start(self, pos: int) -> int:
        i = self.index(pos)
        return self.breaks[i - 1] + 1 if i else 0

    def end(self, pos: int) -> int:
        i = self.index(pos)
        return self.breaks[i] if i < len(self.breaks) else len(self.text)


def _kind(text: str, pos: int, inside: bool) -> MarkKind:
    """Decide whether a mark opens or closes; straight marks are judged by their neighbours."""
    mark = text[pos]
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    prev = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    opens = prev.isspace() or prev in _BEFORE_OPEN
    closes = after.isspace() or after in _AFTER_CLOSE
    if opens != closes:
        return "open" if opens else "close"
    return "close" if inside else "open"


def _plain_between(text: str, paragraphs: Paragraphs, first: int, last: int) -> bool:
    """Say whether a non-empty paragraph between two lies outside the reopening convention."""
    for index in range(first + 1, last):
        start = paragraphs.breaks[index - 1] + 1
        end = paragraphs.breaks[index] if index < len(paragraphs.breaks) else len(text)
        if text[start:end].strip():
            return True
    return False


def pair_quotes(
    text: str, start: int, end: int, *, paragraphs: Paragraphs, single: bool = False
) -> list[Quote]:
    """Pair the marks in text[start:end]; an opener never closed is dropped, not stretched."""
    pattern = SINGLE_MARK_RE if single else DOUBLE_MARK_RE
    marks = [m.start() for m in pattern.finditer(text, start, end)]
    quotes: list[Quote] = []
    i = 0
    while i < len(marks):
        opened = marks[i]
        if _kind(text, opened, False) != "open":
            i += 1
            continue
        first_para = last_para = paragraphs.index(opened)
        depth, reopens, j, closed = 0, [], i + 1, False
        while j < len(marks):
            pos = marks[j]
            kind = _kind(text, pos, True)
            para = paragraphs.index(pos)
            if para != last_para:
                depth = 0
                if para - first_para > MAX_QUOTE_PARAGRAPHS:
                    break
                at_start = not text[paragraphs.start(pos) : pos].strip(" \t*>_")
                if kind == "open" and (not at_start or _plain_between(text, paragraphs, last_para, para)):
                    break  # a fresh quote begins: the earlier one was never closed
                last_para = para
                if kind == "open":
                    reopens.append(pos)
                    j += 1
                    continue
            if kind == "open":
                depth += 1
            elif depth:
                depth -= 1
            else:
                quotes.append(Quote(opened, pos, tuple(reopens)))
                closed = True
                break
            j += 1
        # an unclosed opener is dropped and pairing resumes at the next mark
        i = j + 1 if closed else i + 1
    return quotes
