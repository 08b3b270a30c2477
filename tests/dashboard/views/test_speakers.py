"""Speakers page: distinctive terms per chosen speaker and the who-mentions-whom matrix."""

import pytest

from tests.dashboard_apps import figures, open_page, texts


def test_renders_distinctive_terms_and_the_mention_matrix():
    app = open_page("speakers")
    charts = figures(app)
    assert len(charts) == 5  # four speakers by default, then the matrix
    assert charts[-1]["data"][0]["type"] == "heatmap"
    assert charts[0]["layout"]["xaxis"]["title"]["text"] == "z-score (log-odds)"


def test_choosing_speakers_changes_the_charts():
    app = open_page("speakers", query={"sp_speakers": ["Ilse Varga", "Sofia Reyes"]})
    charts = figures(app)
    assert len(charts) == 3
    assert "crime" in charts[0]["data"][0]["y"]  # Ilse Varga's planted vocabulary


def test_own_stopwords_from_the_url_leave_the_distinctive_terms():
    query = {"sp_speakers": ["Ilse Varga"]}
    plain = figures(open_page("speakers", query=query))[0]["data"][0]["y"]
    assert "crime" in plain
    without = figures(open_page("speakers", query={**query, "sp_stopwords": "Crime"}))
    assert "crime" not in without[0]["data"][0]["y"] and len(without[0]["data"][0]["y"]) == len(plain)


def test_the_z_score_is_explained_beside_the_charts():
    assert any("above 2 the difference is unlikely to be chance" in t
               for t in texts(open_page("speakers")))


def test_no_speaker_chosen_asks_for_one():
    app = open_page("speakers")
    app.multiselect(key="sp_speakers").set_value([]).run()
    assert any("Pick one or more speakers" in t for t in texts(app))


@pytest.mark.shared
def test_cyrillic_speaker_names_render_one_chart_each(shared_dir, monkeypatch):
    monkeypatch.setenv("PARLEY_CORPUS", str(shared_dir / "corpora/ua-officials-2022.csv"))
    app = open_page("speakers")
    names = [m.value.strip("*") for m in app.markdown]
    assert len(names) == 4 and not any(name.isascii() for name in names)
    kinds = [f["data"][0]["type"] for f in figures(app)]
    # one chart per speaker, then who names whom (one statement of Володимир Зеленський
    # names Борис Джонсон, another speaker of this corpus)
    assert kinds == ["bar"] * 4 + ["heatmap"]
    assert len({b.key for b in app.download_button}) == len(app.download_button) == 5 * 3
