"""Find the statements in one Russian or Ukrainian article: quotes, dash speech, reported speech."""

from __future__ import annotations

import re
from typing import Any, Final

from analysis.extraction.article_text import article_view, readable_paragraphs, sentences
from analysis.extraction.articles import Article
from analysis.extraction.confidence import Evidence
from analysis.extraction.marks import Paragraphs, Quote
from analysis.extraction.slavic.cues import CUE_RE, SlavicCue
from analysis.extraction.slavic.direct import (
    Part,
    cue_after_quote,
    cue_before_quote,
    intro_cue,
    split_parts,
)
from analysis.extraction.slavic.lexicon import CUE_GENDER, NAME_QUOTE_LEMMAS
from analysis.extraction.slavic.marks import pair_slavic_quotes
from analysis.extraction.slavic.names import SlavicLanguage, lemma
from analysis.extraction.slavic.reported import has_quote, refers_back, reported_in
from analysis.extraction.slavic.speakers import SlavicSpeakers
from analysis.extraction.statement_rows import AttributionKind, Candidate, statement_rows

_DASH_LINE_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]*(?:[—–]|--?)[ \t]+")
_RESUME_QUOTE_RE: Final[re.Pattern[str]] = re.compile(r"\s*[,.]?\s*(?:(?:[—–]|--?)\s*)?(?=[«„“\"])")
_WORD_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"([\w’'ʼ-]+)\s*$")
_HEADLINE_RE: Final[re.Pattern[str]] = re.compile(
    r"\s*(?P<subj>[^:«»„“”\"\n.]{2,60}?)\s*:\s+(?P<claim>[^\n]+?)[\s.!]*"
)
_MIN_UNCUED_WORDS: Final[int] = 4  # a shorter quote with no cue of its own is a name or a scare quote


class SlavicFinder:
    """One pass over one article: direct speech paragraph by paragraph, then reported speech."""

    def __init__(self, article: Article, lang: SlavicLanguage) -> None:
        self.article, self.lang = article, lang
        self.view = article_view(article)
        self.paras = Paragraphs(self.view)
        self.spans = readable_paragraphs(article, self.view)
        self.tracker = SlavicSpeakers(self.view, lang)
        self.candidates: list[Candidate] = []
        self.taken: list[tuple[int, int]] = []
        self.last_direct: dict[int, Candidate] = {}  # paragraph index -> its last direct statement

    def _add(
        self, parts: list[Part], cue: SlavicCue | None, evidence: Evidence, *,
        kind: AttributionKind = "direct",
    ) -> None:
        start, end = parts[0].start, parts[-1].end
        text = " ".join(self.article.text[p.start : p.end] for p in parts)
        cand = Candidate(
            start, end, text, kind, cue.subject if cue else "", cue.subject_pos if cue else start,
            cue.cue if cue else "", cue.channel if cue else "", evidence, inherit=cue is None,
        )
        self.candidates.append(cand)
        if cue is not None:
            self.tracker.hint_gender(cue.subject_pos, CUE_GENDER.get(cue.cue))
        if kind == "direct":
            self.last_direct[self.paras.index(start)] = cand

    def _previous_cue(self, para_start: int) -> tuple[SlavicCue | None, Evidence] | None:
        """Who speaks an unattributed quote paragraph: a colon intro, or the previous speaker."""
        index = self.paras.index(para_start)
        previous = [s for s in self.spans if s[1] < para_start]
        if not previous:
            return None
        prev_start, prev_end = previous[-1]
        if intro := intro_cue(self.view, prev_start, prev_end, self.tracker.is_speaker):
            return intro, "intro"
        last = self.last_direct.get(self.paras.index(prev_start))
        near = last is not None and index - self.paras.index(prev_start) <= 2
        if near and last is not None and not self.view[last.end : prev_end].rstrip(" »“\"").endswith("?"):
            return None, "continued"  # a question before it: an interview, another speaker
        return None

    def _group(self, parts: list[Part], para_start: int) -> None:
        """Turn quoted parts into statements: each attribution takes the parts before it."""
        pending: list[Part] = []
        groups: list[tuple[list[Part], SlavicCue]] = []
        for part in parts:
            pending.append(part)
            if part.cue is not None:
                groups.append((pending, part.cue))
                pending = []
        if pending and groups:
            groups[-1][0].extend(pending)  # `— ..., — сказал он. — ...`: the rest is his too
        elif (
            pending and self._may_continue(pending[0].start, pending[-1].end)
            and (found := self._previous_cue(para_start)) is not None
        ):
            self._add(pending, found[0], found[1])
        for group, cue in groups:
            self._add(group, cue, "after")

    def _may_continue(self, start: int, end: int) -> bool:
        """Whether unattributed words can go on an earlier speaker's: long, with no cue of their own
        (`— Чи допоможе держава? — запитали ми.` is someone else's)."""
        return len(self.view[start:end].split()) >= _MIN_UNCUED_WORDS and not CUE_RE.search(
            self.view, start, end
        )

    def _dash_paragraph(self, para_start: int, para_end: int) -> None:
        lead = _DASH_LINE_RE.match(self.view, para_start, para_end)
        if lead is None:
            return
        self._group(split_parts(self.view, lead.end(), para_end, self.tracker.is_speaker), para_start)
        self.taken.append((para_start, para_end))

    def _is_name(self, quote: Quote) -> bool:
        """`ООО «Ромашка»`, `газопровод «Северный поток»`: a quoted name, not speech."""
        words = self.view[quote.open + 1 : quote.close].split()
        before = _WORD_BEFORE_RE.search(self.view, max(0, quote.open - 40), quote.open)
        if len(words) > 3 or before is None:
            return False
        word = before.group(1)
        return word.isupper() or lemma(word.lower(), self.lang) in NAME_QUOTE_LEMMAS

    def _quote(self, quote: Quote, nxt: Quote | None, para_start: int, para_end: int) -> bool:
        """Attribute one quote; say whether the next quote was taken as its second half."""
        is_speaker = self.tracker.is_speaker
        parts = split_parts(self.view, quote.open + 1, quote.close, is_speaker)
        if not parts or self._is_name(quote):
            return False
        if any(p.cue for p in parts):
            self._group(parts, para_start)
            self.taken.append((quote.open, quote.close))
            return False
        if cue := cue_after_quote(self.view, quote.close, para_end, is_speaker):
            merged = False
            resume = _RESUME_QUOTE_RE.match(self.view, cue.end, para_end)
            if nxt is not None and resume and resume.end() == nxt.open and not cue_after_quote(
                self.view, nxt.close, para_end, is_speaker
            ):
                parts += split_parts(self.view, nxt.open + 1, nxt.close, is_speaker)
                merged = True
            self._add(parts, cue, "after")
            self.taken.append((quote.open, cue.end))
            return merged
        sentence_start = next(
            (s for s, e in sentences(self.view, para_start, para_end) if s <= quote.open < e), para_start
        )
        if before := cue_before_quote(self.view, sentence_start, quote.open, is_speaker):
            self._add(parts, before[0], before[1])
            self.taken.append((sentence_start, quote.close))
            return False
        fills = not self.view[para_start : quote.open].strip() and not self.view[
            quote.close + 1 : para_end
        ].strip(" .,")
        words = len(self.view[quote.open + 1 : quote.close].split())
        if fills and words >= _MIN_UNCUED_WORDS and (found := self._previous_cue(para_start)):
            self._add(parts, found[0], found[1])
            self.taken.append((quote.open, quote.close))
        return False

    def _direct(self) -> None:
        for para_start, para_end in self.spans:
            if _DASH_LINE_RE.match(self.view, para_start, para_end):
                self._dash_paragraph(para_start, para_end)
                continue
            quotes = pair_slavic_quotes(self.view, para_start, para_end)
            skip = False
            for i, quote in enumerate(quotes):
                if skip:
                    skip = False
                    continue
                nxt = quotes[i + 1] if i + 1 < len(quotes) else None
                skip = self._quote(quote, nxt, para_start, para_end)

    def _reported(self) -> None:
        title = self.article.title_span
        previous: tuple[int, int] | None = None
        for para_start, para_end in self.spans:
            if title and title[0] <= para_start < title[1]:
                continue
            for start, end in sentences(self.view, para_start, para_end):
                if not any(s < end and start < e for s, e in self.taken):
                    self._sentence(start, end, previous)
                previous = (start, end)

    def _sentence(self, start: int, end: int, previous: tuple[int, int] | None) -> None:
        is_speaker = self.tracker.is_speaker
        for found in reported_in(self.view, start, end, is_speaker):
            kind: AttributionKind = "direct" if found.direct else (
                "mixed" if has_quote(self.view, found.start, found.end) else "indirect"
            )
            self._add([Part(found.start, found.end, None)], found.cue, found.evidence, kind=kind)
            self.taken.append((start, end))
        back = refers_back(self.view, start, end, is_speaker)
        if back is not None and previous is not None:
            p_start, p_end = previous
            if not any(s < p_end and p_start < e for s, e in self.taken):
                p_end = p_start + len(self.view[p_start:p_end].rstrip(" \n.!?"))
                self._add([Part(p_start, p_end, None)], back, "trailing", kind="indirect")

    def _headline(self) -> None:
        """`Минпромторг: выпуск судов вырастет вдвое`: a headline claim credited to its speaker."""
        title = self.article.title_span
        if not title or any(s < title[1] and title[0] < e for s, e in self.taken):
            return
        found = _HEADLINE_RE.fullmatch(self.view, *title)
        if found is None or len(found.group("claim").split()) < _MIN_UNCUED_WORDS:
            return
        subject = found.group("subj")
        if not self.tracker.is_speaker(subject):
            return
        cue = SlavicCue(subject, found.start("subj"), "", "", found.end("subj"))
        self._add([Part(found.start("claim"), found.end("claim"), None)], cue, "colon", kind="indirect")

    def run(self) -> list[dict[str, Any]]:
        """Extract and resolve every statement of the article, in text order."""
        self._direct()
        self._headline()
        self._reported()
        return statement_rows(self.article, self.candidates, [], self.tracker)
