"""Which language an article is in, told cheaply from its letters (English, Russian, Ukrainian)."""

from __future__ import annotations

import re
from typing import Final, Literal

ArticleLanguage = Literal["en", "ru", "uk", "und"]
LANGUAGES: Final[tuple[ArticleLanguage, ...]] = ("en", "ru", "uk", "und")
# The languages the extractor has rules for; a reader can ask for one of these.
READ_LANGUAGES: Final[tuple[ArticleLanguage, ...]] = ("en", "ru", "uk")
_LETTER_RE: Final[re.Pattern[str]] = re.compile(r"[^\W\d_]")
_CYRILLIC_RE: Final[re.Pattern[str]] = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE: Final[re.Pattern[str]] = re.compile(r"[A-Za-z]")
# Letters only one of the two languages writes; ґ and ї are rarest, so they weigh more.
_UKRAINIAN_RE: Final[re.Pattern[str]] = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_RE: Final[re.Pattern[str]] = re.compile(r"[ыэёъЫЭЁЪ]")
# Frequent short words that differ between the two (що/что, і/и, та, не є, це/это).
_UKRAINIAN_WORD_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:що|це|та|як|від|про|який|яка|які|вже|але|також|щоб|бо|словами|думку)\b", re.I
)
_RUSSIAN_WORD_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:что|это|как|от|который|которая|или|но|также|чтобы|словам|мнению)\b", re.I
)
MIN_LETTERS: Final[int] = 20
_CYRILLIC_SHARE: Final[float] = 0.5


def detect_language(text: str) -> ArticleLanguage:
    """`ru` or `uk` for mostly Cyrillic text, `en` for Latin text, `und` when too short to tell."""
    letters = len(_LETTER_RE.findall(text))
    if letters < MIN_LETTERS:
        return "und"
    cyrillic = len(_CYRILLIC_RE.findall(text))
    if cyrillic < _CYRILLIC_SHARE * letters:
        return "en" if len(_LATIN_RE.findall(text)) >= _CYRILLIC_SHARE * letters else "und"
    ukrainian = len(_UKRAINIAN_RE.findall(text)) + len(_UKRAINIAN_WORD_RE.findall(text))
    russian = len(_RUSSIAN_RE.findall(text)) + len(_RUSSIAN_WORD_RE.findall(text))
    return "uk" if ukrainian > russian else "ru"
