"""A language told from its letters and commonest words alone, where they leave no doubt.

lingua costs about as much per text as tokenising and scoring it; most texts of Parley's corpora
settle by their letters (Ukrainian and Russian each write letters the other does not) or by
English function words in plain ASCII, so the detector is kept for the rest.
"""

from __future__ import annotations

import re
from typing import Final, Literal

Script = Literal["cyrillic", "latin"]
# Letters that only one of Russian and Ukrainian writes; Belarusian writes ў and both kinds.
UKRAINIAN_ONLY: Final = re.compile("[іїєґ]", re.IGNORECASE)
RUSSIAN_ONLY: Final = re.compile("[ыэёъ]", re.IGNORECASE)
BELARUSIAN_ONLY: Final = re.compile("[ў]", re.IGNORECASE)
# At least this many of one side's letters (and none of the other's) settle Russian or Ukrainian.
MIN_TELLING_LETTERS: Final = 2
# A letter outside a-z (ß, ł, é, ç, ğ ...) means the text may be any of the Latin candidates.
_NON_ENGLISH_LETTER: Final = re.compile(r"[^\W\d_a-zA-Z]")
_WORD: Final = re.compile(r"[a-z]+")
# English function words that are not also common words of the other Latin candidates (pl, de,
# fr, it, es, tr): "a", "in", "to", "on", "an", "was", "so", "i", "by", "do", "no" are left out.
_ENGLISH_WORDS: Final = """
    the and of that with for is are this these those have has had been were which they their them
    we our you your not it its would should could there he she his her who what about from be at
    or but also than into will"""
ENGLISH_WORDS: Final = frozenset(_ENGLISH_WORDS.split())
# Share of a text's words that must be English function words, and how many at least.
MIN_ENGLISH_SHARE: Final = 0.15
MIN_ENGLISH_WORDS: Final = 3


def settled_language(sample: str, script: Script) -> str | None:
    """The language a sample's letters or words settle ("uk", "ru", "en"), else None."""
    if script == "cyrillic":
        return _cyrillic(sample)
    return _english(sample)


def _cyrillic(sample: str) -> str | None:
    if BELARUSIAN_ONLY.search(sample):
        return None
    ukrainian, russian = len(UKRAINIAN_ONLY.findall(sample)), len(RUSSIAN_ONLY.findall(sample))
    if ukrainian >= MIN_TELLING_LETTERS and russian == 0:
        return "uk"
    if russian >= MIN_TELLING_LETTERS and ukrainian == 0:
        return "ru"
    return None


def _english(sample: str) -> str | None:
    if _NON_ENGLISH_LETTER.search(sample):
        return None
    words = _WORD.findall(sample.lower())
    hits = sum(word in ENGLISH_WORDS for word in words)
    if hits >= MIN_ENGLISH_WORDS and hits >= MIN_ENGLISH_SHARE * len(words):
        return "en"
    return None
