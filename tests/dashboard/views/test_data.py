"""Data page: the ingest report, uploads kept to the session, bad files explained."""

import io
import zipfile

from streamlit.testing.v1 import AppTest

from tests.dashboard_apps import APP, TIMEOUT, open_page


def _upload(app: AppTest, files: list[tuple[str, bytes, str]]) -> AppTest:
    app.radio(key="data_origin").set_value("upload").run()
    app.file_uploader(key="upload_files").set_value(files)
    next(b for b in app.button if b.label == "Load these files").click().run()
    return app


def test_shows_the_ingest_report_of_the_sample():
    app = open_page("data")
    metrics = {m.label: m.value for m in app.metric}
    assert metrics == {"Rows read": "3,000", "Rows kept": "3,000", "Rows rejected": "0"}
    assert {b.label for b in app.download_button} >= {"Download the alias table"}


def test_an_upload_becomes_this_sessions_corpus_with_its_report():
    data = (b"speaker,date,text\nAda,2024-01-02,We will talk.\nBo,2024-02-03,No.\n"
            b"Cy,not a date,Maybe.\n,2024-01-01,No speaker\n")
    app = _upload(open_page("data"), [("mine.csv", data, "text/csv")])
    assert not app.exception
    metrics = {m.label: m.value for m in app.metric}
    assert metrics == {"Rows read": "4", "Rows kept": "2", "Rows rejected": "2"}
    reasons = app.dataframe[0].value
    assert set(reasons["reason"]) == {"missing speaker", "unparseable date"}
    app.switch_page("views/overview.py").run()
    assert {m.label: m.value for m in app.metric}["Statements"] == "2"
    other_session = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert {m.label: m.value for m in other_session.metric}["Statements"] == "3,000"


def test_a_binary_file_gets_a_sentence_naming_it():
    app = _upload(open_page("data"), [("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "text/csv")])
    errors = [e.value.replace("\\", "") for e in app.error]  # as shown: markdown unescaped
    assert len(errors) == 1 and errors[0].startswith("Nothing was loaded. photo.csv")
    assert {m.label: m.value for m in app.metric}["Rows read"] == "3,000"  # sample still shown


def test_a_zip_with_a_path_trick_is_refused_before_loading():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../etc/2001-Evil.txt", "text")
    app = _upload(open_page("data"), [("batch.zip", buffer.getvalue(), "application/zip")])
    errors = [e.value for e in app.error]
    assert errors and "points outside the archive" in errors[0]


def test_an_uploaded_article_yields_its_quoted_statements_with_offsets():
    article = (
        "Harbour deal signed\n\n"
        "The two ministers met on Tuesday. \u201cThis is a good day for the fishermen,\u201d said "
        "Ilona Brandt, the fisheries minister. Oskar Falk was cautious: \u201cA signature is only "
        "the beginning.\u201d\n"
    ).encode()
    app = _upload(open_page("data"), [("harbour.txt", article, "text/plain")])
    assert not app.exception
    kept = int({m.label: m.value for m in app.metric}["Rows kept"])
    assert kept >= 1
    app.switch_page("views/statements.py").run()
    assert any("good day for the fishermen" in t.value for t in app.text)


def _upload_concepts(data: bytes) -> AppTest:
    app = open_page("data")
    app.file_uploader(key="concepts_upload").set_value([("concepts.csv", data, "text/csv")])
    return app.run()


def test_an_uploaded_concepts_file_links_to_the_terms_page_with_its_concepts():
    from urllib.parse import parse_qs

    from analysis.concepts import concepts_from_text

    app = _upload_concepts("concept,pattern\npeace,peace treaty\npeace,мирна угода\n"
                           "aid,humanitarian*\n".encode())
    assert not app.exception
    table = app.dataframe[-1].value
    assert table.values.tolist() == [["peace", "peace treaty"], ["peace", "мирна угода"],
                                     ["aid", "humanitarian*"]]
    link = app.get("page_link")[0].proto
    assert "terms" in link.page
    text = parse_qs(link.query_string)["t_concepts"][0]
    assert [c.name for c in concepts_from_text(text)] == ["peace", "aid"]


def test_a_bad_concepts_file_is_explained_by_row_and_column():
    app = _upload_concepts(b"concept,pattern\npeace,peace treaty\n,orphan\n")
    assert not app.get("page_link")
    assert any("row 3, column concept is empty" in str(e.value) for e in app.error)
