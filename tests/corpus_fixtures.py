"""Small inline corpora shared by the text analytics tests."""

from __future__ import annotations

import pandas as pd

from analysis.index import CorpusIndex, build_index
from analysis.schema import conform_statements


def corpus(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """A statement frame from (speaker, date, precision, text) rows."""
    frame = pd.DataFrame(rows, columns=["speaker", "date", "date_precision", "text"])
    frame["statement_id"] = [f"s{i}" for i in range(len(rows))]
    frame["date"] = frame["date"].replace("", None)
    return conform_statements(frame)


def index_of(rows: list[tuple[str, str, str, str]]) -> CorpusIndex:
    """An index of a small inline corpus, built in-process without a cache."""
    return build_index(corpus(rows))
