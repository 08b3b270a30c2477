"""People named in a Russian or Ukrainian article: full names in the nominative, roles, mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile
from typing import Final

from analysis.extraction.slavic.lexicon import (
    DESCRIPTION_LEMMAS,
    FEMININE_ROLES,
    INSTITUTION_LEMMAS,
    ROLE_LEMMAS,
)
from analysis.extraction.slavic.names import (
    Gender,
    SlavicLanguage,
    can_be_surname,
    is_nominative,
    lemma_among,
    name_gender,
    name_role,
    nominative_name,
    parses,
)

TOKEN_RE: Final[re.Pattern[str]] = re.compile(r"[^\W\d_][\w’'ʼ-]*")
_CAPITALISED_RUN_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w’'ʼ-])[А-ЯЁІЇЄҐ][а-яёіїєґ’'ʼ-]+(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ’'ʼ-]+){1,3}"
)
# What may describe a person before the name: lower-case words and the organs they serve
# (`пресс-секретарь Кремля`, `глава МИД России`), up to the clause's start.
_ROLE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"(?:[\w’'ʼ-]+[ \t]+){1,8}$")
_QUOTED_RE: Final[re.Pattern[str]] = re.compile(r"[«„“\"]([^«»„“”\"\n]{1,40})[»“”\"]")
_CLAUSE_BREAK_RE: Final[re.Pattern[str]] = re.compile(r"[,.;:!?«»„“”\"()—–\n]")
_PERSON_NOUNS: Final[frozenset[str]] = ROLE_LEMMAS | DESCRIPTION_LEMMAS
_GROUP_NOUNS: Final[frozenset[str]] = ROLE_LEMMAS | DESCRIPTION_LEMMAS | INSTITUTION_LEMMAS
_VERBS: Final[frozenset[str]] = frozenset({"VERB", "INFN", "GRND"})
_VOCABULARY: Final[frozenset[str]] = _GROUP_NOUNS | frozenset(FEMININE_ROLES)


@dataclass
class Person:
    """A person the article names in full: the nominative name, gender and role lemmas."""

    name: str
    start: int
    gender: Gender | None = None
    roles: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class Mention:
    """Where a person is named: full name or surname, and whether as a sentence's subject."""

    pos: int
    person: Person
    nominative: bool


def role_lemmas(words: list[str], lang: SlavicLanguage) -> list[str]:
    """Lemmas of a role phrase with feminine role nouns folded (`речниця` to `речник`)."""
    out = []
    for word in words:
        lowered = lemma_among(word, lang, _VOCABULARY) if not word.isupper() else word.lower()
        out.append(FEMININE_ROLES.get(lowered, lowered))
    return out


def _roles_before(text: str, start: int, lang: SlavicLanguage) -> set[str]:
    # `директор АО «Севератомэнерго» Леонид`: a quoted name is part of the role
    before = _QUOTED_RE.sub(lambda m: m.group(1), text[max(0, start - 80) : start])
    clauses = _CLAUSE_BREAK_RE.split(before)
    clause = clauses[-1]
    if not clause.strip() and len(clauses) > 1 and before.rstrip().endswith(","):
        clause = clauses[-2] + " "  # `Представитель Ардении на переговорах, Юлия Мертенс`
    found = _ROLE_BEFORE_RE.search(clause)
    words = found.group(0).split() if found else []
    # `Ковальчук встретился с пресс-секретарем Кремля Анной`: her role starts after the verb
    verbs = [i for i, w in enumerate(words) if any(p.tag.POS in _VERBS for p in parses(w.lower(), lang)[:1])]
    words = words[verbs[-1] + 1 :] if verbs else words
    lemmas = role_lemmas(words, lang)
    first_role = next((i for i, w in enumerate(lemmas) if w in _PERSON_NOUNS), None)
    return set(lemmas[first_role:]) if first_role is not None else set()


def person_tokens(tokens: list[str], lang: SlavicLanguage) -> tuple[int, list[str]] | None:
    """The name inside a capitalised run: from its given name on (`Кремля Анной Зуевой`)."""
    for i, token in enumerate(tokens[:-1]):
        if name_role(token, lang) != "given":
            continue
        if i + 2 < len(tokens) and name_role(tokens[i + 1], lang) == "given":
            continue  # `Миреллы Ольга Крылова`: a place read as a name, then the name
        rest = list(takewhile(lambda t: can_be_surname(t, lang), tokens[i + 1 : i + 3]))
        if rest:
            return i, [token, *rest]
    return None


def collect_people(text: str, lang: SlavicLanguage) -> list[Person]:
    """Full names (a given name and a surname) in text order, each once, with their roles."""
    people: dict[str, Person] = {}
    for run in _CAPITALISED_RUN_RE.finditer(text):
        found = person_tokens(run.group(0).split(), lang)
        if found is None:
            continue
        skip, tokens = found
        start = run.start() + len(" ".join(run.group(0).split()[:skip])) + (1 if skip else 0)
        name = " ".join(nominative_name(tokens, lang))
        person = people.setdefault(name, Person(name, start))
        person.gender = person.gender or name_gender(tokens[0], lang)
        person.roles |= _roles_before(text, start, lang)
    return list(people.values())


def same_surname_form(word: str, person: Person, lang: SlavicLanguage) -> bool:
    """Say whether a word is the person's surname in some case (`Лаврова` for Сергей Лавров)."""
    surname = person.surname
    if word == surname:
        return True
    if not word[:1].isupper() or len(word) < 3:
        return False
    if " ".join(nominative_name([word], lang)) == surname:
        return True
    stem = surname.rstrip("аяоеиыйьуюіїє")
    return len(stem) >= 3 and word.startswith(stem) and len(word) - len(stem) <= 3


def collect_mentions(text: str, people: list[Person], lang: SlavicLanguage) -> list[Mention]:
    """Every place a known person is named, in text order, marking nominative mentions."""
    mentions = []
    for token in TOKEN_RE.finditer(text):
        word = token.group(0)
        if not word[:1].isupper():
            continue
        for person in people:
            if same_surname_form(word, person, lang):
                mentions.append(Mention(token.start(), person, is_nominative(word, lang, person.gender)))
                break
    return mentions


def _plural_subject(word: str, lang: SlavicLanguage) -> bool:
    return any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses(word, lang)[:2])


def _modifier(word: str, lang: SlavicLanguage) -> bool:
    """A word that can continue a noun phrase after its head: a genitive noun or adjective."""
    return any(
        p.tag.POS in ("NOUN", "ADJF", "NUMR", "NPRO") and p.tag.case != "nomn" for p in parses(word, lang)[:1]
    )


def _plural_adjective(word: str, lang: SlavicLanguage) -> bool:
    return any(p.tag.POS == "ADJF" and p.tag.number == "plur" for p in parses(word.lower(), lang)[:2])


def collect_groups(text: str, lang: SlavicLanguage) -> list[tuple[int, str]]:
    """Plural subjects a `они`/`вони` can stand for (`водители портовых автобусов`), in order."""
    groups = []
    tokens = list(TOKEN_RE.finditer(text))
    for i, token in enumerate(tokens):
        word = token.group(0)
        if lemma_among(word, lang, _GROUP_NOUNS) not in _GROUP_NOUNS or not _plural_subject(word, lang):
            continue
        end = i + 1
        while end < len(tokens) and end - i <= 3 and _modifier(tokens[end].group(0), lang) and (
            text[tokens[end - 1].end() : tokens[end].start()].isspace()
        ):
            end += 1
        begin = i
        while begin > 0 and _plural_adjective(tokens[begin - 1].group(0), lang) and (
            text[tokens[begin - 1].end() : tokens[begin].start()].isspace()
        ):
            begin -= 1
        groups.append((tokens[begin].start(), text[tokens[begin].start() : tokens[end - 1].end()]))
    return groups
