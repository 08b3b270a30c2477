"""Russian and Ukrainian attribution cues: the verb, its speaker before or after it, set phrases."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from analysis.extraction.patterns import alternation
from analysis.extraction.slavic.lexicon import (
    APPOSITION_STEMS,
    CUE_GENDER,
    CUE_WORDS,
    FRAME_WORDS,
    NAME_TAIL_PREPOSITIONS,
    NAME_TAIL_WORDS,
    NOT_SPEAKER_WORDS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    CueGender,
)

IsSpeaker = Callable[[str], bool]


CUE: Final[str] = rf"(?:{alternation(CUE_WORDS)})"
CUE_RE: Final[re.Pattern[str]] = re.compile(rf"(?<![\w-]){CUE}(?![\w-])", re.IGNORECASE)
DASH: Final[str] = r"(?:[—–]|--?)"
# `говорится в заявлении МИД`: the document speaks for the body that issued it
DOCUMENT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<cue>говорится|сообщается|йдеться|говориться|повідомляється)\s+(?:в|во|у)\s+"
    r"(?P<channel>(?:совместном\s+|спільній\s+|офіційній\s+|официальном\s+)?(?:заявлении|сообщении|"
    r"документе|релизе|тексте|заяві|повідомленні|документі|релізі|тексті))\s+",
    re.IGNORECASE,
)
# `источник, знакомый с ходом переговоров,`: the apposition says which source it is
_APPOSITION: Final[str] = rf"(?:\s*,\s*(?:{'|'.join(APPOSITION_STEMS)})\w*\s[^,«»„“”\"\n]{{2,80}}?)?"
FRAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"\s*(?P<frame>{alternation(FRAME_WORDS)})\s+(?P<subj>[^,«»„“”\"\n]{{2,120}}?{_APPOSITION})\s*,\s*",
    re.IGNORECASE,
)
# `По его словам,`, `За її словами,`: a possessive stands for the speaker
POSSESSIVE_FRAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"\s*(?P<frame>(?:по|за|на)\s+(?P<subj>{alternation(POSSESSIVES)})\s+"
    r"(?:словам|словами|мнению|думку|оценке|переконанням))\s*,\s*",
    re.IGNORECASE,
)
AS_CUE_RE: Final[re.Pattern[str]] = re.compile(
    rf"\s*(?:как|як)\s+(?:(?:уже|ранее|раніше|вже)\s+)?(?P<cue>{CUE})\s+"
    rf"(?P<subj>[^,«»„“”\"\n]{{2,120}}?{_APPOSITION})\s*,\s*",
    re.IGNORECASE,
)
_CLAUSE_BREAK_RE: Final[re.Pattern[str]] = re.compile(r"[,;:(—–]\s*")
_SUBJECT_END_RE: Final[re.Pattern[str]] = re.compile(r"[.,;:!?«»„“”\"—–()\n]")
_QUOTED_NAME_RE: Final[re.Pattern[str]] = re.compile(r"[«„“\"][^«»„“”\"\n]{1,60}[»“”\"]")
_WORD_RE: Final[re.Pattern[str]] = re.compile(r"\S+")
_LAST_PRONOUN_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w-])(?:{alternation(frozenset(PRONOUNS))})(?=(?:\s+[\w-]+){{0,2}}\s*$)", re.IGNORECASE
)


@dataclass(frozen=True)
class SlavicCue:
    """A cue found in the text: the raw subject and where it is, the cue, a channel, its end."""

    subject: str
    subject_pos: int
    cue: str
    channel: str
    end: int

    @property
    def gender(self) -> CueGender | None:
        return CUE_GENDER.get(self.cue.lower())


def _tail_at(lowered: list[str], i: int) -> bool:
    """Whether words from `i` continue a body's name: `з питань кіно`, `по правам человека`."""
    return i + 1 < len(lowered) and lowered[i] in NAME_TAIL_PREPOSITIONS and lowered[i + 1] in NAME_TAIL_WORDS


def _kept_words(lowered: list[str], first: int) -> int:
    """How many words a subject keeps: up to a preposition or the ones told, past a name's tail."""
    in_tail = False
    for i in range(first + 1, len(lowered)):
        in_tail = in_tail or _tail_at(lowered, i)
        if in_tail and lowered[i] in ("з", "с"):
            continue  # `з питань поводження з військовополоненими`: the name goes on
        if lowered[i] in PREPOSITIONS or lowered[i] in NOT_SPEAKER_WORDS:
            return i
    return len(lowered)


def trim_subject(text: str, start: int) -> tuple[str, int]:
    """Cut a subject to itself: `журналистам министр в Женеве` gives `министр`."""
    words = list(_WORD_RE.finditer(text))
    lowered = [w.group(0).lower() for w in words]
    first = 0
    while first < len(words) - 1 and lowered[first] in NOT_SPEAKER_WORDS:
        first += 1  # `заявил журналистам министр`: the ones told come before the speaker
    if not words:
        return "", start
    # `уполномоченный по правам человека в Российской Федерации Ольга Саввина`: a name ends it
    named = len(words) - first >= 2 and all(w.group(0).istitle() for w in words[-2:])
    keep = len(words) if named else _kept_words(lowered, first)
    return text[words[first].start() : words[keep - 1].end()], start + words[first].start()


def subject_after(view: str, cue_end: int, limit: int) -> tuple[str, int]:
    """The speaker written after its verb: `— заявил глава МИД Андрей Ковальчук журналистам.`"""
    stop = _SUBJECT_END_RE.search(view, cue_end, limit)
    end = stop.start() if stop else limit
    while stop is not None and (name := _QUOTED_NAME_RE.match(view, stop.start(), limit)):
        end = name.end()  # `в заявлении ООО «Кельдгаз»`: the quoted name is part of it
        stop = _SUBJECT_END_RE.search(view, end, limit)
        if stop is not None and view[end : stop.start()].strip():
            end = stop.start()  # `директор АО «Севератомэнерго» Леонид Гаврилин`
    return trim_subject(view[cue_end:end], cue_end)


def subject_before(view: str, start: int, cue_start: int, is_speaker: IsSpeaker) -> tuple[str, int]:
    """The speaker before its verb: the clause right before it, else the sentence's first clause.

    `Глава МИД Андрей Ковальчук, выступая на форуме, заявил` gives the name, not the aside.
    """
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(view, start, cue_start)]
    if len(breaks) > 1 and not view[breaks[-1] : cue_start].strip():
        breaks.pop()  # `Представитель Ардении, Юлия Мертенс, заявила`: the name before the comma
    last = breaks[-1] if breaks else start
    clause = view[last:cue_start]
    pronoun = _LAST_PRONOUN_RE.search(clause)
    if pronoun is not None:  # `На вопрос о премьере Зимине она ответила`: the pronoun acts
        return pronoun.group(0), last + pronoun.start()
    if clause.strip(" \t\n,") and is_speaker(clause):
        return clause.strip(" \t\n,"), last + len(clause) - len(clause.lstrip())
    first_end = _CLAUSE_BREAK_RE.search(view, start, cue_start)
    if first_end is not None:
        clause = view[start : first_end.start()]
        if clause.strip() and is_speaker(clause):
            return clause.strip(), start + len(clause) - len(clause.lstrip())
    return "", -1


def document_cue(view: str, at: int, limit: int) -> SlavicCue | None:
    """`говорится в заявлении МИД`: the body that issued the document is the speaker."""
    found = DOCUMENT_RE.match(view, at, limit)
    if found is None:
        return None
    subject, pos = subject_after(view, found.end(), limit)
    if not subject:
        return None
    return SlavicCue(subject, pos, found.group("cue").lower(), found.group("channel"), pos + len(subject))


def cue_with_subject(view: str, at: int, limit: int, is_speaker: IsSpeaker) -> SlavicCue | None:
    """An attribution starting at `at`: a verb then its speaker, or a pronoun or name then a verb."""
    if doc := document_cue(view, at, limit):
        return doc if is_speaker(doc.subject) else None
    found = CUE_RE.match(view, at, limit)
    if found is not None:
        subject, pos = subject_after(view, found.end(), limit)
        if subject and is_speaker(subject):
            return SlavicCue(subject, pos, found.group(0).lower(), "", pos + len(subject))
        return None
    later = CUE_RE.search(view, at, min(limit, at + 60))
    if later is None:
        return None
    before = view[at : later.start()]
    subject = before.strip()
    if subject and len(subject.split()) <= 4 and is_speaker(subject):
        pos = at + len(before) - len(before.lstrip())
        return SlavicCue(subject, pos, later.group(0).lower(), "", later.end())
    return None
