"""Bound the number of series in a per-speaker result: keep the top speakers, sum the rest."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.corpus.filters import StatementFilter
from analysis.engine.index import CorpusIndex
from analysis.overview import OTHER


def top_series(frame: pd.DataFrame, *, by: str, value: str, top_n: int) -> list[str]:
    """The top_n values of `by` ranked by the total of `value` (ties by name)."""
    totals = frame.groupby(by, observed=True)[value].sum()
    ranked = sorted(totals.items(), key=lambda item: (-float(item[1]), str(item[0])))
    return [str(name) for name, _ in ranked[:top_n]]


def group_timeline_rest(frame: pd.DataFrame, *, keep: Sequence[str]) -> pd.DataFrame:
    """Sum the phrase-timeline rows of speakers not in keep into one "Other" series per period.

    Counts are summed; per_10k and share are recomputed from the sums, so "Other" is a rate of
    the grouped speakers together, not an average of rates. Periods without statements stay NaN.
    """
    rest = ~frame["speaker"].isin(list(keep))
    if not rest.any():
        return frame.copy()
    grouped = frame.loc[rest].assign(
        mentioning=(frame.loc[rest, "share"].fillna(0) * frame.loc[rest, "statements"]).round()
    )
    keys = [c for c in ("period", "phrase") if c in frame.columns]
    other = grouped.groupby(keys, observed=True, sort=False)[
        ["statements", "tokens", "mentions", "mentioning"]
    ].sum().reset_index()
    tokens = other["tokens"].to_numpy(dtype=np.float64)
    statements = other["statements"].to_numpy(dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        other["per_10k"] = np.where(tokens > 0, other["mentions"] / tokens * 10_000, np.nan)
        other["share"] = np.where(statements > 0, other["mentioning"] / statements, np.nan)
    return _with_other(frame, rest, other, keys)


def histogram(
    frame: pd.DataFrame, *, value: str, by: str, bins: int = 10, low: float = -1.0,
    high: float = 1.0,
) -> pd.DataFrame:
    """Count rows per group in equal-width bins of value over [low, high], with each group's share.

    Every group gets every bin (0 where empty); values outside the range land in the end bins.
    """
    groups, codes = np.unique(frame[by].astype(str).to_numpy(), return_inverse=True)
    return _binned(frame[value].to_numpy(dtype=np.float64), codes, list(groups), by=by,
                   bins=bins, low=low, high=high)


def tone_histogram(index: CorpusIndex, *, where: StatementFilter, bins: int = 10) -> pd.DataFrame:
    """`histogram` of VADER compound per speaker, counted straight from the index's arrays.

    Same frame as histogram(sentiment_distribution(index, where=where), ...), without building
    a row per statement first (on a million statements that takes seconds).
    """
    mask = index.mask(where)
    compound = np.asarray(index.enrichment.scores[:, 0], dtype=np.float64)[mask]
    codes = index.speaker_codes[mask]
    present = np.flatnonzero(np.bincount(codes, minlength=len(index.speakers)))
    renumber = np.full(len(index.speakers), -1, dtype=np.int64)
    renumber[present] = np.arange(len(present))
    names = [index.speakers[i] for i in present]
    order = np.argsort(names, kind="stable")  # groups sorted by name, as np.unique gives them
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return _binned(compound, rank[renumber[codes]], [names[i] for i in order], by="speaker",
                   bins=bins, low=-1.0, high=1.0)


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


def group_tone_rest(frame: pd.DataFrame, *, keep: Sequence[str], count: str = "statements"
                    ) -> pd.DataFrame:
    """Pool the tone rows of speakers not in keep into one "Other" series per period.

    Exact, not an average of means: each speaker's sum and sum of squares are recovered from
    its count, mean and 95% CI half-width, then pooled. `count` is what the CI is over
    (statements for sentiment_timeline, sentences for target_sentiment).
    """
    from analysis.sentiment import Z95

    rest = ~frame["speaker"].isin(list(keep))
    if not rest.any():
        return frame.copy()
    part = frame.loc[rest & (frame[count] > 0)]
    n = part[count].to_numpy(dtype=np.float64)
    mean = part["mean"].to_numpy(dtype=np.float64)
    half = ((part["ci_high"] - part["mean"]).to_numpy(dtype=np.float64)) / Z95
    variance = np.where(n > 1, np.nan_to_num(half) ** 2 * n, 0.0)
    sums = pd.DataFrame({"_n": n, "_total": n * mean,
                         "_squares": (n - 1) * variance + n * mean * mean}, index=part.index)
    keys = [c for c in ("period", "phrase") if c in frame.columns]
    counts = [c for c in ("statements", "sentences") if c in frame.columns]
    totals = frame.loc[rest].groupby(keys, sort=False)[counts].sum()
    pooled = part[keys].join(sums).groupby(keys, sort=False).sum()
    other = totals.join(pooled).reset_index()
    n_all = other["_n"].fillna(0).to_numpy(dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        pooled_mean = np.where(n_all > 0, other["_total"] / n_all, np.nan)
        pooled_var = np.where(n_all > 1, (other["_squares"] - n_all * pooled_mean**2)
                              / (n_all - 1), np.nan)
        pooled_half = Z95 * np.sqrt(np.clip(pooled_var, 0, None) / n_all)
    other["mean"] = pooled_mean
    other["ci_low"] = pooled_mean - pooled_half
    other["ci_high"] = pooled_mean + pooled_half
    return _with_other(frame, rest, other, keys)


def _with_other(frame: pd.DataFrame, rest: pd.Series, other: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Replace the rest's rows by the pooled "Other" rows, sorted with Other last in each key."""
    other = other.assign(speaker=OTHER)
    out = pd.concat([frame.loc[~rest], other[list(frame.columns)]], ignore_index=True)
    out["speaker"] = out["speaker"].astype("string")
    out["_last"] = out["speaker"] == OTHER
    out = out.sort_values([*keys, "_last", "speaker"], kind="stable")
    return out.drop(columns="_last").reset_index(drop=True)
