"""Find who is credited with a quote, and reported speech in a sentence, from cue patterns."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

from analysis.extraction.lexicon import (
    ACCORDING_AFTER_RE,
    ACCORDING_BEFORE_RE,
    ACCORDING_INDIRECT_RE,
    AFTER_SUBJECT_VERB_RE,
    AFTER_VERB_SUBJECT_RE,
    BARE_CONTENT_VERBS,
    BEFORE_RE,
    CHANNEL_RE,
    CLAIM_THAT_RE,
    CUE_AT_RE,
    CUE_WORDS,
    HEADLINE_SPEAKER_RE,
    LEADING_FILLER_RE,
    PARTICIPLE_CUE_RE,
    SECOND_CLAUSE_RE,
    STANCE_VERBS,
    SUBJECT_PREFIX_RE,
    SUBJECT_VERB_RE,
    THAT_RE,
    TRAILING_RE,
    VIEW_RE,
    WORD_RE,
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


def _subject(found: re.Match[str], group: str = "subj") -> str:
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


def _channel(text: str) -> str:
    found = CHANNEL_RE.search(text)
    return " ".join(found.group("channel").split()) if found else ""


def cue_after(view: str, close: int, limit: int, *, headline: bool = False) -> Cue | None:
    """Find `,” Lukashenka said, according to ...` right after a closing mark."""
    window = view[close + 1 : limit]
    for pattern in (AFTER_VERB_SUBJECT_RE, AFTER_SUBJECT_VERB_RE, ACCORDING_AFTER_RE):
        found = pattern.match(window)
        if found:
            tail = _SENTENCE_TAIL_RE.match(window, found.end())
            tail_end = tail.end() if tail else found.end()
            subj_pos = close + 1 + found.start("subj")
            return Cue(
                _subject(found), subj_pos, " ".join(found.group("cue").split()),
                _channel(window[found.end("cue") : tail_end]), "after", close + 1 + found.end(),
            )
    if headline and (colon := _HEADLINE_COLON_RE.match(window)):
        return Cue(colon.group("subj"), close + 1 + colon.start("subj"), "", "", "after", close)
    return None


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
    lead = SUBJECT_VERB_RE.match(prefix) if participle else None
    if participle is not None and lead is not None:
        return Cue(
            _subject(lead), sentence_start + lead.start("subj"),
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
        content_start = sentence_start + found.start("tail") + _intro_length(tail, found.group("cue"))
    return Cue(
        _subject(found), sentence_start + found.start("subj"),
        " ".join(found.group("cue").split()), _channel(tail), side, opened, content_start,
    )


def _intro_length(rest: str, cue: str) -> int:
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


def _content(rest: str, cue: str) -> tuple[int, str] | None:
    """Locate the reported content after a cue; None when the cue reports no content."""
    offset = _intro_length(rest, cue)
    if cue.lower() not in BARE_CONTENT_VERBS and "that" not in rest[:offset].split():
        return None  # "told reporters.", "explained her decision": no reported content
    content = rest[offset:].rstrip(" .!?;\n")
    if len(content.split()) < 3:
        return None
    return offset, content


@dataclass(frozen=True)
class Reported:
    """Reported speech in one sentence: the raw subject, the cue and the content span."""

    subject: str
    subject_pos: int
    cue: str
    channel: str
    start: int
    end: int


def reported_speech(
    view: str, start: int, end: int, *, is_speaker: Callable[[str], bool]
) -> list[Reported]:
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
        elif (lead := SUBJECT_VERB_RE.match(view, start, main_end)) and is_speaker(
            _subject(lead)
        ):
            # "The ministry rejected the report, saying that ...": the subject of the sentence
            found = Reported(_subject(lead), start + lead.start("subj"), "", "", start, start)
    if found is None:
        return []
    out = [found] if found.end > found.start else []
    if second is not None:
        content = view[second.end() : end].rstrip(" .!?;\n")
        if len(content.split()) >= 3:
            out.append(Reported(
                found.subject, found.subject_pos, second.group("cue"), found.channel,
                second.end(), second.end() + len(content),
            ))
    return out


def has_cue(text: str) -> bool:
    """Say cheaply whether a text holds any word that can start a cue."""
    return not CUE_WORDS.isdisjoint(WORD_RE.findall(text.lower()))


def _subject_and_cue(sentence: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """Find the first reporting verb whose preceding words form a subject ("X said ...")."""
    for word in WORD_RE.finditer(sentence):
        if word.group(0) not in CUE_WORDS:
            continue
        cue = CUE_AT_RE.match(sentence, word.start())
        if cue is None:
            continue
        subject = SUBJECT_PREFIX_RE.fullmatch(sentence, 0, word.start())
        if subject is not None:
            return subject, cue
    return None


def _reported_once(
    view: str, start: int, end: int, is_speaker: Callable[[str], bool]
) -> Reported | None:
    """Find the first reported-speech pattern that fits the sentence view[start:end]."""
    sentence = view[start:end]
    for pattern in (VIEW_RE, ACCORDING_INDIRECT_RE):
        found = pattern.match(sentence)
        if not found or not is_speaker(_subject(found)):
            continue
        content = found.group("rest").rstrip(" .!?;\n")
        s = start + found.start("rest")
        return Reported(
            _subject(found), start + found.start("subj"),
            " ".join(found.group("cue").split()).lower(), "", s, s + len(content),
        )
    pair = _subject_and_cue(sentence)
    if pair is not None:
        subject, cue_match = pair
        cue = " ".join(cue_match.group(0).split())
        rest = sentence[cue_match.end() :]
        located = (
            (len(rest) - len(rest.lstrip()), rest.strip().rstrip(" .!?;\n"))
            if cue in _STANCE
            else _content(rest, cue)
        )
        if located is not None and located[1] and is_speaker(_subject(subject)):
            offset, content = located
            s = start + cue_match.end() + offset
            return Reported(
                _subject(subject), start + subject.start("subj"), cue.lower(),
                _channel(rest[:offset]), s, s + len(content),
            )
    trailing = TRAILING_RE.match(sentence)
    if trailing:
        subj_group = next(g for g in ("subj", "subj2", "subj3") if trailing.group(g))
        cue_group = {"subj": "cue", "subj2": "cue2", "subj3": "cue3"}[subj_group]
        content = trailing.group("rest").rstrip()
        if len(content.split()) >= 3 and is_speaker(trailing.group(subj_group)):
            return Reported(
                trailing.group(subj_group), start + trailing.start(subj_group),
                " ".join(trailing.group(cue_group).split()).lower(), "", start,
                start + len(content),
            )
    return None
