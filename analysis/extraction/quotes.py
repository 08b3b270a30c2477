"""Extract attributed statements (direct, indirect, mixed) from news articles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import pandas as pd

from analysis.corpus.speakers import alias_key
from analysis.extraction.articles import Article
from analysis.extraction.finder import StatementFinder
from analysis.extraction.language import ArticleLanguage, detect_language
from analysis.extraction.slavic.finder import SlavicFinder
from analysis.extraction.transliteration import alias_table, resolve_speakers

STATEMENT_COLUMNS: Final[tuple[str, ...]] = (
    "article", "speaker", "speaker_raw", "attribution", "cue", "channel", "text", "start", "end",
    "date", "source", "title", "url", "confidence",
)


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    frame["confidence"] = frame["confidence"].astype("float64")
    return frame


def _apply_speakers(frame: pd.DataFrame, aliases: pd.DataFrame | None) -> pd.DataFrame:
    """Map speakers to canonical names; an alias entry for the raw mention wins."""
    if frame.empty:
        return frame
    table = alias_table(aliases)
    mapping = resolve_speakers(list(frame["speaker"]), aliases=aliases)
    out = frame.copy()
    out["speaker"] = [
        table.get(alias_key(raw)) or mapping.get(sp, sp)
        for raw, sp in zip(out["speaker_raw"], out["speaker"], strict=True)
    ]
    return out


def article_language(article: Article, language: ArticleLanguage | None = None) -> ArticleLanguage:
    """The language to read an article in: the one given, the article's own, else detected."""
    return language or article.language or detect_language(article.text[article.body_start :])


def _rows(article: Article, language: ArticleLanguage | None) -> list[dict[str, Any]]:
    lang = article_language(article, language)
    if lang in ("ru", "uk"):
        return SlavicFinder(article, lang).run()
    return StatementFinder(article).run()


def extract_statements(
    article: Article, *, aliases: pd.DataFrame | None = None, language: ArticleLanguage | None = None
) -> pd.DataFrame:
    """Extract the statements of one article, one row each, with evidence offsets."""
    return _apply_speakers(_frame(_rows(article, language)), aliases)


def extract_corpus(
    articles: Sequence[Article], *, aliases: pd.DataFrame | None = None,
    language: ArticleLanguage | None = None,
) -> pd.DataFrame:
    """Extract statements from many articles and resolve speakers across all of them.

    Each article is read in `language` when given, else in its own (front matter `language:`),
    else in the language its letters show.
    """
    rows: list[dict[str, Any]] = []
    for article in articles:
        rows.extend(_rows(article, language))
    return _apply_speakers(_frame(rows), aliases)
