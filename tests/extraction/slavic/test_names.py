"""Names back in the nominative, lemmas and gender through pymorphy3."""

from __future__ import annotations

import pytest

from analysis.extraction.slavic.names import (
    lemma,
    name_gender,
    name_role,
    nominative_agreeing,
    nominative_name,
    nominative_phrase,
)


@pytest.mark.parametrize(
    ("tokens", "lang", "expected"),
    [
        ("Сергея Лаврова", "ru", "Сергей Лавров"),
        ("Анны Зуевой", "ru", "Анна Зуева"),
        ("Марии Захаровой", "ru", "Мария Захарова"),
        ("Артёма Зимина", "ru", "Артём Зимин"),
        ("Ирина Белозёрова", "ru", "Ирина Белозёрова"),
        ("Дмитра Кулеби", "uk", "Дмитро Кулеба"),
        ("Ірини Шевчук", "uk", "Ірина Шевчук"),
        ("Богдана Савчука", "uk", "Богдан Савчук"),
        ("Юлія Пасічник", "uk", "Юлія Пасічник"),
        ("Олега Ніколенка", "uk", "Олег Ніколенко"),
        # surnames that also read as a genitive plural of a name stay as written
        ("Айдар Сеитов", "ru", "Айдар Сеитов"),
        ("Хельга Странд", "ru", "Хельга Странд"),
    ],
)
def test_nominative_name_puts_a_name_in_any_case_back_in_the_nominative(tokens, lang, expected):
    assert " ".join(nominative_name(tokens.split(), lang)) == expected


@pytest.mark.parametrize(
    ("words", "lang", "expected"),
    [
        ("Кремле", "ru", "Кремль"),
        ("пресс-службы Кремля", "ru", "пресс-служба Кремля"),
        ("МИД России", "ru", "МИД России"),
        ("Міністерстві освіти", "uk", "Міністерство освіти"),
    ],
)
def test_nominative_phrase_changes_only_the_head_word(words, lang, expected):
    assert " ".join(nominative_phrase(words.split(), lang)) == expected


@pytest.mark.parametrize(
    ("word", "lang", "role", "gender"),
    [
        ("Анна", "ru", "given", "female"),
        ("Олег", "ru", "given", "male"),
        ("Лавров", "ru", "surname", None),
        ("России", "ru", None, None),
        ("МИД", "ru", None, None),
        ("Оксана", "uk", "given", "female"),
    ],
)
def test_name_role_and_gender_read_a_capitalised_word(word, lang, role, gender):
    assert name_role(word, lang) == role
    assert name_gender(word, lang) == gender


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [("министра", "ru", "министр"), ("заявила", "ru", "заявить"), ("речника", "uk", "речник")],
)
def test_lemma_gives_the_dictionary_form(word, lang, expected):
    assert lemma(word, lang) == expected


@pytest.mark.parametrize(
    ("words", "head", "lang", "expected"),
    [
        ("обласній військовій адміністрації", 2, "uk", "обласна військова адміністрація"),
        ("Державному агентстві України", 1, "uk", "Державне агентство України"),
        ("Державній службі України", 1, "uk", "Державна служба України"),
        ("городской администрации", 1, "ru", "городская администрация"),
        ("федеральном агентстве", 1, "ru", "федеральное агентство"),
        ("МИД России", 0, "ru", "МИД России"),
    ],
)
def test_nominative_agreeing_puts_the_adjectives_before_the_head_in_its_case(words, head, lang, expected):
    assert " ".join(nominative_agreeing(words.split(), head, lang)) == expected


@pytest.mark.parametrize(
    ("word", "role"),
    [("Богдан", "given"), ("Оксана", "given"), ("Житомир", None), ("Україна", None), ("Очільник", None)],
)
def test_a_ukrainian_given_name_the_dictionary_lacks_is_read_through_russian(word, role):
    assert name_role(word, "uk") == role
