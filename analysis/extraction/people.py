"""People named in an article: full names, their titles and roles, and what a phrase names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from analysis.extraction.lexicon import (
    NAME_PARTICLES,
    NOT_DESCRIPTION_WORDS,
    SPEAKING_NOUNS,
    TITLE_WORDS,
)
from analysis.extraction.patterns import INSTITUTION_RE, ROLE_RE, SHARE_OF_PEOPLE_RE

_NAME_TOKEN: Final[str] = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Capt|Maj|Adm|St)\.|"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЎ]\.|[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЎ][\w’'\-]*)"
)
PERSON_RUN_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w’']){_NAME_TOKEN}(?:[ \t]+(?:(?:van|von|de|da|di|du|bin|al|el)[ \t]+)?{_NAME_TOKEN})+"
)
_ROLE_AFTER_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+[a-z][\w\-]*")
NOT_NAMES: Final[frozenset[str]] = frozenset({
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
GENDER_TITLES: Final[dict[str, str]] = {
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


def trailing_name(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The capitalised run ending a phrase, split into titles and name; empty if it is not one."""
    run = capitalised_run(tokens)
    if not run or (len(run) < len(tokens) and not describes(tokens[len(tokens) - len(run) - 1])):
        return [], []
    titles, name = split_title(run)
    if name and name[-1] in NOT_NAMES:
        return [], []
    return titles, name


def describes(word: str) -> bool:
    """Say whether a word just before a name can describe it ('nurse Ana', not 'on Monday')."""
    bare = word.rstrip(".,").lower()
    return bare not in _FUNCTION_WORDS and not bare.endswith("ed")


def is_description(tokens: list[str]) -> bool:
    """Say whether words describe a speaker without naming one ('the newspaper', 'aides')."""
    if not 1 <= len(tokens) <= 6:
        return False
    if SHARE_OF_PEOPLE_RE.match(" ".join(tokens)):
        return True  # "six in 10", "59 percent of voters": respondents of a poll
    last = tokens[-1].lower()
    wordlike = last.replace("-", "").isalnum() and any(c.isalpha() for c in last)
    if not wordlike or not tokens[-1].islower() or len(last) < 3:
        return False
    words = {t.lower().strip(",’'") for t in tokens}
    if not words.isdisjoint(NOT_DESCRIPTION_WORDS) or last.endswith("ly"):
        return False
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return last in SPEAKING_NOUNS or plural


def is_institution(words: str) -> bool:
    """Say whether a phrase names an institution or a group."""
    last = words.split()[-1] if words.split() else ""
    return bool(INSTITUTION_RE.search(last)) or (
        " of " in f" {words} " and bool(INSTITUTION_RE.search(words))
    )


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
        if len(name) < 2 or is_institution(phrase) or any(t.isupper() for t in name):
            continue
        roles = {w.rstrip(".").lower() for w in titles} | _context_roles(text, match)
        person = people.setdefault(phrase, Person(phrase, match.start()))
        person.roles |= roles
        for word in roles:
            person.gender = person.gender or GENDER_TITLES.get(word)
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
