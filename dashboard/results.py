"""Keyed caches of every result a page draws; the corpus frame and its index are never hashed.

Each result is keyed by the corpus fingerprint and the filter's text, not by the frames: the
`_view` arguments (a leading "_" tells Streamlit not to hash them) carry the data. Two kinds of
result live here, with one policy: counts of the filtered metadata (overview, statement order),
and the analyses read from the corpus index (timelines, terms, tone, ...).
"""

from __future__ import annotations

import functools
from typing import Final, Literal

import numpy as np
import pandas as pd
import streamlit as st

from analysis import (
    collocations,
    concept_matches,
    distinctive,
    kwic,
    mentions,
    overview,
    sentiment,
    terms,
    timeline,
)
from analysis.concepts import Concept, concepts_to_text
from analysis.corpus import precision
from analysis.corpus.filters import StatementFilter
from analysis.engine import grid
from analysis.types import By, Freq
from dashboard.view import View

# An hour keeps a working session's results warm; 64 results per function bounds the memory
# (each is a small frame) whatever the number of sessions and filters.
TTL: Final[int] = 3600
ENTRIES: Final[int] = 64
# A statement order is a position array of the whole selection (up to 8 MB on 1M statements).
ORDER_ENTRIES: Final[int] = 16
cached_result = functools.partial(st.cache_data, max_entries=ENTRIES, ttl=TTL, show_spinner=False)


def summary(view: View) -> overview.CorpusSummary:
    """Headline counts of the current selection."""
    return _summary(view.corpus.key, view.where_key, _view=view)


def corpus_summary(view: View) -> overview.CorpusSummary:
    """Headline counts of the whole corpus."""
    return _summary(view.corpus.key, "", _view=view, _whole=True)


_EVERY_SPEAKER: Final[int] = 10**9  # a top-N larger than any corpus' speaker count: all of them


def speaker_counts(view: View) -> dict[str, int]:
    """Statements per speaker in the selection, most first."""
    table = _top_speakers(view.corpus.key, view.where_key, _EVERY_SPEAKER, _view=view)
    return dict(zip(table["speaker"].astype(str), table["statements"].astype(int), strict=True))


def statements_over_time(view: View, *, freq: Freq, top_n: int) -> pd.DataFrame:
    """Statements per period and speaker for the current selection."""
    return _over_time(view.corpus.key, view.where_key, freq, top_n, _view=view)


def top_speakers(view: View, *, top_n: int) -> pd.DataFrame:
    """Top speakers of the current selection."""
    return _top_speakers(view.corpus.key, view.where_key, top_n, _view=view)


def unplaced(view: View, *, freq: Freq) -> int:
    """Statements of the selection that cannot be placed at this grain."""
    return _unplaced(view.corpus.key, view.where_key, freq, _view=view)


def natural_grain(view: View, *, preferred: Freq) -> Freq:
    """The grain a time chart starts at: preferred, or as coarse as the corpus's dates."""
    return _natural_grain(view.corpus.key, preferred, _view=view)


def undated_statements(view: View) -> pd.DataFrame:
    """The selection's undated statements with their text, in corpus order."""
    return _undated(view.corpus.key, view.where_key, _view=view)


def date_span(view: View) -> tuple[str, str]:
    """The selection's first and last date, each written at its own precision ("" if none)."""
    return _date_span(view.corpus.key, view.where_key, _view=view)


@cached_result()
def _date_span(corpus: str, where: str, *, _view: View) -> tuple[str, str]:
    dated = _view.selected[_view.selected["date"].notna()]
    if dated.empty:
        return "", ""
    ends = dated.iloc[[int(dated["date"].argmin()), int(dated["date"].argmax())]]
    first, last = precision.date_labels(ends["date"], ends["date_precision"])
    return str(first), str(last)


@cached_result()
def _natural_grain(corpus: str, preferred: Freq, *, _view: View) -> Freq:
    return precision.natural_grain(_view.corpus.frame["date_precision"], preferred=preferred)


@cached_result()
def _undated(corpus: str, where: str, *, _view: View) -> pd.DataFrame:
    chosen = _view.selected.index[_view.selected["date_precision"] == "none"]
    frame = _view.corpus.frame
    columns = [c for c in ("speaker", "article", "title", "source", "text") if c in frame.columns]
    return frame.loc[chosen, columns].reset_index(drop=True)


@cached_result()
def _summary(corpus: str, where: str, *, _view: View, _whole: bool = False
             ) -> overview.CorpusSummary:
    if _whole:
        return overview.corpus_summary(_view.corpus.frame)
    return overview.corpus_summary(_view.selected, speakers=_view.where.speakers)


@cached_result()
def _over_time(corpus: str, where: str, freq: Freq, top_n: int, *, _view: View) -> pd.DataFrame:
    return overview.statements_over_time(_view.selected, freq=freq, top_n=top_n,
                                         speakers=_view.where.speakers)


@cached_result()
def _top_speakers(corpus: str, where: str, top_n: int, *, _view: View) -> pd.DataFrame:
    return overview.top_speakers(_view.selected, top_n=top_n, speakers=_view.where.speakers)


@cached_result()
def _unplaced(corpus: str, where: str, freq: Freq, *, _view: View) -> int:
    return overview.unplaced_count(_view.selected, freq=freq)


def statement_order(view: View, *, text: str, order: str) -> np.ndarray:
    """Row positions (into the corpus frame) of the selection, text-searched and sorted."""
    return _statement_order(view.corpus.key, view.where_key, text, order, _view=view)


@cached_result(max_entries=ORDER_ENTRIES, show_spinner="Searching…")
def _statement_order(
    corpus: str, where: str, text: str, order: str, *, _view: View
) -> np.ndarray:
    frame = _view.corpus.frame
    keep = _view.keep()  # the phrase matches on token boundaries, as in every analysis
    if text:
        found = frame["text"].str.contains(text, case=False, regex=False, na=False)
        keep = keep & found.to_numpy(dtype=bool)
    positions = np.flatnonzero(keep)
    if order in ("newest first", "oldest first"):
        stamps = frame["date"].to_numpy(dtype="datetime64[us]")[positions]
        undated = np.isnat(stamps)
        keys = stamps.astype("int64")
        keys = -keys if order == "newest first" else keys
        keys[undated] = np.iinfo("int64").max  # undated statements go last either way
        positions = positions[np.argsort(keys, kind="stable")]
    elif order == "speaker":
        speakers = frame["speaker"].to_numpy()[positions]
        positions = positions[np.argsort(speakers.astype(str), kind="stable")]
    return positions


def _key(view: View, where: StatementFilter) -> tuple[str, str]:
    return view.corpus.key, repr(where)


def phrase_timeline(
    view: View, phrases: tuple[str, ...], *, freq: Freq, by: By, where: StatementFilter
) -> pd.DataFrame:
    """Mentions, per-10k and share of each phrase per period (and speaker)."""
    return _timeline(*_key(view, where), phrases, freq, by, _view=view, _where=where)


def concept_timeline(
    view: View, concepts: tuple[Concept, ...], *, freq: Freq, by: By, where: StatementFilter
) -> pd.DataFrame:
    """Mentions, per-10k and share of each concept per period (and speaker)."""
    return _concepts(*_key(view, where), concepts_to_text(concepts), freq, by, _view=view,
                     _where=where, _concepts=concepts)


def concept_concordance(view: View, concept: Concept, *, window: int, where: StatementFilter,
                        limit: int) -> pd.DataFrame:
    """KWIC rows for every pattern of a concept, dated at each statement's precision."""
    return dated_rows(view, _concept_kwic(*_key(view, where), concepts_to_text([concept]), window,
                                          limit, _view=view, _where=where, _concept=concept))


def pattern_table(view: View, concepts: tuple[Concept, ...]) -> pd.DataFrame:
    """What each pattern of the concepts stands for and how many matches it adds (whole corpus)."""
    return _patterns(view.corpus.key, concepts_to_text(concepts), _view=view, _concepts=concepts)


def grain_coverage(view: View, *, freq: Freq, by: By, where: StatementFilter) -> grid.Coverage:
    """How many of the filter's statements a timeline at this grain counts (memoised by the index)."""
    return grid.grain_coverage(view.index, freq=freq, by=by, where=where)


def top_terms(view: View, *, ngram: Literal[1, 2, 3], top: int,
              stopwords: tuple[str, ...] = ()) -> pd.DataFrame:
    """Top terms or n-grams of the selection, without the user's own stopwords either."""
    return _terms(*_key(view, view.where), ngram, top, stopwords, _view=view)


def concordance(view: View, phrase: str, *, window: int, where: StatementFilter,
                limit: int) -> pd.DataFrame:
    """KWIC rows for a phrase, dated at each statement's precision."""
    return dated_rows(view, _kwic(*_key(view, where), phrase, window, limit, _view=view,
                                  _where=where))


def dated_rows(view: View, frame: pd.DataFrame) -> pd.DataFrame:
    """A table of statements (with statement_id) whose date is written at its precision."""
    if "date" not in frame.columns or "statement_id" not in frame.columns:
        return frame
    statements = view.corpus.frame
    where = view.index.derived(("position-of-id",), lambda: pd.Series(
        np.arange(len(statements)), index=statements["statement_id"].to_numpy()))
    kinds = statements["date_precision"].take(where.reindex(frame["statement_id"]).to_numpy())
    labels = precision.date_labels(frame["date"], kinds.set_axis(frame.index))
    return frame.assign(date=labels)


def collocation_table(view: View, *, n: Literal[2, 3], measure: collocations.Measure,
                      min_freq: int, top: int, stopwords: tuple[str, ...] = ()) -> pd.DataFrame:
    """Top collocations of the selection."""
    return _collocations(*_key(view, view.where), n, measure, min_freq, top, stopwords,
                         _view=view)


def sentiment_timeline(
    view: View, *, freq: Freq, by: By = "speaker", where: StatementFilter,
    min_statements: int = sentiment.MIN_STATEMENTS,
) -> pd.DataFrame:
    """Mean tone per period (and speaker) with 95% CI."""
    return _sentiment(*_key(view, where), freq, by, min_statements, _view=view, _where=where)


def target_sentiment(view: View, phrase: str, *, freq: Freq, by: By = "speaker",
                     where: StatementFilter, min_statements: int = sentiment.MIN_STATEMENTS
                     ) -> pd.DataFrame:
    """Tone of the sentences mentioning a phrase, per period (and speaker)."""
    return _target(*_key(view, where), phrase, freq, by, min_statements, _view=view,
                   _where=where)


def extreme_statements(view: View, *, n: int) -> pd.DataFrame:
    """Most positive and most negative statements of the selection, dated at their precision."""
    return dated_rows(view, _extremes(*_key(view, view.where), n, _view=view))


def tone_histogram(view: View, *, bins: int | None = None) -> pd.DataFrame:
    """Statements per speaker in bins of VADER compound (Freedman-Diaconis bins by default)."""
    return _histogram(*_key(view, view.where), bins, _view=view)


def unscored(view: View, *, where: StatementFilter) -> pd.DataFrame:
    """Statements of a selection that VADER does not score, per language."""
    return _unscored(*_key(view, where), _view=view, _where=where)


def distinctive_terms(view: View, speakers: tuple[str, ...], *, top: int,
                      stopwords: tuple[str, ...] = ()) -> pd.DataFrame:
    """Distinctive terms of each chosen speaker against the rest of the selection."""
    return _distinctive(*_key(view, view.where), speakers, top, stopwords, _view=view)


def mention_edges(view: View) -> pd.DataFrame:
    """Who names whom in the selection, through the alias table."""
    return _mentions(*_key(view, view.where), _view=view)


@cached_result()
def _timeline(corpus: str, where: str, phrases: tuple[str, ...], freq: Freq, by: By, *,
              _view: View, _where: StatementFilter) -> pd.DataFrame:
    return timeline.phrase_timeline(_view.index, list(phrases), freq=freq, by=by, where=_where)


@cached_result()
def _concepts(corpus: str, where: str, concepts: str, freq: Freq, by: By, *, _view: View,
              _where: StatementFilter, _concepts: tuple[Concept, ...]) -> pd.DataFrame:
    return timeline.concept_timeline(_view.index, _concepts, freq=freq, by=by, where=_where)


@cached_result()
def _patterns(corpus: str, concepts: str, *, _view: View, _concepts: tuple[Concept, ...]
              ) -> pd.DataFrame:
    return pd.concat([concept_matches.pattern_summary(_view.index, c) for c in _concepts],
                     ignore_index=True)


@cached_result()
def _concept_kwic(corpus: str, where: str, concept: str, window: int, limit: int, *,
                  _view: View, _where: StatementFilter, _concept: Concept) -> pd.DataFrame:
    return kwic.concept_concordance(_view.index, _concept, window=window, where=_where,
                                    limit=limit)


@cached_result()
def _terms(corpus: str, where: str, ngram: Literal[1, 2, 3], top: int,
           stopwords: tuple[str, ...], *, _view: View) -> pd.DataFrame:
    return terms.top_terms(_view.index, ngram=ngram, top=top, where=_view.where,
                           stopwords=stopwords)


@cached_result()
def _kwic(corpus: str, where: str, phrase: str, window: int, limit: int, *, _view: View,
          _where: StatementFilter) -> pd.DataFrame:
    return kwic.concordance(_view.index, phrase, window=window, where=_where, limit=limit)


@cached_result()
def _collocations(corpus: str, where: str, n: Literal[2, 3], measure: collocations.Measure,
                  min_freq: int, top: int, stopwords: tuple[str, ...], *, _view: View
                  ) -> pd.DataFrame:
    return collocations.collocations(_view.index, n=n, measure=measure, min_freq=min_freq,
                                     top=top, where=_view.where, stopwords=stopwords)


@cached_result()
def _sentiment(corpus: str, where: str, freq: Freq, by: By, min_statements: int, *, _view: View,
               _where: StatementFilter) -> pd.DataFrame:
    return sentiment.sentiment_timeline(_view.index, freq=freq, by=by, where=_where,
                                        min_statements=min_statements)


@cached_result()
def _target(corpus: str, where: str, phrase: str, freq: Freq, by: By, min_statements: int, *,
            _view: View, _where: StatementFilter) -> pd.DataFrame:
    return sentiment.target_sentiment(_view.index, phrase, freq=freq, by=by, where=_where,
                                      min_statements=min_statements)


@cached_result()
def _extremes(corpus: str, where: str, n: int, *, _view: View) -> pd.DataFrame:
    return sentiment.extreme_statements(_view.index, n=n, where=_view.where)


@cached_result()
def _unscored(corpus: str, where: str, *, _view: View, _where: StatementFilter) -> pd.DataFrame:
    return sentiment.unscored(_view.index, where=_where)


@cached_result()
def _histogram(corpus: str, where: str, bins: int | None, *, _view: View) -> pd.DataFrame:
    return sentiment.tone_histogram(_view.index, where=_view.where, bins=bins)


@cached_result()
def _distinctive(corpus: str, where: str, speakers: tuple[str, ...], top: int,
                 stopwords: tuple[str, ...], *, _view: View) -> pd.DataFrame:
    return distinctive.distinctive_terms(_view.index, speakers=list(speakers), top=top,
                                         where=_view.where, stopwords=stopwords)


@cached_result()
def _mentions(corpus: str, where: str, *, _view: View) -> pd.DataFrame:
    return mentions.mention_edges(_view.index, aliases=_view.corpus.aliases, where=_view.where)
