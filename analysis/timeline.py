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
    cells = grid.build_grid(index, freq=freq, by=by, where=where)
    base = cells.frame(freq)
    parts = []
    for phrase in dict.fromkeys(p.strip() for p in phrases):
        ids = phrase_index.phrase_ids(index, phrase)
        mentions: np.ndarray = np.zeros(cells.statements.size)
        mentioning: np.ndarray = np.zeros(cells.statements.size)
        if ids is not None and cells.statements.size:
            stmts, counts = phrase_index.statement_counts(index, ids)
            where_cell = cells.cells_of(stmts)
            hit = where_cell >= 0
            size = cells.statements.size
            mentions = np.bincount(where_cell[hit], weights=counts[hit], minlength=size)
            mentioning = np.bincount(where_cell[hit], minlength=size).astype(np.float64)
        part = base.assign(phrase=phrase)
        picked = base["_cell"].to_numpy()
        count = mentions[picked]
        part["mentions"] = count.astype(np.int64)
        tokens = base["tokens"].to_numpy(dtype=np.float64)
        statements = base["statements"].to_numpy(dtype=np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            part["per_10k"] = np.where(tokens > 0, count / tokens * 10_000, np.nan)
            part["share"] = np.where(statements > 0, mentioning[picked] / statements, np.nan)
        parts.append(part)
    if not parts:
        raise ValueError("phrase_timeline needs at least one phrase")
    out = pd.concat(parts, ignore_index=True)
    out = out[COLUMNS].reset_index(drop=True)
    out["phrase"] = out["phrase"].astype("string")
    return out
