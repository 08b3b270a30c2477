"""Overview page on the bundled sample: renders, follows the filters and the URL."""

import pytest

from tests.dashboard_apps import figures, open_page, texts, trace_names


def test_renders_the_sample_with_counts_and_charts():
    app = open_page("overview")
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Statements"] == "3,000"
    assert metrics["Speakers"] == "12"
    assert metrics["First statement"] == "2024-01-01"
    over_time, speakers = figures(app)
    assert "Other" in trace_names(over_time)  # 12 speakers, 8 shown by default
    assert over_time["layout"]["yaxis"]["title"]["text"] == "Statements per month"
    assert len(speakers["data"][0]["y"]) == 12  # every speaker of the sample, most active first
    assert any(t.startswith("n = 3,000 statements") for t in texts(app))
    assert [b.label for b in app.download_button] == ["Download CSV", "PNG", "SVG"] * 2


def test_a_speaker_filter_changes_the_counts_and_the_chart():
    app = open_page("overview")
    app.multiselect(key="speakers").set_value(["Erik Lund", "Oleg Sarin"]).run()
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Speakers"] == "2"
    assert int(metrics["Statements"].replace(",", "")) < 3000
    assert trace_names(figures(app)[0]) == ["Erik Lund", "Oleg Sarin"]


def test_the_url_reproduces_filters_and_page_controls():
    app = open_page("overview", query={"speakers": ["Erik Lund"], "ov_grain": "year",
                                       "ov_style": "lines"})
    assert app.multiselect(key="speakers").value == ["Erik Lund"]
    assert app.selectbox(key="ov_grain").value == "year"
    figure = figures(app)[0]
    assert [t["type"] for t in figure["data"]] == ["scatter"]
    assert len(figure["data"][0]["x"]) == 2  # 2024 and 2025


@pytest.mark.parametrize("since", ["2031-01-01"])
def test_an_empty_selection_explains_itself_instead_of_failing(since):
    app = open_page("overview", query={"since": since})
    assert figures(app) == []
    assert any("No statements match the current filters" in t for t in texts(app))
