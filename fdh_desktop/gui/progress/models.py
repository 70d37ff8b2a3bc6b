"""Table models of the 进度 tab: one table of figures whose cells carry the communities behind
them (clicking a count lists them), and the list of communities below it (double-click opens one)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from fdh_desktop.domain.campaign import STAGES, CommunityProgress

from fdh_desktop.gui.common.roles import ROW_ROLE, SORT_ROLE

# The communities behind a cell (list[CommunityProgress]) and what they are (a title), None elsewhere.
DRILL_ROLE = Qt.ItemDataRole.UserRole + 30

_LINK = QColor("#1a56b0")
_LATE = QColor("#b71c1c")

Index = QModelIndex | QPersistentModelIndex


@dataclass
class FigureRow:
    """One row: its cells, and for some cells the communities behind them with a description."""

    cells: list[object]
    drills: dict[int, tuple[str, list[CommunityProgress]]] = field(default_factory=dict)
    community: CommunityProgress | None = None  # a row that is one community (overdue list)
    total: bool = False  # the 合计 row, in bold
    late: bool = False  # shown in red (overdue, no return)


class FigureTableModel(QAbstractTableModel):
    """Read-only rows of figures; count cells with communities behind them look like links."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[FigureRow] = []

    def set_rows(self, rows: list[FigureRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_object(self, row: int) -> FigureRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row.cells[index.column()]
        drill = row.drills.get(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return value
        if role == DRILL_ROLE:
            return drill
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.late and index.column() == 0:
                return QBrush(_LATE)
            if drill is not None and drill[1]:
                return QBrush(_LINK)
        if role == Qt.ItemDataRole.FontRole and (row.total or (drill is not None and drill[1])):
            font = QFont()
            font.setBold(row.total)
            font.setUnderline(drill is not None and bool(drill[1]))
            return font
        if role == Qt.ItemDataRole.ToolTipRole and drill is not None and drill[1]:
            return QCoreApplication.translate("FigureTableModel", "单击列出这些社区")
        return None


COMMUNITY_HEADERS = [QT_TRANSLATE_NOOP("CommunityListModel", "街道"), QT_TRANSLATE_NOOP("CommunityListModel", "社区"),
                     QT_TRANSLATE_NOOP("CommunityListModel", "换届进度"), QT_TRANSLATE_NOOP("CommunityListModel", "指导员"),
                     *(f"{s}日期" for s in STAGES)]  # not UI text to translate: stage names are data


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


class CommunityListModel(QAbstractTableModel):
    """The communities behind a figure, with their stage (as of the board's day) and stage dates."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CommunityProgress] = []
        self._as_of: date | None = None

    def set_rows(self, rows: list[CommunityProgress], as_of: date | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._as_of = as_of
        self.endResetModel()

    def row_object(self, row: int) -> CommunityProgress:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COMMUNITY_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CommunityListModel", COMMUNITY_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        if role == ROW_ROLE:
            return c
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column < 4:
            return (c.street, c.community, c.stage_on(self._as_of), c.instructor)[column]
        stage = STAGES[column - 4]
        day = c.stage_dates.get(stage)
        return day_text(day) if day and (self._as_of is None or day <= self._as_of) else ""
