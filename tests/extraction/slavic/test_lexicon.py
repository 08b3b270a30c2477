"""The cue lexicon holds each verb in every gender and number, with the agreement it shows."""

from __future__ import annotations

import pytest

from analysis.extraction.slavic.lexicon import CUE_GENDER


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("заявил", "male"), ("заявила", "female"), ("заявило", "neuter"), ("заявили", "plural"),
        ("подчеркнул", "male"), ("подчеркнула", "female"), ("призналась", "female"),
        ("заявив", "male"), ("заявила", "female"), ("заявили", "plural"), ("наголосила", "female"),
        ("повідомили", "plural"), ("зізнався", "male"), ("уверена", "female"), ("уверены", "plural"),
        ("считает", None), ("вважає", None), ("каже", None), ("пише", None), ("передаёт", None),
    ],
)
def test_each_cue_form_is_known_with_the_gender_and_number_it_agrees_with(word, gender):
    assert word in CUE_GENDER
    assert CUE_GENDER[word] == gender
