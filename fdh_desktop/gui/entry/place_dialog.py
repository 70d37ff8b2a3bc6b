"""Add or change a street or a community: name, code, street (a move), pilot flag."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from fdh_desktop.domain.records import Community, Street

from fdh_desktop.gui.forms.ui_place_dialog import Ui_PlaceDialog
from fdh_desktop.gui.messages import chinese_buttons
from fdh_desktop.services import places
from fdh_desktop.services.changes import NOTHING


class PlaceDialog(QDialog):
    """Writes through services.places when accepted (`changes` then says what changed); a refusal
    is shown in the dialog, which stays open."""

    def __init__(self, store, parent: QWidget | None = None, *, street: Street | None = None,
                 community: Community | None = None, new_community_street: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlaceDialog()
        self.ui.setupUi(self)
        chinese_buttons(self.ui.button_box)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._store = store
        self._street = street
        self._community = community
        self.result_place: Street | Community | None = None
        self.changes = NOTHING
        self._is_community = community is not None or new_community_street is not None
        self.ui.message_label.setStyleSheet("color: #b71c1c;")

        if self._is_community:
            for s in places.streets(store):
                self.ui.street_combo.addItem(s.name, s.id)
            selected = community.street_id if community else new_community_street
            self.ui.street_combo.setCurrentIndex(max(0, self.ui.street_combo.findData(selected)))
            self.ui.pilot_check.hide()
            self.ui.code_edit.setPlaceholderText(self.tr("12位统计用区划代码，可不填"))
            self.setWindowTitle(self.tr("修改社区") if community else self.tr("新增社区"))
            self.ui.name_label.setText(self.tr("社区名称"))
            if community:
                self.ui.name_edit.setText(community.name)
                self.ui.code_edit.setText(community.code or "")
        else:
            self.ui.street_label.hide()
            self.ui.street_combo.hide()
            self.setWindowTitle(self.tr("修改街道") if street else self.tr("新增街道"))
            self.ui.name_label.setText(self.tr("街道名称"))
            if street:
                self.ui.name_edit.setText(street.name)
                self.ui.code_edit.setText(street.code or "")
                self.ui.pilot_check.setChecked(street.pilot)
        self.ui.name_edit.selectAll()
        self.ui.name_edit.setFocus()

    def accept(self) -> None:
        StoreError = places.store_error()  # noqa: N806 (storage is off the start path)

        name = self.ui.name_edit.text().strip()
        code = self.ui.code_edit.text().strip()
        if not name:
            self._refuse(self.tr("名称不能为空"))
            return
        try:
            if self._is_community:
                street_id = self.ui.street_combo.currentData()
                if self._community is None:
                    self.result_place, self.changes = places.add_community(self._store, street_id, name, code or None)
                else:
                    self.result_place, self.changes = places.update_community(
                        self._store, self._community.id, name=name, street_id=street_id, code=code)
            elif self._street is None:
                self.result_place, self.changes = places.add_street(
                    self._store, name, code or None, self.ui.pilot_check.isChecked())
            else:
                self.result_place, self.changes = places.update_street(
                    self._store, self._street.id, name=name, code=code, pilot=self.ui.pilot_check.isChecked())
        except StoreError as exc:
            self._refuse(str(exc))
            return
        super().accept()

    def _refuse(self, message: str) -> None:
        self.ui.message_label.setText(message)
        self.ui.name_edit.setFocus()
        self.ui.name_edit.selectAll()
