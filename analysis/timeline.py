"""Phrase and concept timelines: mentions per period and speaker, raw, per 10,000 tokens, as a share."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from analysis.concept_matches import concept_statement_counts
from analysis.concepts import Concept, pattern_words
from analysis.corpus.filters import StatementFilter
from analysis.engine import grid
from analysis.engine import phrases as phrase_index
from analysis.engine.index import CorpusIndex
from analysis.types import By, Freq

ALL = StatementFilter()
COLUMNS = ["period", "phrase", "speaker", "statements", "tokens", "mentions", "per_10k", "share"]
CONCEPT_COLUMNS = ["concept" if c == "phrase" else c for c in COLUMNS]
# statements (ascending) holding a match of one followed item, and matches in each
Counter = Callable[[], tuple[np.ndarray, np.ndarray]]


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
    for phrase in chosen:
        phrase_index.check_phrase(phrase)  # a bad phrase fails even on an empty selection
    counters: list[Counter] = [functools.partial(_phrase_counts, index, p) for p in chosen]
    return _timeline(index, chosen, counters, label="phrase", freq=freq, by=by, where=where)


def concept_timeline(
    index: CorpusIndex,
    concepts: Sequence[Concept],
    *,
    freq: Freq = "month",
    by: By = "speaker",
    where: StatementFilter = ALL,
) -> pd.DataFrame:
    """Mentions of each concept per period (and speaker): the rows of phrase_timeline, with
    `concept` in place of `phrase`; a match of any of its patterns is a mention (counted once
    where patterns overlap, see analysis.concept_matches)."""
    if not concepts:
        raise ValueError("concept_timeline needs at least one concept")
    names = [c.name for c in concepts]
    if len(set(names)) != len(names):
        raise ValueError(f"concept names must differ; got {names}")
    for concept in concepts:
        for pattern in concept.patterns:
            pattern_words(pattern)
    counters: list[Counter] = [functools.partial(concept_statement_counts, index, c) for c in concepts]
    return _timeline(index, names, counters, label="concept", freq=freq, by=by, where=where)


def _timeline(
    index: CorpusIndex, labels: list[str], counters: list[Counter], *, label: str, freq: Freq,
    by: By, where: StatementFilter,
) -> pd.DataFrame:
    """The timeline frame of followed items, one block of grid rows per item."""
    cells = grid.build_grid(index, freq=freq, by=by, where=where)
    base = cells.rows(freq)
    tokens = base.tokens.astype(np.float64)
    statements = base.statements.astype(np.float64)
    mentions, shares, rates = [], [], []
    for counter in counters:
        count, mentioning = _cell_counts(cells, counter)
        count, mentioning = count[base.cell], mentioning[base.cell]
        mentions.append(count.astype(np.int64))
        with np.errstate(divide="ignore", invalid="ignore"):
            rates.append(np.where(tokens > 0, count / tokens * 10_000, np.nan))
            shares.append(np.where(statements > 0, mentioning / statements, np.nan))
    n, k = base.cell.size, len(labels)
    rows = np.tile(np.arange(n), k)
    columns = COLUMNS if label == "phrase" else CONCEPT_COLUMNS
    return pd.DataFrame(
        {
            "period": np.tile(base.period, k),
            label: pd.array(labels, dtype="string").take(np.repeat(np.arange(k), n)),
            "speaker": base.speaker.take(rows) if k > 1 else base.speaker,
            "statements": np.tile(base.statements, k),
            "tokens": np.tile(base.tokens, k),
            "mentions": np.concatenate(mentions),
            "per_10k": np.concatenate(rates),
            "share": np.concatenate(shares),
        },
        columns=columns,
    )


def _phrase_counts(index: CorpusIndex, phrase: str) -> tuple[np.ndarray, np.ndarray]:
    ids = phrase_index.phrase_ids(index, phrase)
    if ids is None:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)
    return phrase_index.statement_counts(index, ids)


def _cell_counts(cells: grid.Grid, counter: Counter) -> tuple[np.ndarray, np.ndarray]:
    """Mentions and statements mentioning, per cell of the grid."""
    size = cells.statements.size
    if not size:
        return np.zeros(size), np.zeros(size)
    stmts, counts = counter()
    which, where_cell = cells.cells_of(stmts)
    hit = where_cell >= 0
    mentions = np.bincount(where_cell[hit], weights=counts[which][hit], minlength=size)
    return mentions, np.bincount(where_cell[hit], minlength=size).astype(np.float64)
