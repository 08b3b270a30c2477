"""The Data page flags speakers that may be two people, and dated alias rows split them."""

from __future__ import annotations

import pytest

from analysis.corpus.ingest import load_corpus
from analysis.corpus.namesakes import possible_merges, split_rows
from analysis.io.export import to_csv_bytes
from tests.dashboard_apps import open_page


def _merge_table(app):
    return next((d.value for d in app.dataframe if "reason" in d.value.columns), None)


@pytest.mark.shared
def test_the_inaugural_namesakes_are_flagged_until_the_alias_table_splits_them(shared_dir, monkeypatch):
    path = shared_dir / "corpora" / "nltk" / "inaugural.zip"
    monkeypatch.setenv("PARLEY_CORPUS", str(path))
    app = open_page("data")
    flagged = _merge_table(app)
    assert flagged is not None
    assert set(flagged["speaker"]) == {"Adams", "Bush", "Harrison", "Roosevelt"}
    assert "Download the alias table with these splits" in {b.label for b in app.download_button}
    frame, _ = load_corpus([path])
    table = split_rows(frame, possible_merges(frame))
    app.file_uploader(key="alias_upload").set_value([("aliases.csv", to_csv_bytes(table), "text/csv")])
    app.run()
    next(b for b in app.button if b.label == "Apply the alias table").click().run()
    assert not app.exception
    assert _merge_table(app) is None
    assert "Roosevelt (1905)" in app.multiselect(key="speakers").options
