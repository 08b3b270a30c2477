"""People an article names: full names in the nominative, their roles, where each is mentioned."""

from __future__ import annotations

import pytest

from analysis.extraction.slavic.people import collect_groups, collect_mentions, collect_people

TEXT = (
    "Глава МИД Андрей Ковальчук встретился с пресс-секретарем Кремля Анной Зуевой. "
    "По словам Ковальчука, встреча прошла хорошо. Зуева добавила, что это только начало."
)


def test_collect_people_gives_each_full_name_once_in_the_nominative_with_its_roles():
    people = {p.name: p for p in collect_people(TEXT, "ru")}
    assert set(people) == {"Андрей Ковальчук", "Анна Зуева"}
    assert {"глава", "мид"} <= people["Андрей Ковальчук"].roles
    assert {"пресс-секретарь", "кремль"} <= people["Анна Зуева"].roles
    assert (people["Андрей Ковальчук"].gender, people["Анна Зуева"].gender) == ("male", "female")


def test_a_place_read_as_a_name_before_the_name_is_left_out():
    people = collect_people("Рассказала жительница Миреллы Ольга Крылова.", "ru")
    assert [p.name for p in people] == ["Ольга Крылова"]


def test_collect_mentions_finds_surnames_in_any_case_and_marks_the_nominative_ones():
    people = collect_people(TEXT, "ru")
    found = [(m.person.name, m.nominative) for m in collect_mentions(TEXT, people, "ru")]
    assert found == [
        ("Андрей Ковальчук", True), ("Анна Зуева", False), ("Андрей Ковальчук", False),
        ("Анна Зуева", True),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Забастовку поддержали водители портовых автобусов.", "ru", ["водители портовых автобусов"]),
        ("Батьківські комітети опублікували лист.", "uk", ["Батьківські комітети"]),
        ("Водитель автобуса опоздал.", "ru", []),
    ],
)
def test_collect_groups_finds_plural_subjects_a_they_can_stand_for(text, lang, expected):
    assert [phrase for _, phrase in collect_groups(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Заявил генеральный директор АО «Северэнерго» Олег Рябинин.", "Олег Рябинин",
         {"директор", "северэнерго"}),
        ("Представитель Ардении на переговорах, Анна Зуева, заявила.", "Анна Зуева",
         {"представитель"}),
        ("Глава МИД встретился с послом Олегом Рябининым.", "Олег Рябинин", {"посол"}),
    ],
)
def test_a_persons_role_reads_past_a_quoted_name_and_an_apposition_comma(text, name, roles):
    people = {p.name: p for p in collect_people(text, "ru")}
    assert roles <= people[name].roles
    assert "глава" not in people[name].roles
