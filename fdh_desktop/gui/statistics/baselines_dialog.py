"""上届基数: the published figures of last term, for a comparison when its records were never entered.

The frame is the Designer form ui/baselines_dialog.ui; the figures' inputs are added from
services.baselines.fields_of (they follow the district's age bands).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from fdh_desktop.domain.records import term_label
from fdh_desktop.domain.rounding import round_half_up
from fdh_desktop.services import baselines as baselines_service
from fdh_desktop.services.baselines import AGE_MEAN_KEY
from fdh_desktop.services.changes import Changes
from fdh_desktop.services.statistics import StoreError, choices

from fdh_desktop.gui import messages
from fdh_desktop.gui.forms.ui_baselines_dialog import Ui_BaselinesDialog

NOT_ENTERED = -1


class BaselinesDialog(QDialog):
    """Figures of term `previous` for the district or one street; every scope edited is saved in
    one action. After exec(), `changes` says what the save changed."""

    def __init__(self, store, previous: int, street: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("baselines_dialog")
        self.ui = Ui_BaselinesDialog()
        self.ui.setupUi(self)
        self.store = store
        self.previous = previous
        self.changes = Changes()
        self.setWindowTitle(self.tr("上届基数（{0}）").format(term_label(previous)))
        self._fields = baselines_service.fields_of(store)
        self._streets = choices(store).streets
        self._pending: dict[str | None, dict[str, int]] = {}
        self._loading = False

        ui = self.ui
        ui.intro_label.setText(self.tr(
            "{0}没有人员记录时，可在此录入当年公布的数字（如当年工作总结中的人数），"
            "统计时用来与本届对比。未填的项目按0计。{0}已有人员记录的范围以记录为准。"
        ).format(term_label(previous)))
        ui.scope_combo.addItem(self.tr("全区"), None)
        for name in self._streets:
            ui.scope_combo.addItem(name, name)

        self.inputs: dict[str, QSpinBox | QDoubleSpinBox] = {}
        boxes: dict[str, QFormLayout] = {}
        for f in self._fields:
            if f.group not in boxes:
                box = QGroupBox(f.group, self)
                box.setObjectName(f"group_{len(boxes)}_box")
                boxes[f.group] = QFormLayout(box)
                n = len(boxes) - 1
                ui.fields_layout.addWidget(box, n // 3 if n < 6 else 2, n % 3 if n < 6 else n - 6)
            boxes[f.group].addRow(f.label, self._input(f.key, f.unit))

        ui.save_button.clicked.connect(self.save)
        ui.clear_button.clicked.connect(self.clear)
        ui.cancel_button.clicked.connect(self.reject)
        self._scope: str | None = street
        ui.scope_combo.setCurrentIndex(max(ui.scope_combo.findData(street), 0))
        ui.scope_combo.currentIndexChanged.connect(self._scope_changed)
        self._load(street)

    def _input(self, key: str, unit: str) -> QWidget:
        if key == AGE_MEAN_KEY:
            box: QSpinBox | QDoubleSpinBox = QDoubleSpinBox(self)
            box.setDecimals(1)
            box.setRange(0.0, 99.9)
        else:
            box = QSpinBox(self)
            box.setRange(NOT_ENTERED, 999999)
        box.setSpecialValueText(self.tr("未填"))
        box.setSuffix(f" {unit}")
        box.setObjectName(f"input_{key}")
        box.valueChanged.connect(self._changed)
        self.inputs[key] = box
        return box

    # -- values ---------------------------------------------------------------------------------

    def values(self) -> dict[str, int]:
        """The entered figures of the scope shown (未填 left out)."""
        found = {}
        for key, box in self.inputs.items():
            if key == AGE_MEAN_KEY:
                if box.value() > 0:
                    found[key] = int(round_half_up(Decimal(str(box.value())) * 10, 0))
            elif box.value() != NOT_ENTERED:
                found[key] = int(box.value())
        return found

    def set_values(self, values: dict[str, int]) -> None:
        self._loading = True
        for key, box in self.inputs.items():
            if key == AGE_MEAN_KEY:
                box.setValue(values[key] / 10 if key in values else 0.0)
            else:
                box.setValue(values.get(key, NOT_ENTERED))
        self._loading = False
        self._changed()

    def _load(self, street: str | None) -> None:
        self._scope = street
        if street in self._pending:
            values = self._pending[street]
        else:
            values = baselines_service.load_baselines(self.store, self.previous, street)
        self.set_values(values)
        if baselines_service.has_records(self.store, self.previous, street):
            self.ui.status_label.setText(
                self.tr("注意：{0}（{1}）已有人员记录，统计以记录为准，这里的数字不会被使用。")
                .format(term_label(self.previous), street or self.tr("全区")))
        elif street is None and self._streets:
            self.ui.status_label.setText(self.tr("全区未填时，按各街道所填数字之和对比（平均年龄、最大、最小年龄除外）。"))
        else:
            self.ui.status_label.setText("")

    def _scope_changed(self) -> None:
        self._pending[self._scope] = self.values()
        self._load(self.ui.scope_combo.currentData())

    def _changed(self) -> None:
        if self._loading:
            return
        v = self.values()
        chairs = v.get("chairs")
        notes = []
        if chairs is not None:
            for prefix, name in (("post:", self.tr("居委会任职各项")), ("age_band:", self.tr("年龄段各项")),
                                 ("education:", self.tr("文化程度各项"))):
                added = sum(n for k, n in v.items() if k.startswith(prefix))
                if any(k.startswith(prefix) for k in v) and added != chairs:
                    notes.append(self.tr("{0}之和{1}人，与主任人数{2}人不等").format(name, added, chairs))
        if v.get("established", 0) > v.get("should_establish", 10**9):
            notes.append(self.tr("实建多于应建"))
        self.ui.check_label.setText(self.tr("；").join(notes))
        self.ui.check_label.setStyleSheet("color: #b03a2e;" if notes else "")

    # -- actions --------------------------------------------------------------------------------

    def clear(self) -> None:
        self.set_values({})

    def save(self) -> None:
        self._pending[self._scope] = self.values()
        try:
            self.changes = baselines_service.save_baselines_by_scope(self.store, self.previous, self._pending)
        except StoreError as exc:
            messages.error(self, self.tr("无法保存上届基数"), str(exc))
            return
        self.accept()
