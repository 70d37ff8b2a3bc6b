"""Table models of the import dialog: the problems of the planned files, and one workbook row."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fdh_desktop.services.importing import FilePlan, FileProblem, show_value

from fdh_desktop.gui.common.list_model import ListTableModel
from fdh_desktop.gui.common.roles import ROW_ROLE, SORT_ROLE

LEVEL, FILE, SHEET, ROW, COLUMN, VALUE, MESSAGE = range(7)

_ERROR = QBrush(QColor("#b71c1c"))
_WARNING = QBrush(QColor("#8a6100"))
_MARK = QBrush(QColor("#fde0e0"))


class FileProblemsModel(ListTableModel):
    """Every error and warning of the checked files, errors first."""

    HEADERS = (QT_TRANSLATE_NOOP("FileProblemsModel", "级别"), QT_TRANSLATE_NOOP("FileProblemsModel", "文件"),
               QT_TRANSLATE_NOOP("FileProblemsModel", "工作表"), QT_TRANSLATE_NOOP("FileProblemsModel", "行"),
               QT_TRANSLATE_NOOP("FileProblemsModel", "列"), QT_TRANSLATE_NOOP("FileProblemsModel", "值"),
               QT_TRANSLATE_NOOP("FileProblemsModel", "说明"))

    def set_plans(self, plans: list[FilePlan]) -> None:
        rows = [(fp, p) for fp in plans for p in fp.problems]
        rows.sort(key=lambda item: (not item[1].is_error,))
        self.replace_rows(rows)

    def entry(self, row: int) -> tuple[FilePlan, FileProblem]:
        return self.row_object(row)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        _plan, problem = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return problem
        if role == SORT_ROLE:
            return (
                0 if problem.is_error else 1, problem.file, problem.sheet, problem.row or 0, problem.column,
                show_value(problem.value), problem.message,
            )[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == LEVEL:
                return self.tr("错误") if problem.is_error else self.tr("提醒")
            if column == ROW:
                return "" if problem.row is None else str(problem.row)
            return (None, problem.file, problem.sheet, None, problem.column, show_value(problem.value), problem.message)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == LEVEL:
            return _ERROR if problem.is_error else _WARNING
        return None


def row_values(plan: FilePlan, problem: FileProblem) -> list[tuple[str, object, bool]]:
    """(header, value, is the faulty cell) of the problem's row, as the workbook has them."""
    workbook = plan.workbook
    if workbook is None or problem.row is None:
        return []
    sheet = next((s for s in workbook.sheets.values() if s.name == problem.sheet), None)
    if sheet is None or not 0 < problem.row <= len(sheet.grid):
        return []
    cells = sheet.grid[problem.row - 1]
    header_cells = sheet.grid[sheet.header_row - 1] if 0 < sheet.header_row <= len(sheet.grid) else []
    width = max(sheet.width, len(cells))
    result = []
    for col in range(width):
        header = header_cells[col] if col < len(header_cells) else None
        value = cells[col] if col < len(cells) else None
        if header in (None, "") and value in (None, ""):
            continue
        title = str(header).strip() if header not in (None, "") else QCoreApplication.translate("RowValuesModel", "第{0}列").format(col + 1)
        result.append((title, value, col == problem.col))
    return result


class RowValuesModel(ListTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("RowValuesModel", "列"), QT_TRANSLATE_NOOP("RowValuesModel", "值"))

    def __init__(self, values: list[tuple[str, object, bool]], parent=None) -> None:
        super().__init__(parent)
        self.replace_rows(values)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        header, value, faulty = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return header if index.column() == 0 else show_value(value, limit=200)
        if role == ROW_ROLE:
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and faulty:
            return _MARK
        return None
