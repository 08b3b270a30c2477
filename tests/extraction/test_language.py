"""The article language is told from its letters: English, Russian, Ukrainian, or too short."""

from __future__ import annotations

import pytest

from analysis.extraction.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said the talks would resume in March after a long pause.", "en"),
        ("Министр заявил, что переговоры возобновятся в марте после долгой паузы.", "ru"),
        ("Міністр заявив, що переговори відновляться в березні після довгої паузи.", "uk"),
        ("Съезд объявил перерыв, а эксперты ждут решения.", "ru"),
        ("Рада ухвалила закон, і його підписали вже ввечері.", "uk"),
        ("Да.", "und"),
        ("12 345 678 — 2026", "und"),
    ],
)
def test_detect_language_tells_the_language_from_its_letters_and_short_words(text, expected):
    assert detect_language(text) == expected


def test_a_mostly_latin_text_with_a_cyrillic_name_is_english():
    assert detect_language("The speaker, Сергей Лавров, told reporters the plan would hold.") == "en"
