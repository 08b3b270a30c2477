"""Ministries written short and the full name an article gives them."""

from __future__ import annotations

import pytest

from analysis.extraction.slavic.bodies import full_ministry_name, is_short_ministry


@pytest.mark.parametrize(
    ("word", "lang", "short"),
    [("Минпромторг", "ru", True), ("Мінекономіки", "uk", True), ("Министерство", "ru", False),
     ("Міністерстві", "uk", False), ("Минск", "ru", False), ("Мінськ", "uk", False),
     ("Минске", "ru", False)],
)
def test_is_short_ministry_tells_a_ministry_written_short(word, lang, short):
    assert is_short_ministry(word, lang) is short


@pytest.mark.parametrize(
    ("short", "text", "lang", "full"),
    [
        ("Минпромторг", "По данным Министерства промышленности и торговли Ардении, выпуск вырос.", "ru",
         "Министерство промышленности и торговли Ардении"),
        ("Мінекономіки", "Як повідомили в Міністерстві економіки України, план виконано.", "uk",
         "Міністерство економіки України"),
        ("Міноборони", "Міністерство оборони України отримало техніку.", "uk",
         "Міністерство оборони України"),
        ("Мінагрополітики", "Міністерство оборони України отримало техніку.", "uk", None),
    ],
)
def test_full_ministry_name_finds_the_name_the_short_form_is_cut_from(short, text, lang, full):
    assert full_ministry_name(short, text, lang) == full
