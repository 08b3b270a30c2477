"""Speaker mentions resolved against the people, roles and bodies an article names."""

from __future__ import annotations

import pytest

from analysis.extraction.slavic.speakers import SlavicSpeakers

TEXT = (
    "Глава МИД Андрей Ковальчук встретился с пресс-секретарем Кремля Анной Зуевой. "
    "По словам Ковальчука, встреча прошла хорошо. Зуева добавила. Он сказал."
)
END = len(TEXT)


@pytest.mark.parametrize(
    ("raw", "speaker", "kind"),
    [
        ("Ковальчука", "Андрей Ковальчук", "person"),
        ("глава МИД", "Андрей Ковальчук", "role"),
        ("главы МИД", "Андрей Ковальчук", "role"),
        ("пресс-секретаря", "Анна Зуева", "role"),
        ("он", "Андрей Ковальчук", "pronoun"),
        ("она", "Анна Зуева", "pronoun"),
        ("его", "Андрей Ковальчук", "pronoun"),
        ("В Кремле", "Кремль", "institution"),
        ("МИД России", "МИД России", "institution"),
        ("ООО «Кельдгаз»", "ООО «Кельдгаз»", "institution"),
        ("городское агентство новостей", "городское агентство новостей", "institution"),
        ("министр обороны", "министр обороны", "role"),
        ("Жители соседних кварталов", "Жители соседних кварталов", "description"),
        ("Петров", "Петров", "name"),
    ],
)
def test_resolve_gives_the_speaker_a_mention_stands_for(raw, speaker, kind):
    found = SlavicSpeakers(TEXT, "ru").resolve(raw, END)
    assert found is not None
    assert (found.speaker, found.kind) == (speaker, kind)


@pytest.mark.parametrize("raw", ["Однако", "журналистам", "в понедельник", ""])
def test_words_that_name_nobody_are_not_speakers(raw):
    assert not SlavicSpeakers(TEXT, "ru").is_speaker(raw)


def test_a_feminine_cue_gives_an_unknown_person_her_gender_for_later_pronouns():
    text = "Оксана Бойко прибыла. Олег Рябинин тоже прибыл."
    speakers = SlavicSpeakers(text, "ru")
    speakers.hint_gender(0, "female")
    assert speakers.resolve("Оксана Бойко", 0) is not None
    assert next(p for p in speakers.people if p.name == "Оксана Бойко").gender == "female"


@pytest.mark.parametrize(
    ("raw", "speaker"),
    [
        ("источник, знакомый с ходом встречи", "источник, знакомый с ходом встречи"),
        ("источник в правительстве", "источник в правительстве"),
    ],
)
def test_an_unnamed_role_keeps_the_comma_of_its_apposition(raw, speaker):
    found = SlavicSpeakers(TEXT, "ru").resolve(raw, END)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    ("raw", "lang", "speaker"),
    [
        ("в обласній військовій адміністрації", "uk", "обласна військова адміністрація"),
        ("в городской администрации", "ru", "городская администрация"),
    ],
)
def test_an_institution_is_named_in_the_nominative_with_its_adjectives(raw, lang, speaker):
    found = SlavicSpeakers("Текст.", lang).resolve(raw, 6)
    assert found is not None and (found.speaker, found.kind) == (speaker, "institution")


@pytest.mark.parametrize(
    ("text", "lang", "raw", "speaker"),
    [
        ("Министр иностранных дел Олег Рябинин прибыл в Осло.", "ru", "глава МИД", "Олег Рябинин"),
        ("Заместитель министра энергетики Олег Рябинин прибыл.", "ru", "замминистра", "Олег Рябинин"),
        ("Прибыла уполномоченный по правам человека в Российской Федерации Анна Зуева.", "ru",
         "омбудсмен", "Анна Зуева"),
        ("Начальник обласної адміністрації Андрій Коваль прибув.", "uk", "очільник ОВА", "Андрій Коваль"),
        ("Глава компании Олег Рябинин прибыл.", "ru", "глава компании", "Олег Рябинин"),
    ],
)
def test_a_role_resolves_through_another_word_for_the_same_post(text, lang, raw, speaker):
    found = SlavicSpeakers(text, lang).resolve(raw, len(text))
    assert found is not None and (found.speaker, found.kind) == (speaker, "role")


def test_a_role_no_one_holds_under_any_name_stays_the_role():
    text = "Министр иностранных дел Олег Рябинин прибыл."
    found = SlavicSpeakers(text, "ru").resolve("омбудсмен", len(text))
    assert found is not None and found.speaker == "омбудсмен"


@pytest.mark.parametrize(
    ("raw", "speaker"),
    [("Мінекономіки", "Міністерство економіки України"), ("Мінагрополітики", "Мінагрополітики")],
)
def test_a_ministry_written_short_speaks_under_the_full_name_the_article_gives(raw, speaker):
    text = "У Міністерстві економіки України заявили, що план виконано."
    found = SlavicSpeakers(text, "uk").resolve(raw, len(text))
    assert found is not None and (found.speaker, found.kind) == (speaker, "institution")


@pytest.mark.parametrize(
    ("raw", "speaker"),
    [
        ("Ардинский МИД в своём заявлении", "Ардинский МИД"),
        ("Министерство финансов на брифинге", "Министерство финансов"),
        ("комитет по делам молодёжи в пятницу", "комитет по делам молодёжи"),
    ],
)
def test_an_institution_ends_where_a_place_or_channel_begins(raw, speaker):
    found = SlavicSpeakers("Текст.", "ru").resolve(raw, 6)
    assert found is not None and (found.speaker, found.kind) == (speaker, "institution")
