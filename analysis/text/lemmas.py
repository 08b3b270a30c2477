"""Dictionary forms of Russian and Ukrainian words, by pymorphy3 and its packaged dictionaries."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final, Literal

from analysis.text.letters import RUSSIAN_ONLY, UKRAINIAN_ONLY

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer

Lemmatised = Literal["ru", "uk"]
LEMMATISED: Final[tuple[Lemmatised, ...]] = ("ru", "uk")
_CYRILLIC_WORD: Final = re.compile(r"^[\u0400-\u04ff'ʼ’-]*[\u0400-\u04ff][\u0400-\u04ff'ʼ’-]*$")


def is_cyrillic(word: str) -> bool:
    """True for a word written in Cyrillic letters only (apostrophes and hyphens allowed)."""
    return bool(_CYRILLIC_WORD.match(word))


@functools.cache
def analyzer(language: Lemmatised) -> MorphAnalyzer:
    """pymorphy3's analyzer of one language, its dictionary loaded once per process."""
    from pymorphy3 import MorphAnalyzer

    return MorphAnalyzer(lang=language)


def lemma(word: str, language: Lemmatised) -> str:
    """The most likely dictionary form of a folded word (pymorphy3's first parse)."""
    return str(analyzer(language).parse(word)[0].normal_form)


def lemmas_of(word: str, language: Lemmatised) -> tuple[str, ...]:
    """Every dictionary form of a folded word, the most likely first: "мирного" is an
    adjective or a noun's form in Ukrainian, so it is filed under both."""
    forms: dict[str, None] = {}
    for parse in analyzer(language).parse(word):
        forms.setdefault(str(parse.normal_form), None)
    return tuple(forms)


def script_languages(word: str) -> tuple[Lemmatised, ...]:
    """The languages a Cyrillic word can be by its letters alone (both when they do not tell)."""
    if UKRAINIAN_ONLY.search(word) and not RUSSIAN_ONLY.search(word):
        return ("uk",)
    if RUSSIAN_ONLY.search(word) and not UKRAINIAN_ONLY.search(word):
        return ("ru",)
    return LEMMATISED


def term_lemmas(term: str) -> frozenset[str]:
    """Every dictionary form a folded Cyrillic term has in its word_languages.

    A form the two languages write alike ("договору") is filed under both languages' lemmas
    (договор, договір), so a search in either finds it; non-Cyrillic terms have no lemma.
    """
    return _term_lemmas(term) if is_cyrillic(term) else frozenset()


def query_lemmas(word: str) -> frozenset[str]:
    """The dictionary forms a folded Cyrillic search word stands for: its likeliest one in each
    of its word_languages (empty for a non-Cyrillic word, which matches only itself)."""
    if not is_cyrillic(word):
        return frozenset()
    return frozenset(lemma(word, language) for language in word_languages(word))


def word_languages(word: str) -> tuple[Lemmatised, ...]:
    """The languages whose dictionary knows a Cyrillic word, of those its letters allow; all of
    those when no dictionary knows it (pymorphy3 then guesses from its ending)."""
    possible = script_languages(word)
    known = tuple(language for language in possible if analyzer(language).word_is_known(word))
    return known or possible


@functools.lru_cache(maxsize=200_000)
def _term_lemmas(term: str) -> frozenset[str]:
    return frozenset(form for language in word_languages(term) for form in lemmas_of(term, language))
