"""Plotly figures with one colour per speaker on every page, labelled axes and hover numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

import pandas as pd
import plotly.graph_objects as go

from analysis.overview import OTHER
from analysis.types import Freq
from dashboard import timeaxis
from dashboard.escaping import plain
from dashboard.palette import OTHER_COLOUR, PALETTE, distinct_colours, rank_colours

__all__ = ["OTHER_COLOUR", "PALETTE", "plain"]
Style = Literal["stacked bars", "lines"]
# Pixel heights: a chart is at least HEIGHT tall, and a bar or heatmap row gets enough room for
# its label at Streamlit's font size, so twenty speakers never squeeze into a fixed box.
HEIGHT: Final[int] = 420
BAR_PX: Final[int] = 28
BARS_MIN_HEIGHT: Final[int] = 300
HEATMAP_ROW_PX: Final[int] = 32
HEATMAP_MIN_HEIGHT: Final[int] = 350


def speaker_colours(speakers: Sequence[str]) -> dict[str, str]:
    """Give each speaker a colour by their rank in the corpus, so it is the same on every page."""
    colours = rank_colours(speakers)
    colours[OTHER] = OTHER_COLOUR
    return colours


def time_series(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    colour_by: str,
    colours: dict[str, str],
    y_title: str,
    freq: Freq,
    style: Style = "lines",
    band: tuple[str, str] | None = None,
    hover_extra: dict[str, str] | None = None,
    events: pd.DataFrame | None = None,
    event_speakers: tuple[str, ...] = (),
) -> go.Figure:
    """One trace per series (speaker), Other last; each value drawn over its period; events.

    x holds period starts at grain freq: values sit at the middle of their period, hover
    names the period ("2021-Q1") and the ticks are labelled at the grain.
    """
    figure = go.Figure()
    names = _series_order(frame[colour_by])
    chart_colours = distinct_colours(names, colours, other=OTHER)
    for name in names:
        part = frame[frame[colour_by] == name]
        _add_series(figure, part, x=x, y=y, name=name, colour=chart_colours[name],
                    y_title=y_title, freq=freq, style=style, band=band,
                    hover_extra=hover_extra or {})
    figure.update_layout(barmode="stack", showlegend=True)  # name the series even when alone
    timeaxis.period_ticks(figure, frame[x], freq=freq)
    timeaxis.event_markers(figure, events, starts=frame[x], freq=freq, speakers=event_speakers)
    return finish(figure, x_title="Period", y_title=y_title)


def _series_order(values: pd.Series) -> list[str]:
    """Series in the order they first appear, with the pooled Other drawn last (on top)."""
    names = [str(v) for v in dict.fromkeys(values.dropna())]
    return [n for n in names if n != OTHER] + [n for n in names if n == OTHER]


def _add_series(
    figure: go.Figure, part: pd.DataFrame, *, x: str, y: str, name: str, colour: str,
    y_title: str, freq: Freq, style: Style, band: tuple[str, str] | None,
    hover_extra: dict[str, str],
) -> None:
    """One speaker's bars or line (and its confidence band), placed over their periods."""
    label = plain(name)
    extras = {c: t for c, t in hover_extra.items() if c != y}  # y is shown already
    custom = pd.DataFrame({"_period": timeaxis.hover_labels(part[x], freq=freq)})
    for column in extras:
        custom[column] = part[column].to_numpy()
    extra = "".join(f"<br>{title}: %{{customdata[{i + 1}]:,.3~f}}"
                    for i, title in enumerate(extras.values()))
    template = (f"<b>{label}</b><br>%{{customdata[0]}}<br>{y_title}: %{{y:,.3~f}}{extra}"
                "<extra></extra>")
    placed = timeaxis.period_trace_options(freq)
    common = {"customdata": custom.to_numpy(dtype=object), "hovertemplate": template,
              "legendgroup": name, "name": label, **placed}
    if band is not None:
        low, high = band
        figure.add_trace(go.Scatter(
            x=pd.concat([part[x], part[x][::-1]]), y=pd.concat([part[high], part[low][::-1]]),
            mode="lines", fill="toself", fillcolor=_transparent(colour), line={"width": 0},
            hoverinfo="skip", showlegend=False, legendgroup=name, **placed,
        ))
    if style == "stacked bars":
        figure.add_trace(go.Bar(x=part[x], y=part[y], marker_color=colour, **common))
    else:
        figure.add_trace(go.Scatter(x=part[x], y=part[y], mode="lines+markers",
                                    line={"color": colour}, marker={"size": 5}, **common))


def series_name(figure: go.Figure, curve: int) -> str | None:
    """The raw (unescaped) series name of a trace, for a clicked point's curve number."""
    if 0 <= curve < len(figure.data):
        group = figure.data[curve].legendgroup
        return str(group) if group else None
    return None


def bars(
    frame: pd.DataFrame, *, x: str, y: str, colours: dict[str, str] | None = None,
    colour_by: str | None = None, x_title: str, y_title: str, horizontal: bool = True,
) -> go.Figure:
    """A bar chart, horizontal by default so long labels stay readable."""
    colour_list = None
    if colours is not None and colour_by is not None:
        colour_list = [colours.get(str(v), OTHER_COLOUR) for v in frame[colour_by]]
    if horizontal:
        trace = go.Bar(x=frame[x], y=frame[y].map(plain), orientation="h",
                       marker_color=colour_list or PALETTE[0],
                       hovertemplate=f"%{{y}}<br>{x_title}: %{{x:,.3~f}}<extra></extra>")
        figure = go.Figure(trace)
        figure.update_yaxes(autorange="reversed")
        height = max(BARS_MIN_HEIGHT, BAR_PX * len(frame))
        return finish(figure, x_title=x_title, y_title=y_title, height=height)
    trace = go.Bar(x=frame[x].map(plain), y=frame[y], marker_color=colour_list or PALETTE[0],
                   hovertemplate=f"%{{x}}<br>{y_title}: %{{y:,.3~f}}<extra></extra>")
    return finish(go.Figure(trace), x_title=x_title, y_title=y_title)


def heatmap(matrix: pd.DataFrame, *, x_title: str, y_title: str, value: str) -> go.Figure:
    """A matrix (rows by columns) as a heatmap with the numbers on hover."""
    trace = go.Heatmap(
        z=matrix.to_numpy(), x=[plain(c) for c in matrix.columns], y=[plain(i) for i in matrix.index],
        colorscale="Blues", colorbar={"title": value},
        hovertemplate=f"{y_title}: %{{y}}<br>{x_title}: %{{x}}<br>{value}: %{{z}}<extra></extra>",
    )
    figure = go.Figure(trace)
    figure.update_yaxes(autorange="reversed")
    height = max(HEATMAP_MIN_HEIGHT, HEATMAP_ROW_PX * len(matrix))
    return finish(figure, x_title=x_title, y_title=y_title, height=height)


def finish(figure: go.Figure, *, x_title: str, y_title: str, height: int = HEIGHT) -> go.Figure:
    """Common layout: axis titles, legend on top, compact margins, hover on the nearest point."""
    figure.update_layout(
        height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": -0.2, "title": None, "traceorder": "normal"}, hovermode="closest",
    )
    figure.update_xaxes(title_text=x_title)
    figure.update_yaxes(title_text=y_title)
    return figure


def _transparent(colour: str, alpha: float = 0.12) -> str:
    """An rgba() version of a #rrggbb colour, for confidence bands."""
    value = colour.lstrip("#")
    if len(value) != 6:
        return f"rgba(128,128,128,{alpha})"
    red, green, blue = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({red},{green},{blue},{alpha})"
