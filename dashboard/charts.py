"""Plotly figures with one colour per speaker on every page, labelled axes and hover numbers."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Final, Literal

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from analysis.overview import OTHER

OTHER_COLOUR: Final[str] = "#9e9e9e"
# 24 distinct hues: Plotly's and Dark24 without their greys; speakers past 24 reuse them in order.
PALETTE: Final[tuple[str, ...]] = tuple(
    c for c in (*qualitative.Plotly, *qualitative.D3, *qualitative.Dark24) if c.lower() not in
    {"#7f7f7f", "#222a2a", "#b2828d"}
)[:24]
Style = Literal["stacked bars", "lines"]
# Pixel heights: a chart is at least HEIGHT tall, and a bar or heatmap row gets enough room for
# its label at Streamlit's font size, so twenty speakers never squeeze into a fixed box.
HEIGHT: Final[int] = 420
BAR_PX: Final[int] = 28
BARS_MIN_HEIGHT: Final[int] = 300
HEATMAP_ROW_PX: Final[int] = 32
HEATMAP_MIN_HEIGHT: Final[int] = 350


def plain(value: object) -> str:
    """Escape a user-supplied label so Plotly shows it as text, not as its pseudo-HTML markup."""
    return html.escape(str(value), quote=False)


def speaker_colours(speakers: Sequence[str]) -> dict[str, str]:
    """Give each speaker a colour by their rank in the corpus, so it is the same on every page."""
    colours = {name: PALETTE[rank % len(PALETTE)] for rank, name in enumerate(speakers)}
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
    style: Style = "lines",
    band: tuple[str, str] | None = None,
    hover_extra: dict[str, str] | None = None,
) -> go.Figure:
    """One trace per series (speaker), in the order they first appear; optional CI band."""
    figure = go.Figure()
    for name, part in frame.groupby(colour_by, sort=False, observed=True):
        colour = colours.get(str(name), OTHER_COLOUR)
        label = plain(name)
        extras = {c: t for c, t in (hover_extra or {}).items() if c != y}  # y is shown already
        custom = part[list(extras)].to_numpy() if extras else None
        extra = "".join(
            f"<br>{title}: %{{customdata[{i}]:,.3~f}}" for i, title in enumerate(extras.values())
        )
        template = (f"<b>{label}</b><br>%{{x|%Y-%m-%d}}<br>{y_title}: %{{y:,.3~f}}{extra}"
                    "<extra></extra>")
        if band is not None:
            low, high = band
            figure.add_trace(go.Scatter(
                x=pd.concat([part[x], part[x][::-1]]), y=pd.concat([part[high], part[low][::-1]]),
                mode="lines", fill="toself", fillcolor=_transparent(colour), line={"width": 0},
                hoverinfo="skip", showlegend=False, legendgroup=str(name),
            ))
        if style == "stacked bars":
            figure.add_trace(go.Bar(x=part[x], y=part[y], name=label, marker_color=colour,
                                    customdata=custom, hovertemplate=template,
                                    legendgroup=str(name)))
        else:
            figure.add_trace(go.Scatter(x=part[x], y=part[y], name=label, mode="lines+markers",
                                        line={"color": colour}, marker={"size": 4},
                                        customdata=custom, hovertemplate=template,
                                        legendgroup=str(name)))
    figure.update_layout(barmode="stack", showlegend=True)  # name the series even when alone
    return finish(figure, x_title="Period", y_title=y_title)


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
