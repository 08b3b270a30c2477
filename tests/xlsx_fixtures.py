"""Build small .xlsx workbooks by hand, so formula cells can carry the cached values Excel saves."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def text_cell(ref: str, value: str) -> str:
    """An inline string cell."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def formula_cell(ref: str, formula: str, cached: str | None) -> str:
    """A formula cell with the text result Excel cached when it saved the file (or none)."""
    value = "" if cached is None else f"<v>{escape(cached)}</v>"
    return f'<c r="{ref}" t="str"><f>{escape(formula)}</f>{value}</c>'


def row(number: int, *cells: str) -> str:
    return f'<row r="{number}">{"".join(cells)}</row>'


def workbook(sheets: list[tuple[str, list[str]]]) -> bytes:
    """An .xlsx file with the named sheets, each a list of row XML strings."""
    count = len(sheets)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_SHEET_TYPE}"/>'
        for i in range(1, count + 1)
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>'))
        archive.writestr("_rels/.rels", (
            f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        names = "".join(
            f'<sheet name="{escape(title)}" sheetId="{i}" r:id="rId{i}"/>'
            for i, (title, _) in enumerate(sheets, start=1)
        )
        archive.writestr("xl/workbook.xml", (
            f'<workbook xmlns="{_NS}" xmlns:r="{_REL}"><sheets>{names}</sheets></workbook>'))
        links = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, count + 1)
        )
        archive.writestr("xl/_rels/workbook.xml.rels",
                         f'<Relationships xmlns="{_PKG}">{links}</Relationships>')
        for i, (_, rows) in enumerate(sheets, start=1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml",
                             f'<worksheet xmlns="{_NS}"><sheetData>{"".join(rows)}</sheetData></worksheet>')
    return buffer.getvalue()
