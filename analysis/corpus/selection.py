"""Answer a StatementFilter on a large frame fast, from arrays prepared once per corpus.

The phrase filter needs the term index (CorpusIndex.mask); everything else is answered here
with the same rules as StatementFilter.mask, which the tests check row for row.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.corpus.filters import StatementFilter


@dataclass(frozen=True, eq=False)
class Selector:
    """Speaker and source codes and each statement's dated period, as numpy arrays."""

    speakers: dict[str, int]
    speaker_codes: np.ndarray
    sources: dict[str, int]
    source_codes: np.ndarray
    starts: np.ndarray  # datetime64[us]; NaT when undated
    ends: np.ndarray  # first instant after the statement's dated period

    @classmethod
    def of(cls, frame: pd.DataFrame) -> Selector:
        """Prepare the arrays of a statement frame (one pass; the frame is not changed)."""
        speaker_codes, speakers = pd.factorize(frame["speaker"].astype(str))
        source_codes, sources = pd.factorize(frame["source"].fillna("").astype(str))
        starts = frame["date"].to_numpy(dtype="datetime64[us]")
        precision = frame["date_precision"].to_numpy(dtype=object)
        ends = starts + np.timedelta64(1, "D")
        month, year = precision == "month", precision == "year"
        ends[month] = (starts[month].astype("datetime64[M]") + 1).astype("datetime64[us]")
        ends[year] = (starts[year].astype("datetime64[Y]") + 1).astype("datetime64[us]")
        return cls(
            {str(s): i for i, s in enumerate(speakers)}, speaker_codes.astype(np.int32),
            {str(s): i for i, s in enumerate(sources)}, source_codes.astype(np.int32),
            starts, ends,
        )

    def mask(self, where: StatementFilter) -> np.ndarray:
        """Boolean array of the rows the filter keeps; the query must be answered elsewhere."""
        if where.query:
            raise ValueError("Selector does not match phrases; use the corpus index for a query")
        keep = np.ones(len(self.starts), dtype=bool)
        if where.speakers:
            keep &= _in(self.speaker_codes, self.speakers, where.speakers)
        if where.sources:
            keep &= _in(self.source_codes, self.sources, where.sources)
        if where.since or where.until:
            keep &= ~np.isnat(self.starts)
            if where.since:
                keep &= self.ends > np.datetime64(where.since, "us")
            if where.until:
                keep &= self.starts < np.datetime64(where.until, "us") + np.timedelta64(1, "D")
        return keep


def _in(codes: np.ndarray, known: dict[str, int], wanted: tuple[str, ...]) -> np.ndarray:
    """Rows whose code is one of the wanted names (unknown names match nothing)."""
    table = np.zeros(len(known) + 1, dtype=bool)
    for name in wanted:
        if name in known:
            table[known[name]] = True
    return table[codes]
