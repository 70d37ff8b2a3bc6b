"""A read-only table base whose columns are record fields: titled by a label map, rows numbered."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from fdh_desktop.domain.records import yes_no

Index = QModelIndex | QPersistentModelIndex


class FieldTableModel(QAbstractTableModel):
    """Subclasses implement row_count() and data(); flags() here make cells selectable only."""

    def __init__(self, fields: tuple[str, ...], headers: Mapping[str, str], parent=None) -> None:
        super().__init__(parent)
        self._fields = fields
        self._headers = headers

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API), B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(self.header_label(self._fields[section])) if 0 <= section < len(self._fields) else None
        return str(section + 1)

    def header_label(self, field: str) -> str:
        """The untranslated header of a column (a subclass may make it follow its state)."""
        return self._headers[field]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def display(value: object, edit: bool = False) -> object:
    """A cell's value as shown (or, with edit, as an editor gets it): blank, 是/否, ISO date, text."""
    if value is None:
        return "" if not edit else None
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, date):
        return value if edit else value.isoformat()
    if isinstance(value, int) and not edit:
        return str(value)
    return value
