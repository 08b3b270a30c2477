"""Statements found in an article, their speakers resolved in text order, as output rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Protocol

from analysis.extraction.articles import Article
from analysis.extraction.confidence import Evidence, statement_confidence
from analysis.extraction.coref import MentionKind, Resolved
from analysis.extraction.patterns import DATA_SOURCE_RE

AttributionKind = Literal["direct", "indirect", "mixed"]


class SpeakerResolver(Protocol):
    """What resolves speakers in text order: the English tracker and the Russian/Ukrainian one."""

    def note_subject(self, name: str, pos: int) -> None: ...

    def resolve(
        self, raw: str, pos: int, *, definite: bool = False, commit: bool = True
    ) -> Resolved | None: ...


@dataclass
class Candidate:
    """A statement found in the text, before its speaker is resolved."""

    start: int
    end: int
    text: str
    attribution: AttributionKind
    subject: str
    subject_pos: int
    cue: str
    channel: str
    evidence: Evidence
    inherit: bool = False
    definite: bool = False


def statement_rows(
    article: Article, candidates: list[Candidate], subjects: list[tuple[int, str]],
    tracker: SpeakerResolver,
) -> list[dict[str, Any]]:
    """Resolve each candidate's speaker in text order and build one output row per statement."""
    events: list[tuple[int, int, Candidate | str]] = [
        (pos, 0, name) for pos, name in subjects
    ]
    events += [(c.subject_pos, 1, c) for c in candidates]
    resolved: dict[int, tuple[str, MentionKind]] = {}
    for pos, _, item in sorted(events, key=lambda e: (e[0], e[1])):
        if isinstance(item, str):
            tracker.note_subject(item, pos)
        elif not item.inherit:
            found = tracker.resolve(item.subject, pos, definite=item.definite)
            if found is not None:
                resolved[id(item)] = (found.speaker, found.kind)
            elif item.cue == "according to" and not DATA_SOURCE_RE.match(item.subject):
                # "according to two people at the meeting": the source as written
                resolved[id(item)] = (" ".join(item.subject.split()).strip(" ."), "description")
    rows, previous = [], None
    channels: dict[str, str] = {}
    for cand in sorted(candidates, key=lambda c: c.start):
        if cand.inherit and previous is not None:
            resolved[id(cand)] = previous
        if id(cand) not in resolved:
            continue
        speaker, kind = previous = resolved[id(cand)]
        if cand.attribution == "direct":
            # a channel named once ("according to his press service") covers later quotes
            cand.channel = cand.channel or channels.get(speaker, "")
            channels.setdefault(speaker, cand.channel)
        a = article
        rows.append({
            "article": a.name, "speaker": speaker,
            "speaker_raw": " ".join(cand.subject.split()) or speaker,
            "attribution": cand.attribution, "cue": cand.cue, "channel": cand.channel,
            "text": cand.text, "start": cand.start, "end": cand.end, "date": a.date,
            "source": a.source, "title": a.title, "url": a.url,
            "confidence": statement_confidence(cand.evidence, kind),
        })
    return rows
