"""Find the statements in one article: quotes and their attribution, reported speech, speakers."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from analysis.extraction.article_text import article_view, readable_paragraphs, sentences
from analysis.extraction.articles import Article
from analysis.extraction.attribution import Cue, cue_after, cue_before
from analysis.extraction.confidence import Evidence
from analysis.extraction.coref import SpeakerTracker
from analysis.extraction.lead_in import colon_cue, fragment_cue
from analysis.extraction.marks import Paragraphs, Quote, pair_quotes
from analysis.extraction.patterns import (
    CLAUSE_START_RE,
    DOUBLE_MARK_RE,
    SPEECH_WORD_RE,
)
from analysis.extraction.people import PERSON_RUN_RE, split_title
from analysis.extraction.reported import has_cue, reported_speech
from analysis.extraction.statement_rows import AttributionKind, Candidate, statement_rows

_SPLIT_GAP_RE: Final[re.Pattern[str]] = re.compile(r"[^“”\"\n.!?]{0,80}?[,:;]?\s*$")
# `“We are close,” the envoy said. “But not there yet.”`: the second quote is the same statement
_SENTENCE_SPLIT_GAP_RE: Final[re.Pattern[str]] = re.compile(r"[^“”\"\n.!?]{0,80}?[.]\s+$")
_COLON_END_RE: Final[re.Pattern[str]] = re.compile(r":\s*$")
_TRIM: Final[str] = " \t\r\n,;:—–-"


def _quote_text(article: Article, quote: Quote, close: int) -> tuple[int, int, str]:
    """Content span and clean text of a quote: reopening marks dropped, trailing comma trimmed."""
    start, pieces, cursor = quote.open + 1, [], quote.open + 1
    for mark in quote.reopens:
        pieces.append(article.text[cursor:mark])
        cursor = mark + 1
    pieces.append(article.text[cursor:close])
    text = "".join(pieces)
    stripped = text.rstrip(_TRIM)
    end = close - (len(text) - len(stripped))
    lead = len(stripped) - len(stripped.lstrip())
    return start + lead, end, stripped.strip()


class StatementFinder:
    """One pass over one article: quotes first, then reported speech, then speakers (`run`)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.view = article_view(article)
        self.paras = Paragraphs(self.view)
        self.spans = readable_paragraphs(article, self.view)
        self.tracker = SpeakerTracker(self.view, author=article.author)
        self.candidates: list[Candidate] = []
        self.taken: list[tuple[int, int]] = []
        self.orphans: list[Candidate] = []
        self.subjects: list[tuple[int, str]] = []
        self.dateline_end = {self.paras.start(s): s for s, _ in self.spans}
        self.sentence_cache: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.span_starts = [s for s, _ in self.spans]

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        para_start, para_end = self.paras.start(pos), self.paras.end(pos)
        para_start = max(para_start, self.dateline_end.get(para_start, para_start))
        if pos < para_start:
            para_start = self.paras.start(pos)
        for span in self._sentences(para_start, para_end):
            if span[0] <= pos < span[1]:
                return span
        return para_start, para_end

    def _sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        """Sentences of view[start:end], computed once per span."""
        key = (start, end)
        if key not in self.sentence_cache:
            self.sentence_cache[key] = sentences(self.view, start, end)
        return self.sentence_cache[key]

    def _readable(self, pos: int) -> bool:
        """Say whether a position lies in a paragraph that is read (not a credit or byline)."""
        i = bisect_right(self.span_starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]

    def _headline(self, pos: int) -> bool:
        span = self.article.title_span
        return span is not None and span[0] <= pos < span[1]

    def _quotes(self) -> list[Quote]:
        body = self.article.body_start
        found = [
            q for q in pair_quotes(self.view, body, len(self.view), paragraphs=self.paras)
            if self._readable(q.open)
        ]
        title = self.article.title_span
        if title and not DOUBLE_MARK_RE.search(self.view, title[0], title[1]):
            found += pair_quotes(self.view, title[0], title[1], paragraphs=self.paras, single=True)
        if not DOUBLE_MARK_RE.search(self.view, body):
            found += pair_quotes(self.view, body, len(self.view), paragraphs=self.paras, single=True)
        unique = {(q.open, q.close): q for q in found}
        return sorted(unique.values(), key=lambda q: q.open)

    def _attribute(self, quote: Quote) -> tuple[Cue | None, Evidence]:
        headline = self._headline(quote.open)
        limit = self.paras.end(quote.close)
        after = cue_after(self.view, quote.close, limit, headline=headline)
        if after and self.tracker.is_speaker(after.subject):
            return after, "after_verb" if after.any_verb else "after"
        sentence_start, _ = self._sentence_of(quote.open)
        before = cue_before(self.view, sentence_start, quote.open, headline=headline)
        if before and self.tracker.is_speaker(before.subject):
            return before, "before" if before.side == "before" else "mixed"
        para_start = self.paras.start(quote.open)
        if not self.view[para_start : quote.open].strip() and para_start > 1:
            prev_end = para_start - 1
            while prev_end > 0 and not self.view[self.paras.start(prev_end - 1) : prev_end].strip():
                prev_end = self.paras.start(prev_end - 1) - 1
            if _COLON_END_RE.search(self.view, 0, prev_end):
                prev_sentence = self._sentence_of(prev_end - 1)
                intro = cue_before(self.view, prev_sentence[0], prev_end) or colon_cue(
                    self.view, prev_sentence[0], prev_end
                )
                if intro and self.tracker.is_speaker(intro.subject):
                    return intro, "intro"
        return None, "none"

    def _lead_in(self, quote: Quote) -> tuple[Cue | None, Evidence]:
        """A quote led in by its sentence's subject and any verb, after a colon or as a fragment."""
        if self._headline(quote.open):
            return None, "none"
        sentence_start = self._sentence_of(quote.open)[0]
        colon = colon_cue(self.view, sentence_start, quote.open)
        if colon is not None and self.tracker.is_speaker(colon.subject):
            return colon, "colon"
        fragment = fragment_cue(self.view, sentence_start, quote.open)
        if fragment is not None and self.tracker.is_speaker(fragment.subject):
            return fragment, "fragment"
        return None, "none"

    def _direct(self) -> None:
        quotes = self._quotes()
        skip: set[int] = set()
        for i, quote in enumerate(quotes):
            if i in skip:
                continue
            cue, evidence = self._attribute(quote)
            close, text_end = quote.close, None
            start, end, text = _quote_text(self.article, quote, quote.close)
            if cue and cue.side == "after" and i + 1 < len(quotes):
                nxt = quotes[i + 1]
                if self._continues_split(cue, nxt):
                    skip.add(i + 1)
                    _, end, second = _quote_text(self.article, nxt, nxt.close)
                    text, close = f"{text} {second}", nxt.close
            if cue is None:
                cue, evidence = self._continuation(quote)
            if cue is None:
                cue, evidence = self._lead_in(quote)
            if cue is None and len(text.split()) >= 6:
                self.taken.append((quote.open, quote.close))  # no reported speech inside it
                if self._fills_paragraph(quote):
                    self.orphans.append(Candidate(
                        start, end, text, "direct", "", quote.open, "", "", "orphan", inherit=True,
                    ))
            if cue is None or not text:
                continue
            kind: AttributionKind = "direct"
            if cue.side == "mixed" and cue.content_start >= 0:
                kind, start = "mixed", cue.content_start
                sentence_end = self._sentence_of(quote.close)[1]
                text_end = len(self.view[:sentence_end].rstrip(" \n.!?"))
                end = max(text_end, quote.close + 1)
                text = self.article.text[start:end]
            self.taken.append((min(quote.open, start), close))
            self.candidates.append(Candidate(
                start, end, text, kind, cue.subject, cue.subject_pos, cue.cue, cue.channel,
                evidence, inherit=cue.side == "continued", definite=self._headline(quote.open),
            ))

    def _continues_split(self, cue: Cue, nxt: Quote) -> bool:
        """Say whether the next quote is the rest of a quote split by its attribution."""
        if self.paras.index(nxt.open) != self.paras.index(cue.end):
            return False
        if SPEECH_WORD_RE.search(self.view, cue.end, nxt.open):
            return False
        if _SPLIT_GAP_RE.fullmatch(self.view, cue.end, nxt.open):
            return True
        return bool(_SENTENCE_SPLIT_GAP_RE.fullmatch(self.view, cue.end, nxt.open)) and (
            self._attribute(nxt)[0] is None
        )

    def _fills_paragraph(self, quote: Quote) -> bool:
        para_start, para_end = self.paras.start(quote.open), self.paras.end(quote.close)
        return not self.view[para_start : quote.open].strip() and not self.view[
            quote.close + 1 : para_end
        ].strip(" .,")

    def _adopt_orphans(self) -> None:
        """An unattributed quote paragraph right after a statement's paragraph is that speaker's."""
        for orphan in self.orphans:
            before = [c for c in self.candidates if c.end <= orphan.start]
            if not before:
                continue
            last = max(before, key=lambda c: c.end)
            gap = self.view[last.end : orphan.start - 1]
            attribution_end = gap.find("\n")
            between = gap[attribution_end:] if attribution_end >= 0 else ""
            if between.strip() or gap.count("\n") > 2 or SPEECH_WORD_RE.search(gap):
                continue
            self.candidates.append(orphan)

    def _continuation(self, quote: Quote) -> tuple[Cue | None, Evidence]:
        """A quote standing alone right after an attributed quote continues its speaker.

        Either it fills its paragraph and follows the attributed quote's paragraph, or it
        opens a sentence of the same paragraph and nothing follows it in that sentence.
        """
        if not self.candidates or self.candidates[-1].attribution != "direct":
            return None, "none"
        last = self.candidates[-1]
        para_start, para_end = self.paras.start(quote.open), self.paras.end(quote.close)
        sentence_start, sentence_end = self._sentence_of(quote.open)
        alone_in_sentence = not self.view[sentence_start : quote.open].strip() and not self.view[
            quote.close + 1 : min(sentence_end, para_end)
        ].strip(" .,")
        if not alone_in_sentence:
            return None, "none"
        gap = self.view[last.end : quote.open]
        if self.paras.index(last.end) == self.paras.index(quote.open):
            after_attribution = gap.split(". ", 1)[1] if ". " in gap else ""
            if SPEECH_WORD_RE.search(after_attribution):
                return None, "none"  # someone else was credited in between
        elif (
            self.view[para_start : quote.open].strip()
            or self.view[quote.close + 1 : para_end].strip(" .,")
            or gap.count("\n") > 2
            or len(gap) > 200
        ):
            return None, "none"
        return Cue("", quote.open, "", last.channel, "continued", quote.open), "continued"

    def _reported(self) -> None:
        for para_start, para_end in self.spans:
            if self._headline(para_start):
                continue
            taken = [(s, e) for s, e in self.taken if s < para_end and para_start < e]
            for start, end in self._sentences(para_start, para_end):
                sentence = self.view[start:end]
                for lead in PERSON_RUN_RE.finditer(sentence, 0, 60):
                    name = " ".join(split_title(lead.group(0).split())[1])
                    if self.tracker.is_person(name):
                        self.subjects.append((start + lead.start(), name))
                        break
                if not has_cue(sentence):
                    continue
                clauses = [start] + [start + m.end() for m in CLAUSE_START_RE.finditer(sentence)]
                for clause in clauses:
                    if any(s < end and clause < e for s, e in taken):
                        continue
                    found = reported_speech(
                        self.view, clause, end, is_speaker=self.tracker.is_speaker
                    )
                    for item in found:
                        self.candidates.append(Candidate(
                            item.start, item.end, self.article.text[item.start : item.end],
                            "indirect", item.subject, item.subject_pos, item.cue,
                            item.channel, item.pattern,
                        ))
                    if found:
                        break

    def run(self) -> list[dict[str, Any]]:
        """Extract and resolve every statement of the article, in text order."""
        self._direct()
        self._reported()
        self._adopt_orphans()
        return statement_rows(self.article, self.candidates, self.subjects, self.tracker)
