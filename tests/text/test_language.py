"""Language detection: ISO codes, lingua over a fixed set, Russian told from Ukrainian, `und`."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from analysis.text.language import UNDETERMINED, detect_languages, normalise_code


@pytest.mark.parametrize(
    ("value", "code"),
    [("en", "en"), ("EN", "en"), (" ru ", "ru"), ("en-GB", "en"), ("uk_UA", "uk"), ("und", "und"),
     ("English", None), ("xx", None), ("rus", None), ("", None)],
)
def test_a_tag_normalises_to_its_iso_639_1_code_or_none(value, code):
    assert normalise_code(value) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The ministers agreed to resume the talks on a ceasefire next week in Geneva.", "en"),
        ("Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе.", "ru"),
        ("Міністр закордонних справ заявив, що переговори продовжаться наступного тижня.", "uk"),
        ("Die Außenminister wollen die Gespräche über einen Waffenstillstand fortsetzen.", "de"),
        ("Ministrowie spraw zagranicznych chcą wznowić rozmowy o zawieszeniu broni.", "pl"),
        ("Міністр замежных спраў заявіў, што перамовы працягнуцца на наступным тыдні.", "be"),
        # a Ukrainian sentence that quotes one Russian word is still Ukrainian
        ("Він сказав, що слово «объективно» тут не підходить, бо угода ще не підписана.", "uk"),
    ],
)
def test_a_statement_gets_the_code_of_its_language(text, code):
    assert detect_languages([text]) == [code]


@pytest.mark.parametrize("text", ["", "Да.", "OK!", "12:30", "Слава!"])
def test_a_text_too_short_to_tell_is_undetermined(text):
    assert detect_languages([text]) == [UNDETERMINED]


def test_detection_keeps_the_order_of_mixed_scripts():
    texts = ["Переговоры продолжатся на следующей неделе в Женеве.", "x",
             "Talks will resume next week in Geneva, the minister said."]
    assert detect_languages(texts) == ["ru", UNDETERMINED, "en"]


@pytest.mark.parametrize(("name", "code"), [("ua-officials-2022-uk.csv", "uk"),
                                            ("ua-officials-2022.csv", "en")])
def test_the_real_ukrainian_and_english_corpora_are_told_apart(shared_dir, name, code):
    texts = pd.read_csv(shared_dir / "corpora" / name)["text"].astype(str).tolist()
    found = Counter(detect_languages(texts))
    # the few others are rows in the other language (titles, a quote) in the source files
    assert found[code] / len(texts) >= 0.98, found
