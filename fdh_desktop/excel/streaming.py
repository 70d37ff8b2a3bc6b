"""Data rows into a write-only sheet, each cell in its column's number format, at openpyxl's pace.

openpyxl's write-only sheet turns every appended value into a cell and starts a fresh cell object
after each styled one. Styling a city's ID numbers, phones and dates that way (a new cell, a style
lookup and a rejected conversion per value) cost a third more than writing the same cells
unstyled. Here each text (@) and date column owns one cell that carries its format and is reused
row after row: the value changes, the style is set once. openpyxl still serialises every cell.

Text a spreadsheet would misread (formula-like, control characters, _xHHHH_) gets a cell of its
own, escaped by excel.cells, in its column's format.

This overrides `WriteOnlyWorksheet._values_to_row`, a private hook of openpyxl (pinned to 3.1.5 in
pyproject.toml); tests/excel/test_excel_export_formats.py fails if an upgrade stops calling it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from .cells import FORMULA_PREFIXES, escape_text, is_formula_like

TEXT_FORMAT = "@"


class FormattedColumnsSheet(WriteOnlyWorksheet):
    """A write-only sheet whose text and date columns keep their number format on every cell.

    `text_columns` and `date_columns` are 1-based column numbers; `date_format` is the format of
    the date columns. A value of another type in such a column, and any other value, is written
    the way openpyxl writes it; a Cell passed in (a styled header) is written as given. Empty
    strings are written as no cell, like None."""

    def __init__(self, parent, title: str, text_columns: Iterable[int] = (), date_columns: Iterable[int] = (),
                 date_format: str = "yyyy-mm-dd") -> None:
        super().__init__(parent, title)
        self._text_cells = {col: self._formatted_cell(TEXT_FORMAT) for col in text_columns}
        self._date_cells = {col: self._formatted_cell(date_format) for col in date_columns}
        self._plain = WriteOnlyCell(self)  # for strings and numbers, which never give a cell a style

    def _formatted_cell(self, number_format: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self)
        cell.number_format = number_format
        return cell

    def _values_to_row(self, values, row_idx: int) -> Iterator[Cell]:
        # Each yielded cell is written before the generator resumes, so the same few cells can
        # carry every row.
        text_cells, date_cells, plain = self._text_cells, self._date_cells, self._plain
        for col, value in enumerate(values, 1):
            kind = value.__class__
            if kind is str:
                if not value:
                    continue
                if value.startswith(FORMULA_PREFIXES) or "_" in value or not value.isprintable():
                    cell = self._escaped_cell(value, col)
                else:
                    cell = text_cells.get(col, plain)
                    cell.value = value
            elif kind is int or kind is float:
                cell = plain
                cell.value = value
            elif kind is date and col in date_cells:
                cell = date_cells[col]
                cell.value = value
            elif value is None:
                continue
            elif isinstance(value, Cell):
                cell = value
            else:
                cell = WriteOnlyCell(self, value=value)  # a type openpyxl formats itself (datetime, bool…)
            cell.column = col
            cell.row = row_idx
            yield cell

    def _escaped_cell(self, text: str, col: int) -> WriteOnlyCell:
        cell = WriteOnlyCell(self, value=escape_text(text))
        if is_formula_like(text):
            # A string cell with Excel's quote prefix: shown and edited as text, never evaluated.
            cell.data_type = "s"
            cell.quotePrefix = True
        if col in self._text_cells:
            cell.number_format = TEXT_FORMAT
        return cell


def add_sheet(wb, title: str, text_columns: Iterable[int] = (), date_columns: Iterable[int] = (),
              date_format: str = "yyyy-mm-dd") -> FormattedColumnsSheet:
    """A new FormattedColumnsSheet at the end of the write-only workbook `wb`."""
    ws = FormattedColumnsSheet(wb, title, text_columns, date_columns, date_format)
    wb._add_sheet(ws)  # what Workbook.create_sheet does with the sheet it makes
    return ws
