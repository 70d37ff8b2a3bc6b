"""上届基数: the published figures of last term, for a comparison when its records were never entered."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fdh_desktop.domain.records import term_label
from fdh_desktop.domain.rounding import round_half_up
from fdh_desktop.services.baselines import AGE_MEAN_KEY, baseline_fields, save_baselines
from fdh_desktop.storage import StoreError

from fdh_desktop.gui import messages

NOT_ENTERED = -1


class BaselinesDialog(QDialog):
    """Figures of term `previous` for the district or one street; saved per scope in one action each."""

    def __init__(self, store, previous: int, street: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("baselines_dialog")
        self.store = store
        self.previous = previous
        self.setWindowTitle(self.tr("上届基数（{0}）").format(term_label(previous)))
        self._bounds = tuple(store.settings().age_bands)
        self._fields = baseline_fields(self._bounds)
        self._pending: dict[str | None, dict[str, int]] = {}
        self._loading = False

        intro = QLabel(self.tr(
            "{0}没有人员记录时，可在此录入当年公布的数字（如当年工作总结中的人数），"
            "统计时用来与本届对比。未填的项目按0计。{0}已有人员记录的范围以记录为准。"
        ).format(term_label(previous)), self)
        intro.setWordWrap(True)

        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("scope_combo")
        self.scope_combo.addItem(self.tr("全区"), None)
        for street_row in store.streets():
            self.scope_combo.addItem(street_row.name, street_row.name)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(self.tr("范围："), self))
        scope_row.addWidget(self.scope_combo)
        scope_row.addStretch(1)

        self.inputs: dict[str, QSpinBox | QDoubleSpinBox] = {}
        grid = QGridLayout()
        boxes: dict[str, QFormLayout] = {}
        for f in self._fields:
            if f.group not in boxes:
                box = QGroupBox(f.group, self)
                boxes[f.group] = QFormLayout(box)
                n = len(boxes) - 1
                grid.addWidget(box, n // 3 if n < 6 else 2, n % 3 if n < 6 else n - 6)
            boxes[f.group].addRow(f.label, self._input(f.key, f.unit))

        self.check_label = QLabel(self)
        self.check_label.setObjectName("check_label")
        self.check_label.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save_button")
        self.clear_button = buttons.addButton(self.tr("清空本范围"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.setObjectName("clear_button")
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(scope_row)
        layout.addWidget(self.status_label)
        layout.addLayout(grid)
        layout.addWidget(self.check_label)
        layout.addWidget(buttons)

        self._scope: str | None = street
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(street), 0))
        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
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
            street_id = self.store.require_street(street).id if street else None
            values = self.store.baselines(self.previous, street_id)
        self.set_values(values)
        street_id = self.store.require_street(street).id if street else None
        if self.store.has_members(self.previous, street_id):
            self.status_label.setText(self.tr("注意：{0}（{1}）已有人员记录，统计以记录为准，这里的数字不会被使用。")
                                      .format(term_label(self.previous), street or self.tr("全区")))
        elif street is None and self.store.streets():
            self.status_label.setText(self.tr("全区未填时，按各街道所填数字之和对比（平均年龄、最大、最小年龄除外）。"))
        else:
            self.status_label.setText("")

    def _scope_changed(self) -> None:
        self._pending[self._scope] = self.values()
        self._load(self.scope_combo.currentData())

    def _changed(self) -> None:
        if self._loading:
            return
        v = self.values()
        chairs = v.get("chairs")
        notes = []
        if chairs is not None:
            for prefix, name in (("post:", "居委会任职各项"), ("age_band:", "年龄段各项"), ("education:", "文化程度各项")):
                added = sum(n for k, n in v.items() if k.startswith(prefix))
                if any(k.startswith(prefix) for k in v) and added != chairs:
                    notes.append(self.tr("{0}之和{1}人，与主任人数{2}人不等").format(name, added, chairs))
        if v.get("established", 0) > v.get("should_establish", 10**9):
            notes.append(self.tr("实建多于应建"))
        self.check_label.setText("；".join(notes))
        self.check_label.setStyleSheet("color: #b03a2e;" if notes else "")

    # -- actions --------------------------------------------------------------------------------

    def clear(self) -> None:
        self.set_values({})

    def save(self) -> None:
        self._pending[self._scope] = self.values()
        try:
            for street, values in self._pending.items():
                street_id = self.store.require_street(street).id if street else None
                if values != self.store.baselines(self.previous, street_id):
                    save_baselines(self.store, self.previous, street, values)
        except StoreError as exc:
            messages.error(self, self.tr("无法保存上届基数"), str(exc))
            return
        self.accept()
