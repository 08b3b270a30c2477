"""Terms page: phrase timeline from the sidebar phrase, concordance, top terms, collocations."""

from tests.dashboard_apps import figures, open_page, texts, trace_names


def test_the_sidebar_phrase_drives_timeline_concordance_and_terms():
    app = open_page("terms", query={"query": "peace treaty"})
    timeline, top = figures(app)
    assert "Helena Strand" in trace_names(timeline)  # the sample's mediator says it most
    assert timeline["layout"]["yaxis"]["title"]["text"] == "Mentions"
    kwic = app.dataframe[0].value
    assert (kwic["match"].str.lower() == "peace treaty").all()
    assert any(t.startswith("n = 3,000 statements") for t in texts(app))
    assert top["layout"]["xaxis"]["title"]["text"] == "Occurrences"


def test_without_a_phrase_the_page_asks_for_one_and_still_shows_terms():
    app = open_page("terms")
    assert any("Type a phrase above" in t for t in texts(app))
    assert len(figures(app)) == 1  # top terms only


def test_measure_and_speaker_filter_change_the_timeline():
    app = open_page("terms", query={"t_phrases": "ceasefire", "t_measure": "share of statements"})
    assert figures(app)[0]["layout"]["yaxis"]["title"]["text"] == (
        "Share of statements mentioning it")
    app.multiselect(key="speakers").set_value(["Anton Marek"]).run()
    assert trace_names(figures(app)[0]) == ["Anton Marek"]
    assert set(app.dataframe[0].value["speaker"]) == {"Anton Marek"}


def test_the_concordance_follows_its_speaker_and_period_from_the_url():
    app = open_page("terms", query={"t_phrases": "peace treaty", "t_kwic_speaker": "Helena Strand",
                                    "t_kwic_period": "2025-03-01"})
    kwic = app.dataframe[0].value
    assert set(kwic["speaker"]) == {"Helena Strand"}
    assert kwic["date"].str.startswith("2025-03-").all()  # day-precision dates, as written


def test_a_phrase_from_a_crafted_link_is_shown_as_text_not_as_a_markdown_link():
    app = open_page("terms", query={"t_phrases": "[win a prize](http://evil.example)"})
    shown = [*map(str, (e.value for e in (*app.info, *app.markdown, *app.caption)))]
    assert not any("](http" in s for s in shown)
    assert any("\\[win a prize\\]" in s for s in shown)
