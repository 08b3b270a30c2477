"""Charts as PNG and SVG files with their title, sample size and source line.

The images are drawn on the server by Plotly's own renderer in headless Chromium (kaleido), from
Debian's /usr/bin/chromium, with the plotly.js that ships in the plotly package and no MathJax,
so rendering fetches nothing from the network and never downloads a browser.
"""

from __future__ import annotations

import html
import textwrap
from pathlib import Path
from typing import Final, Literal

import plotly
import plotly.graph_objects as go

ImageFormat = Literal["png", "svg"]
CHROMIUM: Final[Path] = Path("/usr/bin/chromium")
PLOTLY_JS: Final[Path] = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
WIDTH: Final[int] = 1200  # pixels of the exported image; PNGs are drawn at twice this
HEIGHT: Final[int] = 700
SOURCE_WRAP: Final[int] = 150  # characters per line of the source note
_LINE_PX: Final[int] = 16
MIME: Final[dict[ImageFormat, str]] = {"png": "image/png", "svg": "image/svg+xml"}


class ImageExportError(RuntimeError):
    """A chart could not be rendered as an image; the message says what to do."""


def citable(figure: go.Figure, *, title: str, n: int, source: str) -> go.Figure:
    """A copy of figure with its title on top and "n = … · Source: …" as its subtitle.

    The source line goes under the title rather than under the plot, where a chart's own
    legend and axis labels already are.
    """
    out = go.Figure(figure)
    lines = textwrap.wrap(f"n = {n:,} statements · {source}", SOURCE_WRAP)
    heading = out.layout.title.text or html.escape(title)
    margin = out.layout.margin
    out.update_layout(
        title={"text": heading, "x": 0.01, "xanchor": "left", "y": 0.98, "yanchor": "top",
               "subtitle": {"text": "<br>".join(html.escape(line) for line in lines),
                            "font": {"size": 11, "color": "#555"}}},
        margin={"t": max(margin.t or 0, 60 + _LINE_PX * (len(lines) + 1)),
                "l": max(margin.l or 0, 80)},
    )
    out.update_yaxes(automargin=True)
    return out


def image_bytes(figure: go.Figure, *, format: ImageFormat) -> bytes:
    """Render figure as a PNG (at twice WIDTH x HEIGHT) or an SVG; raises ImageExportError."""
    if not CHROMIUM.exists():
        raise ImageExportError(f"Chart images need Chromium at {CHROMIUM} on the server "
                               "(apt-get install chromium); the chart's own camera button "
                               "still saves a PNG from the browser.")
    import kaleido  # imported on first use: it starts nothing until asked

    options = {"format": format, "width": WIDTH, "height": HEIGHT,
               "scale": 2 if format == "png" else 1}
    try:
        data = kaleido.calc_fig_sync(figure, opts=options, kopts={
            "path": str(CHROMIUM), "mathjax": False, "plotlyjs": str(PLOTLY_JS)})
    except Exception as error:  # kaleido and choreographer raise many kinds; the user gets one
        raise ImageExportError(f"The chart could not be drawn as {format.upper()}: {error}") \
            from error
    return data if isinstance(data, bytes) else str(data).encode("utf-8")
