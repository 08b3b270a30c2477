"""The grain control of a time chart, whose default follows how precise the corpus's dates are."""

from __future__ import annotations

from typing import Any, Final, cast

import streamlit as st

from analysis.engine.grid import Coverage
from analysis.types import Freq
from dashboard import results
from dashboard.controls import Control
from dashboard.view import View
from dashboard.widgets import widget

_DEFAULTS: Final[str] = "parley.grain_defaults"  # control key -> (corpus key, default offered)


def grain(control: Control, view: View, *, container: Any = None) -> Freq:
    """Draw the grain select: the page's grain, or as coarse as the dates (a year-only corpus: year).

    A grain the user never changed follows a new corpus to its default; a chosen one stays.
    """
    natural = results.natural_grain(view, preferred=control.default)
    offered = st.session_state.setdefault(_DEFAULTS, {})
    before = offered.get(control.key)
    if (before is not None and before[0] != view.corpus.key
            and st.session_state.get(control.key, before[1]) == before[1]):
        st.session_state[control.key] = natural
    offered[control.key] = (view.corpus.key, natural)
    return cast(Freq, widget(control, container=container, default=natural))


def left_out(coverage: Coverage, grain: Freq) -> str:
    """A sentence on the statements a timeline at this grain cannot place ("" when none)."""
    parts = []
    if coverage.undated:
        parts.append(f"Undated: {coverage.undated:,} statements, on no timeline (the Overview "
                     "lists them).")
    if coverage.too_coarse:
        parts.append(f"{coverage.too_coarse:,} statements dated more coarsely than a {grain} are "
                     "left out; pick a coarser grain to include them.")
    return " ".join(parts)
