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
    """Cells (period x group) of a filtered selection, from the first to the last counted period."""

    base_cell: np.ndarray  # cell of each statement on the whole corpus's grid, -1 if not counted
    selected: np.ndarray  # statements of the selection that are counted
    offset: int  # cells before the selection's first period on the whole corpus's grid
    first_period: int
    n_periods: int
    groups: list[str]
    statements: np.ndarray
    tokens: np.ndarray
    coverage: dict[str, int]

    def cells_of(self, stmts: np.ndarray) -> np.ndarray:
        """Cell of each statement number, or -1 when it is not counted in this selection."""
        return np.where(self.selected[stmts], self.base_cell[stmts] - self.offset, -1)

    def frame(self, freq: periods.Freq) -> pd.DataFrame:
        """The grid's rows: every period in range for every group that has statements."""
        n_groups = len(self.groups)
        per_group = self.statements.reshape(self.n_periods, n_groups).sum(axis=0) if n_groups else []
        present = np.flatnonzero(np.asarray(per_group) > 0)
        period_index = np.repeat(np.arange(self.n_periods), present.size)
        group_index = np.tile(present, self.n_periods)
        cells = period_index * n_groups + group_index
        labels = pd.Categorical.from_codes(group_index, categories=pd.Index(self.groups, dtype=object))
        return pd.DataFrame(
            {
                "period": periods.period_starts(self.first_period + period_index, freq=freq),
                "speaker": pd.array(np.asarray(labels, dtype=object), dtype="string"),
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


def _base(index: CorpusIndex, freq: periods.Freq, by: By) -> tuple[np.ndarray, int, int]:
    """Cell of every statement on the whole corpus's grid (computed once per index)."""

    def compute() -> tuple[np.ndarray, int, int]:
        codes = index.periods(freq)
        counted = codes != periods.NO_PERIOD
        n_groups = len(index.speakers) if by == "speaker" else 1
        group = index.speaker_codes if by == "speaker" else np.zeros(len(index), dtype=np.int32)
        if not counted.any():
            return np.full(len(index), -1, dtype=np.int64), 0, 0
        first, last = int(codes[counted].min()), int(codes[counted].max())
        cell = np.where(counted, (codes - first) * n_groups + group, -1)
        return cell, first, last - first + 1

    return index.derived(("grid-base", freq, by), compute)  # type: ignore[return-value]


def _compute(index: CorpusIndex, freq: periods.Freq, by: By, where: StatementFilter) -> Grid:
    mask = index.mask(where)
    base_cell, first_all, periods_all = _base(index, freq, by)
    groups = index.speakers if by == "speaker" else [ALL_SPEAKERS]
    n_groups = len(groups)
    selected = mask & (base_cell >= 0)
    inside = base_cell[selected]
    size = periods_all * n_groups
    statements = np.bincount(inside, minlength=size)
    weights = index.arrays["word_counts"][selected]
    tokens = np.bincount(inside, weights=weights, minlength=size)
    undated = index.derived(("undated",), lambda: index.statements["date"].isna().to_numpy())
    n_selected = int(mask.sum())
    n_counted = int(inside.size)
    n_undated = int(np.count_nonzero(mask & np.asarray(undated)))
    coverage = {
        "selected": n_selected,
        "counted": n_counted,
        "too_coarse": n_selected - n_counted - n_undated,
        "undated": n_undated,
    }
    by_period = statements.reshape(periods_all, n_groups).sum(axis=1) if size else statements
    busy = np.flatnonzero(by_period)
    if len(busy) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Grid(base_cell, selected, 0, 0, 0, groups, empty, empty, coverage)
    lo, hi = int(busy[0]), int(busy[-1]) + 1
    cut = slice(lo * n_groups, hi * n_groups)
    return Grid(
        base_cell,
        selected,
        lo * n_groups,
        first_all + lo,
        hi - lo,
        groups,
        statements[cut],
        tokens[cut],
        coverage,
    )
