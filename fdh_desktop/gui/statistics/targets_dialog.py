"""目标设置: the district's target checks (services.targets), edited as rows of 项目, 目标值 and an
optional name, saved in one action when the clerk presses 确定."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QHeaderView, QTableWidgetItem, QWidget

from fdh_desktop.domain.federation_statistics import Target
from fdh_desktop.services import targets as targets_service
from fdh_desktop.services.changes import Changes
from fdh_desktop.services.statistics import StoreError

from fdh_desktop.gui import messages
from fdh_desktop.gui.forms.ui_targets_dialog import Ui_TargetsDialog

MEASURE_COLUMN, AIM_COLUMN, NAME_COLUMN = 0, 1, 2


class TargetsDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targets_dialog")
        self.ui = Ui_TargetsDialog()
        self.ui.setupUi(self)
        self._store = store
        self._choices = targets_service.measure_choices(store)
        self.changes = Changes()
        ui = self.ui
        header = ui.targets_table.horizontalHeader()
        header.setSectionResizeMode(MEASURE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AIM_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        ui.add_button.clicked.connect(lambda: self.add_row(Target(self._choices[0].measure)))
        ui.remove_button.clicked.connect(self.remove_current)
        ui.defaults_button.clicked.connect(lambda: self.set_targets(list(targets_service.DEFAULT_TARGETS)))
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.set_targets(targets_service.targets(store))

    def set_targets(self, targets: list[Target]) -> None:
        self.ui.targets_table.setRowCount(0)
        for target in targets:
            self.add_row(target)

    def add_row(self, target: Target) -> int:
        table = self.ui.targets_table
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox(table)
        combo.setObjectName(f"measure_combo_{row}")
        for choice in self._choices:
            combo.addItem(choice.label, choice.measure)
        combo.setCurrentIndex(max(combo.findData(target.measure), 0))
        table.setCellWidget(row, MEASURE_COLUMN, combo)
        aim = QDoubleSpinBox(table)
        aim.setObjectName(f"aim_spin_{row}")
        aim.setRange(0, 100)
        aim.setDecimals(1)
        aim.setSuffix("%")
        aim.setValue(float(target.aim))
        table.setCellWidget(row, AIM_COLUMN, aim)
        table.setItem(row, NAME_COLUMN, QTableWidgetItem(target.name or ""))
        table.setCurrentCell(row, NAME_COLUMN)
        return row

    def remove_current(self) -> None:
        row = self.ui.targets_table.currentRow()
        if row >= 0:
            self.ui.targets_table.removeRow(row)

    def targets(self) -> list[Target]:
        """The rows as typed."""
        table = self.ui.targets_table
        result = []
        for row in range(table.rowCount()):
            measure = table.cellWidget(row, MEASURE_COLUMN).currentData()
            aim = table.cellWidget(row, AIM_COLUMN).value()
            item = table.item(row, NAME_COLUMN)
            name = item.text().strip() if item is not None else ""
            result.append(Target(measure, f"{aim:g}", name or None))
        return result

    def save(self) -> None:
        try:
            self.changes = targets_service.save_targets(self._store, self.targets())
        except StoreError as exc:
            messages.error(self, self.tr("无法保存目标设置"), str(exc))
            return
        self.accept()
