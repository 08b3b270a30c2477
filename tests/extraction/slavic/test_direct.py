"""Direct speech parts: split at dash attributions, cues after and before a quote."""

from __future__ import annotations

import pytest

from analysis.extraction.slavic.direct import (
    cue_after_quote,
    cue_before_quote,
    intro_cue,
    split_parts,
)


def _any(_: str) -> bool:
    return True


def test_split_parts_cuts_at_a_dash_attribution_and_keeps_a_copula_dash():
    text = "Это — ошибка, — сказал он, — и мы её исправим"
    parts = split_parts(text, 0, len(text), _any)
    assert [text[p.start : p.end] for p in parts] == ["Это — ошибка", "и мы её исправим"]
    assert parts[0].cue is not None and parts[0].cue.subject == "он"
    assert parts[1].cue is None


def test_cue_after_quote_reads_the_dash_attribution():
    text = "«Мы готовы», — заявила она."
    found = cue_after_quote(text, text.index("»"), len(text), _any)
    assert found is not None and (found.subject, found.cue) == ("она", "заявила")


def test_cue_before_quote_leaves_a_quote_after_that_to_reported_speech():
    text = "Он заявил, что «всё в порядке»."
    assert cue_before_quote(text, 0, text.index("«"), _any) is None


def test_intro_cue_reads_a_paragraph_that_ends_in_a_colon():
    text = "Министр Олег Рябинин заявил:"
    found = intro_cue(text, 0, len(text), lambda s: "Рябинин" in s)
    assert found is not None and found.subject == "Министр Олег Рябинин"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Мы готовы, — сказал он журналистам. — Но не сегодня", "Но не сегодня"),
        ("Ми готові, — сказав він журналістам після зустрічі. — Але не сьогодні", "Але не сьогодні"),
        ("Мы готовы, — сказал он. — Но не сегодня", "Но не сегодня"),
    ],
)
def test_split_parts_resumes_after_words_that_follow_the_speaker(text, second):
    parts = split_parts(text, 0, len(text), _any)
    assert [text[p.start : p.end] for p in parts][1:] == [second]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Мы готовы», — заявила она.", "она"),
        ("«Мы готовы», заявила она.", "она"),
        ("«Мы готовы!» — заявила она.", "она"),
        ("Директор «Северной линии» Олег Рябинин сообщил, что всё готово.", None),
        ("Так называемый «тарифный тупик» был предсказуем. Он сказал, что всё готово.", None),
    ],
)
def test_a_cue_after_a_quote_needs_the_comma_or_dash_that_closes_speech(text, speaker):
    found = cue_after_quote(text, text.index("»"), len(text), _any)
    assert (found.subject if found else None) == speaker
