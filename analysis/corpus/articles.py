"""News articles as an ingest table: the attributed statements the quote extractor finds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.extraction.articles import read_article
from analysis.extraction.quotes import extract_corpus
from analysis.io.raw import RawTable
from analysis.io.source import InputFile


@dataclass(frozen=True)
class ArticleTable:
    """The statements found in articles, and each article's text by the name its rows carry."""

    table: RawTable
    texts: dict[str, str]


def read_articles(items: Sequence[InputFile], *, aliases: pd.DataFrame | None) -> ArticleTable:
    """Extract attributed statements from article files into one table of rows to ingest."""
    articles = [read_article(item.name, item.data) for item in items]
    frame = extract_corpus(articles, aliases=aliases)
    notes = [f"{len(articles)} article(s) gave {len(frame)} attributed statement(s)"]
    silent = sorted({a.name for a in articles} - set(frame["article"]))
    if silent:
        notes.append(f"no statement found in {len(silent)} article(s): {', '.join(silent[:5])}")
    undated = sorted({a.name for a in articles if not a.date} & set(frame["article"]))
    if undated:
        notes.append(f"{len(undated)} article(s) have no date; their statements are marked undated")
    table = frame.rename(columns={"speaker": "_resolved"}).fillna({"date": ""})
    table = table.astype({c: "Int64" for c in ("start", "end") if c in table.columns})
    table.index = pd.RangeIndex(1, len(table) + 1, name="row")
    raw = RawTable("articles", table.astype({"date": str}), "utf-8", notes, undated_ok=True)
    return ArticleTable(raw, {article.name: article.text for article in articles})
