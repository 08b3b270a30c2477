"""Excel workbooks: formula cells by their cached values, and every sheet read or noted."""

from analysis.corpus.ingest import load_corpus
from analysis.io import InputFile
from tests.xlsx_fixtures import formula_cell, row, text_cell, workbook

HEADER = row(1, text_cell("A1", "speaker"), text_cell("B1", "date"), text_cell("C1", "text"))


def _statement(number: int, speaker: str, date: str, text: str) -> str:
    return row(number, text_cell(f"A{number}", speaker), text_cell(f"B{number}", date),
               text_cell(f"C{number}", text))


def test_a_formula_cell_reads_the_value_excel_cached():
    rows = [HEADER, row(2, text_cell("A2", "Anna"), text_cell("B2", "2025-01-02"),
                        formula_cell("C2", '"We want "&"peace"', "We want peace"))]
    frame, report = load_corpus([InputFile("f.xlsx", workbook([("Talks", rows)]))])
    assert frame["text"].tolist() == ["We want peace"]
    assert report.rows_kept == 1


def test_every_sheet_with_the_first_sheets_columns_is_read_and_named_in_rejections():
    first = [HEADER, _statement(2, "Anna", "2025-01-02", "One.")]
    second = [HEADER, _statement(2, "Bo", "2025-01-03", "Two."), _statement(3, "Bo", "someday", "x")]
    frame, report = load_corpus([InputFile("two.xlsx", workbook([("Jan", first), ("Feb", second)]))])
    assert frame["speaker"].tolist() == ["Anna", "Bo"]
    assert report.rows_read == 3 and report.rows_rejected == 1
    assert report.examples["unparseable date"] == ["two.xlsx [sheet Feb] row 2 ('someday')"]


def test_a_sheet_with_other_columns_is_noted_not_dropped_silently():
    other = [row(1, text_cell("A1", "country"), text_cell("B1", "capital")),
             row(2, text_cell("A2", "Norway"), text_cell("B2", "Oslo"))]
    first = [HEADER, _statement(2, "Anna", "2025-01-02", "One.")]
    frame, report = load_corpus([InputFile("mixed.xlsx", workbook([("Talks", first), ("Lookup", other)]))])
    assert len(frame) == 1
    assert any("sheet 'Lookup' was not read" in note and "'country'" in note for note in report.notes)


def test_formulas_saved_without_a_value_are_noted_not_read_silently_as_empty():
    rows = [HEADER,
            row(2, text_cell("A2", "Anna"), text_cell("B2", "2025-01-02"),
                formula_cell("C2", '"We want "&"peace"', None)),
            row(3, text_cell("A3", "Bo"), text_cell("B3", "2025-01-03"), formula_cell("C3", "A3", "Bo"))]
    frame, report = load_corpus([InputFile("script.xlsx", workbook([("Talks", rows)]))])
    assert frame["text"].tolist() == ["Bo"]
    assert report.rejected_by_reason == {"empty text": 1}
    assert any(note.startswith("script.xlsx: 1 formula cell(s) have no saved value") for note in report.notes)
