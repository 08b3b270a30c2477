"""Bound the number of series in a per-speaker result: keep the top speakers, sum the rest."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

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
    keys = [c for c in ("period", "phrase", "concept") if c in frame.columns]
    other = grouped.groupby(keys, observed=True, sort=False)[
        ["statements", "tokens", "mentions", "mentioning"]
    ].sum().reset_index()
    tokens = other["tokens"].to_numpy(dtype=np.float64)
    statements = other["statements"].to_numpy(dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        other["per_10k"] = np.where(tokens > 0, other["mentions"] / tokens * 10_000, np.nan)
        other["share"] = np.where(statements > 0, other["mentioning"] / statements, np.nan)
    return _with_other(frame, rest, other, keys)


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
    counts = [c for c in ("statements", "sentences", "not_scored") if c in frame.columns]
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
