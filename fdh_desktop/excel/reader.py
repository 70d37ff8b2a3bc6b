"""Read a returned workbook with python-calamine: find the two sheets, their header rows, the records.

Only after safety.check_workbook() has passed is calamine allowed near the file. Sheets are found
by name (社区妇代会 / 班子成员), else by their headers; the header row may stand below title and
填报单位 rows; blank rows, footer lines (填表人：…) and totals are skipped; every record keeps the
row number Excel shows, so a message can point at it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import python_calamine

from fdh_desktop.domain.text import fold

from .layout import KINDS, LIST_SHEET, META_SHEET, SheetKind, field_header, header_key, kind_by_sheet_name
from .safety import WorkbookFacts, WorkbookRefused, check_workbook

HEADER_SEARCH_ROWS = 30
_FOOTERS = tuple(fold(w) for w in (
    "填表人", "填报人", "审核人", "制表人", "负责人", "联系人", "填报日期", "制表日期", "填表日期",
    "注：", "注:", "说明：", "备注：", "合计", "总计", "小计",
))


_FOOTER_STARTS = frozenset(w[0] for w in _FOOTERS)


@dataclass
class SheetRows:
    name: str
    kind: SheetKind
    header_row: int  # as Excel numbers it (1-based)
    columns: dict[str, int]  # field → 0-based column index
    headers: dict[str, str]  # field → the header as written
    width: int  # columns up to the last header cell
    records: list[tuple[int, list]]  # (Excel row number, cells) of every non-blank data row
    grid: list[list]  # the whole sheet as read (for the error copy of an .xls or .ods)

    def header_of(self, field_name: str) -> str:
        return self.headers.get(field_name) or field_header(field_name)


@dataclass
class WorkbookData:
    path: Path
    facts: WorkbookFacts
    sheets: dict[str, SheetRows] = field(default_factory=dict)  # kind name → sheet
    meta: dict[str, object] = field(default_factory=dict)
    template_places: list[tuple[str, str, str]] = field(default_factory=list)  # (street, community, code)
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (level, sheet, message)


def open_calamine(path: Path, facts: WorkbookFacts) -> python_calamine.CalamineWorkbook:
    """calamine picks the reader by extension; a renamed file is handed over as bytes instead."""
    try:
        if not facts.extension_mismatch:
            return python_calamine.CalamineWorkbook.from_path(str(path))
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
    except python_calamine.PasswordError:
        raise WorkbookRefused("工作簿设有打开密码，请在Excel或WPS中取消密码后另存，再导入") from None
    except (python_calamine.CalamineError, ValueError, OSError):
        raise WorkbookRefused("文件不完整或已损坏，无法读取；请在Excel或WPS中打开后另存为.xlsx再导入") from None


def read_workbook(path: Path, facts: WorkbookFacts | None = None) -> WorkbookData:
    """Every sheet the exchange format needs; WorkbookRefused when the file cannot be read at all."""
    facts = facts or check_workbook(path)
    book = open_calamine(path, facts)
    try:
        data = WorkbookData(path, facts)
        visible = []
        for meta in book.sheets_metadata:
            if meta.name == META_SHEET:
                _read_meta(_grid(book, meta.name), data)
            elif meta.name != LIST_SHEET:
                visible.append(meta.name)
        _find_sheets(book, visible, data)
        return data
    finally:
        book.close()


def _grid(book: python_calamine.CalamineWorkbook, name: str) -> list[list]:
    try:
        sheet = book.get_sheet_by_name(name)
        grid = sheet.to_python(skip_empty_area=False)
        merged = sheet.merged_cell_ranges
    except python_calamine.CalamineError:
        raise WorkbookRefused(f"工作表“{name}”已损坏，无法读取；请在Excel或WPS中打开后另存为.xlsx再导入", name) from None
    if merged:
        _fill_merged(grid, merged)
    return grid


def _fill_merged(grid: list[list], merged) -> None:
    """A merged 街道 cell spanning many rows counts for every row it covers."""
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(grid) or c0 >= len(grid[r0]):
            continue
        value = grid[r0][c0]
        if value == "" or value is None:
            continue
        for r in range(r0, min(r1 + 1, len(grid))):
            row = grid[r]
            for c in range(c0, min(c1 + 1, len(row))):
                if row[c] == "" or row[c] is None:
                    row[c] = value


def _read_meta(grid: list[list], data: WorkbookData) -> None:
    places = False
    for row in grid:
        cells = [c for c in row[:3]] + [""] * (3 - len(row[:3]))
        key = str(cells[0]).strip()
        if not key:
            continue
        if key == "places":
            places = True
            continue
        if places:
            data.template_places.append((key, str(cells[1]).strip(), _code_text(cells[2])))
        else:
            data.meta[key] = cells[1]


def _code_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


@dataclass
class _Header:
    row: int  # 0-based
    columns: dict[str, int]
    headers: dict[str, str]
    width: int
    duplicates: list[str]


def _find_header(grid: list[list], kind: SheetKind) -> _Header | None:
    best: _Header | None = None
    for r, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        headers: dict[str, str] = {}
        duplicates: list[str] = []
        last = 0
        for c, cell in enumerate(row):
            if not isinstance(cell, str) or not cell.strip():
                continue
            last = c + 1
            name = kind.headers.get(header_key(cell))
            if name is None:
                continue
            if name in columns:
                duplicates.append(cell.strip())
                continue
            columns[name] = c
            headers[name] = cell.strip()
        if len(columns) >= 2 and (best is None or len(columns) > len(best.columns)):
            best = _Header(r, columns, headers, last, duplicates)
    return best


def _usable(header: _Header | None, kind: SheetKind) -> bool:
    return header is not None and all(f in header.columns for f in kind.required) and (
        "street" in header.columns or "community_code" in header.columns
    )


def _find_sheets(book: python_calamine.CalamineWorkbook, names: list[str], data: WorkbookData) -> None:
    grids: dict[str, list[list]] = {}

    def grid(name: str) -> list[list]:
        if name not in grids:
            grids[name] = _grid(book, name)
        return grids[name]

    chosen: dict[str, tuple[str, _Header]] = {}
    # By name first: the canonical name, then names that say what the sheet is (妇代会情况表).
    for kind in KINDS:
        candidates = [n for n in names if n.strip() == kind.name] + [
            n for n in names if n.strip() != kind.name and kind_by_sheet_name(n) is kind
        ]
        for name in candidates:
            header = _find_header(grid(name), kind)
            if _usable(header, kind):
                chosen[kind.name] = (name, header)
                break
    # Else by headers, among the sheets not taken: the one whose header row fits best.
    for kind in KINDS:
        if kind.name in chosen:
            continue
        taken = {name for name, _ in chosen.values()}
        best = None
        for name in names:
            if name in taken:
                continue
            header = _find_header(grid(name), kind)
            if not _usable(header, kind) or not any(f in header.columns for f in kind.signature):
                continue
            other = next(k for k in KINDS if k is not kind)
            rival = _find_header(grid(name), other)
            if rival is not None and len(rival.columns) > len(header.columns):
                continue
            if best is None or len(header.columns) > len(best[1].columns):
                best = (name, header)
        if best is not None:
            chosen[kind.name] = best
    for kind in KINDS:
        if kind.name not in chosen:
            data.problems.append(("error", "", _missing_sheet_message(kind, names, grid)))
            continue
        name, header = chosen[kind.name]
        data.sheets[kind.name] = _sheet_rows(name, kind, header, grid(name))
        for text in header.duplicates:
            data.problems.append(("error", name, f"表头中“{text}”与另一列是同一项，请删除重复的列"))


def _missing_sheet_message(kind: SheetKind, names: list[str], grid) -> str:
    expected = "、".join(field_header(f) for f in kind.columns[:6])
    for name in names:
        if kind_by_sheet_name(name) is kind or name.strip() == kind.name:
            header = _find_header(grid(name), kind)
            found = header.columns if header else {}
            missing = [field_header(f) for f in kind.required if f not in found]
            if "street" not in found and "community_code" not in found:
                missing.insert(0, "街道（或社区代码）")
            return (f"工作表“{name}”中找不到{'、'.join(missing)}列；表头应在前{HEADER_SEARCH_ROWS}行内，"
                    f"列名如：{expected}…")
    return f"找不到“{kind.name}”工作表（或表头含{expected}…的工作表），请使用下发的模板填写"


def _sheet_rows(name: str, kind: SheetKind, header: _Header, grid: list[list]) -> SheetRows:
    mapped = sorted(header.columns.values())
    records: list[tuple[int, list]] = []
    for r in range(header.row + 1, len(grid)):
        row = grid[r]
        width = len(row)
        first = None
        for c in mapped:
            if c < width:
                v = row[c]
                if v != "" and v is not None and (v.__class__ is not str or v.strip()):
                    first = v
                    break
        if first is None:
            continue  # blank (or only a 序号 nobody filled in)
        if first.__class__ is str and first.lstrip()[:1] in _FOOTER_STARTS and _is_footer([row[c] for c in mapped if c < width]):
            continue
        records.append((r + 1, row))
    return SheetRows(name, kind, header.row + 1, header.columns, header.headers, header.width, records, grid)


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def _is_footer(values: list) -> bool:
    """填表人：张三 or 合计 in the first filled cell: a line under the table, not a record."""
    first = next((v for v in values if _filled(v)), None)
    if not isinstance(first, str):
        return False
    return fold(first).startswith(_FOOTERS) and sum(1 for v in values if _filled(v) and not _is_number(v)) <= 2


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, date, datetime)) and not isinstance(value, bool)
