"""Chart images: title, n and source line on the figure; PNG and SVG drawn offline in Chromium."""

import plotly.graph_objects as go
import pytest

from dashboard import chart_images
from dashboard.chart_images import ImageExportError, citable, image_bytes

SOURCE = "Source: Parley, corpus <Sample> & co; filters: speakers=Erik Lund; exported 2026-12-01"


def _figure(title: str | None = None) -> go.Figure:
    return go.Figure(go.Bar(x=["a", "b"], y=[1, 3]), layout={"title": {"text": title}})


def test_a_citable_copy_gets_the_title_and_a_source_line_and_the_original_is_untouched():
    original = _figure()
    cited = citable(original, title="Statements per quarter", n=1234, source=SOURCE)
    assert cited.layout.title.text == "Statements per quarter"
    note = cited.layout.title.subtitle.text
    assert note.startswith("n = 1,234 statements · Source: Parley, corpus &lt;Sample&gt; &amp;")
    assert original.layout.title.text is None and original.layout.title.subtitle.text is None


def test_a_figure_keeps_its_own_title():
    assert citable(_figure("Tone"), title="other", n=1, source="s").layout.title.text == "Tone"


def test_a_long_source_line_wraps_onto_more_lines():
    cited = citable(_figure(), title="t", n=5, source="word " * 80)
    assert cited.layout.title.subtitle.text.count("<br>") >= 2


def test_the_render_page_loads_nothing_from_the_network():
    from kaleido import PageGenerator

    page = PageGenerator(plotly=str(chart_images.PLOTLY_JS), mathjax=False).generate_index()
    assert chart_images.PLOTLY_JS.is_file()
    assert "http://" not in page and "https://" not in page


def test_without_chromium_the_error_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(chart_images, "CHROMIUM", tmp_path / "no-chromium")
    with pytest.raises(ImageExportError, match="apt-get install chromium"):
        image_bytes(_figure(), format="png")


@pytest.mark.browser
@pytest.mark.parametrize(("format", "start"), [("png", b"\x89PNG\r\n\x1a\n"), ("svg", b"<svg")])
def test_a_chart_is_drawn_as_an_image_with_its_source_line(format, start):
    if not chart_images.CHROMIUM.exists():
        pytest.skip(f"{chart_images.CHROMIUM} is absent: install Debian's chromium")
    data = image_bytes(citable(_figure(), title="Per quarter", n=42, source=SOURCE), format=format)
    assert data.startswith(start)
    if format == "svg":
        assert b"n = 42 statements" in data and b"Per quarter" in data
