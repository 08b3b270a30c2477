"""Attribution cues: a verb and its speaker before or after it, and the set phrases."""

from __future__ import annotations

import pytest

from analysis.extraction.slavic import cues
from analysis.extraction.slavic.cues import (
    cue_with_subject,
    subject_after,
    subject_before,
    trim_subject,
)


def _any(_: str) -> bool:
    return True


@pytest.mark.parametrize(
    ("text", "subject", "cue"),
    [
        ("заявил министр Олег Рябинин.", "министр Олег Рябинин", "заявил"),
        ("сказала она журналистам в понедельник.", "она", "сказала"),
        ("он подчеркнул.", "он", "подчеркнул"),
        ("говорится в заявлении МИД.", "МИД", "говорится"),
        ("йдеться у заяві ТОВ «Сталь».", "ТОВ «Сталь»", "йдеться"),
    ],
)
def test_cue_with_subject_reads_the_verb_and_its_speaker_either_way_round(text, subject, cue):
    found = cue_with_subject(text, 0, len(text), _any)
    assert found is not None
    assert (found.subject, found.cue) == (subject, cue)


def test_trim_subject_stops_before_what_is_not_the_speaker():
    assert trim_subject("министр в Женеве", 0) == ("министр", 0)


def test_subject_before_skips_an_aside_between_commas():
    text = "Глава МИД Андрей Ковальчук, выступая на форуме, заявил"
    subject, pos = subject_before(text, 0, text.index("заявил"), lambda s: "Ковальчук" in s)
    assert (subject, pos) == ("Глава МИД Андрей Ковальчук", 0)


def test_subject_before_prefers_the_pronoun_next_to_the_verb():
    text = "На вопрос о здоровье премьера Артёма Зимина она ответила"
    assert subject_before(text, 0, text.index("ответила"), _any)[0] == "она"


@pytest.mark.parametrize(
    ("pattern", "text", "subject"),
    [
        ("FRAME_RE", "По словам Сергея Лаврова, ", "Сергея Лаврова"),
        ("FRAME_RE", "За словами речниці МЗС, ", "речниці МЗС"),
        ("FRAME_RE", "На думку експерта, ", "експерта"),
        ("POSSESSIVE_FRAME_RE", "По его словам, ", "его"),
        ("POSSESSIVE_FRAME_RE", "За її словами, ", "її"),
        ("AS_CUE_RE", "Как заявил Олег Рябинин, ", "Олег Рябинин"),
        ("AS_CUE_RE", "Як зазначила Юлія Пасічник, ", "Юлія Пасічник"),
    ],
)
def test_set_phrases_name_their_source(pattern, text, subject):
    found = getattr(cues, pattern).match(text)
    assert found is not None
    assert found.group("subj") == subject


def test_trim_subject_drops_the_ones_told_before_the_speaker():
    assert trim_subject("журналистам министр Олег Рябинин", 10) == ("министр Олег Рябинин", 22)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Державне агентство з питань кіно", "Державне агентство з питань кіно"),
        ("штаб з питань поводження з полоненими в Києві", "штаб з питань поводження з полоненими"),
        ("комитет по делам молодёжи в пятницу", "комитет по делам молодёжи"),
        ("уполномоченный по правам человека в Российской Федерации Анна Зуева",
         "уполномоченный по правам человека в Российской Федерации Анна Зуева"),
        ("министр с коллегами в Женеве", "министр"),
        ("она в студии", "она"),
    ],
)
def test_trim_subject_keeps_a_body_name_tail_and_a_closing_name(text, subject):
    assert trim_subject(text, 0)[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("заявил генеральный директор АО «Северэнерго» Олег Рябинин.",
         "генеральный директор АО «Северэнерго» Олег Рябинин"),
        ("сообщило ООО «Кельдгаз».", "ООО «Кельдгаз»"),
    ],
)
def test_subject_after_reads_on_past_a_quoted_name(text, subject):
    assert subject_after(text, text.index(" "), len(text))[0] == subject


def test_subject_before_takes_the_name_set_off_by_commas_before_the_verb():
    text = "Представитель Ардении на переговорах, Анна Зуева, заявила"
    assert subject_before(text, 0, text.index("заявила"), _any)[0] == "Анна Зуева"
