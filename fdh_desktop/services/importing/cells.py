"""Putting a problem on its cell: sheet, Excel row, the column's header as written, and the value."""

from __future__ import annotations

from fdh_desktop.excel.layout import MAX_CELL_CHARS, MEMBER_SHEET, is_member_sheet_name, settle_member_columns
from fdh_desktop.excel.reader import SheetRows, WorkbookData
from fdh_desktop.excel.hostile import WorkbookRefused, column_letters, has_overlong_text

from .contract import FileProblem


def located(level: str, file: str, sheet: SheetRows, row: int, field_name: str, value: object,
             message: str) -> FileProblem:
    col = sheet.columns.get(field_name)
    header = sheet.header_of(field_name) if field_name else ""
    if col is not None:
        for number, cells in _rows_at(sheet, row):
            if col < len(cells) and cells[col] not in (None, ""):
                value = cells[col]
    return FileProblem(level, file, sheet.name, row, header, value, message, col)


def _rows_at(sheet: SheetRows, row: int):
    index = row - 1
    if 0 <= index < len(sheet.grid):
        yield row, sheet.grid[index]


def reading_order(p: FileProblem) -> tuple:
    """The file first, then each sheet (社区妇代会 before 班子成员) from the top, left to right."""
    sheet = 0 if not p.sheet else 2 if is_member_sheet_name(p.sheet) else 1
    return (sheet, -1 if p.row is None else p.row, -1 if p.col is None else p.col)


def long_cell_check(data: WorkbookData, sheet: SheetRows):
    """A cell at calamine's 32,767-character cut may have been longer: the file is refused then."""
    def check(row: int, field_name: str) -> None:
        if has_overlong_text(data.path, data.facts, MAX_CELL_CHARS):
            column = column_letters(sheet.columns[field_name] + 1)
            raise WorkbookRefused(
                f"工作表“{sheet.name}”第{row}行{column}列的内容超过Excel单元格的上限{MAX_CELL_CHARS}个字符，"
                "不是Excel能保存的内容（也许是恶意构造的文件），已拒绝读取", sheet.name)

    return check


def settle_posts_columns(file: str, data: WorkbookData) -> list[FileProblem]:
    """The member sheet's posts columns decided (layout.settle_member_columns), in place, with a
    problem naming each column that is not read as its header says."""
    sheet = data.sheets.get(MEMBER_SHEET)
    if sheet is None:
        return []
    header_cells = sheet.grid[sheet.header_row - 1] if sheet.header_row - 1 < len(sheet.grid) else []
    return [FileProblem(note.level, file, sheet.name, None, note.header, None, note.message, note.col)
            for note in settle_member_columns(sheet.columns, sheet.headers, header_cells)]
