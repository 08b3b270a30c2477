"""Sentiment with NLTK VADER: per speaker and period, toward a phrase, extremes and distributions.

VADER is a lexicon-and-rules scorer tuned on English social-media text; `compound` runs from -1
(most negative) to +1. Each sentence is scored by VADER; a statement's scores are VADER's
score_valence over the word valences of its sentences (see analysis/engine/enrich.py). Means come with
a normal-approximation 95% confidence interval (mean +/- 1.96 standard errors), which is NaN
for fewer than two scored items. A cell (period and speaker) with fewer than MIN_STATEMENTS
statements gets no mean at all: the page and the CLI leave it out by the same rule.
"""

from __future__ import annotations

import math
from typing import Final

import numpy as np
import pandas as pd

from analysis.corpus.filters import StatementFilter
from analysis.engine import grid, phrases
from analysis.engine.index import CorpusIndex
from analysis.types import By, Freq

ALL = StatementFilter()
Z95 = 1.959964
SCORE_COLUMNS = ("compound", "pos", "neu", "neg")
# Below five statements a period's mean tone swings on one sentence; such a cell is left out
# (NaN) rather than drawn or exported as if it were a trend. 1 keeps every mean.
MIN_STATEMENTS: Final[int] = 5
_TONE_RANGE: Final[tuple[float, float]] = (-1.0, 1.0)  # VADER compound's range
# Freedman-Diaconis bins are kept between these: fewer hides the shape, more is noise to read.
MIN_BINS: Final[int] = 5
MAX_BINS: Final[int] = 40
_MEAN_COLUMNS: Final[list[str]] = ["mean", "ci_low", "ci_high"]


def leave_out_thin(frame: pd.DataFrame, *, min_statements: int = MIN_STATEMENTS) -> pd.DataFrame:
    """Blank the mean and CI of cells with fewer than min_statements statements (a new frame)."""
    out = frame.copy()
    out.loc[out["statements"] < min_statements, _MEAN_COLUMNS] = float("nan")
    return out


def _summary(cells: grid.Grid, freq: Freq, cell: np.ndarray, score: np.ndarray) -> pd.DataFrame:
    """Count, mean and 95% CI of score per grid cell, for every period and group of the grid.

    Unscored items (NaN) are not counted in `_n` and not in the mean.
    """
    scored = np.isfinite(score)
    cell, score = cell[scored], score[scored]
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
    min_statements: int = MIN_STATEMENTS,
) -> pd.DataFrame:
    """Mean VADER compound of statements per period and speaker, with count and 95% CI.

    `statements` counts the scored statements the mean is over, `not_scored` the cell's
    statements without a score (not English). Cells with fewer than min_statements scored
    statements keep their counts but no mean or CI.
    """
    cells = grid.build_grid(index, freq=freq, by=by, where=where)
    compound = index.derived(("compound",), lambda: np.asarray(index.enrichment.scores[:, 0], np.float64))
    stmts, cell = cells.counted_units()
    out = _summary(cells, freq, cell, compound[stmts])
    out["not_scored"] = out["statements"] - out["_n"]
    out["statements"] = out.pop("_n")
    out = out[["period", "speaker", "statements", "not_scored", *_MEAN_COLUMNS]]
    out = leave_out_thin(out, min_statements=min_statements)
    return out.reset_index(drop=True)


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
    min_statements: int = MIN_STATEMENTS,
) -> pd.DataFrame:
    """Mean VADER compound of only the sentences that mention phrase, per period and speaker.

    `statements` counts the statements with at least one such sentence, `sentences` the
    sentences scored; the CI is over sentences. Cells with fewer than min_statements such
    statements get no mean or CI.
    """
    cells = grid.build_grid(index, freq=freq, by=by, where=where)
    ids = phrases.phrase_ids(index, phrase)
    starts = phrases.match_positions(index, ids) if ids is not None else np.zeros(0, np.int64)
    sent_start = index.enrichment.sent_start
    sentences = _first_of_runs(np.sort(np.searchsorted(sent_start, starts, side="right") - 1))[0]
    which, sent_cell = cells.cells_of(index.enrichment.sent_stmt[sentences])
    kept = sent_cell >= 0
    sentences, sent_cell = sentences[which[kept]], sent_cell[kept]
    # sentences of unscored (not English) statements count neither as sentences nor statements
    scored = np.isfinite(index.enrichment.sent_compound[sentences])
    sentences, sent_cell = sentences[scored], sent_cell[scored]
    score = np.asarray(index.enrichment.sent_compound, dtype=np.float64)[sentences]
    out = _summary(cells, freq, sent_cell, score)
    size = cells.statements.size
    # a statement with the phrase counts once per cell it is credited to, however many sentences
    pairs = np.unique(index.enrichment.sent_stmt[sentences].astype(np.int64) * size + sent_cell)
    with_phrase = np.bincount(pairs % size if size else pairs, minlength=size)
    out["statements"] = with_phrase[cells.frame(freq)["_cell"].to_numpy()].astype(np.int64)
    out = out.rename(columns={"_n": "sentences"})
    out.insert(1, "phrase", phrase.strip())
    columns = ["period", "phrase", "speaker", "statements", "sentences", "mean", "ci_low", "ci_high"]
    return leave_out_thin(out[columns], min_statements=min_statements).reset_index(drop=True)


def extreme_statements(index: CorpusIndex, *, n: int = 10, where: StatementFilter = ALL) -> pd.DataFrame:
    """The n most positive and n most negative statements by VADER compound, with their text."""
    selected = _scored(index, np.flatnonzero(index.mask(where)))
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
    """Every selected scored statement's VADER scores with its speaker and date (box plots)."""
    rows = _statement_rows(index, _scored(index, np.flatnonzero(index.mask(where))))
    return rows.drop(columns="text")


def unscored(index: CorpusIndex, *, where: StatementFilter = ALL) -> pd.DataFrame:
    """How many selected statements have no VADER score, per language (most first)."""
    picked = np.flatnonzero(index.mask(where))
    missing = picked[np.isnan(np.asarray(index.enrichment.scores[picked, 0], dtype=np.float64))]
    counts = pd.Series(index.lemmas.language[missing], dtype="string").value_counts()
    out = pd.DataFrame({"language": counts.index.astype("string"), "statements": counts.to_numpy()})
    return out.astype({"statements": np.int64}).reset_index(drop=True)


def _scored(index: CorpusIndex, picked: np.ndarray) -> np.ndarray:
    """The statements among picked that VADER scored."""
    return picked[np.isfinite(np.asarray(index.enrichment.scores[picked, 0], dtype=np.float64))]


def _statement_rows(index: CorpusIndex, picked: np.ndarray) -> pd.DataFrame:
    chosen = index.statements.iloc[picked]
    out = chosen[["statement_id", "speaker", "date"]].reset_index(drop=True)
    scores = np.asarray(index.enrichment.scores, dtype=np.float64)[picked]
    for column, name in enumerate(SCORE_COLUMNS):
        out[name] = scores[:, column]
    out["text"] = chosen["text"].reset_index(drop=True)
    return out


def histogram(
    frame: pd.DataFrame, *, value: str, by: str, bins: int = 10, low: float = -1.0,
    high: float = 1.0,
) -> pd.DataFrame:
    """Count rows per group in equal-width bins of value over [low, high], with each group's share.

    Every group gets every bin (0 where empty); values outside the range land in the end bins;
    rows without a value (NaN: not scored) are left out.
    """
    frame = frame.loc[np.isfinite(frame[value].to_numpy(dtype=np.float64))]
    groups, codes = np.unique(frame[by].astype(str).to_numpy(), return_inverse=True)
    return _binned(frame[value].to_numpy(dtype=np.float64), codes, list(groups), by=by,
                   bins=bins, low=low, high=high)


def tone_histogram(index: CorpusIndex, *, where: StatementFilter = ALL, bins: int | None = None
                   ) -> pd.DataFrame:
    """`histogram` of VADER compound per speaker (scored statements), counted from the index.

    Same frame as histogram(sentiment_distribution(index, where=where), ...), without building
    a row per statement first (on a million statements that takes seconds). Without `bins`,
    their number follows the Freedman-Diaconis rule on the selected scores (tone_bins).
    """
    scores = np.asarray(index.enrichment.scores[:, 0], dtype=np.float64)
    mask = index.mask(where) & np.isfinite(scores)
    bins = bins or tone_bins(scores[mask])
    credited = index.credits.kept(mask, speakers=where.speakers)
    compound = scores[index.credits.stmt[credited]]
    codes = index.credits.person[credited]
    present = np.flatnonzero(np.bincount(codes, minlength=len(index.speakers)))
    renumber = np.full(len(index.speakers), -1, dtype=np.int64)
    renumber[present] = np.arange(len(present))
    names = [index.speakers[i] for i in present]
    order = np.argsort(names, kind="stable")  # groups sorted by name, as np.unique gives them
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return _binned(compound, rank[renumber[codes]], [names[i] for i in order], by="speaker",
                   bins=bins, low=_TONE_RANGE[0], high=_TONE_RANGE[1])

def tone_bins(values: np.ndarray) -> int:
    """Number of equal bins over [-1, 1] by the Freedman-Diaconis rule, within MIN_BINS..MAX_BINS.

    The rule's bin width is 2 IQR / n^(1/3): wide for few or spread-out scores, narrow for many
    concentrated ones. Fewer than two scores, or no spread, give MIN_BINS.
    """
    finite = values[np.isfinite(values)]
    if finite.size < 2:
        return MIN_BINS
    q1, q3 = np.percentile(finite, [25, 75])
    width = 2.0 * float(q3 - q1) / finite.size ** (1 / 3)
    if width <= 0:
        return MIN_BINS
    span = _TONE_RANGE[1] - _TONE_RANGE[0]
    return int(min(max(math.ceil(span / width), MIN_BINS), MAX_BINS))


def _binned(values: np.ndarray, codes: np.ndarray, groups: list[str], *, by: str, bins: int,
            low: float, high: float) -> pd.DataFrame:
    """Count values per group code in equal-width bins, with each group's share per bin."""
    edges = np.linspace(low, high, bins + 1)
    slot = np.clip(np.searchsorted(edges, values, side="right") - 1, 0, bins - 1)
    counts = np.bincount(codes * bins + slot, minlength=len(groups) * bins).reshape(-1, bins)
    out = pd.DataFrame({
        by: np.repeat(np.asarray(groups, dtype=object), bins),
        "bin_low": np.tile(edges[:-1], len(groups)),
        "bin_high": np.tile(edges[1:], len(groups)),
        "statements": counts.ravel().astype(np.int64),
    })
    totals = out.groupby(by)["statements"].transform("sum")
    out["share"] = out["statements"] / totals.where(totals > 0)
    out[by] = out[by].astype("string")
    return out
