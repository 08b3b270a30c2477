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
    keys = [c for c in ("period", "phrase") if c in frame.columns]
    other = grouped.groupby(keys, observed=True, sort=False)[
        ["statements", "tokens", "mentions", "mentioning"]
    ].sum().reset_index()
    tokens = other["tokens"].to_numpy(dtype=np.float64)
    statements = other["statements"].to_numpy(dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        other["per_10k"] = np.where(tokens > 0, other["mentions"] / tokens * 10_000, np.nan)
        other["share"] = np.where(statements > 0, other["mentioning"] / statements, np.nan)
    other["speaker"] = OTHER
    out = pd.concat([frame.loc[~rest], other[list(frame.columns)]], ignore_index=True)
    out["speaker"] = out["speaker"].astype("string")
    out["_last"] = out["speaker"] == OTHER
    out = out.sort_values([*keys, "_last", "speaker"], kind="stable")
    return out.drop(columns="_last").reset_index(drop=True)


def histogram(
    frame: pd.DataFrame, *, value: str, by: str, bins: int = 10, low: float = -1.0,
    high: float = 1.0,
) -> pd.DataFrame:
    """Count rows per group in equal-width bins of value over [low, high], with each group's share.

    Every group gets every bin (0 where empty); values outside the range land in the end bins.
    """
    edges = np.linspace(low, high, bins + 1)
    values = frame[value].to_numpy(dtype=np.float64)
    slot = np.clip(np.searchsorted(edges, values, side="right") - 1, 0, bins - 1)
    groups, codes = np.unique(frame[by].astype(str).to_numpy(), return_inverse=True)
    counts = np.bincount(codes * bins + slot, minlength=len(groups) * bins).reshape(-1, bins)
    out = pd.DataFrame({
        by: np.repeat(groups, bins),
        "bin_low": np.tile(edges[:-1], len(groups)),
        "bin_high": np.tile(edges[1:], len(groups)),
        "statements": counts.ravel().astype(np.int64),
    })
    totals = out.groupby(by)["statements"].transform("sum")
    out["share"] = out["statements"] / totals.where(totals > 0)
    out[by] = out[by].astype("string")
    return out
