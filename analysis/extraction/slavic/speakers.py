"""Resolve speaker mentions in a Russian or Ukrainian article: names, pronouns, roles, bodies."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from analysis.extraction.coref import (
    DESCRIPTION,
    FULL_NAME,
    GROUP_PRONOUN,
    INSTITUTION,
    LONE_NAME,
    PERSON_PRONOUN,
    ROLE_NAMED_AFTER,
    ROLE_NAMED_BEFORE,
    ROLE_UNNAMED,
    SURNAME,
    Resolved,
)
from analysis.extraction.slavic.bodies import full_ministry_name, is_short_ministry
from analysis.extraction.slavic.cues import trim_subject
from analysis.extraction.slavic.lexicon import (
    DESCRIPTION_LEMMAS,
    INSTITUTION_LEMMAS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_LEMMAS,
    ROLE_SYNONYMS,
    CueGender,
)
from analysis.extraction.slavic.names import (
    SlavicLanguage,
    name_role,
    nominative_agreeing,
    nominative_name,
    nominative_phrase,
    parses,
)
from analysis.extraction.slavic.people import (
    TOKEN_RE,
    Person,
    collect_groups,
    collect_mentions,
    collect_people,
    person_tokens,
    role_lemmas,
    same_surname_form,
)

_LOCATIVE: Final[frozenset[str]] = frozenset({"в", "во", "у"})
_QUOTED_NAME_RE: Final[re.Pattern[str]] = re.compile(r"\s*[«„“\"](?P<name>[^«»„“”\"]{1,60})[»“”\"]")
_PERSON_NOUNS: Final[frozenset[str]] = ROLE_LEMMAS | DESCRIPTION_LEMMAS


def _capitalised_runs(tokens: list[str]) -> list[list[str]]:
    runs: list[list[str]] = [[]]
    for token in tokens:
        if token[:1].isupper() and not token.isupper():
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _joined(words: list[str], raw: str) -> str:
    """The last words of a phrase joined as written: `источник, знакомый с ходом` keeps its comma."""
    found = list(TOKEN_RE.finditer(raw))[-len(words) :] if words else []
    if len(found) != len(words):
        return " ".join(words)
    seps = [", " if "," in raw[a.end() : b.start()] else " " for a, b in pairwise(found)]
    return words[0] + "".join(sep + word for sep, word in zip(seps, words[1:], strict=True))


class SlavicSpeakers:
    """Resolve mentions against the people the article names, by position in the text."""

    def __init__(self, text: str, lang: SlavicLanguage) -> None:
        self.lang, self.text = lang, text
        self.people: list[Person] = collect_people(text, lang)
        self.mentions = collect_mentions(text, self.people, lang)
        self.groups = collect_groups(text, lang)
        self.last_group: tuple[int, str] | None = None
        self.genders: dict[int, CueGender] = {}

    def hint_gender(self, pos: int, gender: CueGender | None) -> None:
        """Record the gender a cue agrees with (`заявила`) for the subject found at `pos`."""
        if gender is not None:
            self.genders[pos] = gender

    def note_subject(self, name: str, pos: int) -> None:
        """Mentions are collected from the whole text up front; nothing to record."""

    def is_speaker(self, raw: str) -> bool:
        """Say whether a phrase can name a speaker, without recording anything."""
        return self.resolve(raw, -1, commit=False) is not None

    def resolve(
        self, raw: str, pos: int, *, definite: bool = False, commit: bool = True
    ) -> Resolved | None:
        """Resolve the mention `raw` found at `pos`; None when it names no speaker."""
        tokens = TOKEN_RE.findall(raw)
        if not tokens:
            return None
        found = self._named(tokens, pos) or self._pronoun(tokens, pos)
        if found is None:
            role_first = self._first_role(tokens) <= self._first_body(tokens)
            found = (
                (self._role(tokens, pos, raw) if role_first else None) or self._institution(raw, pos)
                or self._role(tokens, pos, raw) or self._lone_name(tokens)
            )
        if found is not None and found.kind in ("institution", "description") and commit:
            self.last_group = (pos, found.speaker)
        if found is not None and found.kind == "person" and pos in self.genders:
            for person in self.people:
                if person.name == found.speaker and person.gender is None:
                    gender = self.genders[pos]
                    person.gender = gender if gender in ("male", "female") else None
        return found

    def _named(self, tokens: list[str], pos: int) -> Resolved | None:
        """A full name anywhere in the phrase, else a surname of someone the article names."""
        for run in _capitalised_runs(tokens):
            found = person_tokens(run, self.lang)
            if found is not None:
                name = " ".join(nominative_name(found[1], self.lang))
                known = next((p for p in self.people if p.name == name), None)
                return Resolved(known.name if known else name, "person", FULL_NAME)
        for token in tokens:
            if token[:1].isupper() and (person := self._by_surname(token, pos)):
                return Resolved(person.name, "person", SURNAME)
        return None

    def _by_surname(self, word: str, pos: int) -> Person | None:
        found = [p for p in self.people if same_surname_form(word, p, self.lang)]
        earlier = [p for p in found if p.start <= pos or pos < 0]
        return max(earlier, key=lambda p: p.start) if earlier else (found[0] if found else None)

    def _pronoun(self, tokens: list[str], pos: int) -> Resolved | None:
        words = [POSSESSIVES.get(t.lower(), t.lower()) for t in tokens]
        words = [w for w in words if w in PRONOUNS]
        if not words:
            return None
        gender = PRONOUNS[words[-1]]
        if gender in ("plural", "neuter"):
            return self._group(words[-1], pos)
        if pos < 0:
            return Resolved(words[-1], "pronoun", PERSON_PRONOUN)
        earlier = [m for m in self.mentions if m.pos < pos]
        for nominative_only in (True, False):
            for mention in reversed(earlier):
                if (mention.nominative or not nominative_only) and mention.person.gender in (None, gender):
                    return Resolved(mention.person.name, "pronoun", PERSON_PRONOUN)
        return None

    def _group(self, word: str, pos: int) -> Resolved | None:
        """`они`, `вони`: the last plural subject or body named before the pronoun."""
        if pos < 0:
            return Resolved(word, "institution", GROUP_PRONOUN)
        found = [g for g in self.groups if g[0] < pos]
        if self.last_group is not None and self.last_group[0] < pos:
            found.append(self.last_group)
        if not found:
            return None
        return Resolved(max(found, key=lambda g: g[0])[1], "institution", GROUP_PRONOUN)

    def _role(self, tokens: list[str], pos: int, raw: str = "") -> Resolved | None:
        """`глава МИД`, `речниця МЗС`: the person the article names for the role, else the role."""
        lemmas = role_lemmas(tokens, self.lang)
        head = next((i for i, w in enumerate(lemmas) if w in _PERSON_NOUNS), None)
        if head is None or not self._can_be_subject(tokens[head]):
            return None
        quals = set(lemmas[head + 1 :])
        matches = [p for p in self.people if lemmas[head] in p.roles] or [
            p for p in self.people if ROLE_SYNONYMS.get(lemmas[head], frozenset()) & p.roles
        ]
        if matches:
            best = max(len(quals & p.roles) for p in matches)
            matches = [p for p in matches if len(quals & p.roles) == best]
            before = [p for p in matches if p.start <= pos]
            if before:
                return Resolved(max(before, key=lambda p: p.start).name, "role", ROLE_NAMED_BEFORE)
            return Resolved(matches[0].name, "role", ROLE_NAMED_AFTER)
        words = nominative_phrase(tokens[head:], self.lang)
        if lemmas[head] in ROLE_LEMMAS:
            return Resolved(_joined(words, raw), "role", ROLE_UNNAMED)
        return Resolved(" ".join(tokens[max(0, head - 1) if head and tokens[head - 1].islower() else head :]),
                        "description", DESCRIPTION)

    def _can_be_subject(self, word: str) -> bool:
        """A speaker is named in the nominative, or the genitive after `по словам`; `журналистам`
        is the one spoken to."""
        return any(p.tag.case in ("nomn", "gent", None) for p in parses(word, self.lang))

    def _first_role(self, tokens: list[str]) -> int:
        lemmas = role_lemmas(tokens, self.lang)
        return next((i for i, w in enumerate(lemmas) if w in _PERSON_NOUNS), len(tokens))

    def _first_body(self, tokens: list[str]) -> int:
        return next((
            i for i, t in enumerate(tokens)
            if (t.isupper() and len(t) >= 2) or self._lemma_is_institution(t)
        ), len(tokens))

    def _institution(self, raw: str, pos: int) -> Resolved | None:
        """`МИД России`, `в Кремле`, `ООО «Кельдгаз»`, `издание «Вести»`: the body, nominative."""
        tokens = list(TOKEN_RE.finditer(raw))
        for i, token in enumerate(tokens):
            word = token.group(0)
            if (word.isupper() and len(word) >= 2) or is_short_ministry(word, self.lang):
                return self._body(raw, tokens, i)
            if self._lemma_is_institution(word):
                return self._body(raw, tokens, i)
            if word.lower() not in _LOCATIVE and not word[:1].isupper() and not self._adjective(word):
                return None
        return None

    def _body(self, raw: str, tokens: list[re.Match[str]], head: int) -> Resolved:
        if is_short_ministry(short := tokens[head].group(0), self.lang):  # `Мінекономіки`: its full name
            full = full_ministry_name(short, self.text, self.lang)
            return Resolved(full or raw[tokens[head].start() :].strip(), "institution", INSTITUTION)
        quoted = _QUOTED_NAME_RE.match(raw, tokens[head].end())
        if quoted is not None and not tokens[head].group(0).isupper():
            return Resolved(quoted.group("name"), "institution", INSTITUTION)  # издание «Вести»
        begin = head
        while begin > 0 and self._adjective(tokens[begin - 1].group(0)):
            begin -= 1
        # `Ардинский МИД в своём заявлении`: the body ends where a place or a channel begins
        plain = trim_subject(" ".join(t.group(0) for t in tokens[begin:]), 0)[0].split()
        words = nominative_agreeing(plain, head - begin, self.lang)
        name = " ".join(words)
        if quoted is not None:
            name = raw[tokens[begin].start() : quoted.end()]
        return Resolved(name, "institution", INSTITUTION)

    def _adjective(self, word: str) -> bool:
        return not word.isupper() and any(p.tag.POS == "ADJF" for p in parses(word.lower(), self.lang)[:1])

    def _lemma_is_institution(self, token: str) -> bool:
        return role_lemmas([token], self.lang)[0] in INSTITUTION_LEMMAS

    def _lone_name(self, tokens: list[str]) -> Resolved | None:
        """A surname the article never gave in full (`Ковальчук заявил`), in the nominative."""
        caps = [t for t in tokens if t[:1].isupper() and not t.isupper()]
        if len(caps) == 1 and len(tokens) <= 2 and name_role(caps[0], self.lang) == "surname":
            return Resolved(nominative_name(caps, self.lang)[0], "name", LONE_NAME)
        return None
