"""A period axis for time charts: values drawn over their period, ticks named at the grain, events."""

from __future__ import annotations

import math
from typing import Any, Final

import pandas as pd
import plotly.graph_objects as go

from analysis.corpus.precision import period_ends, period_labels
from analysis.events import event_names, events_within, for_speakers, period_events
from analysis.types import Freq
from dashboard.escaping import plain

# Plotly's period positioning: a value belongs to the period it starts, drawn at its middle.
_DAY_MS: Final[int] = 86_400_000
XPERIOD: Final[dict[str, Any]] = {"day": _DAY_MS, "week": 7 * _DAY_MS, "month": "M1",
                                  "quarter": "M3", "year": "M12"}
_MONDAY: Final[str] = "2000-01-03"  # weeks start on Monday, as in analysis/corpus/periods.py
_TICK_FORMATS: Final[dict[str, str]] = {"day": "%d %b %Y", "week": "%d %b %Y", "month": "%b %Y"}
# A tick every `step` periods, the smallest step that keeps about a dozen labels on the axis.
_STEPS: Final[dict[str, tuple[int, ...]]] = {
    "day": (1, 2, 7, 14, 28, 91, 182, 364), "week": (1, 2, 4, 13, 26, 52, 104, 260),
    "month": (1, 2, 3, 6, 12, 24, 60, 120), "quarter": (1, 2, 4, 8, 20, 40),
    "year": (1, 2, 5, 10, 20, 25, 50, 100),
}
MOST_TICKS: Final[int] = 12
EVENT_COLOUR: Final[str] = "#555555"


def period_trace_options(freq: Freq) -> dict[str, Any]:
    """Keyword arguments that draw a trace's x (period starts) at the middle of each period."""
    options: dict[str, Any] = {"xperiod": XPERIOD[freq], "xperiodalignment": "middle"}
    if freq == "week":
        options["xperiod0"] = _MONDAY
    return options


def hover_labels(starts: pd.Series, *, freq: Freq) -> list[str]:
    """The period each x value stands for, as hover and CSV write it ("2021-Q1", "2021")."""
    return period_labels(starts.dt.tz_localize(None) if starts.dt.tz else starts, freq=freq)


def period_ticks(figure: go.Figure, starts: pd.Series, *, freq: Freq) -> None:
    """Label the x axis under the middle of each period (thinned to about a dozen) at the grain."""
    stamps = pd.DatetimeIndex(sorted(set(starts.dropna())))
    if stamps.empty:
        return
    codes = _codes(stamps, freq=freq)
    span = int(codes[-1] - codes[0]) + 1
    step = next((s for s in _STEPS[freq] if math.ceil(span / s) <= MOST_TICKS), _STEPS[freq][-1])
    chosen = stamps[codes % step == 0] if step > 1 else stamps
    if chosen.empty:
        chosen = stamps[:1]
    middles = chosen + (period_ends(chosen, freq=freq) - chosen) / 2
    figure.update_xaxes(tickmode="array", tickvals=list(middles), ticktext=_tick_text(chosen, freq))


def _codes(stamps: pd.DatetimeIndex, *, freq: Freq) -> pd.Index:
    """A running number per period, so ticks fall on round periods (every 10th year: 1790, 1800)."""
    months = stamps.year * 12 + stamps.month - 1
    days = (stamps.tz_localize(None) if stamps.tz else stamps).normalize().asi8 // (_DAY_MS * 10**6)
    return {"day": pd.Index(days), "week": pd.Index((days + 3) // 7), "month": months,
            "quarter": months // 3, "year": stamps.year}[freq]


def _tick_text(stamps: pd.DatetimeIndex, freq: Freq) -> list[str]:
    if freq == "quarter":
        return [f"Q{(s.month - 1) // 3 + 1} {s.year}" for s in stamps]
    if freq == "year":
        return [str(s.year) for s in stamps]
    return [f"{s:{_TICK_FORMATS[freq]}}" for s in stamps]


def event_markers(figure: go.Figure, events: pd.DataFrame | None, *, starts: pd.Series,
                  freq: Freq, speakers: tuple[str, ...] = ()) -> int:
    """Draw each event inside the chart's periods as a dashed vertical line with its label.

    Returns how many were drawn.
    """
    if events is None or events.empty or starts.dropna().empty:
        return 0
    first = starts.min()
    end = period_ends(pd.DatetimeIndex([starts.max()]), freq=freq)[0]
    shown = events_within(events, start=first, end=end, speakers=speakers)
    lines, labels = [], []
    for when, name in zip(shown["date"], event_names(shown), strict=True):
        lines.append({"type": "line", "xref": "x", "yref": "paper", "x0": when, "x1": when,
                      "y0": 0, "y1": 1,
                      "line": {"color": EVENT_COLOUR, "width": 1, "dash": "dot"}})
        labels.append({"x": when, "xref": "x", "y": 1, "yref": "paper", "text": plain(name),
                       "hovertext": plain(f"{when:%Y-%m-%d}: {name}"), "showarrow": False,
                       "textangle": -90, "xanchor": "right", "yanchor": "top",
                       "bgcolor": "rgba(255,255,255,0.8)",  # readable over bars and lines
                       "font": {"size": 11, "color": EVENT_COLOUR}})
    # one layout update: adding shapes one by one revalidates them all each time (quadratic)
    figure.update_layout(shapes=[*figure.layout.shapes, *lines],
                         annotations=[*figure.layout.annotations, *labels])
    return len(shown)


def chart_csv(table: pd.DataFrame, *, x: str = "period", freq: Freq,
              events: pd.DataFrame | None, speakers: tuple[str, ...] = ()) -> pd.DataFrame:
    """A time chart's frame as its CSV: periods named at the grain, and each period's events."""
    starts = table[x]
    out = table.assign(**{x: hover_labels(starts, freq=freq)})
    if events is not None and not events.empty:
        chosen = for_speakers(events, speakers)
        ends = pd.Series(period_ends(starts, freq=freq), index=starts.index)
        out["events"] = period_events(starts, ends, chosen)
    return out
