"""Ministries written short (`Минпромторг`, `Мінекономіки`) and the full name an article gives them."""

from __future__ import annotations

import re
from typing import Final

from analysis.extraction.slavic.names import SlavicLanguage, nominative_agreeing, parses

# `Мин` or `Мін` glued to the start of the words it stands for: `Минпромторг`, `Міноборони`.
_SHORT_RE: Final[re.Pattern[str]] = re.compile(r"(?:Мин|Мін)(?!истерств|істерств)(?P<rest>[а-яёіїєґ'’ʼ]{3,})")
# `Мінськ`, `Минске`: a town the Ukrainian dictionary does not mark as a place
_TOWN_END_RE: Final[re.Pattern[str]] = re.compile(r"сь?к[а-яіїєґ]{0,2}$")
_FULL_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?P<head>Министерств\w*|Міністерств\w*)(?P<words>(?:\s+[а-яёіїєґ'’ʼ]+){1,5})"
    r"(?P<country>(?:\s+[А-ЯЁІЇЄҐ][\w'’ʼ-]+){0,2})"
)
_CONNECTIVES: Final[frozenset[str]] = frozenset({"и", "і", "й", "та"})
_MIN_PREFIX: Final[int] = 3


def is_short_ministry(word: str, lang: SlavicLanguage) -> bool:
    """Say whether a word is a ministry written short (`Минэнерго`, `Мінагрополітики`), not a
    place such as `Мінськ`."""
    if _SHORT_RE.fullmatch(word) is None or _TOWN_END_RE.search(word):
        return False
    return not any("Geox" in p.tag.grammemes for p in parses(word, lang)[:2])


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether `short` is made of the starts of `words`, in order (`промторг`: промышленности торговли)."""
    if not words:
        return not short
    word, rest = words[0], words[1:]
    if word in _CONNECTIVES:
        return _abbreviates(short, rest)
    return any(
        short.startswith(word[:k]) and _abbreviates(short[k:], rest)
        for k in range(len(word), _MIN_PREFIX - 1, -1)
    )


def full_ministry_name(short: str, text: str, lang: SlavicLanguage) -> str | None:
    """The full name the text gives a ministry written short, in the nominative; None if none."""
    found = _SHORT_RE.fullmatch(short)
    if found is None:
        return None
    for full in _FULL_RE.finditer(text):
        words = full.group("words").split()
        for end in range(len(words), 0, -1):
            if _abbreviates(found.group("rest").lower(), words[:end]):
                phrase = [full.group("head"), *words[:end]]
                if end == len(words):
                    phrase += full.group("country").split()
                return " ".join(nominative_agreeing(phrase, 0, lang))
    return None
