"""The per-run view every page reads: the active corpus, the filter and the filtered frame."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

import numpy as np
import pandas as pd
import streamlit as st

from analysis.corpus.filters import StatementFilter
from analysis.engine.index import CorpusIndex
from dashboard.corpus import LoadedCorpus, corpus_index

_KEY: Final[str] = "parley.view"
# The columns the pages count and group by; text stays in the corpus frame (no 1M-row copy).
META: Final[list[str]] = ["statement_id", "speaker", "date", "date_precision", "source"]


@dataclass(eq=False)
class View:
    """What the pages draw from in this script run."""

    corpus: LoadedCorpus
    where: StatementFilter
    page: str = "overview"  # the url path of the page this run draws (Control.page)
    _selected: pd.DataFrame | None = field(default=None, repr=False)
    _noted: bool = field(default=False, repr=False)

    @property
    def index(self) -> CorpusIndex:
        """The corpus index (built once per corpus and cached; never mutate it).

        What the index says about how it was built (a cache that could not be written or was
        damaged) is shown once per run in the sidebar.
        """
        index = corpus_index(self.corpus)
        if index.notes and not self._noted:
            self._noted = True
            for note in index.notes:
                st.sidebar.warning(note, icon=":material/warning:")
        return index

    @property
    def selected(self) -> pd.DataFrame:
        """Metadata of the statements the sidebar filter keeps (once per run, never mutated).

        The phrase is matched on token boundaries through the index, as every analysis does;
        the other filters need no index, so a page without a phrase never waits for one.
        """
        if self._selected is None:
            frame = self.corpus.frame
            if self.where.is_empty:
                self._selected = frame[META]
            else:
                self._selected = frame.loc[self.keep(), META]
        return self._selected

    def keep(self) -> np.ndarray:
        """Boolean array of the rows the filter keeps (the phrase through the index)."""
        if self.where.query:
            return np.array(self.index.mask(self.where), dtype=bool)
        if self.corpus.selector is not None:
            return self.corpus.selector.mask(self.where)
        return self.where.mask(self.corpus.frame).to_numpy(dtype=bool)

    def build_index(self) -> None:
        """Build (or load) the index now, before the page's cached results ask for it."""
        # Built inside a cached result, its progress bar would be recorded and replayed.
        self.index  # noqa: B018 - the property builds it

    @property
    def where_key(self) -> str:
        """A stable text key of the filter, for keyed caches."""
        return repr(self.where)


def publish(view: View) -> None:
    """Make this run's view available to the page script."""
    st.session_state[_KEY] = view


def current() -> View:
    """The view published by the entrypoint for this run."""
    view: View = st.session_state[_KEY]
    return view


def published_filter() -> StatementFilter | None:
    """The filter of this run's view, or None before the entrypoint has published one."""
    view: View | None = st.session_state.get(_KEY)
    return view.where if view is not None else None


def published() -> View | None:
    """The view of this run, or None when no corpus could be loaded."""
    view: View | None = st.session_state.get(_KEY)
    return view
