"""Sidebar filters: one widget per declared filter, each read from and kept in the URL."""

import pytest

from analysis.corpus.filters import FILTER_FIELDS
from dashboard.controls import SIDEBAR
from dashboard.sidebar import WIDGETS
from tests.dashboard_apps import figures, open_page


def test_every_declared_filter_has_a_widget_and_a_control_with_its_help():
    assert set(WIDGETS) == {spec.name for spec in FILTER_FIELDS}
    assert [(c.key, c.default, c.help) for c in SIDEBAR] == [
        (f.name, f.default, f.help) for f in FILTER_FIELDS]


@pytest.mark.parametrize(
    ("query", "widget", "expected", "statements"),
    [
        ({"speakers": "Oleg Sarin"}, "multiselect", ["Oleg Sarin"], lambda n: 0 < n < 3000),
        ({"sources": "Social media"}, "multiselect", ["Social media"], lambda n: 0 < n < 3000),
        ({"since": "2025-07-01"}, "date_input", "2025-07-01", lambda n: 0 < n < 3000),
        ({"until": "2024-01-31"}, "date_input", "2024-01-31", lambda n: 0 < n < 300),
        ({"query": "peace treaty"}, "text_input", "peace treaty", lambda n: 0 < n < 3000),
    ],
)
def test_each_filter_is_read_from_the_url_and_narrows_the_selection(query, widget, expected,
                                                                    statements):
    app = open_page("overview", query=query)
    (key,) = query
    value = getattr(app, widget)(key=key).value
    assert (str(value) if widget == "date_input" else value) == expected
    count = int({m.label: m.value for m in app.metric}["Statements"].replace(",", ""))
    assert statements(count)


def test_clear_filters_resets_every_widget():
    app = open_page("overview", query={"speakers": "Oleg Sarin", "query": "treaty"})
    next(b for b in app.button if b.label == "Clear filters").click().run()
    assert app.multiselect(key="speakers").value == []
    assert app.text_input(key="query").value == ""
    assert {m.label: m.value for m in app.metric}["Statements"] == "3,000"


def test_a_reversed_date_range_is_explained_and_ignored():
    app = open_page("overview", query={"since": "2025-06-01", "until": "2024-06-01"})
    assert any("after the 'To' date" in e.value for e in app.error)
    assert {m.label: m.value for m in app.metric}["Statements"] == "3,000"


@pytest.mark.parametrize(
    ("query", "warning"),
    [
        ({"speakers": ["Oleg Sarin", "Nobody Known"]}, "Nobody Known are not in this corpus"),
        ({"since": "2025-13-40"}, "is not a date (YYYY-MM-DD) and was ignored"),
    ],
)
def test_a_link_value_that_cannot_be_used_is_named_not_dropped_silently(query, warning):
    app = open_page("overview", query=query)
    shown = [w.value.replace("\\", "") for w in app.sidebar.warning]
    assert len(shown) == 1 and warning in shown[0]


def test_the_filters_stay_in_the_url_when_the_page_changes():
    app = open_page("overview", query={"speakers": "Oleg Sarin", "query": "treaty"})
    app.query_params.clear()  # what a page switch in the browser sends
    app.switch_page("views/sentiment.py").run()
    assert app.multiselect(key="speakers").value == ["Oleg Sarin"]
    assert app.query_params["speakers"] == "Oleg Sarin"
    assert app.query_params["query"] == "treaty"


def test_a_filter_the_user_clears_leaves_the_url():
    app = open_page("overview", query={"speakers": "Oleg Sarin"})
    app.multiselect(key="speakers").set_value([]).run()
    assert "speakers" not in app.query_params
    assert {m.label: m.value for m in app.metric}["Statements"] == "3,000"


@pytest.mark.shared
def test_url_sources_are_offered_as_sites_and_joint_speakers_as_each_person(shared_dir, monkeypatch):
    monkeypatch.setenv("PARLEY_CORPUS", str(shared_dir / "corpora/ua-officials-2022-uk.csv"))
    app = open_page("overview", query={"speakers": "Денис Шмигаль", "sources": "youtube.com"})
    assert app.multiselect(key="sources").options == ["youtube.com"]
    people = app.multiselect(key="speakers").options
    assert {"Михайло Подоляк", "Денис Шмигаль"} <= set(people)
    assert not any(";" in person for person in people)
    # his 18 statements and the 2 he shares with Михайло Подоляк; only he is charted
    assert {m.label: m.value for m in app.metric}["Statements"] == "20"
    assert {t["name"] for t in figures(app)[0]["data"]} == {"Денис Шмигаль"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, "· 3,000 statements"),
        ({"speakers": "Erik Lund"}, "· 181 of 3,000 statements match the filters"),
        ({"query": "peace treaty"}, " of 3,000 statements match the filters"),
    ],
)
def test_the_sidebar_count_follows_the_filters(query, expected):
    app = open_page("overview", query=query)
    caption = next(c.value for c in app.sidebar.caption if c.value.startswith("Corpus: "))
    assert caption.endswith(expected)
    metrics = {m.label: m.value for m in app.metric}
    assert f" {metrics['Statements']} " in caption.replace("·", " ")  # the page's own count
