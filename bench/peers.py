"""The peers Parley is timed against on the same frame: pandas, polars, DuckDB, scikit-learn.

Each peer gets its preferred form of the data prepared before timing (an Arrow-backed polars
frame, a DuckDB table, a sparse document-term matrix), as Parley gets its index, and answers
the same question: a phrase's mentions by month and speaker (case-insensitive, on word
boundaries), or the top distinctive terms of every speaker by the same log-odds formula.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd


def _pattern(phrase: str) -> str:
    return r"\b" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"\b"


def pandas_timeline(frame: pd.DataFrame, phrase: str) -> pd.DataFrame:
    """The naive baseline: str.count with re.I over all text, then a groupby on month and speaker."""
    counts = frame["text"].str.count(_pattern(phrase), flags=re.IGNORECASE)
    month = frame["date"].dt.tz_localize(None).dt.to_period("M")
    return counts.groupby([month, frame["speaker"]]).sum().reset_index()


def polars_frame(frame: pd.DataFrame) -> Any:
    """The columns the timeline needs, as a polars frame (built once, not timed)."""
    import polars as pl

    dates = frame["date"].dt.tz_localize(None)
    return pl.DataFrame(
        {
            "date": dates.to_numpy(),
            "speaker": frame["speaker"].astype(str).tolist(),
            "text": frame["text"].astype(str).tolist(),
        }
    )


def polars_timeline(table: Any, phrase: str) -> Any:
    """Regex count per statement, then a group-by on month and speaker, in polars."""
    import polars as pl

    return (
        table.with_columns(
            mentions=pl.col("text").str.count_matches("(?i)" + _pattern(phrase)),
            month=pl.col("date").dt.truncate("1mo"),
        )
        .group_by(["month", "speaker"])
        .agg(pl.col("mentions").sum())
    )


def duckdb_table(frame: pd.DataFrame) -> Any:
    """An in-memory DuckDB connection holding the columns the timeline needs (not timed)."""
    import duckdb

    con = duckdb.connect()
    data = pd.DataFrame(
        {
            "date": frame["date"].dt.tz_localize(None),
            "speaker": frame["speaker"].astype(str),
            "text": frame["text"].astype(str),
        }
    )
    con.register("source", data)
    con.execute("create table statements as select * from source")
    con.unregister("source")
    return con


def duckdb_timeline(con: Any, phrase: str) -> Any:
    """The same count and group-by as SQL."""
    sql = (
        "select date_trunc('month', date) as month, speaker, "
        "sum(len(regexp_extract_all(text, ?, 0, 'i'))) as mentions "
        "from statements group by all"
    )
    return con.execute(sql, [_pattern(phrase)]).fetchall()


def term_matrix(index: Any) -> Any:
    """Statements x terms counts as a scipy CSR matrix, from the index's own entries (not timed)."""
    from scipy import sparse

    uni = index.postings.uni
    n = len(index)
    return sparse.csr_matrix(
        (np.asarray(uni.count, dtype=np.float64), np.asarray(uni.term), np.asarray(uni.ptr)),
        shape=(n, len(index.vocab)),
    )


def sklearn_distinctive(
    matrix: Any, speakers: np.ndarray, usable: np.ndarray, *, top: int = 20, prior_mass: float = 1000.0
) -> dict[str, np.ndarray]:
    """Top terms of every speaker by Parley's log-odds z-score, with scikit-learn and numpy."""
    from sklearn.preprocessing import LabelBinarizer
    from sklearn.utils.extmath import safe_sparse_dot

    binarizer = LabelBinarizer(sparse_output=True)
    members = binarizer.fit_transform(speakers).T.tocsr()
    counts = np.asarray(safe_sparse_dot(members, matrix, dense_output=True))
    counts[:, ~usable] = 0
    total = counts.sum(axis=0)
    alpha = total * (prior_mass / max(total.sum(), 1))
    out = {}
    for slot, name in enumerate(binarizer.classes_):
        mine = counts[slot]
        rest = total - mine
        n_i, n_r = mine.sum(), rest.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = np.log((mine + alpha) / (n_i + prior_mass - mine - alpha)) - np.log(
                (rest + alpha) / (n_r + prior_mass - rest - alpha)
            )
            z = delta / np.sqrt(1 / (mine + alpha) + 1 / (rest + alpha))
        z[mine <= 0] = -np.inf
        best = np.argpartition(-z, top)[:top]
        out[str(name)] = best[np.argsort(-z[best])]
    return out
