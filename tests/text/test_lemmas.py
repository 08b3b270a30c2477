"""Russian and Ukrainian dictionary forms: of corpus terms (every parse) and of search words."""

from __future__ import annotations

import pytest

from analysis.text.lemmas import is_cyrillic, query_lemmas, script_languages, term_lemmas


@pytest.mark.parametrize(
    ("word", "cyrillic"),
    [("мир", True), ("пам'ять", True), ("північно-східний", True), ("peace", False),
     ("мирpeace", False), ("2022", False), ("", False)],
)
def test_only_words_in_cyrillic_letters_are_lemmatised(word, cyrillic):
    assert is_cyrillic(word) is cyrillic


@pytest.mark.parametrize(
    ("word", "languages"),
    [("мирної", ("uk",)), ("объективно", ("ru",)), ("договору", ("ru", "uk")), ("угода", ("ru", "uk"))],
)
def test_letters_only_one_language_writes_choose_it(word, languages):
    assert script_languages(word) == languages


@pytest.mark.parametrize(
    ("term", "lemma"),
    [("мирного", "мирный"), ("договора", "договор"), ("мирному", "мирный"), ("договору", "договор"),
     ("договору", "договір"), ("мирної", "мирний"), ("угоди", "угода"), ("санкції", "санкція")],
)
def test_an_inflected_term_is_filed_under_its_dictionary_form(term, lemma):
    assert lemma in term_lemmas(term)


@pytest.mark.parametrize(("word", "lemmas"), [("мирный", {"мирный"}), ("договір", {"договір"}),
                                              ("мирна", {"мирный", "мирний"})])
def test_a_search_word_stands_for_its_likeliest_form_in_each_possible_language(word, lemmas):
    assert query_lemmas(word) == lemmas


@pytest.mark.parametrize("word", ["treaty", "treaties", "2022", "ok"])
def test_non_cyrillic_words_have_no_lemma(word):
    assert term_lemmas(word) == frozenset()
    assert query_lemmas(word) == frozenset()
