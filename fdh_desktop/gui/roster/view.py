"""The 班子成员名单 tab: every member of the term across the district, filterable and sortable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from fdh_desktop.services import district

from fdh_desktop.gui.forms.ui_roster_view import Ui_RosterView
from fdh_desktop.gui.roster.model import COLUMN, RosterModel

_WIDTHS = {
    "street": 80, "community": 120, "role": 80, "name": 76, "id_number": 160, "birth_date": 90, "age": 44,
    "ethnicity": 64, "political": 92, "education": 76, "party_post": 100, "committee_post": 76, "is_new": 44,
    "part_time": 60, "sector": 80, "phone": 110,
}


class RosterView(QWidget):
    member_activated = Signal(int, int, int)  # community_id, term, member_id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RosterView()
        self.ui.setupUi(self)
        self._store = None
        self._term: int | None = None
        self._stale = True
        self.model = RosterModel(self)
        table = self.ui.roster_table
        table.setModel(self.model)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        # Fixed row heights: the view never measures 100,000 rows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(24)
        for field, width in _WIDTHS.items():
            table.setColumnWidth(COLUMN[field], width)
        table.activated.connect(self._activated)
        self.model.modelReset.connect(self._update_count)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.ui.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.ui.filter_edit.returnPressed.connect(self._apply_filter)
        self.ui.street_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())

    def set_store(self, store) -> None:
        self._store = store
        self._fill_streets()
        self.model.configure(store=store)
        self.invalidate()

    def set_term(self, term: int) -> None:
        self._term = term
        self.model.configure(term=term)
        self.invalidate()

    def on_changes(self, changes) -> None:
        """A user action changed the district (services.changes.Changes): refresh what it touched."""
        if changes.places or changes.database:
            self._fill_streets()  # street names and the street list
        if changes.places or changes.touches_congress():
            self.invalidate()

    def invalidate(self) -> None:
        """The data changed: refresh now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.model.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fill_streets(self) -> None:
        combo = self.ui.street_combo
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("全部街道"), None)
            if self._store is not None:
                for street in district.streets(self._store):
                    combo.addItem(street.name, street.id)
        finally:
            combo.blockSignals(False)

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.configure(text=self.ui.filter_edit.text(), street_id=self.ui.street_combo.currentData())
        self.refresh()

    def _update_count(self) -> None:
        self.ui.count_label.setText(self.tr("共{0}人").format(self.model.rowCount()))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_object(index.row())
        if row is not None:
            self.member_activated.emit(row["community_id"], row["term"], row["id"])
