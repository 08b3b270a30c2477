"""Reported speech in one sentence: the content span and how it was found."""

from __future__ import annotations

import pytest

from analysis.extraction.slavic.reported import has_quote, refers_back, reported_in


def _any(_: str) -> bool:
    return True


@pytest.mark.parametrize(
    ("sentence", "content", "evidence", "direct"),
    [
        ("Он заявил, что переговоры продолжатся в марте.", "переговоры продолжатся в марте",
         "reported", False),
        ("Он заявил о том, что переговоры продолжатся в марте.", "переговоры продолжатся в марте",
         "reported", False),
        ("По его словам, переговоры продолжатся в марте.", "переговоры продолжатся в марте", "framed", False),
        ("Переговоры продолжатся в марте, сообщил он.", "Переговоры продолжатся в марте", "trailing", False),
        ("Переговоры продолжатся в марте, — сказал он.", "Переговоры продолжатся в марте", "after", True),
    ],
)
def test_reported_in_finds_the_content_and_the_pattern(sentence, content, evidence, direct):
    found = reported_in(sentence, 0, len(sentence), _any)
    assert [(sentence[f.start : f.end], f.evidence, f.direct) for f in found] == [
        (content, evidence, direct)
    ]


def test_a_sentence_without_a_cue_reports_nothing():
    assert reported_in("Переговоры продолжатся в марте.", 0, 31, _any) == []


def test_refers_back_finds_the_speaker_of_the_sentence_before():
    text = "Об этом сообщил министр Олег Рябинин."
    found = refers_back(text, 0, len(text), _any)
    assert found is not None and found.subject == "министр Олег Рябинин"


def test_has_quote_spots_a_quoted_fragment():
    assert has_quote("«Северный поток» не запустят", 0, 28)
    assert not has_quote("поток не запустят", 0, 17)


@pytest.mark.parametrize(
    ("sentence", "subject", "content"),
    [
        ("Как сообщил источник, знакомый с ходом встречи, стороны договорились о цене.",
         "источник, знакомый с ходом встречи", "стороны договорились о цене"),
        ("По словам источника, близкого к делегации, стороны договорились о цене.",
         "источника, близкого к делегации", "стороны договорились о цене"),
        ("Як повідомило джерело, обізнане з перемовинами, сторони домовилися про ціну.",
         "джерело, обізнане з перемовинами", "сторони домовилися про ціну"),
        ("Как сообщил источник, стороны договорились о цене.", "источник",
         "стороны договорились о цене"),
    ],
)
def test_a_framed_source_keeps_its_apposition(sentence, subject, content):
    [found] = reported_in(sentence, 0, len(sentence), _any)
    assert (found.cue.subject, sentence[found.start : found.end]) == (subject, content)
