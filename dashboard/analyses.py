"""Keyed caches of the index-based analyses (issue 3); small results only, bounded and timed."""

from __future__ import annotations

from typing import Final, Literal

import pandas as pd
import streamlit as st

from analysis import (
    collocations,
    distinctive,
    kwic,
    mentions,
    sentiment,
    series,
    terms,
    timeline,
)
from analysis.corpus.filters import StatementFilter
from analysis.engine import grid
from analysis.types import By, Freq
from dashboard.view import View

TTL: Final[int] = 3600
ENTRIES: Final[int] = 64


def _key(view: View, where: StatementFilter) -> tuple[str, str]:
    return view.corpus.key, repr(where)


def phrase_timeline(
    view: View, phrases: tuple[str, ...], *, freq: Freq, by: By, where: StatementFilter
) -> pd.DataFrame:
    """Mentions, per-10k and share of each phrase per period (and speaker)."""
    return _timeline(*_key(view, where), phrases, freq, by, _view=view, _where=where)


def grain_coverage(view: View, *, freq: Freq, by: By, where: StatementFilter) -> grid.Coverage:
    """How many of the filter's statements a timeline at this grain counts (memoised by the index)."""
    return grid.grain_coverage(view.index, freq=freq, by=by, where=where)


def top_terms(view: View, *, ngram: Literal[1, 2, 3], top: int) -> pd.DataFrame:
    """Top terms or n-grams of the selection."""
    return _terms(*_key(view, view.where), ngram, top, _view=view)


def concordance(view: View, phrase: str, *, window: int, where: StatementFilter,
                limit: int) -> pd.DataFrame:
    """KWIC rows for a phrase."""
    return _kwic(*_key(view, where), phrase, window, limit, _view=view, _where=where)


def collocation_table(view: View, *, n: Literal[2, 3], measure: collocations.Measure,
                      min_freq: int, top: int) -> pd.DataFrame:
    """Top collocations of the selection."""
    return _collocations(*_key(view, view.where), n, measure, min_freq, top, _view=view)


def sentiment_timeline(
    view: View, *, freq: Freq, by: By = "speaker", where: StatementFilter
) -> pd.DataFrame:
    """Mean tone per period (and speaker) with 95% CI."""
    return _sentiment(*_key(view, where), freq, by, _view=view, _where=where)


def target_sentiment(view: View, phrase: str, *, freq: Freq, by: By = "speaker",
                     where: StatementFilter) -> pd.DataFrame:
    """Tone of the sentences mentioning a phrase, per period (and speaker)."""
    return _target(*_key(view, where), phrase, freq, by, _view=view, _where=where)


def extreme_statements(view: View, *, n: int) -> pd.DataFrame:
    """Most positive and most negative statements of the selection."""
    return _extremes(*_key(view, view.where), n, _view=view)


def tone_histogram(view: View, *, bins: int) -> pd.DataFrame:
    """Statements per speaker in bins of VADER compound (the per-statement frame stays here)."""
    return _histogram(*_key(view, view.where), bins, _view=view)


def distinctive_terms(view: View, speakers: tuple[str, ...], *, top: int) -> pd.DataFrame:
    """Distinctive terms of each chosen speaker against the rest of the selection."""
    return _distinctive(*_key(view, view.where), speakers, top, _view=view)


def mention_edges(view: View) -> pd.DataFrame:
    """Who names whom in the selection, through the alias table."""
    return _mentions(*_key(view, view.where), _view=view)


# Arguments starting with "_" are not hashed: the corpus key and the filter repr identify them.
@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _timeline(corpus: str, where: str, phrases: tuple[str, ...], freq: Freq, by: By, *,
              _view: View, _where: StatementFilter) -> pd.DataFrame:
    return timeline.phrase_timeline(_view.index, list(phrases), freq=freq, by=by, where=_where)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _terms(corpus: str, where: str, ngram: Literal[1, 2, 3], top: int, *, _view: View
           ) -> pd.DataFrame:
    return terms.top_terms(_view.index, ngram=ngram, top=top, where=_view.where)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _kwic(corpus: str, where: str, phrase: str, window: int, limit: int, *, _view: View,
          _where: StatementFilter) -> pd.DataFrame:
    return kwic.concordance(_view.index, phrase, window=window, where=_where, limit=limit)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _collocations(corpus: str, where: str, n: Literal[2, 3], measure: collocations.Measure,
                  min_freq: int, top: int, *, _view: View) -> pd.DataFrame:
    return collocations.collocations(_view.index, n=n, measure=measure, min_freq=min_freq,
                                     top=top, where=_view.where)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _sentiment(corpus: str, where: str, freq: Freq, by: By, *, _view: View,
               _where: StatementFilter) -> pd.DataFrame:
    return sentiment.sentiment_timeline(_view.index, freq=freq, by=by, where=_where)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _target(corpus: str, where: str, phrase: str, freq: Freq, by: By, *, _view: View,
            _where: StatementFilter) -> pd.DataFrame:
    return sentiment.target_sentiment(_view.index, phrase, freq=freq, by=by, where=_where)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _extremes(corpus: str, where: str, n: int, *, _view: View) -> pd.DataFrame:
    return sentiment.extreme_statements(_view.index, n=n, where=_view.where)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _histogram(corpus: str, where: str, bins: int, *, _view: View) -> pd.DataFrame:
    return series.tone_histogram(_view.index, where=_view.where, bins=bins)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _distinctive(corpus: str, where: str, speakers: tuple[str, ...], top: int, *, _view: View
                 ) -> pd.DataFrame:
    return distinctive.distinctive_terms(_view.index, speakers=list(speakers), top=top,
                                         where=_view.where)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _mentions(corpus: str, where: str, *, _view: View) -> pd.DataFrame:
    return mentions.mention_edges(_view.index, aliases=_view.corpus.aliases, where=_view.where)
