"""The period-by-speaker grid that timelines count into, with per-cell statements and tokens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

import numpy as np
import pandas as pd

from analysis import periods
from analysis.filters import StatementFilter
from analysis.index import CorpusIndex

By = Literal["speaker", "none"]
ALL_SPEAKERS: Final = "(all)"


@dataclass(frozen=True)
class Grid:
    """Cells (period x group) of a filtered selection; `cell` is -1 for statements not counted."""

    cell: np.ndarray
    first_period: int
    n_periods: int
    groups: list[str]
    statements: np.ndarray
    tokens: np.ndarray
    coverage: dict[str, int]

    def frame(self, freq: periods.Freq) -> pd.DataFrame:
        """The grid's rows: every period in range for every group that has statements."""
        size = self.n_periods * len(self.groups)
        cells = np.arange(size)
        present = (
            np.bincount(
                cells % len(self.groups), weights=self.statements, minlength=len(self.groups)
            )
            > 0
            if size
            else np.zeros(0, bool)
        )
        keep = present[cells % len(self.groups)] if size else cells.astype(bool)
        cells = cells[keep]
        codes = self.first_period + cells // len(self.groups)
        return pd.DataFrame(
            {
                "period": periods.period_starts(codes, freq=freq),
                "speaker": pd.array(
                    [self.groups[g] for g in cells % len(self.groups)], dtype="string"
                ),
                "statements": self.statements[cells].astype(np.int64),
                "tokens": self.tokens[cells].astype(np.int64),
                "_cell": cells,
            }
        )


def build_grid(index: CorpusIndex, *, freq: periods.Freq, by: By, where: StatementFilter) -> Grid:
    """Count statements and word tokens per period and group for the filtered selection."""
    if by not in ("speaker", "none"):
        raise ValueError(f"by must be 'speaker' or 'none', not {by!r}")
    key = ("grid", freq, by, where)
    return index.remember(key, lambda: _compute(index, freq, by, where))  # type: ignore[return-value]


def _compute(index: CorpusIndex, freq: periods.Freq, by: By, where: StatementFilter) -> Grid:
    selected = index.mask(where)
    codes = index.periods(freq)
    counted = selected & (codes != periods.NO_PERIOD)
    undated = np.isnat(
        index.statements["date"].dt.tz_localize(None).to_numpy(dtype="datetime64[us]")
    )
    coverage = {
        "selected": int(selected.sum()),
        "counted": int(counted.sum()),
        "too_coarse": int((selected & ~counted & ~undated).sum()),
        "undated": int((selected & undated).sum()),
    }
    groups = index.speakers if by == "speaker" else [ALL_SPEAKERS]
    group = index.speaker_codes if by == "speaker" else np.zeros(len(index), dtype=np.int32)
    if not counted.any():
        empty = np.zeros(0, dtype=np.int64)
        return Grid(np.full(len(index), -1), 0, 0, groups, empty, empty, coverage)
    first, last = int(codes[counted].min()), int(codes[counted].max())
    n_periods = last - first + 1
    cell = np.where(counted, (codes - first) * len(groups) + group, -1)
    size = n_periods * len(groups)
    inside = cell[counted]
    statements = np.bincount(inside, minlength=size)
    tokens = np.bincount(inside, weights=index.arrays["word_counts"][counted], minlength=size)
    return Grid(cell, first, n_periods, groups, statements, tokens, coverage)
