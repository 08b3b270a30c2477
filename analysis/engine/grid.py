"""The period-by-speaker grid that timelines count into, with per-cell statements and tokens."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from analysis.corpus import periods
from analysis.corpus.credits import ranges
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
    """Cells (period x group) of a filtered selection, from the first to the last counted period.

    A grid counts units: by speaker, one per credit (a statement naming two people is counted
    for each); for everyone together, one per statement.
    """

    base_cell: np.ndarray  # cell of each unit on the whole corpus's grid, -1 if not counted
    selected: np.ndarray  # statements of the selection that are counted
    unit_ptr: np.ndarray | None  # CSR per statement into the units; None: one unit a statement
    unit_group: np.ndarray  # group (speaker) of each unit
    allowed: np.ndarray  # per group: may its units count (the filter's speakers, when named)
    offset: int  # cells before the selection's first period on the whole corpus's grid
    first_period: int
    n_periods: int
    groups: list[str]
    statements: np.ndarray
    tokens: np.ndarray
    coverage: Coverage

    def cells_of(self, stmts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each unit of the given statement numbers: its position in stmts, and its cell (-1 when
        it is not counted in this selection)."""
        stmts = np.asarray(stmts, dtype=np.int64)
        if self.unit_ptr is None:
            which, units = np.arange(stmts.size), stmts
        else:
            lo, hi = self.unit_ptr[stmts], self.unit_ptr[stmts + 1]
            which, units = np.repeat(np.arange(stmts.size), hi - lo), ranges(lo, hi)
        keep = self.selected[stmts[which]] & self.allowed[self.unit_group[units]]
        return which, np.where(keep, self.base_cell[units] - self.offset, -1)

    def counted_units(self) -> tuple[np.ndarray, np.ndarray]:
        """Statement and cell of every unit the selection counts."""
        stmts = np.flatnonzero(self.selected)
        if self.unit_ptr is None and self.allowed.all():  # one unit a statement, all counted
            return stmts, self.base_cell[stmts] - self.offset
        which, cell = self.cells_of(stmts)
        counted = cell >= 0
        return stmts[which[counted]], cell[counted]

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


@dataclass(frozen=True)
class _Base:
    """Every unit's cell on the whole corpus's grid at one grain and grouping."""

    cell: np.ndarray  # per unit, -1 when its statement is not counted at this grain
    unit_stmt: np.ndarray  # statement of each unit
    unit_ptr: np.ndarray | None  # CSR per statement into the units; None: one unit a statement
    unit_group: np.ndarray
    counted: np.ndarray  # per statement
    words: np.ndarray  # word tokens per statement
    first: int
    n_periods: int


def _base(index: CorpusIndex, freq: Freq, by: By) -> _Base:
    """Cell of every unit on the whole corpus's grid (computed once per index)."""

    def compute() -> _Base:
        codes = index.periods(freq)
        counted = codes != periods.NO_PERIOD
        words = np.asarray(index.postings.word_counts, dtype=np.float64)
        credits = index.credits
        if by == "speaker":
            n_groups, unit_stmt, group = len(index.speakers), credits.stmt, credits.person
            unit_ptr = credits.ptr if credits.shared else None
        else:
            n_groups, unit_stmt, unit_ptr = 1, np.arange(len(index), dtype=np.int32), None
            group = np.zeros(len(index), dtype=np.int32)
        if not counted.any():
            return _Base(np.full(unit_stmt.size, -1, dtype=np.int64), unit_stmt, unit_ptr, group,
                         counted, words, 0, 0)
        first, last = int(codes[counted].min()), int(codes[counted].max())
        cell = np.where(counted[unit_stmt], (codes[unit_stmt] - first) * n_groups + group, -1)
        return _Base(cell, unit_stmt, unit_ptr, group, counted, words, first, last - first + 1)

    return index.derived(("grid-base", freq, by), compute)


def _undated(index: CorpusIndex) -> np.ndarray:
    return index.derived(("undated",), lambda: index.statements["date"].isna().to_numpy())


def _speaker_tables(index: CorpusIndex, freq: Freq) -> dict[str, np.ndarray]:
    """Whole-corpus (period x speaker) credited statements and tokens."""

    def compute() -> dict[str, np.ndarray]:
        base = _base(index, freq, "speaker")
        size = base.n_periods * len(index.speakers)
        inside = base.cell >= 0
        shape = (base.n_periods, len(index.speakers))
        return {
            "statements": np.bincount(base.cell[inside], minlength=size).reshape(shape),
            "tokens": np.bincount(
                base.cell[inside], weights=base.words[base.unit_stmt[inside]], minlength=size
            ).reshape(shape),
        }

    return index.derived(("grid-speakers", freq), compute)


def _coverage(index: CorpusIndex, base: _Base, mask: np.ndarray) -> Coverage:
    """Selected statements, each once, however many people it credits."""
    selected = int(np.count_nonzero(mask))
    counted = int(np.count_nonzero(mask & base.counted))
    undated = int(np.count_nonzero(mask & _undated(index)))
    return Coverage(selected=selected, counted=counted, too_coarse=selected - counted - undated,
                    undated=undated)


def _cells(
    index: CorpusIndex, base: _Base, freq: Freq, by: By, where: StatementFilter,
    selected: np.ndarray, allowed: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Units and their tokens per cell of the whole corpus's grid."""
    speakers_only = dataclasses.replace(where, speakers=()).is_empty
    # whole speakers: sum precomputed columns (for everyone together only when no statement
    # credits two people, who would both be summed)
    if speakers_only and (by == "speaker" or not index.credits.shared):
        tables = _speaker_tables(index, freq)
        if by == "speaker":
            return (tables["statements"] * allowed).ravel(), (tables["tokens"] * allowed).ravel()
        everyone = np.ones(len(index.speakers), dtype=bool)
        keep = index.credits.people(where.speakers) if where.speakers else everyone
        return (tables["statements"] * keep).sum(axis=1), (tables["tokens"] * keep).sum(axis=1)
    kept = selected[base.unit_stmt] & allowed[base.unit_group] if by == "speaker" else selected
    inside = base.cell[kept]
    size = base.n_periods * (len(index.speakers) if by == "speaker" else 1)
    statements = np.bincount(inside, minlength=size)
    tokens = np.bincount(inside, weights=base.words[base.unit_stmt[kept]], minlength=size)
    return statements, tokens


def _compute(index: CorpusIndex, freq: Freq, by: By, where: StatementFilter) -> Grid:
    mask = index.mask(where)
    base = _base(index, freq, by)
    groups = index.speakers if by == "speaker" else [ALL_SPEAKERS]
    n_groups = len(groups)
    selected = mask & base.counted
    # a filter on speakers never lends a joint statement to the co-speaker it did not name
    named = by == "speaker" and bool(where.speakers)
    allowed = index.credits.people(where.speakers) if named else np.ones(n_groups, dtype=bool)
    size = base.n_periods * n_groups
    statements, tokens = _cells(index, base, freq, by, where, selected, allowed)
    coverage = _coverage(index, base, mask)
    by_period = statements.reshape(base.n_periods, n_groups).sum(axis=1) if size else statements
    busy = np.flatnonzero(by_period)
    units = (base.cell, selected, base.unit_ptr, base.unit_group, allowed)
    if len(busy) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Grid(*units, 0, 0, 0, groups, empty, empty, coverage)
    lo, hi = int(busy[0]), int(busy[-1]) + 1
    cut = slice(lo * n_groups, hi * n_groups)
    return Grid(*units, lo * n_groups, base.first + lo, hi - lo, groups, statements[cut],
                tokens[cut], coverage)
