"""Stopwords: the packaged English, Russian and Ukrainian lists and the user's own words."""

from __future__ import annotations

import pytest

from analysis.text import stopwords

# the filler that topped the sample's term list before the lists were rewritten
FILLER = ("next", "today", "week", "every", "last", "said")


@pytest.mark.parametrize("word", FILLER)
def test_english_filler_is_a_stopword(word):
    assert word in stopwords.ENGLISH


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("RUSSIAN", ("и", "что", "которые", "этого", "также", "сегодня", "будет")),
        ("UKRAINIAN", ("і", "що", "які", "цього", "також", "сьогодні", "буде", "її")),
    ],
)
def test_cyrillic_lists_hold_function_words_in_their_forms(language, words):
    assert set(words) <= getattr(stopwords, language)


@pytest.mark.parametrize(
    "word",
    ["peace", "treaty", "ceasefire", "sanctions", "war", "мир", "договор", "угода", "санкції",
     "війна", "переговоры", "переговори"],
)
def test_content_words_are_not_stopwords(word):
    assert word not in stopwords.PACKAGED


def test_packaged_is_the_three_lists_together():
    assert stopwords.PACKAGED == stopwords.ENGLISH | stopwords.RUSSIAN | stopwords.UKRAINIAN


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", ()),
        ("Oskar", ("oskar",)),
        ("oskar, Minister;week  oskar", ("oskar", "minister", "week")),
        (" Мирный ,\tДоговор ", ("мирный", "договор")),
    ],
)
def test_user_stopwords_are_split_folded_and_kept_once(text, words):
    assert stopwords.user_stopwords(text) == words
