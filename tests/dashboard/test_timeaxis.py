"""Time charts: values over their period, ticks named at the grain, events as labelled markers."""

import pandas as pd
import pytest

from analysis.events import read_events
from dashboard import charts, timeaxis
from dashboard.palette import OTHER_COLOUR


def _table(starts: list[str], speakers: tuple[str, ...] = ("Ada",)) -> pd.DataFrame:
    rows = [(s, name, i + 1) for s in starts for i, name in enumerate(speakers)]
    frame = pd.DataFrame(rows, columns=["period", "speaker", "statements"])
    frame["period"] = pd.to_datetime(frame["period"], utc=True)
    return frame


def _figure(table: pd.DataFrame, freq: str, **options) -> dict:
    colours = charts.speaker_colours(["Ada", "Bo"])
    figure = charts.time_series(table, x="period", y="statements", colour_by="speaker",
                                colours=colours, y_title="Statements", freq=freq, **options)
    return figure.to_plotly_json()


@pytest.mark.parametrize(("freq", "starts", "ticks"), [
    ("month", ["2024-03-01", "2024-04-01", "2024-05-01"], ["Mar 2024", "Apr 2024", "May 2024"]),
    ("quarter", ["2024-01-01", "2024-04-01"], ["Q1 2024", "Q2 2024"]),
    ("year", ["2020-01-01", "2021-01-01"], ["2020", "2021"]),
    ("week", ["2024-04-22", "2024-04-29"], ["22 Apr 2024", "29 Apr 2024"]),
])
def test_each_tick_names_the_period_under_it_at_the_grain(freq, starts, ticks):
    layout = _figure(_table(starts), freq)["layout"]["xaxis"]
    assert layout["ticktext"] == ticks
    middles = [pd.Timestamp(v) for v in layout["tickvals"]]
    assert all(pd.Timestamp(s, tz="UTC") < m for s, m in zip(starts, middles, strict=True))


def test_a_long_axis_is_thinned_to_round_periods():
    years = [f"{y}-01-01" for y in range(1789, 2010)]
    text = _figure(_table(years), "year")["layout"]["xaxis"]["ticktext"]
    assert len(text) <= timeaxis.MOST_TICKS and text[0] == "1800" and text[1] == "1820"


@pytest.mark.parametrize(("freq", "period", "hover"), [
    ("quarter", "M3", "2024-Q1"), ("month", "M1", "2024-01"), ("year", "M12", "2024"),
])
def test_a_value_is_drawn_over_its_period_and_hover_names_the_period(freq, period, hover):
    trace = _figure(_table(["2024-01-01"]), freq)["data"][0]
    assert trace["xperiod"] == period and trace["xperiodalignment"] == "middle"
    assert trace["customdata"][0][0] == hover
    assert "%{customdata[0]}" in trace["hovertemplate"]


def test_other_is_drawn_last_in_grey_whatever_the_frame_order():
    table = _table(["2024-01-01"], speakers=("Other", "Ada", "Bo"))
    traces = _figure(table, "month", style="stacked bars")["data"]
    assert [t["name"] for t in traces] == ["Ada", "Bo", "Other"]
    assert traces[-1]["marker"]["color"] == OTHER_COLOUR


EVENTS = (b"date,label,speaker\n2024-02-10,Talks open,\n2024-03-05,Ada resigns,Ada\n"
          b"2030-01-01,Far future,\n")


def test_events_inside_the_chart_are_vertical_markers_with_their_label():
    events = read_events(EVENTS, name="events.csv")
    layout = _figure(_table(["2024-01-01", "2024-02-01", "2024-03-01"]), "month",
                     events=events)["layout"]
    assert [a["text"] for a in layout["annotations"]] == ["Talks open", "Ada resigns (Ada)"]
    assert [(f"{pd.Timestamp(s['x0']):%Y-%m-%d}", s["yref"], s["y0"], s["y1"])
            for s in layout["shapes"]] == [
        ("2024-02-10", "paper", 0, 1), ("2024-03-05", "paper", 0, 1)]


def test_a_speakers_event_is_left_out_when_other_speakers_are_chosen():
    events = read_events(EVENTS, name="events.csv")
    layout = _figure(_table(["2024-01-01", "2024-03-01"]), "month", events=events,
                     event_speakers=("Bo",))["layout"]
    assert [a["text"] for a in layout["annotations"]] == ["Talks open"]


def test_the_csv_names_periods_at_the_grain_and_their_events():
    events = read_events(EVENTS, name="events.csv")
    table = _table(["2024-01-01", "2024-02-01", "2024-03-01"])
    out = timeaxis.chart_csv(table, freq="month", events=events)
    assert out["period"].tolist() == ["2024-01", "2024-02", "2024-03"]
    assert out["events"].tolist() == ["", "Talks open", "Ada resigns (Ada)"]
    assert "events" not in timeaxis.chart_csv(table, freq="month", events=None).columns
