"""Resolve speaker mentions in one article: names, surnames, pronouns, roles and institutions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal

from analysis.extraction.lexicon import (
    APPOSITIVE_NAME_RE,
    INSTITUTION_RE,
    NAME_PARTICLES,
    NAMING_TITLES,
    PRONOUNS,
    ROLE_RE,
    TITLE_WORDS,
)
from analysis.extraction.transliteration import same_surname

MentionKind = Literal["person", "pronoun", "role", "institution", "name"]
_NAME_TOKEN: Final[str] = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Capt|Maj|Adm|St)\.|"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЎ]\.|[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЎ][\w’'\-]*)"
)
PERSON_RUN_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w’']){_NAME_TOKEN}(?:[ \t]+(?:(?:van|von|de|da|di|du|bin|al|el)[ \t]+)?{_NAME_TOKEN})+"
)
_ROLE_AFTER_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+[a-z][\w\-]*")
_DETERMINER_RE: Final[re.Pattern[str]] = re.compile(r"^(?:the|a|an|as)\s+", re.IGNORECASE)
_PREPOSITION_RE: Final[re.Pattern[str]] = re.compile(r"\s+(?:of|for|at|from|with)\s+")
_POSSESSIVE_DET_RE: Final[re.Pattern[str]] = re.compile(r"^(?:his|her|their|its)\s+", re.I)
_NOT_NAMES: Final[frozenset[str]] = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "I", "We", "You", "They", "It", "This", "That", "There",
})
# Capitalised at the start of a sentence, never the start of a name.
_LEADING_WORDS: Final[frozenset[str]] = frozenset({
    "the", "of", "then", "but", "and", "when", "after", "before", "in", "on", "at", "as",
    "meanwhile", "however", "also", "so", "yet", "if", "while", "since", "under", "with",
    "for", "from", "by", "to", "this", "that", "these", "those", "his", "her", "their", "its",
    "our", "my", "a", "an", "last", "next", "earlier", "later", "now", "today", "yesterday",
    "former", "late", "both", "all", "some", "many", "during", "despite", "although", "because",
})
_FUNCTION_WORDS: Final[frozenset[str]] = frozenset({
    "on", "in", "at", "of", "for", "from", "to", "by", "with", "after", "before", "during",
    "since", "until", "and", "or", "but", "than", "as", "into", "over", "under", "about",
})
_SKIP_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:of|for|at|in|from|near|across|into|on)(?:\s+the)?\s*$"
)
_GENERIC_LEADER: Final[frozenset[str]] = frozenset({"leader", "head", "chief", "president"})
_LEADER_ROLES: Final[frozenset[str]] = frozenset({
    "president", "premier", "prime", "chancellor", "leader", "king", "queen", "head", "chief",
})
_GENDER_TITLES: Final[dict[str, str]] = {
    "mr": "male", "sir": "male", "king": "male", "lord": "male", "prince": "male",
    "mrs": "female", "ms": "female", "miss": "female", "dame": "female", "queen": "female",
    "lady": "female", "princess": "female", "chairwoman": "female", "spokeswoman": "female",
    "chairman": "male", "spokesman": "male",
}


@dataclass
class Person:
    """A person named in the article, with the role words used to introduce them."""

    name: str
    start: int
    roles: set[str] = field(default_factory=set)
    gender: str | None = None


@dataclass(frozen=True)
class Resolved:
    """The outcome of resolving one mention: the speaker and how sure we are."""

    speaker: str
    kind: MentionKind
    confidence: float


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split leading titles and their modifiers off a capitalised run ('Tarvian President X')."""
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        bare = token.rstrip(".").lower()
        if bare in TITLE_WORDS or ROLE_RE.fullmatch(bare) or (bare in _LEADING_WORDS and i == cut):
            cut = i + 1
    return tokens[:cut], tokens[cut:]


def capitalised_run(tokens: list[str]) -> list[str]:
    """The run of capitalised tokens (and name particles inside it) that ends a phrase."""
    run: list[str] = []
    for token in reversed(tokens):
        if token[:1].isupper() or (run and token.lower() in NAME_PARTICLES):
            run.insert(0, token)
        else:
            break
    return run


def _trailing_name(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The capitalised run ending a phrase, split into titles and name; empty if it is not one."""
    run = capitalised_run(tokens)
    if not run or (len(run) < len(tokens) and not _describes(tokens[len(tokens) - len(run) - 1])):
        return [], []
    titles, name = split_title(run)
    if name and name[-1] in _NOT_NAMES:
        return [], []
    return titles, name


def _describes(word: str) -> bool:
    """Say whether a word just before a name can describe it ('nurse Ana', not 'on Monday')."""
    bare = word.rstrip(".,").lower()
    return bare not in _FUNCTION_WORDS and not bare.endswith("ed")


def _is_institution(words: str) -> bool:
    """Say whether a phrase names an institution or a group."""
    last = words.split()[-1] if words.split() else ""
    return bool(INSTITUTION_RE.search(last)) or (
        " of " in f" {words} " and bool(INSTITUTION_RE.search(words))
    )


class SpeakerTracker:
    """Resolve mentions in document order, keeping the people met so far."""

    def __init__(self, text: str) -> None:
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
        if gender in ("group", "thing"):
            if self.last_group is not None:
                return Resolved(self.last_group[1], "institution", 0.6)
            return None
        for _, person in reversed([r for r in self.recent if r[0] <= pos]):
            if person.gender in (None, gender):
                person.gender = gender
                return Resolved(person.name, "pronoun", 0.75)
        if self.last_role is not None and self.last_role[0] <= pos:
            return Resolved(self.last_role[1], "role", 0.6)  # "A spokeswoman said ... she said"
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
                return Resolved(max(before, key=lambda p: p.start).name, "role", 0.7)
            if matches:
                return Resolved(matches[0].name, "role", 0.6)
            if head in _GENERIC_LEADER and self.recent:
                return Resolved(self.recent[-1][1].name, "role", 0.5)
        if commit:
            self.last_role = (pos, bare)
        return Resolved(bare, "role", 0.6)

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
        phrase = " ".join(raw.replace("*", " ").split()).strip(" ,")
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
        possessive = bool(_POSSESSIVE_DET_RE.match(phrase))
        definite = definite or possessive or phrase.lower().startswith("the ")
        words = _DETERMINER_RE.sub("", _POSSESSIVE_DET_RE.sub("", phrase))
        tokens = words.split()
        if not tokens:
            return None
        trailing = _trailing_name(tokens)
        if len(trailing[1]) >= 2 and not _is_institution(" ".join(trailing[1])):
            # "Zelensky’s chief of staff Andriy Yermak": the name at the end is the speaker
            roles = tokens[: len(tokens) - len(trailing[1])]
            return self._named(trailing[1], roles, pos, commit)
        head = _PREPOSITION_RE.split(words, maxsplit=1)[0]
        if head != words and head.split()[-1][:1].islower() and ROLE_RE.search(head.split()[-1]):
            return self._role(phrase, pos, definite, commit)
        if head != words and head.split()[-1][:1].isupper() and not _is_institution(head):
            tokens = head.split()
        elif _is_institution(words):
            name = words if not possessive else phrase
            if commit:
                self.last_group = (pos, name)
            return Resolved(name, "institution", 0.8)
        run = capitalised_run(tokens)
        titles, name_tokens = split_title(run) if run else ([], [])
        before_run = tokens[: len(tokens) - len(run)]
        if before_run and not _describes(before_run[-1]):
            name_tokens = []  # "figures published on Monday" names nobody
        if name_tokens and name_tokens[-1] in _NOT_NAMES:
            name_tokens = []
        if name_tokens:
            return self._named(name_tokens, titles + tokens[: len(tokens) - len(run)], pos, commit)
        if ROLE_RE.search(words):
            return self._role(phrase, pos, definite, commit)
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
                    return Resolved(f"{title} {name_tokens[0]}", "name", 0.6)  # "Father Simeon"
                return Resolved(name_tokens[0], "name", 0.6)
            confidence = 0.85
        else:
            person, confidence = self._person(" ".join(name_tokens), pos, commit), 0.95
        if not commit:
            return Resolved(person.name, "person", confidence)
        person.roles |= roles
        for word in roles:
            person.gender = person.gender or _GENDER_TITLES.get(word)
        self.recent.append((pos, person))
        return Resolved(person.name, "person", confidence)


def collect_people(text: str) -> list[Person]:
    """Find full personal names (two or more capitalised words) and the titles before them."""
    people: dict[str, Person] = {}
    for match in PERSON_RUN_RE.finditer(text):
        tokens = match.group(0).split()
        follower = _ROLE_AFTER_RE.match(text, match.end())
        if follower and ROLE_RE.fullmatch(follower.group(0).strip()):
            continue  # "Social Democrat leader": a modifier, not a name
        if _SKIP_AFTER_RE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "of the Velmar Courier": a place or an organisation
        titles, name = split_title(tokens)
        phrase = " ".join(name)
        if len(name) < 2 or _is_institution(phrase) or any(t.isupper() for t in name):
            continue
        roles = {w.rstrip(".").lower() for w in titles} | _context_roles(text, match)
        person = people.setdefault(phrase, Person(phrase, match.start()))
        person.roles |= roles
        for word in roles:
            person.gender = person.gender or _GENDER_TITLES.get(word)
    return list(people.values())


def _context_roles(text: str, match: re.Match[str]) -> set[str]:
    """Lower-case words describing a name: 'regional governor X', 'X, a spokesman for Y,'."""
    before = text[max(0, match.start() - 80) : match.start()]
    clause = re.split(r"[,.;:!?\n“”\"]", before.rstrip().removesuffix(","))[-1]
    after = text[match.end() : match.end() + 80]
    words = clause.split()[-6:]
    if after.startswith(","):
        words += re.split(r"[,.;:!?\n“”\"]", after[1:])[0].split()[:8]
    return {w.lower() for w in words if w[:1].islower()}
