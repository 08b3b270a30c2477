"""Reported speech inside one sentence: who said what, without quotation marks."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from analysis.extraction.attribution import channel_of, intro_length, subject_of
from analysis.extraction.confidence import Evidence
from analysis.extraction.lexicon import BARE_CONTENT_VERBS, STANCE_VERBS
from analysis.extraction.patterns import (
    ACCORDING_ANYWHERE_RE,
    ACCORDING_INDIRECT_RE,
    CUE_AT_RE,
    CUE_WORDS,
    PARENTHETICAL_RE,
    SECOND_CLAUSE_RE,
    SENTENCE_SUBJECT_RE,
    SUBJECT_PREFIX_RE,
    SUBJECT_VERB_RE,
    TRAILING_RE,
    VIEW_RE,
    WHO_CUE_RE,
    WORD_RE,
)
from analysis.extraction.people import PERSON_RUN_RE

IsSpeaker = Callable[[str], bool]
_STANCE: Final[frozenset[str]] = frozenset(STANCE_VERBS)
# A subordinate clause opens here: the subject of a later verb starts after it.
_CLAUSE_WORD_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:that|which|when|after|before|because|since|while|as|if|although|though|where|"
    r"until|whether|than)\s+",
    re.IGNORECASE,
)
_MIN_CONTENT_WORDS: Final[int] = 3
_TOLD: Final[frozenset[str]] = frozenset({"told", "tells", "tell"})
_TOLD_CLAUSE_RE: Final[re.Pattern[str]] = re.compile(
    r"\s*(?:me|him|her|them|us|you|reporters|journalists|supporters|(?:the|a|an|his|her|their)"
    r"\s+[\w-]+(?:\s+[A-Z][\w-]+)*|(?:host\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"(?:\s+(?:on|in)\s+[A-Z]\w+)?\s+(?=(?:he|she|they|it|we|I|his|her|their|its|the|this|there)\s)"
)
_COMMA_RE: Final[re.Pattern[str]] = re.compile(r",\s+")
# "accused the mayor of misleading voters": the one accused and the charge are the content
_ACCUSE: Final[frozenset[str]] = frozenset({"accuse", "accused", "accuses"})
_ACCUSED_OF_RE: Final[re.Pattern[str]] = re.compile(r"\s*[^,.;:“”\"\n]{1,80}?\s+of\s+\w")
# Only the verbs of saying take a noun phrase as content without "that" ("said the plan failed");
# "claimed a victory", "maintained his lead", "wrote a letter" report nothing.
_SAY_VERBS: Final[frozenset[str]] = frozenset({"say", "says", "said", "add", "adds", "added"})
_OBJECT_START_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?:a|an|the|his|her|their|its|my|our|your|this|these|those|no|some|war|victory)\b", re.I
)
_FINITE_VERBS: Final[frozenset[str]] = frozenset({
    "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "should",
    "may", "might", "must", "did", "does", "do", "won’t", "won't", "isn’t", "isn't", "wasn’t",
})
_NOT_VERBS: Final[frozenset[str]] = frozenset({
    "his", "its", "this", "as", "us", "plus", "less", "across", "thus", "always", "news",
})
_LEADING_CONJUNCTION_RE: Final[re.Pattern[str]] = re.compile(r"^(?:But|And|So|Yet|Or)\s+")


@dataclass(frozen=True)
class Reported:
    """Reported speech in one sentence: the raw subject, the cue and the content span."""

    subject: str
    subject_pos: int
    cue: str
    channel: str
    start: int
    end: int
    pattern: Evidence = "reported"


def has_cue(text: str) -> bool:
    """Say cheaply whether a text holds any word that can start a cue."""
    return not CUE_WORDS.isdisjoint(WORD_RE.findall(text.lower()))


def clause_subject(subject: str, pos: int) -> tuple[str, int]:
    """Cut a subject after the last word that opens a clause ('a deadline that aides')."""
    last = max(_CLAUSE_WORD_RE.finditer(subject), key=lambda m: m.start(), default=None)
    if last is None or last.end() >= len(subject):
        return subject, pos
    return subject[last.end() :], pos + last.end()


def _is_clause(content: str) -> bool:
    """Say whether words after a verb form a clause ("the deal will hold"), not an object."""
    if not _OBJECT_START_RE.match(content):
        return True
    words = content.split()[1:8]
    return any(
        w.lower() in _FINITE_VERBS or (w.endswith(("ed", "s")) and w.lower() not in _NOT_VERBS)
        for w in words[1:]
    )


def _content(rest: str, cue: str) -> tuple[int, str] | None:
    """Locate the reported content after a cue; None when the cue reports no content."""
    if cue.lower() in _ACCUSE and _ACCUSED_OF_RE.match(rest):
        content = rest.strip().split(",")[0].rstrip(" .!?;\n")  # the charge ends at a comma
        if len(content.split()) >= _MIN_CONTENT_WORDS:
            return len(rest) - len(rest.lstrip()), content
    offset = intro_length(rest, cue)
    if cue.lower() in _TOLD and "that" not in rest[:offset].split():
        # "told the AP his firm worked with them": the one told, then a clause
        told = _TOLD_CLAUSE_RE.match(rest)
        offset = told.end() if told else offset
        if told is None:
            return None
    elif cue.lower() not in BARE_CONTENT_VERBS and "that" not in rest[:offset].split():
        return None  # "told reporters.", "explained her decision": no reported content
    content = rest[offset:].rstrip(" .!?;\n")
    if len(content.split()) < _MIN_CONTENT_WORDS:
        return None
    no_that = "that" not in rest[:offset].split()
    if cue.lower() not in _SAY_VERBS and no_that and not _is_clause(content):
        return None
    return offset, content


def _stance_content(rest: str) -> tuple[int, str] | None:
    """What a belief verb reports: a clause ("believes the deal will hold"), not an object."""
    content = rest.strip().rstrip(" .!?;\n")
    if len(content.split()) < _MIN_CONTENT_WORDS or not _is_clause(content):
        return None
    return len(rest) - len(rest.lstrip()), content


def _subject_and_cue(sentence: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """Find the first reporting verb whose preceding words form a subject ("X said ...")."""
    for word in WORD_RE.finditer(sentence):
        if word.group(0) not in CUE_WORDS:
            continue
        cue = CUE_AT_RE.match(sentence, word.start())
        if cue is None:
            continue
        for start in _clause_starts(sentence, word.start()):
            subject = SUBJECT_PREFIX_RE.fullmatch(sentence, start, word.start())
            if subject is not None:
                return subject, cue
    return None


def _clause_starts(sentence: str, cue_at: int) -> list[int]:
    """Where the subject of a cue can begin: the sentence start, or after a comma before it."""
    return [0] + [m.end() for m in _COMMA_RE.finditer(sentence, 0, cue_at)]


def _framed(view: str, start: int, end: int, is_speaker: IsSpeaker) -> Reported | None:
    """`In her view, ...` and `According to X, ...` at the start of the sentence."""
    sentence = view[start:end]
    for pattern in (VIEW_RE, ACCORDING_INDIRECT_RE):
        found = pattern.match(sentence)
        # any source can be "according to"; the speaker pass keeps people and drops figures
        if not found or (pattern is VIEW_RE and not is_speaker(subject_of(found))):
            continue
        content = found.group("rest").rstrip(" .!?;\n")
        s = start + found.start("rest")
        return Reported(
            subject_of(found), start + found.start("subj"),
            " ".join(found.group("cue").split()).lower(), "", s, s + len(content),
            pattern="framed",
        )
    return None


def _subject_first(view: str, start: int, end: int, is_speaker: IsSpeaker) -> Reported | None:
    """`X said (that) ...`, the subject cut after any clause word before it."""
    sentence = view[start:end]
    pair = _subject_and_cue(sentence)
    if pair is None:
        return None
    subject, cue_match = pair
    cue = " ".join(cue_match.group(0).split())
    rest = sentence[cue_match.end() :]
    if rest.lstrip().startswith(","):
        return None  # "Loyalty, Ann Hale noted, has ...": set off by commas, a parenthetical
    located = _stance_content(rest) if cue in _STANCE else _content(rest, cue)
    raw, pos = clause_subject(subject_of(subject), start + subject.start("subj"))
    if conjunction := _LEADING_CONJUNCTION_RE.match(raw):
        raw, pos = raw[conjunction.end() :], pos + conjunction.end()
    if located is None or not located[1] or not is_speaker(raw):
        return None
    offset, content = located
    s = start + cue_match.end() + offset
    return Reported(raw, pos, cue.lower(), channel_of(rest[:offset]), s, s + len(content))


def _trailing(view: str, start: int, end: int, is_speaker: IsSpeaker) -> Reported | None:
    """`..., officials said.` and `..., according to X.` at the end of the sentence."""
    trailing = TRAILING_RE.match(view[start:end])
    if not trailing:
        return None
    group = next(g for g in ("subj", "subj2", "subj3") if trailing.group(g))
    cue_group = {"subj": "cue", "subj2": "cue2", "subj3": "cue3"}[group]
    content = trailing.group("rest").rstrip()
    according = group == "subj3"
    if len(content.split()) < _MIN_CONTENT_WORDS or not (
        according or is_speaker(trailing.group(group))
    ):
        return None
    return Reported(
        trailing.group(group), start + trailing.start(group),
        " ".join(trailing.group(cue_group).split()).lower(), "", start, start + len(content),
        pattern="trailing",
    )


def _parenthetical(view: str, start: int, end: int, is_speaker: IsSpeaker) -> Reported | None:
    """`Loyalty, he noted, has long been ...`: the whole sentence is the content."""
    found = PARENTHETICAL_RE.match(view, start, end)
    if not found or not is_speaker(found.group("subj")):
        return None
    content_end = start + len(view[start:end].rstrip(" .!?;\n"))
    return Reported(
        found.group("subj"), found.start("subj"), " ".join(found.group("cue").split()).lower(),
        "", start, content_end, pattern="parenthetical",
    )


def _according(view: str, start: int, end: int) -> Reported | None:
    """`according to X` inside a sentence: what the rest of the sentence says is X's."""
    found = ACCORDING_ANYWHERE_RE.search(view[start:end])
    if not found:
        return None
    subject_pos = start + found.start("subj")
    before = view[start : start + found.start()].rstrip(" ,")
    after_start = start + found.end("subj")
    after = view[after_start:end].lstrip(" ,").rstrip(" .!?;\n")
    if len(before.split()) >= len(after.split()):
        s, e = start, start + len(before)
    else:
        s = end - len(view[after_start:end].lstrip(" ,"))
        e = s + len(after)
    if len(view[s:e].split()) < _MIN_CONTENT_WORDS:
        return None
    return Reported(found.group("subj"), subject_pos, "according to", "", s, e)


def _relative(view: str, start: int, end: int, is_speaker: IsSpeaker) -> Reported | None:
    """`Ann Hale, the party's leader, who said that ...`: the speaker is the name before `who`."""
    sentence = view[start:end]
    found = WHO_CUE_RE.search(sentence)
    if found is None:
        return None
    names = list(PERSON_RUN_RE.finditer(sentence, 0, found.start()))
    if not names:
        return None
    name = names[-1]
    cue = " ".join(found.group("cue").split())
    rest = sentence[found.end("cue") :]
    located = _stance_content(rest) if cue in _STANCE else _content(rest, cue)
    if located is None or not is_speaker(name.group(0)):
        return None
    s = start + found.end("cue") + located[0]
    return Reported(
        name.group(0), start + name.start(), cue.lower(), channel_of(rest[: located[0]]),
        s, s + len(located[1]), pattern="relative",
    )


def _reported_once(view: str, start: int, end: int, is_speaker: IsSpeaker) -> Reported | None:
    """Find the first reported-speech pattern that fits the sentence view[start:end]."""
    return (
        _framed(view, start, end, is_speaker)
        or _subject_first(view, start, end, is_speaker)
        or _relative(view, start, end, is_speaker)
        or _trailing(view, start, end, is_speaker)
        or _parenthetical(view, start, end, is_speaker)
        or _according(view, start, end)
    )


def _second_clause(found: Reported, second: re.Match[str], view: str, end: int) -> Reported | None:
    content = view[second.end() : end].rstrip(" .!?;\n")
    if len(content.split()) < _MIN_CONTENT_WORDS:
        return None
    return Reported(
        found.subject, found.subject_pos, second.group("cue") or second.group("bare"), found.channel,
        second.end(), second.end() + len(content), pattern="second",
    )


def reported_speech(view: str, start: int, end: int, *, is_speaker: IsSpeaker) -> list[Reported]:
    """Match the reported-speech patterns against the sentence view[start:end].

    A second clause ("..., adding that ...") becomes a second statement of the same subject.
    """
    second = SECOND_CLAUSE_RE.search(view, start, end)
    main_end = second.start() if second else end
    found = _reported_once(view, start, main_end, is_speaker)
    if found is None and second is not None:
        # "X welcomed the plan but warned that ...": the cue is the second verb
        found = _reported_once(view, start, end, is_speaker)
        if found is not None:
            second = None
        elif (
            lead := SUBJECT_VERB_RE.match(view, start, main_end)
            or SENTENCE_SUBJECT_RE.match(view, start, main_end)
        ) and is_speaker(subject_of(lead)):
            # "The ministry rejected the report, saying that ...": the subject of the sentence
            found = Reported(subject_of(lead), start + lead.start("subj"), "", "", start, start)
    if found is None:
        return []
    out = [found] if found.end > found.start else []
    if second is not None and (extra := _second_clause(found, second, view, end)):
        out.append(extra)
    return out
