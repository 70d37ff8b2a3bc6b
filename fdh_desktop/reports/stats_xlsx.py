"""The statistics tables as an Excel workbook, formatted for printing, numbers as numbers.

Same tables as the PDF (reports.html.Section): one sheet per printed part. A share is stored as
the printed, rounded figure (36.8% is the number 0.368 shown as 0.0%), so the workbook and the
paper never differ; a change keeps its sign in the number format (+4.9).
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .html import BLANK, SIGNATURE_FIELDS, Section, Signature, check_writable
from .tables import ROUNDING_NOTE, Table

_NUMBER = re.compile(r"([+-]?)(\d+)(?:\.(\d+))?(%?)")
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="EEEEEE")
_FONT = "宋体"


def cell_value(value: object) -> tuple[object, str | None]:
    """A table cell as (value, number format): '36.8%' → (0.368, '0.0%'), '+7' → (7, '+0;-0;0')."""
    if isinstance(value, bool) or value is None:
        return ("" if value is None else str(value)), None
    if isinstance(value, int):
        return value, "0"
    text = str(value)
    match = _NUMBER.fullmatch(text)
    if not match:
        return text, None
    sign, _, fraction, pct = match.groups()
    places = len(fraction or "")
    number = Decimal(text.rstrip("%"))
    fmt = "0" + ("." + "0" * places if places else "")
    if pct:
        fmt += "%"
        result: object = float(number / 100)
    else:
        result = float(number) if places else int(number)
    if sign == "+":
        fmt = f"+{fmt};-{fmt};{fmt}"
    return result, fmt


def _sheet_name(title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "", title)[:28] or "统计表"
    base, n = name, 2
    while name in used:
        name = f"{base[:26]}{n}"
        n += 1
    used.add(name)
    return name


def write_stats_workbook(path: str | Path, sections: list[Section], signature: Signature) -> None:
    """Write one sheet per section. OSError (in Chinese) when the file cannot be written."""
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for section in sections:
        ws = wb.create_sheet(_sheet_name(section.name or section.title, used))
        _fill_sheet(ws, section, signature)
    path = Path(path)
    check_writable(path)
    try:
        wb.save(path)
    except PermissionError:
        raise OSError(f"无法写入{path}：文件可能正在Excel中打开，请关闭后重试") from None


def _fill_sheet(ws: Worksheet, section: Section, signature: Signature) -> None:
    tables = section.tables
    width = max(len(t.headers) for t in tables)
    row = 1
    for label, value in signature.header_lines:  # 表号, 制表机关, 文号, 有效期至: top right, as printed
        ws.cell(row, width, f"{label}：{value or BLANK}").font = Font(name=_FONT, size=9)
        ws.cell(row, width).alignment = Alignment(horizontal="left")
        row += 1
    ws.cell(row, 1, section.title).font = Font(name=_FONT, size=16, bold=True)
    ws.cell(row, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    ws.row_dimensions[row].height = 30
    row += 1
    ws.cell(row, 1, f"填报单位（盖章）：{signature.unit}").font = Font(name=_FONT, size=10)
    unit = tables[0].unit if len(tables) == 1 and tables[0].unit else "单位：个、人、岁、%"
    ws.cell(row, width, unit).font = Font(name=_FONT, size=10)
    ws.cell(row, width).alignment = Alignment(horizontal="right")
    row += 1
    title_rows = None
    widths = [0] * width
    for index, table in enumerate(tables):
        if len(tables) > 1:
            ws.cell(row, 1, f"{_ordinal(index + 1)}、{table.title}").font = Font(name=_FONT, size=11, bold=True)
            row += 1
        first_header = row
        row = _header(ws, table, row, widths)
        if len(tables) == 1:
            title_rows = f"{first_header}:{row - 1}"
            ws.freeze_panes = ws.cell(row, 2)
        row = _body(ws, table, row, widths, total_row=len(tables) == 1)
        row += 1
    sign = "    ".join(f"{SIGNATURE_FIELDS[k]}：{getattr(signature, k) or '　' * 4}"
                       for k in ("head", "statistician", "preparer", "phone", "date"))
    ws.cell(row, 1, sign).font = Font(name=_FONT, size=10)
    ws.cell(row + 1, 1, ROUNDING_NOTE).font = Font(name=_FONT, size=9)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(6, min(w + 2, 28))
    _print_setup(ws, section, title_rows)


def _header(ws: Worksheet, table: Table, row: int, widths: list[int]) -> int:
    head_font = Font(name=_FONT, size=10, bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    two = any(label for label, _ in table.header_groups)
    rows = 2 if two else 1
    for r in range(row, row + rows):
        for c in range(1, len(table.headers) + 1):
            cell = ws.cell(r, c)
            cell.font, cell.alignment, cell.border, cell.fill = head_font, centre, _BOX, _HEAD_FILL
    if two:
        col = 1
        for label, span in table.header_groups:
            if span == 1 and not label:
                ws.cell(row, col, table.headers[col - 1])
                ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
            else:
                ws.cell(row, col, label)
                if span > 1:
                    ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + span - 1)
                for c in range(col, col + span):
                    ws.cell(row + 1, c, table.headers[c - 1])
            col += span
    else:
        for c, h in enumerate(table.headers, start=1):
            ws.cell(row, c, h)
    for c, h in enumerate(table.headers):
        widths[c] = max(widths[c], _text_width(h) if len(h) <= 8 else 12)
    return row + rows


def _body(ws: Worksheet, table: Table, row: int, widths: list[int], total_row: bool) -> int:
    for r, values in enumerate(table.rows):
        bold = total_row and r == len(table.rows) - 1
        for c, value in enumerate(values, start=1):
            number, fmt = cell_value(value) if c > 1 else (value, None)
            cell = ws.cell(row, c, number)
            cell.border = _BOX
            cell.font = Font(name=_FONT, size=10, bold=bold)
            if fmt:
                cell.number_format = fmt
                cell.alignment = Alignment(horizontal="right")
            widths[c - 1] = max(widths[c - 1], _text_width(str(value)))
        row += 1
    return row


def _print_setup(ws: Worksheet, section: Section, title_rows: str | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3 if section.paper == "A3" else ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.8
    ws.page_margins.footer = 0.3
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _text_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _ordinal(n: int) -> str:
    from fdh_desktop.domain.records import chinese_number

    return chinese_number(n)
