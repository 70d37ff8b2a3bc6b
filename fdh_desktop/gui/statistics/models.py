"""Table models of the 统计 tab: a statistics table (reports.tables.Table) and the people behind
one of its figures (the drill-down list)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from fdh_desktop.domain.records import yes_no
from fdh_desktop.reports.tables import Table

from fdh_desktop.gui.common.roles import ROW_ROLE, SORT_ROLE

# The reports.drill.Drill behind a count cell, None elsewhere.
DRILL_ROLE = Qt.ItemDataRole.UserRole + 10

_LINK = QColor("#1a56b0")

Index = QModelIndex | QPersistentModelIndex


def _number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value).rstrip("%")
    try:
        return float(text)
    except ValueError:
        return None


class StatsTableModel(QAbstractTableModel):
    """One statistics table; count cells with records behind them look like links."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._total_row = False

    def set_table(self, table: Table | None, total_row: bool = False) -> None:
        self.beginResetModel()
        self._table = table
        self._total_row = total_row
        self.endResetModel()

    def table(self) -> Table | None:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self._table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        return self.header_text(section)

    def header_text(self, column: int) -> str:
        """'居委会主任\n人数' for a column under a group heading, else its own heading."""
        assert self._table is not None
        col = 0
        for label, span in self._table.header_groups:
            if col <= column < col + span:
                return f"{label}\n{self._table.headers[column]}" if label else self._table.headers[column]
            col += span
        return self._table.headers[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._table is None:
            return None
        value = self._table.rows[index.row()][index.column()]
        drill = self._table.drill.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() > 0 and (_number(value) is not None or value in ("—", "")):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and drill is not None:
            return QBrush(_LINK)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if self._total_row and index.row() == len(self._table.rows) - 1:
                font.setBold(True)
            if drill is not None:
                font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and drill is not None:
            return self.tr("单击查看这{0}条记录").format(value)
        if role == DRILL_ROLE:
            return drill
        if role == ROW_ROLE:
            return self._table.rows[index.row()]
        if role == SORT_ROLE:
            number = _number(value)
            return number if number is not None else str(value)
        return None


# Headers are marked for Qt Linguist here and translated where shown (headerData).
CHAIR_COLUMNS = [
    ("street", QT_TRANSLATE_NOOP("PeopleModel", "街道")),
    ("community", QT_TRANSLATE_NOOP("PeopleModel", "社区")),
    ("name", QT_TRANSLATE_NOOP("PeopleModel", "姓名")),
    ("age", QT_TRANSLATE_NOOP("PeopleModel", "年龄")),
    ("rc_post", QT_TRANSLATE_NOOP("PeopleModel", "居委会任职")),
    ("education", QT_TRANSLATE_NOOP("PeopleModel", "文化程度")),
    ("political", QT_TRANSLATE_NOOP("PeopleModel", "政治面貌")),
    ("is_new", QT_TRANSLATE_NOOP("PeopleModel", "新任")),
    ("progress", QT_TRANSLATE_NOOP("PeopleModel", "换届进度")),
]
CONGRESS_COLUMNS = [
    ("street", QT_TRANSLATE_NOOP("PeopleModel", "街道")),
    ("community", QT_TRANSLATE_NOOP("PeopleModel", "社区")),
    ("should_establish", QT_TRANSLATE_NOOP("PeopleModel", "是否应建")),
    ("established", QT_TRANSLATE_NOOP("PeopleModel", "是否建立")),
    ("progress", QT_TRANSLATE_NOOP("PeopleModel", "换届进度")),
    ("election_date", QT_TRANSLATE_NOOP("PeopleModel", "换届日期")),
    ("chairs", QT_TRANSLATE_NOOP("PeopleModel", "主任人数")),
    ("reps_total", QT_TRANSLATE_NOOP("PeopleModel", "代表总数")),
    ("reps_units", QT_TRANSLATE_NOOP("PeopleModel", "社区单位代表")),
    ("reps_migrants", QT_TRANSLATE_NOOP("PeopleModel", "外来人员代表")),
]
# Every 执委 of a 妇联 term (reports.federation_drill): role and the two 两委 fields.
PEOPLE_COLUMNS = [
    ("street", QT_TRANSLATE_NOOP("PeopleModel", "街道")),
    ("community", QT_TRANSLATE_NOOP("PeopleModel", "社区")),
    ("role", QT_TRANSLATE_NOOP("PeopleModel", "职务")),
    ("name", QT_TRANSLATE_NOOP("PeopleModel", "姓名")),
    ("age", QT_TRANSLATE_NOOP("PeopleModel", "年龄")),
    ("ethnicity", QT_TRANSLATE_NOOP("PeopleModel", "民族")),
    ("party_post", QT_TRANSLATE_NOOP("PeopleModel", "社区党组织职务")),
    ("committee_post", QT_TRANSLATE_NOOP("PeopleModel", "居委会职务")),
    ("education", QT_TRANSLATE_NOOP("PeopleModel", "文化程度")),
    ("political", QT_TRANSLATE_NOOP("PeopleModel", "政治面貌")),
    ("is_new", QT_TRANSLATE_NOOP("PeopleModel", "新当选")),
    ("progress", QT_TRANSLATE_NOOP("PeopleModel", "换届进度")),
]
_YES_NO = {"is_new", "should_establish", "established"}


class PeopleModel(QAbstractTableModel):
    """The chairs (or congresses) behind one figure, as the store's detail rows give them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._columns = CHAIR_COLUMNS
        self.term: int | None = None

    def set_rows(self, rows: list[dict], congress_rows: bool, term: int | None, people: bool = False) -> None:
        self.beginResetModel()
        self._rows = rows
        self._columns = CONGRESS_COLUMNS if congress_rows else PEOPLE_COLUMNS if people else CHAIR_COLUMNS
        self.term = term
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PeopleModel", self._columns[section][1])
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = self._columns[index.column()][0]
        value = row.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key in _YES_NO:
                return yes_no(None if value is None else bool(value))
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int) and key not in _YES_NO:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("双击打开该社区")
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return value if isinstance(value, (int, float)) else ("" if value is None else str(value))
        return None

    def row_object(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
