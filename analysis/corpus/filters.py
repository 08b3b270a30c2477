"""The one filter type that every analysis, the dashboard, the CLI and the tests share.

A filter is answered by one rule everywhere: `Selector` holds the metadata rule (speakers,
sources, languages, a dated period overlapping the date range) as numpy arrays, and
`analysis.text.matching` defines a phrase match. `StatementFilter.mask` on a plain frame and
the corpus index both call these two, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np
import pandas as pd

from analysis.corpus import periods
from analysis.corpus.credits import split_names
from analysis.extraction.confidence import CHECK_BELOW
from analysis.text import matching


@dataclass(frozen=True)
class FilterField:
    """Declaration of one filter: its URL key, default and help text."""

    name: str
    default: Any
    help: str


FILTER_FIELDS: Final[tuple[FilterField, ...]] = (
    FilterField("speakers", (), "Only statements by these canonical speakers (all when empty)."),
    FilterField("since", None, "Only statements on or after this date (inclusive)."),
    FilterField("until", None, "Only statements on or before this date (inclusive)."),
    FilterField("sources", (), "Only statements from these sources (all when empty)."),
    FilterField(
        "query", "", "Only statements that say this phrase: its words in a row, whole words, any case."
    ),
    FilterField(
        "hide_unsure", False,
        f"Leave out statements extracted from articles whose attribution needs checking "
        f"(confidence below {CHECK_BELOW}); statements loaded from tables are kept.",
    ),
    FilterField(
        "languages", (), "Only statements in these languages (ISO 639-1 codes; und: too short to "
        "tell; all when empty)."
    ),
)


@dataclass(frozen=True)
class StatementFilter:
    """A selection of statements by speaker, date, source, free-text query, language and confidence."""

    speakers: tuple[str, ...] = field(default=())
    since: dt.date | None = None
    until: dt.date | None = None
    sources: tuple[str, ...] = field(default=())
    query: str = ""
    hide_unsure: bool = False
    languages: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"filter 'since' ({self.since}) is after 'until' ({self.until})")
        object.__setattr__(self, "speakers", tuple(self.speakers))
        object.__setattr__(self, "sources", tuple(self.sources))
        object.__setattr__(self, "languages", tuple(self.languages))
        object.__setattr__(self, "query", self.query.strip())

    @property
    def is_empty(self) -> bool:
        """True when the filter keeps every statement."""
        return all(getattr(self, f.name) == f.default for f in FILTER_FIELDS)

    def mask(self, frame: pd.DataFrame) -> pd.Series:
        """Return a boolean Series, aligned with frame, of the statements this filter keeps."""
        keep = Selector.of(frame).mask(self)
        if self.query:
            keep &= matching.texts_matching(frame["text"].tolist(), self.query)
        return pd.Series(keep, index=frame.index)

    def apply(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Return the statements of frame that this filter keeps."""
        if self.is_empty:
            return frame
        return frame.loc[self.mask(frame)]


@dataclass(frozen=True, eq=False)
class Selector:
    """Speaker and source codes and each statement's dated period, prepared once per frame."""

    speakers: dict[str, tuple[int, ...]]  # person -> codes of every speaker cell crediting them
    speaker_codes: np.ndarray
    sources: dict[str, tuple[int, ...]]
    source_codes: np.ndarray
    starts: np.ndarray  # datetime64[us]; NaT when undated
    ends: np.ndarray  # first instant after the statement's dated period
    unsure: np.ndarray  # extracted with a confidence below CHECK_BELOW
    languages: dict[str, tuple[int, ...]]
    language_codes: np.ndarray

    @classmethod
    def of(cls, frame: pd.DataFrame) -> Selector:
        """Prepare the arrays of a statement frame (one pass; the frame is not changed)."""
        speaker_codes, speakers = pd.factorize(frame["speaker"].astype(str))
        source_codes, sources = pd.factorize(frame["source"].fillna("").astype(str))
        starts, ends = periods.period_bounds(frame["date"], frame["date_precision"])
        people: dict[str, list[int]] = {}
        for code, cell in enumerate(speakers):
            for name in split_names(str(cell)):
                people.setdefault(name, []).append(code)
        spoken = frame["language"] if "language" in frame.columns else pd.Series("und", index=frame.index)
        language_codes, languages = pd.factorize(spoken.fillna("und").astype(str))
        return cls(
            {name: tuple(codes) for name, codes in people.items()}, speaker_codes.astype(np.int32),
            {str(s): (i,) for i, s in enumerate(sources)}, source_codes.astype(np.int32),
            starts, ends, needs_checking(frame),
            {str(s): (i,) for i, s in enumerate(languages)}, language_codes.astype(np.int32),
        )

    def mask(self, where: StatementFilter) -> np.ndarray:
        """Rows that the filter's speakers, sources and dates keep; its query is not looked at."""
        keep = np.ones(len(self.starts), dtype=bool)
        if where.speakers:
            keep &= _in(self.speaker_codes, self.speakers, where.speakers)
        if where.sources:
            keep &= _in(self.source_codes, self.sources, where.sources)
        if where.languages:
            keep &= _in(self.language_codes, self.languages, where.languages)
        if where.since or where.until:
            keep &= periods.overlaps(self.starts, self.ends, since=where.since, until=where.until)
        if where.hide_unsure:
            keep &= ~self.unsure
        return keep


def needs_checking(frame: pd.DataFrame) -> np.ndarray:
    """Statements whose extraction confidence is below CHECK_BELOW; none without the column."""
    if "confidence" not in frame.columns:
        return np.zeros(len(frame), dtype=bool)
    confidence = pd.to_numeric(frame["confidence"], errors="coerce").to_numpy(dtype=np.float64)
    return np.nan_to_num(confidence, nan=1.0) < CHECK_BELOW


def _in(codes: np.ndarray, known: dict[str, tuple[int, ...]], wanted: tuple[str, ...]) -> np.ndarray:
    """Rows whose code is one the wanted names point to (unknown names match nothing)."""
    table = np.zeros(int(codes.max()) + 1 if codes.size else 1, dtype=bool)
    for name in wanted:
        table[list(known.get(name, ()))] = True
    return table[codes]
