"""The copy of a faulty workbook a street office gets back: bad cells red with the reason in a
comment, a 错误说明 column beside each row, and a first sheet listing every problem.

An .xlsx is loaded and marked in place (its drop-downs, formats and hidden sheets stay, so the
fixed copy can be returned as it is). An .xls or .ods, which openpyxl cannot open, is rebuilt as
an .xlsx from the cells as read, and so is an .xlsx of more than IN_PLACE_ROWS rows (openpyxl
holds a whole loaded workbook in memory, several times the rebuilt one). Above COPY_ROWS rows
or COPY_PROBLEMS problems no copy is made (ErrorCopyRefused says so): openpyxl would take minutes
and gigabytes, and the printed list of errors says the same.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

from .cells import set_text
from .layout import ERROR_COLUMN, TEXT_FIELDS, header_key
from .reader import WorkbookData
from .hostile import column_letters
from .writer import save_atomically

ERROR_FILL = PatternFill("solid", fgColor="FF9999")
WARNING_FILL = PatternFill("solid", fgColor="FFE699")
_AUTHOR = "妇代会换届管理"
SUMMARY_SHEET = "错误说明"
IN_PLACE_ROWS = 5_000
COPY_ROWS = 30_000
COPY_PROBLEMS = 30_000


class ErrorCopyRefused(Exception):
    """No copy for a workbook this large; str() is the Chinese sentence for the clerk."""


def check_copy_size(data: WorkbookData, problems: Sequence) -> None:
    rows = sum(len(s.grid) for s in data.sheets.values())
    if rows > COPY_ROWS:
        raise ErrorCopyRefused(f"工作簿共{rows}行，超过可生成标注副本的{COPY_ROWS}行，未生成标注错误的副本；请按错误清单改正")
    if len(problems) > COPY_PROBLEMS:
        raise ErrorCopyRefused(f"共{len(problems)}处问题，超过可标注的{COPY_PROBLEMS}处，未生成标注错误的副本；请按错误清单改正")


def write_marked_copy(data: WorkbookData, problems: Sequence, target: Path) -> None:
    """`problems`: objects with level, sheet, row, col (0-based or None), column and message.
    ErrorCopyRefused when the workbook is too large for a copy."""
    check_copy_size(data, problems)
    wb = None
    if data.facts.format == "xlsx" and sum(len(s.grid) for s in data.sheets.values()) <= IN_PLACE_ROWS:
        try:
            # openpyxl prints some complaints ("0 is out of range") to stdout: not for the clerk.
            with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
                warnings.simplefilter("ignore")  # openpyxl's notes on extensions it drops
                wb = load_workbook(data.path)
        except Exception:  # openpyxl is stricter than calamine; the rebuilt copy still helps
            wb = None
    if wb is None:
        wb = _rebuild(data)
    _summary_sheet(wb, problems)
    by_sheet: dict[str, list] = defaultdict(list)
    for p in problems:
        if p.sheet and p.row is not None and p.sheet in wb.sheetnames:
            by_sheet[p.sheet].append(p)
    header_rows = {s.name: (s.header_row, s.width) for s in data.sheets.values()}
    for sheet_name, found in by_sheet.items():
        header_row, width = header_rows.get(sheet_name, (1, 0))
        _mark_sheet(wb[sheet_name], found, header_row, width)
    save_atomically(wb, target)


def _summary_sheet(wb: Workbook, problems: Sequence) -> None:
    if SUMMARY_SHEET in wb.sheetnames:
        del wb[SUMMARY_SHEET]
    ws = wb.create_sheet(SUMMARY_SHEET, 0)
    ws.append(["类别", "工作表", "行", "列", "说明"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for p in problems:
        ws.append(["错误" if p.level == "error" else "提醒", p.sheet, p.row, p.column, None])
        set_text(ws.cell(ws.max_row, 5), p.message)
        if p.level == "error":
            ws.cell(ws.max_row, 1).fill = ERROR_FILL
    for letter, width in zip("ABCDE", (6, 12, 6, 14, 90)):
        ws.column_dimensions[letter].width = width
    wb.active = 0


def _mark_sheet(ws, problems: list, header_row: int, width: int) -> None:
    note_col = _error_column(ws, header_row, width)
    by_row: dict[int, list] = defaultdict(list)
    for p in problems:
        by_row[p.row].append(p)
    for row, found in by_row.items():
        messages = []
        cells: dict[int, list] = defaultdict(list)
        for p in found:
            where = f"{p.column}：" if p.column else ""
            messages.append(("" if p.level == "error" else "（提醒）") + where + p.message)
            if p.col is not None:
                cells[p.col].append(p)
        for col, marks in cells.items():
            cell = ws.cell(row, col + 1)
            is_error = any(m.level == "error" for m in marks)
            cell.fill = ERROR_FILL if is_error else WARNING_FILL
            comment = Comment("\n".join(m.message for m in marks), _AUTHOR)
            comment.width, comment.height = 300, 40 + 30 * len(marks)
            cell.comment = comment
        note = ws.cell(row, note_col)
        set_text(note, "；".join(messages))
        note.alignment = Alignment(wrap_text=True, vertical="top")
        if any(p.level == "error" for p in found):
            note.font = Font(color="C00000")


def _error_column(ws, header_row: int, width: int) -> int:
    """The 错误说明 column: an earlier copy's is reused (and cleared), else one after the headers."""
    last = max(width, 1)
    for col in range(1, ws.max_column + 1):
        value = ws.cell(header_row, col).value
        if isinstance(value, str) and header_key(value) == header_key(ERROR_COLUMN):
            for row in range(header_row + 1, ws.max_row + 1):
                ws.cell(row, col).value = None
            return col
        if value not in (None, ""):
            last = max(last, col)
    col = last + 1
    header = ws.cell(header_row, col)
    header.value = ERROR_COLUMN
    header.font = Font(bold=True, color="C00000")
    ws.column_dimensions[column_letters(col)].width = 50
    return col


def _rebuild(data: WorkbookData) -> Workbook:
    """An .xlsx holding the cells of the sheets that were read."""
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in data.sheets.values():
        ws = wb.create_sheet(sheet.name[:31])
        text_cols = {c for f, c in sheet.columns.items() if f in TEXT_FIELDS}
        for r, row in enumerate(sheet.grid, start=1):
            for c, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                cell = ws.cell(r, c)
                if isinstance(value, str):
                    set_text(cell, value)
                elif isinstance(value, (time, timedelta)):
                    cell.value = str(value)
                else:
                    cell.value = value
                    if isinstance(value, (date, datetime)):
                        cell.number_format = "yyyy-mm-dd"
                if c - 1 in text_cols:
                    cell.number_format = "@"
        for c in text_cols:
            ws.column_dimensions[column_letters(c + 1)].number_format = "@"
        ws.freeze_panes = ws.cell(sheet.header_row + 1, 1)
    return wb
