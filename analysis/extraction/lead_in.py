"""Quotes led in by a sentence's own subject and verb: `X agreed: “...”`, `X called it “...”`."""

from __future__ import annotations

import re
from typing import Final

from analysis.extraction.attribution import Cue, subject_of
from analysis.extraction.patterns import CAP_TOKEN, SCARE_BEFORE_RE, SUBJECT_VERB_RE

# where a clause can begin inside a sentence that ends in a colon
_CLAUSE_BREAK_RE: Final[re.Pattern[str]] = re.compile(r",\s+|\s[-–—]\s+")
# `Ann Hale: “...”`: a name alone before the colon
_NAME_COLON_RE: Final[re.Pattern[str]] = re.compile(
    rf"\s*(?P<subj>{CAP_TOKEN}(?:\s+{CAP_TOKEN}){{0,3}})\s*:\s*$"
)
_COLON_END_RE: Final[re.Pattern[str]] = re.compile(r":\s*$")
# What a fragment's lead-in may not hold: another clause's cue or a quote of its own.
_NOT_LEAD_IN_RE: Final[re.Pattern[str]] = re.compile(r"[“”\"]")
_MAX_LEAD_IN: Final[int] = 160
_MAX_FRAGMENT_GAP: Final[int] = 60  # characters between the verb and a fragment's opening mark
_SCARE_WORDS: Final[int] = 3  # `the “digital sovereignty” law` is a name in quotes, not speech
# Words ending in -s that the subject-verb pattern takes for verbs, and openers of a clause
# whose subject is not the sentence's.
_NOT_VERBS: Final[frozenset[str]] = frozenset({
    "is", "was", "has", "his", "as", "this", "its", "us", "does", "hers", "yes", "less", "thus",
    "plus", "across", "whereas", "unless", "ours", "theirs", "yours", "always", "perhaps",
    "news", "sometimes", "bus", "gas", "series", "times", "years", "days", "weeks", "months",
})
_NOT_SUBJECT_START: Final[frozenset[str]] = frozenset({
    "when", "while", "as", "if", "although", "though", "because", "since", "after", "before",
    "and", "but", "or", "even", "in", "on", "at", "for", "with", "by", "from", "to", "until",
    "once", "unless", "whether", "where", "so", "yet", "then", "meanwhile", "still",
})


def _lead(view: str, sentence_start: int, opened: int) -> re.Match[str] | None:
    """The sentence's subject and verb before the quote, when they can be trusted as a cue."""
    if opened - sentence_start > _MAX_LEAD_IN or _NOT_LEAD_IN_RE.search(view, sentence_start, opened):
        return None
    lead = SUBJECT_VERB_RE.match(view, sentence_start, opened)
    if lead is None:
        return None
    first = lead.group("subj").split()[0].lower()
    if first in _NOT_SUBJECT_START or _verb(view, lead).lower() in _NOT_VERBS:
        return None
    return lead


def _verb(view: str, lead: re.Match[str]) -> str:
    words = view[lead.start() : lead.end()].split()
    return words[-1] if words else ""


def colon_cue(view: str, sentence_start: int, opened: int) -> Cue | None:
    """`The minister agreed: “...”` (any verb), `Reactions - Ann Hale: “...”`: who is speaking."""
    if not _COLON_END_RE.search(view, sentence_start, opened):
        return None
    clause_starts = [sentence_start] + [
        m.end() for m in _CLAUSE_BREAK_RE.finditer(view, sentence_start, opened)
    ]
    for start in clause_starts:
        if named := _NAME_COLON_RE.match(view, start, opened):
            return Cue(named.group("subj"), named.start("subj"), "", "", "before", opened)
        lead = _lead(view, start, opened)
        if lead is not None:
            return Cue(subject_of(lead), lead.start("subj"), _verb(view, lead), "", "before", opened)
    return None


def fragment_cue(view: str, sentence_start: int, opened: int) -> Cue | None:
    """`X called the plan “a disgrace”`: a quoted fragment after a verb that is not a cue."""
    lead = _lead(view, sentence_start, opened)
    if lead is None or opened - lead.end() > _MAX_FRAGMENT_GAP:
        return None
    close = view.find("”", opened)
    if SCARE_BEFORE_RE.search(view, lead.end(), opened) and close > 0 and (
        len(view[opened:close].split()) <= _SCARE_WORDS
    ):
        return None
    content_start = lead.end() + len(view[lead.end() : opened]) - len(view[lead.end() : opened].lstrip())
    return Cue(
        subject_of(lead), lead.start("subj"), _verb(view, lead), "", "mixed", opened, content_start,
    )
