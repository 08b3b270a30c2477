"""Events on every timeline: uploaded on the Data page, carried in the link, or the server's."""

import hashlib

import pytest

from analysis.events import encode_events, read_events
from dashboard import events
from tests.dashboard_apps import figures, open_page

EVENTS = (b"date,label,speaker\n2024-03-15,Talks open in Geneva,\n2024-09,Ceasefire announced,\n"
          b"2025-02-10,Draft treaty leaked,Helena Strand\n2031-01-01,After the corpus,\n")
LABELS = ["Talks open in Geneva", "Ceasefire announced", "Draft treaty leaked (Helena Strand)"]
# page -> the query that gives it a time chart, and which figure of the page that chart is
TIME_CHARTS = {"overview": ({}, 0), "terms": ({"t_phrases": "ceasefire"}, 0),
               "sentiment": ({}, 0)}


def _markers(figure: dict) -> list[str]:
    return [a["text"] for a in figure["layout"].get("annotations", [])]


def _use_events(app, data: bytes):
    app.file_uploader(key="events_file").set_value([("events.csv", data, "text/csv")])
    next(b for b in app.button if b.label == "Use these events").click().run()
    return app


def test_uploaded_events_mark_every_time_chart_and_go_into_the_link():
    app = _use_events(open_page("data"), EVENTS)
    assert not app.error and not app.exception
    assert app.query_params["events"] == encode_events(read_events(EVENTS, name="events.csv"))
    for page, (query, number) in TIME_CHARTS.items():
        for key, value in query.items():
            app.query_params[key] = value
        app.switch_page(f"views/{page}.py").run()
        assert _markers(figures(app)[number]) == LABELS, page  # the 2031 event is out of range


@pytest.mark.parametrize("page", sorted(TIME_CHARTS))
def test_a_copied_link_shows_its_events_in_a_new_session(page):
    query, number = TIME_CHARTS[page]
    value = encode_events(read_events(EVENTS, name="events.csv"))
    app = open_page(page, query={**query, "events": value})
    assert _markers(figures(app)[number]) == LABELS


def test_a_speakers_event_is_only_drawn_with_that_speaker_or_everyone():
    value = encode_events(read_events(EVENTS, name="events.csv"))
    app = open_page("overview", query={"events": value, "speakers": ["Erik Lund"]})
    assert _markers(figures(app)[0]) == LABELS[:2]


def test_a_damaged_link_says_so_in_the_sidebar_and_draws_no_events():
    app = open_page("overview", query={"events": "eJzLSM3JyVcozy_KSQEAGgQEXQ-cut"})
    assert any("could not be read" in w.value for w in app.sidebar.warning)
    assert _markers(figures(app)[0]) == []


def test_a_bad_events_table_is_refused_naming_its_row():
    app = _use_events(open_page("data"), b"date,label\n2024-03-15,Talks\nlater,Summit\n")
    errors = [e.value.replace("\\", "") for e in app.error]
    assert len(errors) == 1 and "events.csv" in errors[0] and "row 2" in errors[0]
    assert "events" not in app.query_params


def test_removing_my_events_clears_them_from_the_charts_and_the_link():
    app = _use_events(open_page("data"), EVENTS)
    next(b for b in app.button if b.label == "Remove my events").click().run()
    assert "events" not in app.query_params
    app.switch_page("views/overview.py").run()
    assert _markers(figures(app)[0]) == []


def test_the_servers_events_table_marks_the_charts(tmp_path, monkeypatch):
    path = tmp_path / "events.csv"
    path.write_bytes(EVENTS)
    monkeypatch.setenv("PARLEY_EVENTS", str(path))
    app = open_page("overview")
    assert _markers(figures(app)[0]) == LABELS
    assert "events" not in app.query_params  # everyone on this server has them already


def test_the_variable_named_in_messages_is_the_one_read(tmp_path, monkeypatch):
    monkeypatch.setenv(events.SERVER_ENV, str(tmp_path / "events.csv"))
    assert events.server_path() == tmp_path / "events.csv"


def test_events_too_long_for_a_link_are_kept_with_a_warning_that_links_lack_them():
    rows = b"".join(b"2024-%02d-01,%s\n" % (1 + i % 12, hashlib.sha256(b"%d" % i).hexdigest().encode())
                    for i in range(200))
    app = _use_events(open_page("data"), b"date,label\n" + rows)
    assert any("a link can safely carry" in w.value for w in app.warning)
    assert "events" not in app.query_params
    app.switch_page("views/overview.py").run()
    assert len(_markers(figures(app)[0])) == 200


def test_events_removed_stay_removed_when_a_page_switch_drops_the_query_string():
    value = encode_events(read_events(EVENTS, name="events.csv"))
    app = open_page("data", query={"events": value})
    next(b for b in app.button if b.label == "Remove my events").click().run()
    app.query_params.clear()  # what a page switch can send
    app.switch_page("views/overview.py").run()
    assert _markers(figures(app)[0]) == []


def test_a_bad_server_events_table_is_named_in_the_sidebar_and_the_charts_still_draw(
        tmp_path, monkeypatch):
    path = tmp_path / "server-events.csv"
    path.write_bytes(b"date,label\n2024-03-15,\n")
    monkeypatch.setenv("PARLEY_EVENTS", str(path))
    app = open_page("overview")
    warnings = [w.value.replace("\\", "") for w in app.sidebar.warning]
    assert any("server-events.csv" in w and "row 1: the label is empty" in w for w in warnings)
    assert _markers(figures(app)[0]) == []
