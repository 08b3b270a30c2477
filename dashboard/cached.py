"""Keyed caches of small analysis results; the corpus frame itself is never hashed or copied."""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd
import streamlit as st

from analysis import overview
from analysis.types import Freq
from dashboard.view import View

TTL: Final[int] = 3600
ENTRIES: Final[int] = 64


def summary(view: View) -> overview.CorpusSummary:
    """Headline counts of the current selection."""
    return _summary(view.corpus.key, view.where_key, _view=view)


def corpus_summary(view: View) -> overview.CorpusSummary:
    """Headline counts of the whole corpus."""
    return _summary(view.corpus.key, "", _view=view, _whole=True)


def speaker_counts(view: View) -> dict[str, int]:
    """Statements per speaker in the selection, most first."""
    table = _top_speakers(view.corpus.key, view.where_key, 1_000_000, _view=view)
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


# Arguments starting with "_" are not hashed: the corpus key and filter key identify the view.
@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _summary(corpus: str, where: str, *, _view: View, _whole: bool = False
             ) -> overview.CorpusSummary:
    return overview.corpus_summary(_view.corpus.frame if _whole else _view.selected)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _over_time(corpus: str, where: str, freq: Freq, top_n: int, *, _view: View) -> pd.DataFrame:
    return overview.statements_over_time(_view.selected, freq=freq, top_n=top_n)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _top_speakers(corpus: str, where: str, top_n: int, *, _view: View) -> pd.DataFrame:
    return overview.top_speakers(_view.selected, top_n=top_n)


@st.cache_data(max_entries=ENTRIES, ttl=TTL, show_spinner=False)
def _unplaced(corpus: str, where: str, freq: Freq, *, _view: View) -> int:
    return overview.unplaced_count(_view.selected, freq=freq)


def statement_order(view: View, *, text: str, order: str) -> np.ndarray:
    """Row positions (into the corpus frame) of the selection, text-searched and sorted."""
    return _statement_order(view.corpus.key, view.where_key, text, order, _view=view)


@st.cache_data(max_entries=16, ttl=TTL, show_spinner="Searching…")
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
