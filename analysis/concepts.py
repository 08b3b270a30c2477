"""Concepts: a named set of word and phrase patterns, in any language, counted as one term.

A pattern is a word or a phrase of 1 to 5 words, case-insensitive. A word holding `*` is a
glob within the word (`санкци*` is every term starting with "санкци"), expanded against the
index's term dictionary; every other pattern is matched by the engine's phrase search, so a
concept finds what a phrase search for each of its patterns finds.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from analysis.engine import phrases
from analysis.io.encoding import decode_bytes
from analysis.text import tokens

GLOB: Final = "*"
COLUMNS: Final = ("concept", "pattern")
_SEPARATORS: Final = re.compile(r"[,;=]")


@dataclass(frozen=True)
class Concept:
    """A name and the patterns (words or phrases, globs allowed) that stand for it."""

    name: str
    patterns: tuple[str, ...]


def pattern_words(pattern: str) -> tuple[str, ...]:
    """The folded words of a pattern (globs kept as written, folded), or ValueError."""
    if GLOB not in pattern:
        return phrases.check_phrase(pattern)
    words: list[str] = []
    for part in pattern.split():
        if GLOB in part:
            if not any(ch.isalnum() for ch in part):
                raise ValueError(f"pattern {pattern!r}: the glob {part!r} needs at least one "
                                 "letter beside the *, such as sanction*")
            words.append(tokens.fold(part))
        else:
            words.extend(tokens.phrase_tokens(part))
    if len(words) > phrases.MAX_WORDS:
        raise ValueError(f"pattern {pattern!r} has {len(words)} words; at most "
                         f"{phrases.MAX_WORDS} are supported")
    return tuple(words)


def make_concept(name: str, patterns: Iterable[str]) -> Concept:
    """A checked concept: a non-empty name and at least one valid pattern (duplicates once)."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a concept needs a name")
    chosen = tuple(dict.fromkeys(" ".join(p.split()) for p in patterns if p.strip()))
    if not chosen:
        raise ValueError(f"concept {name!r} has no pattern")
    for pattern in chosen:
        pattern_words(pattern)
    return Concept(name, chosen)


def concepts_from_text(text: str) -> tuple[Concept, ...]:
    """Concepts written as `name = pattern, pattern; name = pattern` (the page's editor and URL)."""
    found: dict[str, list[str]] = {}
    for number, part in enumerate((p for p in text.split(";") if p.strip()), start=1):
        name, equals, rest = part.partition("=")
        if not equals:
            raise ValueError(f"concept {number} ({part.strip()!r}) has no '=': write it as "
                             "name = pattern, pattern")
        try:
            concept = make_concept(name, rest.split(","))
        except ValueError as exc:
            raise ValueError(f"concept {number}: {exc}") from None
        found.setdefault(concept.name, []).extend(concept.patterns)
    return tuple(make_concept(name, patterns) for name, patterns in found.items())


def concepts_to_text(concepts: Sequence[Concept]) -> str:
    """The editor's text of these concepts (concepts_from_text reads it back).

    The separators become spaces inside names and patterns; a pattern's punctuation is not
    searched for (only its words are), so its matches stay the same.
    """
    return "; ".join(f"{_SEPARATORS.sub(' ', c.name)} = "
                     + ", ".join(" ".join(_SEPARATORS.sub(" ", p).split()) for p in c.patterns)
                     for c in concepts)


def concepts_from_csv(text: str, *, name: str) -> tuple[Concept, ...]:
    """Concepts from a CSV with `concept,pattern` rows; errors name the file, row and column."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise ValueError(f"{name}: the file is empty; expected a header concept,pattern")
    header = [h.strip().casefold() for h in rows[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise ValueError(f"{name}: row 1 (the header) has no {' or '.join(missing)} column; "
                         f"expected the columns concept,pattern, found {','.join(rows[0])}")
    at = {column: header.index(column) for column in COLUMNS}
    found: dict[str, list[str]] = {}
    seen: dict[tuple[str, str], int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # a blank line is not a row
        concept, pattern = (_cell(row, at[c], c, number, name) for c in COLUMNS)
        try:
            pattern_words(pattern)
        except ValueError as exc:
            raise ValueError(f"{name}: row {number}, column pattern: {exc}") from None
        first = seen.setdefault((concept, pattern.casefold()), number)
        if first != number:
            raise ValueError(f"{name}: row {number} repeats row {first} ({concept}, {pattern}); "
                             "remove one of them")
        found.setdefault(concept, []).append(pattern)
    if not found:
        raise ValueError(f"{name}: no concept,pattern rows below the header")
    return tuple(make_concept(c, p) for c, p in found.items())


def concepts_from_bytes(data: bytes, *, name: str) -> tuple[Concept, ...]:
    """Concepts from the bytes of a concept,pattern CSV file in any encoding a corpus may have."""
    return concepts_from_csv(decode_bytes(data, name=name).text, name=name)


def _cell(row: list[str], at: int, column: str, number: int, name: str) -> str:
    value = " ".join(row[at].split()) if at < len(row) else ""
    if not value:
        raise ValueError(f"{name}: row {number}, column {column} is empty; every row needs "
                         "a concept name and a pattern")
    return value
