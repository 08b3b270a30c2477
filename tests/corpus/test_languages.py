"""Statement languages in ingest: the input's column wins and is validated, the rest detected."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.corpus.ingest import load_corpus
from analysis.corpus.languages import (
    BAD_LANGUAGE,
    given_languages,
    language_column,
    statement_languages,
    vader_scores,
)
from analysis.io import InputFile

RU = "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе."
UK = "Міністр закордонних справ заявив, що переговори продовжаться наступного тижня."
EN = "The foreign minister said that the talks would resume next week in Geneva."


def load(header: str, *rows: tuple[str, ...]):
    data = pd.DataFrame(rows, columns=header.split(",")).to_csv(index=False)
    return load_corpus([InputFile("s.csv", data.encode("utf-8"))])


@pytest.mark.parametrize(
    ("columns", "found"),
    [(["speaker", "language"], "language"), (["Lang", "text"], "Lang"), (["text"], None),
     (["langue"], None)],
)
def test_a_language_or_lang_column_is_found_by_name(columns, found):
    assert language_column(columns) == found


def test_given_codes_are_normalised_and_non_codes_flagged():
    codes, bad = given_languages(pd.Series(["EN", "uk-UA", "", None, "Russian"]))
    assert codes.tolist() == ["en", "uk", "", "", ""]
    assert bad.tolist() == [False, False, False, False, True]


def test_ingest_detects_each_statements_language():
    frame, _ = load("speaker,date,text", ("A", "2024-01-01", RU), ("B", "2024-01-02", UK),
                    ("C", "2024-01-03", EN), ("D", "2024-01-04", "Да."))
    assert frame["language"].tolist() == ["ru", "uk", "en", "und"]


def test_the_inputs_language_column_wins_and_empty_cells_are_detected():
    frame, report = load("speaker,date,text,lang", ("A", "2024-01-01", RU, "uk"),
                         ("B", "2024-01-02", EN, ""))
    assert frame["language"].tolist() == ["uk", "en"]
    assert "lang" not in frame.columns
    assert report.rows_kept == 2


def test_a_cell_that_is_no_language_code_rejects_its_row_by_name():
    frame, report = load("speaker,date,text,language", ("A", "2024-01-01", EN, "en"),
                         ("B", "2024-01-02", RU, "Russian"))
    assert (report.rows_read, report.rows_kept, report.rows_rejected) == (2, 1, 1)
    assert report.examples[BAD_LANGUAGE] == ["s.csv row 2 ('Russian')"]
    assert frame["language"].tolist() == ["en"]


def test_a_frame_without_a_language_column_is_detected_from_its_text():
    frame = pd.DataFrame({"text": [RU, EN, "ok"], "language": ["", "fr", ""]})
    assert statement_languages(frame).tolist() == ["ru", "fr", "und"]
    assert statement_languages(frame.drop(columns="language")).tolist() == ["ru", "en", "und"]


@pytest.mark.parametrize(
    ("language", "text", "scored"),
    [("en", EN, True), ("ru", RU, False), ("uk", UK, False), ("de", "Ja, gut.", False),
     ("und", "Thank you!", True), ("und", "Да.", False)],
)
def test_vader_scores_english_and_undetermined_latin_text_only(language, text, scored):
    assert vader_scores(np.array([language]), [text]).tolist() == [scored]
