"""VADER's rules over per-token facts: the same valences and compound scores as NLTK's analyzer."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from analysis.engine import enrich
from analysis.text import vader_rules
from tests.enrich_reference import reference_enrich, sentence_scores, stock_vader

RULES = [
    "The plan is good.",
    "The plan is not good.",
    "The plan is not very good at all, but the people are GREAT!!!",
    "It isn't bad. It is never so bad. Never this good, this is.",
    "He was kind of happy, kind to all; sort of sad and just enough fun.",
    "At least it is good; the least good thing; very least happy.",
    "That was the shit, the bomb, a bad ass plan, yeah right, cut the mustard.",
    "A kiss of death, living hand to mouth, without hope, nothing good.",
    "I LOVE it, I really REALLY love it?? Why??? Why???? ok.",
    "'good' \"bad\" (happy) -sad- good, bad; happy: sad. good!? bad?! :) :-( <3",
    "Extremely good, extremely bad, barely good, hardly bad, somewhat happy.",
    "ALL CAPS GOOD TEXT",
    "good good good bad bad but good bad",
    "",
    "x",
]


@pytest.mark.parametrize("sentence", RULES)
def test_valences_and_compound_equal_nltk_on_each_rule(sentence):
    with stock_vader() as analyzer:
        compound, valences = sentence_scores(analyzer, sentence)
    mine = vader_rules.valences(sentence)
    assert mine == valences
    assert vader_rules.compound(mine, sentence) == compound


@pytest.mark.shared
def test_valences_equal_nltk_on_every_sentence_of_the_real_corpora(shared_dir):
    from tests.corpus_fixtures import real_sentences

    sentences = real_sentences(shared_dir)
    with stock_vader() as analyzer:
        expected = [sentence_scores(analyzer, s) for s in sentences]
    different = [
        s
        for s, (compound, valences) in zip(sentences, expected, strict=True)
        if vader_rules.valences(s) != valences or vader_rules.compound(valences, s) != compound
    ]
    assert len(sentences) > 40_000
    assert different == []


@pytest.mark.shared
def test_enrichment_equals_the_nltk_reference_on_the_real_corpora(shared_dir):
    from tests.corpus_fixtures import real_texts

    texts = list(real_texts(shared_dir))
    fast = enrich.enrich_texts(texts)
    reference = reference_enrich(texts)
    assert fast.vocab == reference.vocab
    for field in dataclasses.fields(fast):
        if field.name != "vocab":
            assert np.array_equal(getattr(fast, field.name), getattr(reference, field.name)), field.name
    assert np.abs(fast.statement_scores[:, 0]).max() > 0.9  # real scores, not all zeros
