"""Score extracted statements against gold: precision, recall and F1 of (span, speaker) pairs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

MatchMode = Literal["exact", "overlap"]
BUCKETS: Final[dict[str, str]] = {"direct": "direct", "indirect": "indirect", "mixed": "indirect"}
_EDGE: Final[str] = " \t\n\"'“”‘’«»„,.;:!?…"
_ARTICLE_RE: Final[re.Pattern[str]] = re.compile(r"^(?:the|a|an)\s+")


@dataclass(frozen=True)
class Span:
    """A statement reduced to what is scored."""

    bucket: str
    speaker: str
    start: int
    end: int


@dataclass
class Tally:
    """Counts for one bucket and match mode."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def normalise_speaker(name: str) -> str:
    """Fold case, apostrophes and whitespace and drop a leading article, for comparison only."""
    folded = " ".join(name.replace("’", "'").split()).casefold()
    return _ARTICLE_RE.sub("", folded)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding whitespace, quotation marks and punctuation."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def make_span(text: str, attribution: str, speaker: str, start: int, end: int) -> Span:
    """Build a scored span with trimmed offsets and a normalised speaker."""
    s, e = trim(text, start, end)
    return Span(BUCKETS[attribution], normalise_speaker(speaker), s, e)


def _score(pred: Span, gold: Span, mode: MatchMode) -> float:
    """Return a match strength in (0, 1], or 0 when the pair does not match."""
    if pred.bucket != gold.bucket or pred.speaker != gold.speaker:
        return 0.0
    if mode == "exact":
        return 1.0 if (pred.start, pred.end) == (gold.start, gold.end) else 0.0
    inter = min(pred.end, gold.end) - max(pred.start, gold.start)
    share = inter / max(gold.end - gold.start, 1)
    return share if share >= 0.5 else 0.0


def match_article(
    predicted: Iterable[Span], gold: Iterable[Span], *, mode: MatchMode
) -> list[tuple[Span, Span | None]]:
    """Pair gold spans with predictions one-to-one, best match first; None when unmatched."""
    preds = list(predicted)
    used: set[int] = set()
    pairs: list[tuple[Span, Span | None]] = []
    for g in gold:
        best, best_i = 0.0, -1
        for i, p in enumerate(preds):
            if i not in used and (s := _score(p, g, mode)) > best:
                best, best_i = s, i
        if best_i >= 0:
            used.add(best_i)
        pairs.append((g, preds[best_i] if best_i >= 0 else None))
    return pairs


def tally(
    articles: Iterable[tuple[list[Span], list[Span]]], *, mode: MatchMode
) -> dict[str, Tally]:
    """Count predictions, gold and matches per bucket (direct, indirect) and overall."""
    out = {"direct": Tally(), "indirect": Tally(), "all": Tally()}
    for preds, gold in articles:
        for p in preds:
            out[p.bucket].predicted += 1
            out["all"].predicted += 1
        for g, p in match_article(preds, gold, mode=mode):
            out[g.bucket].gold += 1
            out["all"].gold += 1
            if p is not None:
                out[g.bucket].matched += 1
                out["all"].matched += 1
    return out
