"""Resolve speaker mentions in one article: names, surnames, pronouns, roles and institutions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from analysis.extraction.lexicon import NAMING_TITLES, PRONOUNS
from analysis.extraction.patterns import APPOSITIVE_NAME_RE, ROLE_RE
from analysis.extraction.people import (
    GENDER_TITLES,
    NOT_NAMES,
    Person,
    capitalised_run,
    collect_people,
    describes,
    is_description,
    is_institution,
    split_title,
    trailing_name,
)
from analysis.extraction.transliteration import same_surname

MentionKind = Literal["person", "pronoun", "role", "institution", "name", "description"]
# How sure a resolution is, by the kind of evidence: a full name beats a surname, which beats
# a pronoun or a role, and a bare description ("the newspaper", "aides") is surest of nothing.
FULL_NAME: Final[float] = 0.95
SURNAME: Final[float] = 0.85
INSTITUTION: Final[float] = 0.8
PERSON_PRONOUN: Final[float] = 0.75
ROLE_NAMED_BEFORE: Final[float] = 0.7
ROLE_NAMED_AFTER: Final[float] = 0.6
ROLE_UNNAMED: Final[float] = 0.6
ROLE_PRONOUN: Final[float] = 0.6
GROUP_PRONOUN: Final[float] = 0.6
LONE_NAME: Final[float] = 0.6
LEADER_GUESS: Final[float] = 0.5
DESCRIPTION: Final[float] = 0.5
_DETERMINER_RE: Final[re.Pattern[str]] = re.compile(r"^(?:the|a|an|as)\s+", re.IGNORECASE)
_CONJUNCTION_RE: Final[re.Pattern[str]] = re.compile(r"^(?:And|But|So|Yet|Or|Then)\s+")
_PREPOSITION_RE: Final[re.Pattern[str]] = re.compile(r"\s+(?:of|for|at|from|with)\s+")
_POSSESSIVE_DET_RE: Final[re.Pattern[str]] = re.compile(r"^(?:his|her|their|its)\s+", re.I)
_GENERIC_LEADER: Final[frozenset[str]] = frozenset({"leader", "head", "chief", "president"})
_LEADER_ROLES: Final[frozenset[str]] = frozenset({
    "president", "premier", "prime", "chancellor", "leader", "king", "queen", "head", "chief",
})


@dataclass(frozen=True)
class Resolved:
    """The outcome of resolving one mention: the speaker and how sure we are."""

    speaker: str
    kind: MentionKind
    confidence: float


class SpeakerTracker:
    """Resolve mentions in document order, keeping the people met so far."""

    def __init__(self, text: str, *, author: str | None = None) -> None:
        self.author = author
        self.people: list[Person] = collect_people(text)
        self.recent: list[tuple[int, Person]] = []  # person mentions in document order
        self.last_group: tuple[int, str] | None = None
        self.last_role: tuple[int, str] | None = None
        self._memo_person: dict[tuple[str, int], bool] = {}
        self._memo_speaker: dict[tuple[str, int], bool] = {}

    def _person(self, name: str, start: int, commit: bool = True) -> Person:
        for person in self.people:
            if person.name == name:
                return person
        person = Person(name, start)
        if commit:
            self.people.append(person)
        return person

    def _by_surname(self, surname: str, pos: int) -> Person | None:
        """Find the person whose last name this is, preferring the nearest earlier mention."""
        found = [p for p in self.people if same_surname(p.name.split()[-1], surname)]
        earlier = [p for p in found if p.start <= pos]
        pool = earlier or found
        return max(pool, key=lambda p: p.start) if earlier else (pool[0] if pool else None)

    def is_person(self, name: str) -> bool:
        """Say whether a name (full, or a surname alone) belongs to a person met in the article."""
        key = (name, len(self.people))
        if key not in self._memo_person:
            self._memo_person[key] = bool(name) and any(
                p.name == name or same_surname(p.name.split()[-1], name) for p in self.people
            )
        return self._memo_person[key]

    def note_subject(self, name: str, pos: int) -> None:
        """Record a person named as the subject of a sentence, as a pronoun antecedent."""
        for person in self.people:
            if person.name == name or same_surname(person.name.split()[-1], name):
                self.recent.append((pos, person))
                return

    def _pronoun(self, word: str, pos: int) -> Resolved | None:
        gender = PRONOUNS[word.lower()]
        if gender == "first":  # "I said" outside a quote: the writer, when the article names one
            return Resolved(self.author or word, "pronoun", PERSON_PRONOUN)
        if gender in ("group", "thing"):
            if self.last_group is not None:
                return Resolved(self.last_group[1], "institution", GROUP_PRONOUN)
            return None
        for _, person in reversed([r for r in self.recent if r[0] <= pos]):
            if person.gender in (None, gender):
                person.gender = gender
                return Resolved(person.name, "pronoun", PERSON_PRONOUN)
        if self.last_role is not None and self.last_role[0] <= pos:
            return Resolved(self.last_role[1], "role", ROLE_PRONOUN)  # "A spokeswoman said ... she said"
        return None

    def _role(self, phrase: str, pos: int, definite: bool, commit: bool) -> Resolved:
        heads = [m.group(0).lower() for m in ROLE_RE.finditer(phrase)]
        bare = _DETERMINER_RE.sub("", phrase).strip()
        if definite and heads:
            head = heads[-1].split()[-1]
            wanted = _LEADER_ROLES if head in _GENERIC_LEADER else {head}
            matches = [p for p in self.people if p.roles & wanted]
            before = [p for p in matches if p.start <= pos]
            if before:
                return Resolved(max(before, key=lambda p: p.start).name, "role", ROLE_NAMED_BEFORE)
            if matches:
                return Resolved(matches[0].name, "role", ROLE_NAMED_AFTER)
            if head in _GENERIC_LEADER and self.recent:
                return Resolved(self.recent[-1][1].name, "role", LEADER_GUESS)
        if commit:
            self.last_role = (pos, bare)
        return Resolved(bare, "role", ROLE_UNNAMED)

    def is_speaker(self, raw: str) -> bool:
        """Say whether a phrase can name a speaker, without recording anything."""
        phrase = " ".join(raw.split()).strip(" ,")
        if phrase.lower() in PRONOUNS:
            return True
        key = (phrase, len(self.people))
        if key not in self._memo_speaker:
            self._memo_speaker[key] = (
                bool(phrase) and self.resolve(phrase, -1, commit=False) is not None
            )
        return self._memo_speaker[key]

    def resolve(
        self, raw: str, pos: int, *, definite: bool = False, commit: bool = True
    ) -> Resolved | None:
        """Resolve the mention `raw` found at `pos`; None when it is not a speaker."""
        phrase = _CONJUNCTION_RE.sub("", " ".join(raw.replace("*", " ").split()).strip(" ,"))
        if len(phrase) > 2 and phrase.endswith(".") and phrase[-3] != " ":
            phrase = phrase[:-1]
        if not phrase:
            return None
        if phrase.lower() in PRONOUNS:
            return self._pronoun(phrase, pos)
        if appositive := APPOSITIVE_NAME_RE.match(phrase):
            found = self.resolve(appositive.group("name"), pos, commit=commit)
            if found is not None and found.kind in ("person", "name"):
                if commit:
                    person = self._person(found.speaker, pos)
                    person.roles |= {w.lower() for w in appositive.group("role").split()}
                return found
            phrase = appositive.group("role")
        return self._phrase(phrase, pos, definite, commit)

    def _phrase(self, phrase: str, pos: int, definite: bool, commit: bool) -> Resolved | None:
        """Resolve a noun phrase: a name at its end, a role, an institution or a description."""
        possessive = bool(_POSSESSIVE_DET_RE.match(phrase))
        definite = definite or possessive or phrase.lower().startswith("the ")
        words = _DETERMINER_RE.sub("", _POSSESSIVE_DET_RE.sub("", phrase))
        tokens = words.split()
        if not tokens:
            return None
        trailing = trailing_name(tokens)
        if len(trailing[1]) >= 2 and not is_institution(" ".join(trailing[1])):
            # "Zelensky’s chief of staff Andriy Yermak": the name at the end is the speaker
            roles = tokens[: len(tokens) - len(trailing[1])]
            return self._named(trailing[1], roles, pos, commit)
        head = _PREPOSITION_RE.split(words, maxsplit=1)[0]
        if head != words and head.split()[-1][:1].islower() and ROLE_RE.search(head.split()[-1]):
            return self._role(phrase, pos, definite, commit)
        if head != words and head.split()[-1][:1].isupper() and not is_institution(head):
            tokens = head.split()
        elif is_institution(words):
            name = words if not possessive else phrase
            if commit:
                self.last_group = (pos, name)
            return Resolved(name, "institution", INSTITUTION)
        return self._name_role_or_description(tokens, words, phrase, pos, definite, commit)

    def _name_role_or_description(
        self, tokens: list[str], words: str, phrase: str, pos: int, definite: bool, commit: bool
    ) -> Resolved | None:
        run = capitalised_run(tokens)
        titles, name_tokens = split_title(run) if run else ([], [])
        before_run = tokens[: len(tokens) - len(run)]
        if before_run and not describes(before_run[-1]):
            name_tokens = []  # "figures published on Monday" names nobody
        if name_tokens and name_tokens[-1] in NOT_NAMES:
            name_tokens = []
        if name_tokens:
            return self._named(name_tokens, titles + before_run, pos, commit)
        if ROLE_RE.search(words):
            return self._role(phrase, pos, definite, commit)
        if is_description(tokens):
            bare = " ".join(tokens)
            if commit:
                self.last_role = (pos, bare)
            return Resolved(bare, "description", DESCRIPTION)
        return None

    def _named(
        self, name_tokens: list[str], role_words: list[str], pos: int, commit: bool
    ) -> Resolved:
        """Resolve a name, expanding a bare surname to the full name met in the article."""
        roles = {w.rstrip(".").lower() for w in role_words}
        if len(name_tokens) == 1:
            person = self._by_surname(name_tokens[0], pos)
            if person is None:
                title = role_words[-1].rstrip(".") if role_words else ""
                if title.lower() in NAMING_TITLES:
                    return Resolved(f"{title} {name_tokens[0]}", "name", LONE_NAME)  # "Father Simeon"
                return Resolved(name_tokens[0], "name", LONE_NAME)
            confidence = SURNAME
        else:
            person, confidence = self._person(" ".join(name_tokens), pos, commit), FULL_NAME
        if not commit:
            return Resolved(person.name, "person", confidence)
        person.roles |= roles
        for word in roles:
            person.gender = person.gender or GENDER_TITLES.get(word)
        self.recent.append((pos, person))
        return Resolved(person.name, "person", confidence)

