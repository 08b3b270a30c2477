"""Quotation marks in Russian and Ukrainian text: «ёлочки» and „лапки“, nested either way."""

from __future__ import annotations

import re
from typing import Final

from analysis.extraction.marks import Quote

_MARK_RE: Final[re.Pattern[str]] = re.compile(r"[«»„“”\"]")
_BEFORE_OPEN: Final[str] = "([{—–-/:"
# A closing mark that pairs with each opener; „ closes with “ in these languages, or with ”.
_CLOSES: Final[dict[str, str]] = {"«": "»", "„": "“”", "“": "”", '"': '"'}


def _straight_opens(text: str, pos: int, stack: list[tuple[str, int]]) -> bool:
    """A straight mark opens after a space or dash, closes otherwise or when one is open."""
    if stack and stack[-1][0] == '"':
        return False
    prev = text[pos - 1] if pos else " "
    return prev.isspace() or prev in _BEFORE_OPEN or '"' not in {c for c, _ in stack}


def _closer_index(stack: list[tuple[str, int]], mark: str) -> int:
    """Index in the stack of the opener this mark closes, innermost first; -1 if none."""
    for i in range(len(stack) - 1, -1, -1):
        if mark in _CLOSES[stack[i][0]]:
            return i
    return -1


def _opens(text: str, pos: int, stack: list[tuple[str, int]]) -> bool:
    mark = text[pos]
    if mark in "«„":
        return True
    if mark == "“":
        return _closer_index(stack, mark) < 0  # „...“ closes; English-style “ opens
    if mark == '"':
        return _straight_opens(text, pos, stack)
    return False


def pair_slavic_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Outermost quotes of each line of text[start:end]; an unclosed opener is dropped."""
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []
    line_end = text.find("\n", start)
    for found in _MARK_RE.finditer(text, start, end):
        pos = found.start()
        if line_end != -1 and pos > line_end:
            stack = []  # quotes in this style close within their paragraph
            line_end = text.find("\n", pos)
        if _opens(text, pos, stack):
            stack.append((text[pos], pos))
            continue
        i = _closer_index(stack, text[pos])
        if i < 0:
            continue
        opened = stack[i][1]
        del stack[i:]
        if not stack:
            quotes.append(Quote(opened, pos))
    return quotes
