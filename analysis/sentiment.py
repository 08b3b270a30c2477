"""Sentiment with NLTK VADER: per speaker and period, toward a phrase, extremes and distributions.

VADER is a lexicon-and-rules scorer tuned on English social-media text; `compound` runs from -1
(most negative) to +1. Each sentence is scored by VADER; a statement's scores are VADER's
score_valence over the word valences of its sentences (see analysis/engine/enrich.py). Means come with
a normal-approximation 95% confidence interval (mean +/- 1.96 standard errors), which is NaN
for fewer than two scored items.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.corpus.filters import StatementFilter
from analysis.engine import grid, phrases
from analysis.engine.index import CorpusIndex
from analysis.types import By, Freq

ALL = StatementFilter()
Z95 = 1.959964
SCORE_COLUMNS = ("compound", "pos", "neu", "neg")


def _summary(cells: grid.Grid, freq: Freq, cell: np.ndarray, score: np.ndarray) -> pd.DataFrame:
    """Count, mean and 95% CI of score per grid cell, for every period and group of the grid."""
    base = cells.frame(freq)
    size = cells.statements.size
    n = np.bincount(cell, minlength=size).astype(np.float64)
    total = np.bincount(cell, weights=score, minlength=size)
    squares = np.bincount(cell, weights=score * score, minlength=size)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = np.where(n > 0, total / n, np.nan)
        variance = np.where(n > 1, (squares - n * mean * mean) / (n - 1), np.nan)
        half = Z95 * np.sqrt(np.clip(variance, 0, None) / n)
    picked = base["_cell"].to_numpy()
    out = base[["period", "speaker", "statements"]].copy()
    out["_n"] = n[picked].astype(np.int64)
    out["mean"] = mean[picked]
    out["ci_low"] = mean[picked] - half[picked]
    out["ci_high"] = mean[picked] + half[picked]
    return out


def sentiment_timeline(
    index: CorpusIndex,
    *,
    freq: Freq = "month",
    by: By = "speaker",
    where: StatementFilter = ALL,
) -> pd.DataFrame:
    """Mean VADER compound of statements per period and speaker, with count and 95% CI."""
    cells = grid.build_grid(index, freq=freq, by=by, where=where)
    compound = index.derived(("compound",), lambda: np.asarray(index.enrichment.scores[:, 0], np.float64))
    score = compound[cells.selected]
    out = _summary(cells, freq, cells.base_cell[cells.selected] - cells.offset, score)
    return out.drop(columns="_n").reset_index(drop=True)


def _first_of_runs(ordered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unique values of a sorted array and where each first occurs (np.unique without hashing)."""
    first = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1]))) if ordered.size else ordered
    return ordered[first], first


def target_sentiment(
    index: CorpusIndex,
    phrase: str,
    *,
    freq: Freq = "month",
    by: By = "speaker",
    where: StatementFilter = ALL,
) -> pd.DataFrame:
    """Mean VADER compound of only the sentences that mention phrase, per period and speaker.

    `statements` counts the statements with at least one such sentence, `sentences` the
    sentences scored; the CI is over sentences.
    """
    cells = grid.build_grid(index, freq=freq, by=by, where=where)
    ids = phrases.phrase_ids(index, phrase)
    starts = phrases.match_positions(index, ids) if ids is not None else np.zeros(0, np.int64)
    sent_start = index.enrichment.sent_start
    sentences = _first_of_runs(np.sort(np.searchsorted(sent_start, starts, side="right") - 1))[0]
    sent_cell = cells.cells_of(index.enrichment.sent_stmt[sentences])
    kept = sent_cell >= 0
    sentences, sent_cell = sentences[kept], sent_cell[kept]
    score = np.asarray(index.enrichment.sent_compound, dtype=np.float64)[sentences]
    out = _summary(cells, freq, sent_cell, score)
    stmts = index.enrichment.sent_stmt[sentences]
    first_of_stmt = _first_of_runs(stmts)[1]
    with_phrase = np.bincount(sent_cell[first_of_stmt], minlength=cells.statements.size)
    out["statements"] = with_phrase[cells.frame(freq)["_cell"].to_numpy()].astype(np.int64)
    out = out.rename(columns={"_n": "sentences"})
    out.insert(1, "phrase", phrase.strip())
    columns = ["period", "phrase", "speaker", "statements", "sentences", "mean", "ci_low", "ci_high"]
    return out[columns].reset_index(drop=True)


def extreme_statements(index: CorpusIndex, *, n: int = 10, where: StatementFilter = ALL) -> pd.DataFrame:
    """The n most positive and n most negative statements by VADER compound, with their text."""
    selected = np.flatnonzero(index.mask(where))
    compound = np.asarray(index.enrichment.scores[:, 0], dtype=np.float64)[selected]
    order = np.lexsort((selected, compound))
    negative = selected[order[: min(n, order.size)]]
    positive = selected[order[::-1][: min(n, order.size)]]
    parts = []
    for label, picked in (("most positive", positive), ("most negative", negative)):
        part = _statement_rows(index, picked)
        part.insert(0, "rank", np.arange(1, len(part) + 1))
        part.insert(0, "polarity", label)
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    out["polarity"] = out["polarity"].astype("string")
    return out


def sentiment_distribution(index: CorpusIndex, *, where: StatementFilter = ALL) -> pd.DataFrame:
    """Every selected statement's VADER scores with its speaker and date (for box/violin plots)."""
    rows = _statement_rows(index, np.flatnonzero(index.mask(where)))
    return rows.drop(columns="text")


def _statement_rows(index: CorpusIndex, picked: np.ndarray) -> pd.DataFrame:
    chosen = index.statements.iloc[picked]
    out = chosen[["statement_id", "speaker", "date"]].reset_index(drop=True)
    scores = np.asarray(index.enrichment.scores, dtype=np.float64)[picked]
    for column, name in enumerate(SCORE_COLUMNS):
        out[name] = scores[:, column]
    out["text"] = chosen["text"].reset_index(drop=True)
    return out
