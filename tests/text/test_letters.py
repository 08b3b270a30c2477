"""Languages settled by letters and English function words, and left to the detector otherwise."""

from __future__ import annotations

import pytest

from analysis.text.letters import settled_language


@pytest.mark.parametrize(
    ("sample", "script", "code"),
    [
        ("Міністр закордонних справ заявив, що переговори продовжаться.", "cyrillic", "uk"),
        ("Министр иностранных дел заявил, что переговоры продолжатся на этой неделе.", "cyrillic", "ru"),
        ("The minister said that the talks with Russia would resume in Geneva.", "latin", "en"),
        ("Tetiana Tarasenko and Alla Chernets from the Sumy region are with us.", "latin", "en"),
    ],
)
def test_unambiguous_letters_or_words_settle_the_language(sample, script, code):
    assert settled_language(sample, script) == code


@pytest.mark.parametrize(
    ("sample", "script"),
    [
        # Belarusian writes ў and letters of both Russian and Ukrainian
        ("Міністр замежных спраў заявіў, што перамовы працягнуцца на наступным тыдні.", "cyrillic"),
        # a Ukrainian sentence quoting a Russian word has letters of both
        ("Він сказав, що слово «объективно» тут не підходить, бо угода ще не підписана.", "cyrillic"),
        ("Переговоры продолжатся в Женеве.", "cyrillic"),  # one telling letter is not enough
        ("Die Außenminister wollen die Gespräche fortsetzen.", "latin"),
        ("Ministrowie chcą wznowić rozmowy o zawieszeniu broni.", "latin"),
        ("I ministri vogliono riprendere i colloqui sul cessate il fuoco.", "latin"),
        ("Bucha, Borodyanka, Hostomel, Okhtyrka, Chernihiv and Sumy.", "latin"),  # one word
        ("The talks in Москва resume with the delegation of the ministry.", "latin"),
    ],
)
def test_mixed_or_unclear_samples_are_left_to_the_detector(sample, script):
    assert settled_language(sample, script) is None
