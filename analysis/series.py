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
    return out.sort_values([*keys, "speaker"], kind="stable").reset_index(drop=True)
