"""The search box: a person by any part of her name or ID number, across the district and terms;
choosing one jumps to her community."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from fdh_desktop.domain.idcard import mask_id_number
from fdh_desktop.domain.records import term_label

from fdh_desktop.gui.common.roles import ROW_ROLE
from fdh_desktop.services import places

MAX_RESULTS = 50
# The text a chosen result leaves in the box: the person's name, not the whole line.
NAME_ROLE = Qt.ItemDataRole.UserRole + 20


class PersonSearch(QObject):
    person_chosen = Signal(int, int, int)  # community_id, term, member_id
    nothing_found = Signal(str)

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._store = None
        self._results: list[dict] = []
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._update)
        edit.textEdited.connect(lambda _t: self._timer.start())
        edit.returnPressed.connect(self.choose_first)

    def set_store(self, store) -> None:
        self._store = store
        self._results = []
        self.model.clear()

    def search(self, text: str) -> list[dict]:
        if self._store is None or not text.strip():
            return []
        return places.search_people(self._store, text, limit=MAX_RESULTS)

    def _update(self) -> None:
        text = self._edit.text()
        self._results = self.search(text)
        self.model.clear()
        for row in self._results:
            number = mask_id_number(row["id_number"]) if row["id_number"] else ""
            item = QStandardItem(
                f"{row['name']}　{row['role']}　{row['street']} {row['community']}　{term_label(row['term'])}"
                + (f"　{number}" if number else "")
            )
            item.setData(row, ROW_ROLE)
            item.setData(row["name"], NAME_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self._results:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def results(self) -> list[dict]:
        return list(self._results)

    def choose_first(self) -> None:
        """Enter in the box: go to the first person found (searching now if the timer is pending)."""
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer handles Enter on its own selection
        if self._timer.isActive() or not self._results:
            self._timer.stop()
            self._update()
        if self._results:
            self.completer.popup().hide()
            self._emit(self._results[0])
        elif self._edit.text().strip():
            self.nothing_found.emit(self._edit.text().strip())

    def _chosen(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self._emit(row)

    def _emit(self, row: dict) -> None:
        self.person_chosen.emit(row["community_id"], row["term"], row["id"])
