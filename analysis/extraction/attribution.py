"""Find who is credited with a quote, and reported speech in a sentence, from cue patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from analysis.extraction.lexicon import STANCE_VERBS
from analysis.extraction.patterns import (
    ACCORDING_AFTER_RE,
    ACCORDING_BEFORE_RE,
    AFTER_ANY_VERB_INVERTED_RE,
    AFTER_ANY_VERB_RE,
    AFTER_SUBJECT_VERB_RE,
    AFTER_VERB_SUBJECT_RE,
    BEFORE_RE,
    CHANNEL_RE,
    CLAIM_THAT_RE,
    HEADLINE_SPEAKER_RE,
    LEADING_FILLER_RE,
    PARTICIPLE_CUE_RE,
    SUBJECT_VERB_RE,
    THAT_RE,
)

Side = Literal["after", "before", "mixed", "continued"]
_ADVERBIAL_START_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?:on|at|in|to|during|after|before|last|this|yesterday|today|earlier|later|"
    r"repeatedly|again|also|once|previously|publicly|[a-z]+ly)\b"
)
_TOLD_RE: Final[re.Pattern[str]] = re.compile(r"^(?:told|tells|assured|reassured|warned)$")
_HEADLINE_COLON_RE: Final[re.Pattern[str]] = re.compile(
    r"\s*:\s*(?P<subj>(?:[\w’'\-.]+\s+){0,3}?[\w’'\-.]+)(?=\s+[a-z]+s\b)"
)
_SENTENCE_TAIL_RE: Final[re.Pattern[str]] = re.compile(r"[^.!?\n]*")
_NAME_IN_RE: Final[re.Pattern[str]] = re.compile(r"(?:^|\s)[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-]*)+\W*$")
_PAST_VERB_RE: Final[re.Pattern[str]] = re.compile(r"\b[a-z]+ed\b")
# a name or a pronoun that acts in a clause: "When he returned he began by saying"
_LAST_AGENT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w’'])(?P<subj>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})(?=\s+[a-z])"
)
_QUOTE_END_PUNCTUATION: Final[str] = ",!?"
_STANCE: Final[frozenset[str]] = frozenset(STANCE_VERBS)


@dataclass(frozen=True)
class Cue:
    """An attribution found in the text: the raw subject, where it is, the cue and a channel."""

    subject: str
    subject_pos: int
    cue: str
    channel: str
    side: Side
    end: int  # where the attribution text ends (for a quote split around it)
    content_start: int = -1  # mixed: where the reported clause begins
    any_verb: bool = False  # the cue is a verb outside the lexicon (`,” Bozell concludes.`)


def subject_of(found: re.Match[str], group: str = "subj") -> str:
    """The subject, with a parenthetical name kept as an appositive ('his counterpart, Elsa Berg')."""
    subject = found.group(group)
    mid = found.groupdict().get("mid")
    if mid:
        # "Doctors’ associations welcomed the plan but warned": the subject ends before the verb
        verb = _PAST_VERB_RE.search(mid)
        if verb and verb.start():
            subject = f"{subject} {mid[: verb.start()].strip()}"
    paren = found.groupdict().get("paren")
    named = subject.split()[-1][:1].isupper() if subject.split() else False
    if paren and not named and _NAME_IN_RE.search(paren):
        return f"{subject}, {paren.strip(' ,')}"
    return subject


def channel_of(text: str) -> str:
    found = CHANNEL_RE.search(text)
    return " ".join(found.group("channel").split()) if found else ""


def cue_after(view: str, close: int, limit: int, *, headline: bool = False) -> Cue | None:
    """Find `,” Lukashenka said, according to ...` right after a closing mark."""
    window = view[close + 1 : limit]
    patterns = [AFTER_VERB_SUBJECT_RE, AFTER_SUBJECT_VERB_RE, ACCORDING_AFTER_RE]
    if close and view[close - 1] in _QUOTE_END_PUNCTUATION:
        # `,” Bozell concludes.`: after a quote closed on a comma, any verb is its cue
        patterns += [AFTER_ANY_VERB_RE, AFTER_ANY_VERB_INVERTED_RE]
    for pattern in patterns:
        found = pattern.match(window)
        if found:
            tail = _SENTENCE_TAIL_RE.match(window, found.end())
            tail_end = tail.end() if tail else found.end()
            subj_pos = close + 1 + found.start("subj")
            return Cue(
                subject_of(found), subj_pos, " ".join(found.group("cue").split()),
                channel_of(window[found.end("cue") : tail_end]), "after", close + 1 + found.end(),
                any_verb=pattern in (AFTER_ANY_VERB_RE, AFTER_ANY_VERB_INVERTED_RE),
            )
    if headline and (colon := _HEADLINE_COLON_RE.match(window)):
        return Cue(colon.group("subj"), close + 1 + colon.start("subj"), "", "", "after", close)
    return None


def _participle_subject(prefix: str, cue_at: int) -> re.Match[str] | None:
    """Whose `, saying, “...”` it is: the sentence's subject, else the last name or pronoun."""
    lead = SUBJECT_VERB_RE.match(prefix)
    if lead is not None:
        return lead
    return max(_LAST_AGENT_RE.finditer(prefix, 0, cue_at), key=lambda m: m.start(), default=None)


def cue_before(
    view: str, sentence_start: int, opened: int, *, headline: bool = False
) -> Cue | None:
    """Find `Reese said:` or `According to X,` before an opening mark, or a mixed quote."""
    prefix = view[sentence_start:opened]
    if headline and (named := HEADLINE_SPEAKER_RE.match(prefix)):
        subj_pos = sentence_start + named.start("subj")
        return Cue(named.group("subj"), subj_pos, "", "", "before", opened)
    according = ACCORDING_BEFORE_RE.search(prefix)
    if according:
        return Cue(
            according.group("subj"), sentence_start + according.start("subj"),
            "according to", "", "before", opened,
        )
    participle = PARTICIPLE_CUE_RE.search(prefix)
    if participle is not None and (lead := _participle_subject(prefix, participle.start())):
        return Cue(
            subject_of(lead), sentence_start + lead.start("subj"),
            participle.group("cue").split()[0], "", "before", opened,
        )
    found = BEFORE_RE.search(prefix)
    if found is None:
        return None
    tail = found.group("tail")
    stripped = prefix.rstrip()
    side: Side = "before"
    content_start = -1
    if tail.strip() and not stripped.endswith((":", ",")) and "," not in tail:
        side = "mixed"
        content_start = sentence_start + found.start("tail") + intro_length(tail, found.group("cue"))
    return Cue(
        subject_of(found), sentence_start + found.start("subj"),
        " ".join(found.group("cue").split()), channel_of(tail), side, opened, content_start,
    )


def intro_length(rest: str, cue: str) -> int:
    """Length of what sits between a cue and its content: adverbials and an introducing `that`."""
    stripped = rest.lstrip()
    filler = LEADING_FILLER_RE.match(stripped)
    offset = len(rest) - len(stripped) + (filler.end() if filler else 0)
    clause = rest[offset:]
    that = THAT_RE.match(clause)
    if that and (
        clause.startswith("that") or _ADVERBIAL_START_RE.match(clause) or _TOLD_RE.match(cue)
        or CLAIM_THAT_RE.match(clause)
    ):
        offset += that.end()
    return offset
