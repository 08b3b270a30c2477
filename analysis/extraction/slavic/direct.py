"""Direct speech in Russian and Ukrainian: quotes and dash paragraphs, and who speaks them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from analysis.extraction.confidence import Evidence
from analysis.extraction.slavic.cues import (
    AS_CUE_RE,
    CUE_RE,
    DASH,
    FRAME_RE,
    POSSESSIVE_FRAME_RE,
    IsSpeaker,
    SlavicCue,
    cue_with_subject,
    subject_after,
    subject_before,
)

# `, — сказал он, — `: an attribution set off by dashes inside a quote or a dash paragraph
_INNER_DASH_RE: Final[re.Pattern[str]] = re.compile(rf"(?<=[,.!?…])\s+{DASH}\s+")
_AFTER_QUOTE_RE: Final[re.Pattern[str]] = re.compile(rf"\s*[,.!?…]?\s*(?:{DASH}\s*)?")
# `— сказал Белозёров журналистам после встречи. — `: words told to and when come before the dash
_SPEECH_CLOSE_RE: Final[re.Pattern[str]] = re.compile(rf"[,]|{DASH}")
_RESUME_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:\s+[^\s,.!?—–«»„“”\"]+){{0,5}}?\s*[,.]?\s*{DASH}\s+|\s*[,.]\s*(?=[«„“\"])"
)
_EDGE: Final[str] = " \t,;:—–-"
_NAME_COLON_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<subj>[А-ЯЁІЇЄҐ][\w’'ʼ-]*(?:\s+[А-ЯЁІЇЄҐ][\w’'ʼ-]*){0,2})\s*:\s*$"
)
_THAT_END_RE: Final[re.Pattern[str]] = re.compile(r"(?:что|що)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Part:
    """A stretch of quoted words and the attribution that follows it, if any."""

    start: int
    end: int
    cue: SlavicCue | None


def _trimmed(view: str, start: int, end: int) -> tuple[int, int]:
    while start < end and view[start] in _EDGE:
        start += 1
    while end > start and view[end - 1] in _EDGE:
        end -= 1
    return start, end


def split_parts(view: str, start: int, end: int, is_speaker: IsSpeaker) -> list[Part]:
    """Split quoted words at `, — сказал он, —` attributions; copula dashes stay inside."""
    parts: list[Part] = []
    cursor = start
    for dash in _INNER_DASH_RE.finditer(view, start, end):
        if dash.start() < cursor:
            continue
        cue = cue_with_subject(view, dash.end(), end, is_speaker)
        if cue is None:
            continue
        parts.append(Part(*_trimmed(view, cursor, dash.start()), cue))
        resume = _RESUME_RE.match(view, cue.end, end)
        cursor = resume.end() if resume else end
    if cursor < end:
        s, e = _trimmed(view, cursor, end)
        if e > s:
            parts.append(Part(s, e, None))
    return parts


def cue_after_quote(view: str, close: int, limit: int, is_speaker: IsSpeaker) -> SlavicCue | None:
    """`«...», — заявил Ковальчук.`, `«...», — сказал он журналистам`, `«...», заявила она`."""
    lead = _AFTER_QUOTE_RE.match(view, close + 1, limit)
    at = lead.end() if lead else close + 1
    # Speech before its attribution is closed by a comma or a dash (`«...», — сказал`); in
    # `«Беломорской линии» Павел Кудрин сообщил` the quote is a name inside the subject.
    if not _SPEECH_CLOSE_RE.search(view, close + 1, at):
        return None
    return cue_with_subject(view, at, limit, is_speaker)


def cue_before_quote(
    view: str, sentence_start: int, opened: int, is_speaker: IsSpeaker
) -> tuple[SlavicCue, Evidence] | None:
    """`Ковальчук заявил: «...»`, `Как заявил X, «...»`, `По словам X, «...»`, `X: «...»`."""
    prefix = view[sentence_start:opened]
    if _THAT_END_RE.search(prefix):
        return None  # `заявил, что «...»`: a reported clause with a quote in it
    for pattern in (AS_CUE_RE, FRAME_RE, POSSESSIVE_FRAME_RE):
        framed = pattern.fullmatch(view, sentence_start, opened)
        if framed and is_speaker(framed.group("subj")):
            cue = (framed.groupdict().get("cue") or framed.group("frame")).lower()
            pos = framed.start("subj")
            return SlavicCue(framed.group("subj"), pos, " ".join(cue.split()), "", opened), "before"
    if not prefix.rstrip().endswith(":"):
        return None
    colon = sentence_start + prefix.rstrip().rfind(":")
    cues = list(CUE_RE.finditer(view, sentence_start, colon))
    if cues:
        cue = cues[-1]
        subject, pos = subject_before(view, sentence_start, cue.start(), is_speaker)
        if not subject:
            subject, pos = subject_after(view, cue.end(), colon)
        if subject and is_speaker(subject):
            return SlavicCue(subject, pos, cue.group(0).lower(), "", opened), "before"
        return None
    named = _NAME_COLON_RE.search(prefix)
    if named and is_speaker(named.group("subj")):
        pos = sentence_start + named.start("subj")
        return SlavicCue(named.group("subj"), pos, "", "", opened), "colon"
    return None


def intro_cue(view: str, para_start: int, para_end: int, is_speaker: IsSpeaker) -> SlavicCue | None:
    """A paragraph ending `Министр заявил:` introduces the quote in the next paragraph."""
    text = view[para_start:para_end].rstrip()
    if not text.endswith(":"):
        return None
    colon = para_start + len(text) - 1
    cues = list(CUE_RE.finditer(view, para_start, colon))
    if not cues:
        return None
    stop = view.rfind(". ", para_start, cues[-1].start())
    sentence_start = stop + 2 if stop >= 0 else para_start
    subject, pos = subject_before(view, sentence_start, cues[-1].start(), is_speaker)
    if not subject:
        subject, pos = subject_after(view, cues[-1].end(), colon)
    if not subject or not is_speaker(subject):
        return None
    return SlavicCue(subject, pos, cues[-1].group(0).lower(), "", colon)
