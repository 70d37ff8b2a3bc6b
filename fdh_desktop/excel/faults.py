"""Cells whose value calamine cannot give honestly, and values that must not be cleaned as typed.

python-calamine hands an Excel error (#N/A from a failed VLOOKUP) and a formula saved without a
computed result over as blank cells, so a member would be written without an ID and without a
word. hostile.py finds those cells in the file; the reader puts a CellFault in their place, and
the row cleaner turns any fault into an error naming the cell. Text that spells an error value
(pasted as values) and a TRUE/FALSE where a name or other text belongs are faults too.
"""

from __future__ import annotations

import re

from fdh_desktop.domain.labels import label
from fdh_desktop.domain.problems import ERROR, Problem

# Excel's and WPS's error values, and LibreOffice's "Err:502" spelling.
ERROR_VALUES = frozenset({
    "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!",
    "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#BUSY!", "#CONNECT!", "#UNKNOWN!", "#N/A!", "#NV",
})
_LIBREOFFICE_ERROR = re.compile(r"Err:\d{3}", re.ASCII)

# Fields holding free text or a name: a logical value there is a mistake, never "True".
TEXT_ONLY_FIELDS = frozenset({"street", "community", "community_code", "name", "instructor", "workplace", "note",
                              "phone"})

_UNCOMPUTED = "公式没有计算结果，请在Excel中打开并保存后再交回"


class CellFault(str):
    """A cell calamine read as blank that is not: its text is what the clerk sees in Excel (the
    error value, or the formula)."""

    kind: str

    def __new__(cls, text: str, kind: str) -> CellFault:
        fault = super().__new__(cls, text)
        fault.kind = kind
        return fault

    @property
    def message(self) -> str:
        if self.kind == "formula":
            return _UNCOMPUTED
        return _error_value_message(str(self))


def _error_value_message(text: str) -> str:
    return f"单元格是Excel错误值“{text}”（公式没有得到结果，例如VLOOKUP没有找到），请改为实际内容"


def fault_message(field: str, value: object) -> str | None:
    """Why `value` in `field` must not be cleaned as it stands, or None when it may be."""
    if value.__class__ is CellFault:
        return value.message
    if value.__class__ is str:
        text = value.strip()
        if text[:1] in ("#", "E") and (text.upper() in ERROR_VALUES or _LIBREOFFICE_ERROR.fullmatch(text)):
            return _error_value_message(text)
        return None
    if value.__class__ is bool and field in TEXT_ONLY_FIELDS:
        return f"{label(field)}应为文字，单元格却是逻辑值{'TRUE' if value else 'FALSE'}，请改为实际内容"
    return None


def fault_problem(field: str, value: object) -> Problem | None:
    message = fault_message(field, value)
    return None if message is None else Problem(ERROR, field, message, value)


def show_fault(value: object) -> str:
    """A faulty cell as the clerk sees it in Excel (TRUE, #N/A, the formula)."""
    if value.__class__ is bool:
        return "TRUE" if value else "FALSE"
    return str(value)


def place_faults(grid: list[list], faults: list[tuple[int, int, str, str]]) -> None:
    """Put each fault of a sheet into its grid (rows as calamine returned them), widening as needed."""
    for row, col, kind, text in faults:
        while len(grid) <= row:
            grid.append([])
        cells = grid[row]
        if len(cells) <= col:
            cells.extend([""] * (col + 1 - len(cells)))
        if cells[col] in ("", None) or kind == "error" or (kind == "formula" and cells[col] in (0, 0.0)):
            cells[col] = CellFault(text, kind)
