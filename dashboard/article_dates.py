"""Dates a user gives undated articles on the Data page, applied to the session's corpus.

They are kept per corpus in the session, so every page (and every result cache, through the
corpus key) sees the dated statements; the corpus itself is never changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Final

import pandas as pd
import streamlit as st

from analysis.corpus.dates import parse_one_date, undated_articles, with_article_dates
from analysis.corpus.filters import Selector
from dashboard.corpus import LoadedCorpus

_GIVEN: Final[str] = "parley.article_dates"  # corpus key -> {article: date as typed}
_DATED: Final[str] = "parley.dated_corpus"  # (corpus key, dates) -> the dated corpus


def given(loaded: LoadedCorpus) -> dict[str, str]:
    """The dates this session gave the corpus's articles, by article."""
    base = loaded.extras.get("undated_base", loaded.key)
    return dict(st.session_state.get(_GIVEN, {}).get(base, {}))


def undated(loaded: LoadedCorpus) -> pd.Series:
    """Undated statements per article of the corpus as loaded (before any date given here)."""
    return undated_articles(loaded.frame)


def give(loaded: LoadedCorpus, article: str, text: str) -> None:
    """Give an article a date ("2025-11-27", "2025-11", "2025"); ValueError says what is wrong."""
    parse_one_date(text, what=f"The date for {article}")
    base = loaded.extras.get("undated_base", loaded.key)
    every = st.session_state.setdefault(_GIVEN, {})
    every[base] = {**every.get(base, {}), article: text.strip()}


def forget(loaded: LoadedCorpus) -> None:
    """Drop the dates this session gave the corpus's articles."""
    st.session_state.get(_GIVEN, {}).pop(loaded.extras.get("undated_base", loaded.key), None)


def dated(loaded: LoadedCorpus) -> LoadedCorpus:
    """The corpus with the session's article dates applied (itself when none are given)."""
    dates = given(loaded)
    if not dates:
        return loaded
    wanted = (loaded.key, tuple(sorted(dates.items())))
    held = st.session_state.get(_DATED)
    if held is not None and held[0] == wanted:
        cached: LoadedCorpus = held[1]
        return cached
    frame = with_article_dates(loaded.frame, dates)
    digest = hashlib.blake2b(repr(wanted[1]).encode(), digest_size=8).hexdigest()
    stamps = frame["date"].dropna()
    fresh = dataclasses.replace(
        loaded, key=f"{loaded.key}-dated-{digest}", frame=frame,
        extras={**loaded.extras, "undated_base": loaded.key},
        first_date=stamps.min().date() if len(stamps) else None,
        last_date=stamps.max().date() if len(stamps) else None, selector=Selector.of(frame),
    )
    st.session_state[_DATED] = (wanted, fresh)
    return fresh
