"""Overview page on the bundled sample: renders, follows the filters and the URL."""

import pytest

from tests.dashboard_apps import figures, numbers, open_page, texts, trace_names, upload, year_only_corpus


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


def test_a_year_only_corpus_opens_at_the_year_grain_with_years_written_as_years():
    app = upload(open_page("data"), [year_only_corpus()])
    app.switch_page("views/overview.py").run()
    assert app.selectbox(key="ov_grain").value == "year"
    metrics = {m.label: m.value for m in app.metric}
    assert (metrics["First statement"], metrics["Last statement"]) == ("1789", "1817")
    figure = figures(app)[0]
    assert figure["layout"]["xaxis"]["ticktext"][:2] == ["1790", "1795"]  # every 5th of 29 years
    assert sum(sum(numbers(t["y"])) for t in figure["data"]) == 8
    assert not any("filters" in t for t in texts(app))


def test_a_grain_finer_than_the_dates_says_so_without_blaming_unset_filters():
    app = upload(open_page("data"), [year_only_corpus()])
    app.switch_page("views/overview.py").run()
    app.selectbox(key="ov_grain").set_value("month").run()
    assert figures(app)[0]["data"][0]["orientation"] == "h"  # only the top speakers chart
    said = " ".join(texts(app))
    assert "No statements dated to the month in this corpus" in said
    assert "pick the year grain" in said and "filters" not in said


def test_the_sample_timeline_labels_each_month_bar_with_its_month():
    figure = figures(open_page("overview"))[0]
    axis = figure["layout"]["xaxis"]
    assert axis["ticktext"][0] == "Jan 2024" and all(len(t) == 8 for t in axis["ticktext"])
    assert {t["xperiod"] for t in figure["data"]} == {"M1"}
    names = trace_names(figure)
    assert names[-1] == "Other"  # drawn last: on top of each stack, in grey


def test_the_top_speakers_chart_names_other_speakers_instead_of_drawing_their_pool():
    app = open_page("overview", query={"speakers": ["Erik Lund", "Oleg Sarin"]})
    assert "Other" not in figures(app)[1]["data"][0]["y"]
    app = upload(open_page("data"), [year_only_corpus()])
    app.switch_page("views/overview.py").run()
    assert "Other" not in figures(app)[1]["data"][0]["y"]
