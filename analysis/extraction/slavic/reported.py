"""Reported speech in one Russian or Ukrainian sentence: `X заявил, что ...`, `По словам X, ...`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from analysis.extraction.confidence import Evidence
from analysis.extraction.patterns import alternation
from analysis.extraction.slavic.cues import (
    AS_CUE_RE,
    CUE_RE,
    DASH,
    DOCUMENT_RE,
    FRAME_RE,
    POSSESSIVE_FRAME_RE,
    IsSpeaker,
    SlavicCue,
    cue_with_subject,
    document_cue,
    subject_after,
    subject_before,
)
from analysis.extraction.slavic.lexicon import SECOND_CLAUSE_WORDS

_MIN_CONTENT_WORDS: Final[int] = 3
_MAX_TAIL_WORDS: Final[int] = 8  # `сообщил он в интервью телеканалу в понедельник`
_END_TRIM: Final[str] = " \t\n.!?;…"
_THAT_AFTER_CUE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<mid>[^,.;:!?«»„“”\"\n]{0,60}?)\s*,?\s*(?:о\s+том\s*,\s*|про\s+те\s*,\s*)?(?:что|що)\s+",
    re.IGNORECASE,
)
_SECOND_RE: Final[re.Pattern[str]] = re.compile(
    rf",\s+(?:(?:{alternation(SECOND_CLAUSE_WORDS)})"
    r"|(?:и|а\s+также|і|а\s+також|та)\s+(?:также\s+|також\s+)?(?:добавил|добавила|отметил|отметила|"
    r"подчеркнул|подчеркнула|додав|додала|зазначив|зазначила|наголосив|наголосила))"
    r"\s*,?\s*(?:что|що)\s+",
    re.IGNORECASE,
)
_THIS_RE: Final[re.Pattern[str]] = re.compile(
    r"\s*(?:об\s+этом|о\s+том|про\s+це)(?:\s+же)?\s+", re.IGNORECASE
)
_TRAILING_SEP_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:[,!?…]\s*(?P<dash>{DASH})?|\s(?P<dash2>{DASH}))\s*$"
)
_QUOTE_MARK_RE: Final[re.Pattern[str]] = re.compile(r"[«»„“”\"]")


@dataclass(frozen=True)
class SlavicReported:
    """Reported speech in a sentence: its cue and content span, and how it was found."""

    cue: SlavicCue
    start: int
    end: int
    evidence: Evidence
    direct: bool = False


def _content_end(view: str, start: int, end: int) -> int:
    return start + len(view[start:end].rstrip(_END_TRIM))


def _enough(view: str, start: int, end: int) -> bool:
    return len(view[start:end].split()) >= _MIN_CONTENT_WORDS


def _framed(view: str, start: int, end: int, is_speaker: IsSpeaker) -> SlavicReported | None:
    """`По словам X, ...`, `За словами X, ...`, `Как заявил X, ...` at the sentence's start."""
    for pattern in (FRAME_RE, POSSESSIVE_FRAME_RE, AS_CUE_RE):
        found = pattern.match(view, start, end)
        if found is None or not is_speaker(found.group("subj")):
            continue
        cue = (found.groupdict().get("cue") or found.group("frame")).lower()
        content_end = _content_end(view, found.end(), end)
        if not _enough(view, found.end(), content_end):
            return None
        subj = found.group("subj")
        return SlavicReported(
            SlavicCue(subj, found.start("subj"), " ".join(cue.split()), "", found.end()),
            found.end(), content_end, "framed",
        )
    return None


def _subject_that(view: str, start: int, end: int, is_speaker: IsSpeaker) -> SlavicReported | None:
    """`X заявил, что ...`, `В Кремле считают, что ...`, `заявил Ковальчук журналистам, что ...`."""
    for cue in CUE_RE.finditer(view, start, end):
        that = _THAT_AFTER_CUE_RE.match(view, cue.end(), end)
        if that is None:
            continue
        subject, pos = subject_before(view, start, cue.start(), is_speaker)
        if not subject:
            subject, pos = subject_after(view, cue.end(), that.end("mid"))
            if not subject or not is_speaker(subject):
                continue
        content_end = _content_end(view, that.end(), end)
        if not _enough(view, that.end(), content_end):
            continue
        found = SlavicCue(subject, pos, cue.group(0).lower(), "", that.end())
        return SlavicReported(found, that.end(), content_end, "reported")
    return None


def _last_attribution(view: str, start: int, end: int) -> int | None:
    """Where the last cue of a sentence starts: a speech verb or `говорится в заявлении`."""
    starts = [m.start() for m in CUE_RE.finditer(view, start, end)]
    starts += [m.start() for m in DOCUMENT_RE.finditer(view, start, end)]
    return max(starts, default=None)


def _trailing(view: str, start: int, end: int, is_speaker: IsSpeaker) -> SlavicReported | None:
    """`..., сообщил Ковальчук.` (reported) and `..., — сказал он.` (direct, dash convention)."""
    at = _last_attribution(view, start, end)
    if at is None:
        return None
    sep = _TRAILING_SEP_RE.search(view, start, at)
    if sep is None:
        return None
    found = cue_with_subject(view, at, end, is_speaker)
    if found is None or len(view[found.end : end].split()) > _MAX_TAIL_WORDS:
        return None
    content_end = start + len(view[start : sep.start()].rstrip(" ,"))
    if not _enough(view, start, content_end):
        return None
    dashed = bool(sep.group("dash") or sep.group("dash2"))
    return SlavicReported(found, start, content_end, "after" if dashed else "trailing", direct=dashed)


def reported_in(view: str, start: int, end: int, is_speaker: IsSpeaker) -> list[SlavicReported]:
    """The reported statements of the sentence view[start:end]: a main one and a second clause."""
    found = (
        _framed(view, start, end, is_speaker) or _subject_that(view, start, end, is_speaker)
        or _trailing(view, start, end, is_speaker)
    )
    if found is None:
        return []
    second = _SECOND_RE.search(view, found.start, found.end)
    if second is None:
        return [found]
    main_end = found.start + len(view[found.start : second.start()].rstrip(" ,"))
    first = SlavicReported(found.cue, found.start, main_end, found.evidence, found.direct)
    extra = SlavicReported(found.cue, second.end(), found.end, "second")
    return [r for r in (first, extra) if _enough(view, r.start, r.end)]


def refers_back(view: str, start: int, end: int, is_speaker: IsSpeaker) -> SlavicCue | None:
    """`Об этом заявил X.`, `Про це повідомила Y.`: the previous sentence is X's statement."""
    this = _THIS_RE.match(view, start, end)
    if this is None:
        return None
    cue = CUE_RE.search(view, this.end(), end)
    doc = document_cue(view, this.end(), end)
    if doc is not None:
        return doc if is_speaker(doc.subject) else None
    if cue is None:
        return None
    return cue_with_subject(view, cue.start(), end, is_speaker)


def has_quote(view: str, start: int, end: int) -> bool:
    """Say whether a span holds a quotation mark (a reported clause with a quoted fragment)."""
    return bool(_QUOTE_MARK_RE.search(view, start, end))
