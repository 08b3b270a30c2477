"""Page panels: a chart or a table with its sample size and a CSV download of exactly that frame."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from typing import Any, Final

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.corpus.filters import StatementFilter
from analysis.io.export import to_csv_bytes
from analysis.io.provenance import Provenance
from dashboard import chart_images, sharing
from dashboard.controls import Control
from dashboard.view import published_filter
from dashboard.widgets import widget

MIN_STATEMENTS: Final[int] = 5
MISSING: Final[str] = "—"  # what an empty cell shows, instead of Streamlit's "None"
_SAFE_NAME: Final = re.compile(r"[^a-z0-9_-]+")


def download_csv(
    frame: pd.DataFrame, *, name: str, label: str = "Download CSV", filtered: bool = True
) -> None:
    """A download button for exactly this frame, rendered as spreadsheet-safe CSV on click."""
    download_frame(lambda: frame, name=name, label=label, filtered=filtered)


def download_frame(
    make: Callable[[], pd.DataFrame], *, name: str, label: str = "Download CSV",
    filtered: bool = True,
) -> None:
    """A download button whose frame is only built (and rendered as CSV) when clicked.

    The file is named by the view and the sidebar filters (filtered=False for a table they do
    not filter, which also never gets a source line, so it can be uploaded again as it is).
    """
    where = sharing.provenance(name, filtered=filtered)
    line = where if filtered and sharing.wants_source_line() else None
    st.download_button(
        label, data=lambda: to_csv_bytes(make(), source_line=line),
        file_name=where.file_name("csv"), mime="text/csv",
        key=download_key(name), on_click="ignore", icon=":material/download:",
    )


def download_images(figure: go.Figure, *, name: str, title: str, n: int) -> None:
    """PNG and SVG buttons for the chart with its title, n and source line, drawn on click."""
    if not chart_images.CHROMIUM.exists():
        st.caption(f"PNG and SVG need Chromium at {chart_images.CHROMIUM} on the server; the "
                   "chart's camera button saves a PNG from the browser.")
        return
    where = sharing.provenance(name)
    formats: tuple[chart_images.ImageFormat, ...] = ("png", "svg")
    for column, format in zip(st.columns(len(formats)), formats, strict=True):
        column.download_button(
            format.upper(), data=functools.partial(_image, figure, where, title, n, format),
            file_name=where.file_name(format), mime=chart_images.MIME[format],
            key=f"image-{format}-{download_key(name).removeprefix('download-')}",
            on_click="ignore", icon=":material/image:",
            help=f"The chart as {format.upper()}, with its title, n and source line.",
        )


def _image(figure: go.Figure, where: Provenance, title: str, n: int,
           format: chart_images.ImageFormat) -> bytes:
    cited = chart_images.citable(figure, title=title, n=n, source=where.source_note())
    return chart_images.image_bytes(cited, format=format)


def csv_file_name(name: str) -> str:
    """An ASCII file name for a download (letters outside a-z fold to "-")."""
    return (_SAFE_NAME.sub("-", name.lower()).strip("-") or "table") + ".csv"


def download_key(name: str) -> str:
    """A widget key unique to the full name: folding to ASCII alone makes Cyrillic names collide."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=6).hexdigest()
    return f"download-{csv_file_name(name).removesuffix('.csv')}-{digest}"


# st.dataframe's header and row heights in pixels (Streamlit's defaults), so a table is drawn
# exactly as tall as its rows instead of at a fixed height with blank space or a scrollbar.
HEADER_PX: Final[int] = 38
ROW_PX: Final[int] = 35
MOST_ROWS: Final[int] = 20  # taller tables scroll inside: the page below stays in reach


def table_height(rows: int, *, most: int = MOST_ROWS) -> int:
    """Pixel height that shows up to `most` rows without an inner scrollbar."""
    return HEADER_PX + ROW_PX * max(1, min(rows, most))


def sample_size(n: int, *, what: str = "statements") -> None:
    """State how many statements a chart or table rests on."""
    st.caption(f"n = {n:,} {what}")


def enough(n: int, *, minimum: int = MIN_STATEMENTS, what: str = "statements",
           where: StatementFilter | None = None, hint: str = "") -> bool:
    """Say so, instead of drawing noise, when fewer than `minimum` statements back a chart.

    The sentence names only the filters that are set (the page's view's filter by default),
    and `hint` is added when the reason is another one (dates too coarse for the grain).
    """
    if n == 0:
        st.info(f"{empty_reason(what, _filter(where))} {hint}".strip(),
                icon=":material/filter_alt_off:")
        return False
    if n < minimum:
        widen = " Widen the filters to see one." if not _filter(where).is_empty else ""
        st.info(f"Only {n} {what} match, too few for a meaningful chart (at least {minimum} "
                f"are needed).{widen} {hint}".strip(), icon=":material/info:")
        return False
    return True


def empty_reason(what: str, where: StatementFilter) -> str:
    """Why nothing is shown, blaming only the filters that are set."""
    if where.is_empty:
        return f"No {what} in this corpus."
    steps = [step for field, step in (
        ("since", "widen the date range"), ("until", "widen the date range"),
        ("speakers", "pick other speakers"), ("sources", "pick other sources"),
        ("query", "clear the phrase in the sidebar"),
    ) if getattr(where, field)]
    named = ", ".join(dict.fromkeys(steps))
    return f"No {what} match the current filters: {named[:1].upper()}{named[1:]}."


def _filter(where: StatementFilter | None) -> StatementFilter:
    """The given filter, else the one this run's pages share (none outside a page run)."""
    if where is not None:
        return where
    return published_filter() or StatementFilter()


def chart(
    figure: go.Figure, frame: pd.DataFrame, *, name: str, n: int, key: str,
    title: str | None = None,
) -> None:
    """Draw a Plotly figure, its sample size, a CSV of the frame it plots and PNG/SVG images.

    The images carry title (the figure's own, else the name in words), n and the source line.
    """
    where = sharing.provenance(name)
    camera = {"filename": where.file_name("png").removesuffix(".png"), "scale": 2}
    st.plotly_chart(figure, key=key, config={"displaylogo": False,
                                             "toImageButtonOptions": camera})
    left, middle, right = st.columns([2, 1, 1], vertical_alignment="center")
    with left:
        sample_size(n)
    with middle:
        download_csv(frame, name=name)
    with right:
        words = title or figure.layout.title.text or name.replace("-", " ").capitalize()
        download_images(figure, name=name, title=words, n=n)


def table(
    frame: pd.DataFrame, *, name: str, pages: Control, page_size: int = 50,
    column_config: dict[str, Any] | None = None, n: int | None = None,
    column_order: list[str] | None = None, filtered: bool = True,
) -> None:
    """A paged, read-only table of the frame, with its size and a CSV of the whole frame.

    filtered=False marks a table the sidebar filters do not narrow (see download_frame).
    """
    count = max(1, -(-len(frame) // page_size))
    page = widget(pages, num_pages=count) if count > 1 else 1
    start = (page - 1) * page_size
    shown = frame.iloc[start : start + page_size]
    st.dataframe(shown, hide_index=True, column_config=column_config, column_order=column_order,
                 height=table_height(len(shown)), placeholder=MISSING)
    left, right = st.columns([3, 1], vertical_alignment="center")
    with left:
        rows = f"rows {start + 1:,}–{min(start + page_size, len(frame)):,} of {len(frame):,}"
        st.caption(rows + (f" · n = {n:,} statements" if n is not None else ""))
    with right:
        download_csv(frame, name=name, filtered=filtered)
