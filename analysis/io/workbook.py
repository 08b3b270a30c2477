"""Read an Excel .xlsx workbook: formulas by their cached values, every sheet with the same columns."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any, Final

import openpyxl
import pandas as pd

from analysis.io.delimited import unique_names
from analysis.io.errors import IngestError
from analysis.io.limits import check_columns
from analysis.io.raw import RawTable, first_line, numbered, stringify
from analysis.io.source import InputFile

# A formula cell whose value element is missing or empty: <c ...><f>A1*2</f><v/></c>
_NO_VALUE: Final = re.compile(
    rb"<c\b[^>]*>\s*<f\b(?:[^>]*/>|[^>]*>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>"
)


def read_workbook(item: InputFile) -> list[RawTable]:
    """One table per sheet whose header matches the first sheet's; other sheets are noted."""
    sheets = _sheets(item)
    if not sheets:
        raise IngestError(f"{item.name}: the workbook has no sheet with a header row")
    (first, header, rows), *others = sheets
    tables = [_table(item.name, first, header, rows, len(sheets))]
    if uncomputed := uncomputed_formulas(item.data):
        tables[0].notes.append(
            f"{uncomputed:,} formula cell(s) have no saved value and read as empty (the file was "
            "written by a program that does not compute formulas); open it in Excel or LibreOffice, "
            "save it, and load it again"
        )
    for title, other_header, other_rows in others:
        if other_header == header:
            tables.append(_table(item.name, title, other_header, other_rows, len(sheets)))
        else:
            tables[0].notes.append(
                f"sheet {title!r} was not read: its columns {other_header[:8]} differ from the "
                f"first sheet's; save it as its own file to load it"
            )
    return tables


def uncomputed_formulas(data: bytes) -> int:
    """Count formula cells saved without a cached value, which every reader sees as empty."""
    count = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name)
                if b"<f" in xml:
                    count += len(_NO_VALUE.findall(xml))
    return count


def _sheets(item: InputFile) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """Every non-empty sheet as its title, header and rows of cached cell values."""
    try:
        book = openpyxl.load_workbook(io.BytesIO(item.data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise IngestError(f"{item.name}: not a readable Excel .xlsx file ({first_line(exc)})") from exc
    sheets = []
    try:
        for sheet in book.worksheets:
            rows = sheet.iter_rows(values_only=True)
            header_row = next(rows, None)
            if header_row is None or all(cell is None for cell in header_row):
                continue
            body = [r for r in rows if any(c is not None for c in r)]
            sheets.append((sheet.title, _header(header_row, body, item.name), body))
    except Exception as exc:  # openpyxl raises many types for a broken sheet
        raise IngestError(f"{item.name}: not a readable Excel .xlsx file ({first_line(exc)})") from exc
    finally:
        book.close()
    return sheets


def _header(cells: tuple[Any, ...], body: list[tuple[Any, ...]], name: str) -> list[str]:
    """Header names as wide as the widest row, blank ones named by position, wide sheets refused."""
    width = max((_used(row) for row in [cells, *body]), default=0)
    check_columns(width, name=name)
    padded = (cells + (None,) * width)[:width]
    names = [stringify(c).strip() or f"Unnamed: {i}" for i, c in enumerate(padded)]
    return unique_names(names, name, [])


def _used(row: tuple[Any, ...]) -> int:
    """How many cells of a row count, up to its last filled one."""
    filled = [i for i, cell in enumerate(row) if cell is not None]
    return filled[-1] + 1 if filled else 0


def _table(name: str, title: str, header: list[str], rows: list[tuple[Any, ...]], sheets: int
           ) -> RawTable:
    """A sheet's rows as strings; the table is named after its sheet when the book has several."""
    width = len(header)
    cells = [[stringify(c) for c in (row + (None,) * width)[:width]] for row in rows]
    frame = numbered(pd.DataFrame(cells, columns=header, dtype=str))
    notes = ["some header cells are empty"] if any(h.startswith("Unnamed:") for h in header) else []
    label = f"{name} [sheet {title}]" if sheets > 1 else name
    return RawTable(label, frame, "xlsx", notes)
