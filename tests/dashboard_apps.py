"""Helpers for the AppTest page tests: open a page of the app, read its Plotly figures."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
TIMEOUT = 120  # the first run of a session builds (or loads) the corpus index


def open_page(page: str, *, query: dict[str, Any] | None = None) -> AppTest:
    """Run the app, switch to dashboard/views/<page>.py and run it with these query params."""
    app = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        app.query_params[key] = value
    app.run()
    if page != "overview":
        app.switch_page(f"views/{page}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def figures(app: AppTest) -> list[dict[str, Any]]:
    """The Plotly figure specs on the page, in order."""
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def trace_names(figure: dict[str, Any]) -> list[str]:
    """Names of the visible (legend) traces of a figure."""
    return [t["name"] for t in figure["data"] if t.get("name") and t.get("showlegend", True)]


def texts(app: AppTest) -> list[str]:
    """Every info, warning, error and caption sentence on the page."""
    elements = [*app.info, *app.warning, *app.error, *app.caption]
    return [str(e.value) for e in elements]


def numbers(values: Any) -> np.ndarray:
    """A figure's array as numbers, whether Plotly wrote it as a list or as typed base64 data."""
    if isinstance(values, dict) and "bdata" in values:
        flat = np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"])
        shape = values.get("shape")
        if shape is None:
            return flat
        return flat.reshape([int(n) for n in str(shape).split(",")])
    return np.array(values, dtype=np.float64)


def upload(app: AppTest, files: list[tuple[str, bytes, str]]) -> AppTest:
    """On the Data page, load these (name, bytes, mime) files as the session's corpus."""
    app.radio(key="data_origin").set_value("upload").run()
    app.file_uploader(key="upload_files").set_value(files)
    next(b for b in app.button if b.label == "Load these files").click().run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def year_only_corpus() -> tuple[str, bytes, str]:
    """An NLTK-style zip of addresses dated only by their year, as the inaugural corpus is."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for year, speaker in ((1789, "Washington"), (1793, "Washington"), (1797, "Adams"),
                              (1801, "Jefferson"), (1805, "Jefferson"), (1809, "Madison"),
                              (1813, "Madison"), (1817, "Monroe")):
            archive.writestr(f"{year}-{speaker}.txt",
                             f"Fellow citizens, in {year} we keep the peace and the union.")
    return ("addresses.zip", buffer.getvalue(), "application/zip")
