"""Terms page: phrases and concepts compared and by speaker, the KWIC view, terms, collocations."""

import html
import re

import pandas as pd

from tests.dashboard_apps import figures, open_page, texts, trace_names

_ROW = re.compile(r'<span class="kw-who">(.*?) · (.*?)</span>.*?<span class="kw-match">(.*?)</span>',
                  re.S)


def kwic_rows(app) -> pd.DataFrame:
    """The speaker, date and match of every concordance row the page shows."""
    body = "".join(h.proto.body for h in app.html)
    rows = [tuple(html.unescape(v) for v in m) for m in _ROW.findall(body)]
    return pd.DataFrame(rows, columns=["speaker", "date", "match"])


def test_the_sidebar_phrase_drives_timeline_concordance_and_terms():
    app = open_page("terms", query={"query": "peace treaty"})
    compared, by_speaker, top = figures(app)
    assert trace_names(compared) == ["peace treaty"]
    assert "Helena Strand" in trace_names(by_speaker)  # the sample's mediator says it most
    assert by_speaker["layout"]["yaxis"]["title"]["text"] == "Mentions"
    kwic = kwic_rows(app)
    assert len(kwic) == 25 and (kwic["match"].str.lower() == "peace treaty").all()
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
    assert any(t.startswith("Share of statements: the statements that mention") for t in texts(app))
    app.multiselect(key="speakers").set_value(["Anton Marek"]).run()
    assert trace_names(figures(app)[1]) == ["Anton Marek"]
    assert set(kwic_rows(app)["speaker"]) == {"Anton Marek"}


def test_several_phrases_and_concepts_share_one_chart_with_a_line_each():
    app = open_page("terms", query={"t_phrases": "ceasefire, peace treaty",
                                    "t_concepts": "aid = humanitarian*, shelters"})
    charts = figures(app)
    assert trace_names(charts[0]) == ["ceasefire", "peace treaty", "aid (concept)"]
    assert len(charts) == 1 + 3 + 1  # compared, one per item by speaker, top terms
    app.radio(key="t_split").set_value("all speakers together").run()
    assert len(figures(app)) == 2


def test_adding_a_phrase_leaves_the_speakers_of_another_phrases_chart_alone():
    alone = open_page("terms", query={"t_phrases": "ceasefire", "t_top": "3"})
    # said most by other speakers than ceasefire: ranking the two together would change both
    both = open_page("terms", query={"t_phrases": "ceasefire, air defence", "t_top": "3"})
    ceasefire = trace_names(figures(alone)[1])
    assert trace_names(figures(both)[1]) == ceasefire
    assert set(trace_names(figures(both)[2])) != set(ceasefire)


def test_a_concept_from_the_url_has_its_lines_and_a_concordance_of_all_its_patterns():
    app = open_page("terms", query={"t_concepts": "truce = ceasefire, peace treaty",
                                    "t_kwic_phrase": "truce (concept)"})
    compared, by_speaker = figures(app)[:2]
    assert trace_names(compared) == ["truce (concept)"]
    assert len(trace_names(by_speaker)) > 2
    matches = set(kwic_rows(app)["match"].str.lower())
    assert matches == {"ceasefire", "peace treaty"}
    editor, summary = (d.value for d in app.dataframe[:2])
    assert editor.values.tolist() == [["truce", "ceasefire"], ["truce", "peace treaty"]]
    assert summary["pattern"].tolist() == ["ceasefire", "peace treaty"]
    assert (summary["matches"] > 0).all()


def test_a_malformed_concept_is_explained_and_the_phrases_still_shown():
    app = open_page("terms", query={"t_phrases": "ceasefire", "t_concepts": "truce ceasefire"})
    assert any("has no '='" in str(e.value) for e in app.error)
    assert trace_names(figures(app)[0]) == ["ceasefire"]


def test_the_concordance_follows_its_speaker_and_period_from_the_url():
    app = open_page("terms", query={"t_phrases": "peace treaty", "t_kwic_speaker": "Helena Strand",
                                    "t_kwic_period": "2025-03-01"})
    kwic = kwic_rows(app)
    assert len(kwic) > 0 and set(kwic["speaker"]) == {"Helena Strand"}
    assert kwic["date"].str.startswith("2025-03").all()


def test_own_stopwords_from_the_url_leave_top_terms_and_collocations():
    app = open_page("terms", query={"t_stopwords": "talks, Teams"})
    top = figures(app)[0]
    terms = {html.unescape(t) for t in top["data"][0]["y"]}
    assert "talks" not in terms and "teams" not in terms and len(terms) == 20
    collocations = app.dataframe[1].value  # after the (empty) concept editor
    assert list(collocations.columns) == ["collocation", "count", "score"]
    assert not collocations["collocation"].str.contains(r"\b(?:talks|teams)\b").any()


def test_each_measure_is_explained_where_it_is_shown():
    app = open_page("terms", query={"t_phrases": "ceasefire", "t_coll_measure": "PMI"})
    shown = texts(app)
    assert any(t.startswith("Mentions: how many times") for t in shown)
    assert any(t.startswith("Occurrences: how many times the term appears") for t in shown)
    assert any(t.startswith("Score: Pointwise mutual information") for t in shown)


def test_a_phrase_from_a_crafted_link_is_shown_as_text_not_as_a_markdown_link():
    app = open_page("terms", query={"t_phrases": "[win a prize](http://evil.example)"})
    shown = [*map(str, (e.value for e in (*app.info, *app.markdown, *app.caption)))]
    assert not any("](http" in s for s in shown)
    assert any("\\[win a prize\\]" in s for s in shown)


def test_every_timeline_chart_offers_its_csv_png_and_svg():
    app = open_page("terms", query={"t_phrases": "peace treaty, ceasefire"})
    labels = [b.label for b in app.download_button if "timeline" in b.key]
    # the comparison chart and one chart per phrase
    assert labels == ["Download CSV", "PNG", "SVG"] * 3
