"""Undated articles: counted, listed, and given a date on the Data page that every page uses."""

import pytest

from tests.dashboard_apps import figures, numbers, open_page, texts, upload

ARTICLE = (
    "Harbour deal signed\n\n"
    "The two ministers met on Tuesday. \u201cThis is a good day for the fishermen,\u201d said "
    "Ilona Brandt, the fisheries minister. \u201cThe boats will sail again in spring,\u201d "
    "Brandt said. \u201cWe waited three years for this,\u201d said Oskar Falk, the mayor. "
    "\u201cA signature is only the beginning,\u201d Falk said. \u201cThe quotas still need "
    "work,\u201d said Petra Holm, who leads the union. \u201cWe will watch every landing,\u201d "
    "Holm said.\n"
).encode()


def _metrics(app) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def _give_date(app, typed: str):
    app.switch_page("views/data.py").run()
    app.text_input(key="article_date").input(typed)
    next(b for b in app.button if b.label == "Give this article a date").click().run()
    return app


def _undated_article():
    app = upload(open_page("data"), [("harbour.txt", ARTICLE, "text/plain")])
    return app


def test_undated_statements_are_counted_and_listed_not_blamed_on_filters():
    app = _undated_article()
    app.switch_page("views/overview.py").run()
    undated = int(_metrics(app)["Undated"])
    assert undated == int(_metrics(app)["Statements"]) >= 2
    assert any(f"All {undated} statements of the selection are undated" in t for t in texts(app))
    assert not any("filters" in t for t in texts(app))
    listed = app.dataframe[0].value
    assert len(listed) == undated and set(listed["article"]) == {"harbour.txt"}


@pytest.mark.parametrize(("typed", "shown"), [("2025-11-27", "2025-11-27"), ("2025-11", "2025-11")])
def test_a_date_given_to_an_article_places_it_on_every_page(typed, shown):
    app = _give_date(_undated_article(), typed)
    assert not app.error
    app.switch_page("views/overview.py").run()
    metrics = _metrics(app)
    assert "Undated" not in metrics and metrics["First statement"] == shown
    placed = sum(numbers(t["y"]).sum() for t in figures(app)[0]["data"])
    assert placed == int(metrics["Statements"])
    app.switch_page("views/statements.py").run()
    heads = [c.value.replace("\\", "") for c in app.caption]
    cards = [h.split(" · ")[0] for h in heads if h.startswith(("2025", "undated"))]
    assert cards and set(cards) == {shown}


def test_a_date_that_is_no_date_is_refused_with_what_to_write():
    app = _give_date(_undated_article(), "next Tuesday")
    errors = [e.value.replace("\\", "") for e in app.error]
    assert len(errors) == 1 and "harbour.txt" in errors[0] and "YYYY-MM-DD" in errors[0]
    app.switch_page("views/overview.py").run()
    assert "Undated" in _metrics(app)


def test_forgetting_the_dates_makes_the_article_undated_again():
    app = _give_date(_undated_article(), "2025")
    next(b for b in app.button if b.label == "Forget the dates I gave").click().run()
    app.switch_page("views/overview.py").run()
    assert "Undated" in _metrics(app)


def test_the_seed_article_is_undated_until_given_a_date(shared_dir):
    data = (shared_dir / "examples" / "peace-treaty-article.txt").read_bytes()
    app = upload(open_page("data"), [("peace-treaty-article.txt", data, "text/plain")])
    app.switch_page("views/overview.py").run()
    assert _metrics(app)["Undated"] == _metrics(app)["Statements"]
    app = _give_date(app, "2025-11-27")
    app.switch_page("views/overview.py").run()
    assert _metrics(app)["Last statement"] == "2025-11-27" and "Undated" not in _metrics(app)


@pytest.mark.parametrize(("page", "query"), [("terms", {"t_phrases": "fishermen, quotas"}),
                                             ("sentiment", {"s_grain": "year"})])
def test_the_terms_and_sentiment_timelines_count_the_undated_they_leave_out(page, query):
    dated = "speaker,date,text\n" + "".join(
        f"Ilona Brandt,2024-0{1 + i % 3}-{10 + i},The fishermen and the quotas matter said she {i}.\n"
        for i in range(12))
    app = upload(open_page("data"), [("harbour.txt", ARTICLE, "text/plain"),
                                     ("dated.csv", dated.encode(), "text/csv")])
    for key, value in query.items():
        app.query_params[key] = value
    app.switch_page(f"views/{page}.py").run()
    assert figures(app)
    assert any(t.startswith("Undated: 6 statements, on no timeline") for t in texts(app))
