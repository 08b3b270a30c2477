import pandas as pd
import pytest

from analysis.extraction.transliteration import (
    fine_key,
    resolve_speakers,
    same_given_name,
    same_person,
    same_surname,
    to_latin,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Lukashenka", "Lukashenko"), ("Lukashenka", "Лукашенко"), ("Лукашенка", "Lukashenko"),
     ("Zelensky", "Zelenskyy"), ("Zelensky", "Zelenskiy"), ("Zelenskyy", "Зеленський"),
     ("Dmitriev", "Дмитриев"), ("Peskov", "Песков"), ("Shoigu", "Шойгу")],
)
def test_transliteration_variants_of_one_surname_match(a, b):
    assert same_surname(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zelensky", "Zelenska"), ("Ivanov", "Ivanova"), ("Putin", "Petain"), ("Trump", "Tramp"),
     ("Kovalchuk", "Kovalenko"), ("Holt", "Hale")],
)
def test_different_surnames_do_not_match(a, b):
    assert not same_surname(a, b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("Alyaksandr", "Alexander", True), ("Oleksandr", "Alexander", True), ("V.", "Vladimir", True),
     ("Andrei", "Alexander", False), ("Donald", "Eric", False)],
)
def test_given_names_match_across_spellings_and_initials(a, b, expected):
    assert same_given_name(a, b) is expected


def test_ukrainian_letters_switch_g_to_h():
    assert to_latin("Григорій") == "hryhoriy"
    assert to_latin("Григорий") == "grigoriy"
    assert fine_key("Зеленський") == fine_key("Zelenskyy") == "zelenski"


def test_same_person_needs_surname_and_given_name_to_agree():
    assert same_person("Alyaksandr Lukashenka", "President Alexander Lukashenko")
    assert not same_person("Donald Trump", "Eric Trump")
    assert not same_person("Putin", "Vladimir Putin")  # a bare surname is resolved corpus-wide


def test_variants_titles_and_scripts_resolve_to_one_speaker_each():
    names = [
        "Alyaksandr Lukashenka", "Lukashenka", "Alexander Lukashenko", "Лукашенко", "Лукашенка",
        "President Putin", "Vladimir Putin", "Putin", "Zelensky", "Volodymyr Zelensky",
        "Zelenskyy", "Зеленський", "Zelenskiy", "Olena Zelenska", "Kremlin",
    ]
    resolved = resolve_speakers(names)
    assert {resolved[n] for n in names[:5]} == {"Alyaksandr Lukashenka"}
    assert {resolved[n] for n in names[5:8]} == {"Vladimir Putin"}
    assert {resolved[n] for n in names[8:13]} == {"Volodymyr Zelensky"}
    assert resolved["Olena Zelenska"] == "Olena Zelenska"
    assert resolved["Kremlin"] == "Kremlin"


def test_a_surname_shared_by_two_people_is_left_alone():
    resolved = resolve_speakers(["Donald Trump", "Eric Trump", "Trump"])
    assert resolved == {"Donald Trump": "Donald Trump", "Eric Trump": "Eric Trump", "Trump": "Trump"}


def test_an_alias_table_correction_wins_over_the_matcher():
    aliases = pd.DataFrame({
        "alias": ["Lukashenka", "Zelenskiy"],
        "canonical": ["Alexander Lukashenko", "Somebody Else"],
    })
    resolved = resolve_speakers(
        ["Alyaksandr Lukashenka", "Lukashenka", "Лукашенко", "Zelenskiy", "Volodymyr Zelensky"],
        aliases=aliases,
    )
    assert resolved["Lukashenka"] == "Alexander Lukashenko"
    assert resolved["Alyaksandr Lukashenka"] == "Alexander Lukashenko"
    assert resolved["Лукашенко"] == "Alexander Lukashenko"
    assert resolved["Zelenskiy"] == "Somebody Else"
    assert resolved["Volodymyr Zelensky"] == "Volodymyr Zelensky"


def test_an_alias_table_without_its_columns_is_rejected_clearly():
    with pytest.raises(ValueError, match="alias, canonical"):
        resolve_speakers(["A"], aliases=pd.DataFrame({"name": ["A"]}))
