"""Phrase timelines: mentions per period and speaker, raw, per 10,000 tokens and as a share."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.corpus.filters import StatementFilter
from analysis.engine import grid
from analysis.engine import phrases as phrase_index
from analysis.engine.index import CorpusIndex
from analysis.types import By, Freq

ALL = StatementFilter()
COLUMNS = ["period", "phrase", "speaker", "statements", "tokens", "mentions", "per_10k", "share"]


def phrase_timeline(
    index: CorpusIndex,
    phrases: Sequence[str],
    *,
    freq: Freq = "month",
    by: By = "speaker",
    where: StatementFilter = ALL,
) -> pd.DataFrame:
    """Mentions of each phrase per period (and speaker) with per-10k-token rates and shares.

    Every period from the first to the last counted statement appears for every speaker with
    statements. A row with statements == 0 is a period without statements (per_10k and share
    are NaN); a row with statements > 0 and mentions == 0 has per_10k == share == 0.
    `analysis.engine.grid.grain_coverage` says how many selected statements were counted.
    """
    if isinstance(phrases, str):
        phrases = [phrases]
    chosen = list(dict.fromkeys(p.strip() for p in phrases))
    if not chosen:
        raise ValueError("phrase_timeline needs at least one phrase")
    cells = grid.build_grid(index, freq=freq, by=by, where=where)
    base = cells.rows(freq)
    tokens = base.tokens.astype(np.float64)
    statements = base.statements.astype(np.float64)
    mentions, shares, rates = [], [], []
    for phrase in chosen:
        count, mentioning = _cell_counts(index, cells, phrase)
        count, mentioning = count[base.cell], mentioning[base.cell]
        mentions.append(count.astype(np.int64))
        with np.errstate(divide="ignore", invalid="ignore"):
            rates.append(np.where(tokens > 0, count / tokens * 10_000, np.nan))
            shares.append(np.where(statements > 0, mentioning / statements, np.nan))
    n, k = base.cell.size, len(chosen)
    rows = np.tile(np.arange(n), k)
    return pd.DataFrame(
        {
            "period": np.tile(base.period, k),
            "phrase": pd.array(chosen, dtype="string").take(np.repeat(np.arange(k), n)),
            "speaker": base.speaker.take(rows) if k > 1 else base.speaker,
            "statements": np.tile(base.statements, k),
            "tokens": np.tile(base.tokens, k),
            "mentions": np.concatenate(mentions),
            "per_10k": np.concatenate(rates),
            "share": np.concatenate(shares),
        },
        columns=COLUMNS,
    )


def _cell_counts(index: CorpusIndex, cells: grid.Grid, phrase: str) -> tuple[np.ndarray, np.ndarray]:
    """Mentions of the phrase and statements mentioning it, per cell of the grid."""
    size = cells.statements.size
    ids = phrase_index.phrase_ids(index, phrase)
    if ids is None or not size:
        return np.zeros(size), np.zeros(size)
    stmts, counts = phrase_index.statement_counts(index, ids)
    which, where_cell = cells.cells_of(stmts)
    hit = where_cell >= 0
    mentions = np.bincount(where_cell[hit], weights=counts[which][hit], minlength=size)
    return mentions, np.bincount(where_cell[hit], minlength=size).astype(np.float64)
