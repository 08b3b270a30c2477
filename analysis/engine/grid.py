"""The period-by-speaker grid that timelines count into, with per-cell statements and tokens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from analysis.corpus import periods
from analysis.corpus.filters import StatementFilter
from analysis.engine.index import CorpusIndex
from analysis.types import By, Freq, check_by

ALL_SPEAKERS: Final = "(all)"


@dataclass(frozen=True)
class Coverage:
    """How many selected statements a grain counts, and how many it leaves out and why."""

    selected: int
    counted: int
    too_coarse: int  # dated, but coarser than the grain (a year-only date on a month axis)
    undated: int


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
    coverage: Coverage

    def cells_of(self, stmts: np.ndarray) -> np.ndarray:
        """Cell of each statement number, or -1 when it is not counted in this selection."""
        return np.where(self.selected[stmts], self.base_cell[stmts] - self.offset, -1)

    def rows(self, freq: Freq) -> GridRows:
        """The grid's rows as columns: every period in range for every group that has statements."""
        n_groups = len(self.groups)
        per_group = self.statements.reshape(self.n_periods, n_groups).sum(axis=0) if n_groups else []
        present = np.flatnonzero(np.asarray(per_group) > 0)
        period_index = np.repeat(np.arange(self.n_periods), present.size)
        slot = np.tile(np.arange(present.size), self.n_periods)
        cells = period_index * n_groups + present[slot]
        # one label and one period start per distinct value, then taken per row
        starts = periods.period_starts(self.first_period + np.arange(self.n_periods), freq=freq)
        labels = pd.array(np.asarray(self.groups, dtype=object)[present], dtype="string")
        return GridRows(
            period=starts.to_numpy()[period_index],
            speaker=labels.take(slot),
            statements=self.statements[cells].astype(np.int64),
            tokens=self.tokens[cells].astype(np.int64),
            cell=cells,
        )

    def frame(self, freq: Freq) -> pd.DataFrame:
        """The grid's rows as a frame, with each row's cell in `_cell`."""
        rows = self.rows(freq)
        return pd.DataFrame(
            {
                "period": pd.DatetimeIndex(rows.period, name="period"),
                "speaker": rows.speaker,
                "statements": rows.statements,
                "tokens": rows.tokens,
                "_cell": rows.cell,
            }
        )


@dataclass(frozen=True)
class GridRows:
    """One entry per row of a grid's frame: period start, group label, counts and cell."""

    period: np.ndarray  # datetime64[s]
    speaker: pd.api.extensions.ExtensionArray
    statements: np.ndarray
    tokens: np.ndarray
    cell: np.ndarray


def build_grid(index: CorpusIndex, *, freq: Freq, by: By, where: StatementFilter) -> Grid:
    """Count statements and word tokens per period and group for the filtered selection."""
    check_by(by)
    key = ("grid", freq, by, where)
    return index.remember(key, lambda: _compute(index, freq, by, where))


def grain_coverage(index: CorpusIndex, *, freq: Freq, by: By, where: StatementFilter) -> Coverage:
    """How many of the filter's statements a timeline at this grain counts, and why not the rest."""
    return build_grid(index, freq=freq, by=by, where=where).coverage


def _base(
    index: CorpusIndex, freq: Freq, by: By
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int, int]:
    """Cell of every statement on the whole corpus's grid (computed once per index)."""

    def compute() -> tuple[np.ndarray, np.ndarray, np.ndarray, int, int]:
        codes = index.periods(freq)
        counted = codes != periods.NO_PERIOD
        n_groups = len(index.speakers) if by == "speaker" else 1
        group = index.speaker_codes if by == "speaker" else np.zeros(len(index), dtype=np.int32)
        words = np.asarray(index.postings.word_counts, dtype=np.float64)
        if not counted.any():
            return np.full(len(index), -1, dtype=np.int64), counted, words, 0, 0
        first, last = int(codes[counted].min()), int(codes[counted].max())
        cell = np.where(counted, (codes - first) * n_groups + group, -1)
        return cell, counted, words, first, last - first + 1

    return index.derived(("grid-base", freq, by), compute)


def _undated(index: CorpusIndex) -> np.ndarray:
    return index.derived(("undated",), lambda: index.statements["date"].isna().to_numpy())


def _speaker_tables(index: CorpusIndex, freq: Freq) -> dict[str, np.ndarray]:
    """Whole-corpus (period x speaker) statements and tokens, and per-speaker coverage counts."""

    def compute() -> dict[str, np.ndarray]:
        base_cell, counted, words, _, n_periods = _base(index, freq, "speaker")
        n_speakers = len(index.speakers)
        inside = base_cell[counted]
        size = n_periods * n_speakers
        codes = index.speaker_codes
        return {
            "statements": np.bincount(inside, minlength=size).reshape(n_periods, n_speakers),
            "tokens": np.bincount(inside, weights=words[counted], minlength=size).reshape(
                n_periods, n_speakers
            ),
            "selected": np.bincount(codes, minlength=n_speakers),
            "counted": np.bincount(codes[counted], minlength=n_speakers),
            "undated": np.bincount(codes[_undated(index)], minlength=n_speakers),
        }

    return index.derived(("grid-speakers", freq), compute)


def _cells(
    index: CorpusIndex, freq: Freq, by: By, where: StatementFilter, mask: np.ndarray
) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """Statements and tokens per cell of the whole corpus's grid, and the coverage counts."""
    base_cell, counted, words, _, periods_all = _base(index, freq, by)
    speakers_only = not (where.since or where.until or where.sources or where.query)
    if speakers_only:  # whole speakers: sum precomputed columns instead of statements
        tables = _speaker_tables(index, freq)
        keep = np.ones(len(index.speakers), dtype=bool)
        if where.speakers:
            keep = np.isin(np.asarray(index.speakers, dtype=object), list(where.speakers))
        statements = tables["statements"] * keep
        tokens = tables["tokens"] * keep
        if by == "none":
            statements = statements.sum(axis=1)
            tokens = tokens.sum(axis=1)
        counts = {name: int(tables[name][keep].sum()) for name in ("selected", "counted", "undated")}
        return statements.ravel(), tokens.ravel(), counts
    selected = mask & counted
    inside = base_cell[selected]
    size = periods_all * (len(index.speakers) if by == "speaker" else 1)
    counts = {
        "selected": int(mask.sum()),
        "counted": int(inside.size),
        "undated": int(np.count_nonzero(mask & _undated(index))),
    }
    statements = np.bincount(inside, minlength=size)
    tokens = np.bincount(inside, weights=words[selected], minlength=size)
    return statements, tokens, counts


def _compute(index: CorpusIndex, freq: Freq, by: By, where: StatementFilter) -> Grid:
    mask = index.mask(where)
    base_cell, counted, _, first_all, periods_all = _base(index, freq, by)
    groups = index.speakers if by == "speaker" else [ALL_SPEAKERS]
    n_groups = len(groups)
    selected = mask & counted
    size = periods_all * n_groups
    statements, tokens, counts = _cells(index, freq, by, where, mask)
    n_selected, n_counted, n_undated = counts["selected"], counts["counted"], counts["undated"]
    coverage = Coverage(
        selected=n_selected,
        counted=n_counted,
        too_coarse=n_selected - n_counted - n_undated,
        undated=n_undated,
    )
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
