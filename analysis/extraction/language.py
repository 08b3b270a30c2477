"""Which language an article is in, told cheaply from its letters (English, Russian, Ukrainian)."""

from __future__ import annotations

import re
from typing import Final, Literal

ArticleLanguage = Literal["en", "ru", "uk", "und"]
LANGUAGES: Final[tuple[ArticleLanguage, ...]] = ("en", "ru", "uk", "und")
# The languages the extractor has rules for; a reader can ask for one of these.
READ_LANGUAGES: Final[tuple[ArticleLanguage, ...]] = ("en", "ru", "uk")
_CYRILLIC_RE: Final[re.Pattern[str]] = re.compile(r"[\u0400-\u04ff]")
_WORD_EDGE: Final[str] = ".,;:!?«»„“”\"'()—–-…"
# Letters only one of the two languages writes, and frequent short words that differ.
_UKRAINIAN_LETTERS: Final[str] = "іїєґІЇЄҐ"
_RUSSIAN_LETTERS: Final[str] = "ыэёъЫЭЁЪ"
_UKRAINIAN_WORDS: Final[frozenset[str]] = frozenset({
    "що", "це", "та", "як", "від", "про", "який", "яка", "які", "вже", "але", "також", "щоб", "бо",
    "словами", "думку",
})
_RUSSIAN_WORDS: Final[frozenset[str]] = frozenset({
    "что", "это", "как", "от", "который", "которая", "или", "но", "также", "чтобы", "словам",
    "мнению",
})
MIN_LETTERS: Final[int] = 20
_ENOUGH_LATIN_RE: Final[re.Pattern[str]] = re.compile(rf"(?:[^A-Za-z]*[A-Za-z]){{{MIN_LETTERS}}}")
_CYRILLIC_SHARE: Final[float] = 0.5
# The opening of an article tells its language; reading all of it would slow extraction.
_SAMPLE_CHARS: Final[int] = 2000


def _counts(text: str, letters: str) -> int:
    return sum(text.count(ch) for ch in letters)


def detect_language(text: str) -> ArticleLanguage:
    """`ru` or `uk` for mostly Cyrillic text, `en` for Latin text, `und` when too short to tell.

    Only the first 2,000 characters are read.
    """
    text = text[:_SAMPLE_CHARS]
    if not _CYRILLIC_RE.search(text):  # the common case, answered without counting letters
        return "en" if _ENOUGH_LATIN_RE.match(text) else "und"
    letters = sum(map(str.isalpha, text))
    if letters < MIN_LETTERS:
        return "und"
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    if cyrillic < _CYRILLIC_SHARE * letters:
        return "en" if _latin_share(text) >= _CYRILLIC_SHARE else "und"
    words = [w.strip(_WORD_EDGE) for w in text.lower().split()]
    ukrainian = _counts(text, _UKRAINIAN_LETTERS) + sum(w in _UKRAINIAN_WORDS for w in words)
    russian = _counts(text, _RUSSIAN_LETTERS) + sum(w in _RUSSIAN_WORDS for w in words)
    return "uk" if ukrainian > russian else "ru"


def _latin_share(text: str) -> float:
    letters = sum(map(str.isalpha, text))
    latin = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    return latin / letters if letters else 0.0
