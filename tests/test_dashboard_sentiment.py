"""Sentiment page: tone over time with bands, distribution, extremes, tone around a phrase."""

from tests.dashboard_apps import figures, open_page, texts, trace_names


def test_renders_tone_distribution_and_extremes_on_the_sample():
    app = open_page("sentiment")
    tone, distribution = figures(app)
    assert trace_names(tone)[-1] == "Other"
    assert tone["layout"]["yaxis"]["range"] == [-1, 1]
    assert distribution["data"][0]["type"] == "heatmap"
    extremes = app.dataframe[0].value
    assert extremes["compound"].iloc[0] > 0.5 > -0.5 > extremes["compound"].iloc[-1]
    assert any("VADER" in t for t in texts(app))


def test_a_speaker_filter_leaves_only_that_speaker_and_no_other_series():
    app = open_page("sentiment", query={"speakers": ["Ilse Varga"], "s_grain": "year"})
    tone = figures(app)[0]
    assert trace_names(tone) == ["Ilse Varga"]
    assert set(app.dataframe[0].value["speaker"]) == {"Ilse Varga"}


def test_target_sentiment_draws_only_sentences_with_the_phrase():
    app = open_page("sentiment", query={"s_target": "ceasefire", "s_grain": "quarter"})
    assert len(figures(app)) == 3
    assert any("statements mentioning" not in t for t in texts(app))
    app.text_input(key="s_target").set_value("zzzz unknown phrase").run()
    assert any("No statements mentioning" in t for t in texts(app))


def test_too_few_statements_say_so_instead_of_a_chart():
    app = open_page("sentiment", query={"since": "2025-12-31", "until": "2025-12-31"})
    assert figures(app) == []
    assert any("too few for a meaningful chart" in t or "No statements match" in t
               for t in texts(app))
