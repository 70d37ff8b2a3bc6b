"""The stage dates of a congress in the 录入 form: a line of the dates it reached each 换届进度
stage, and 修改日期… to correct them (services.campaign.edit_stage_dates, one action)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from fdh_desktop.domain import campaign as cp
from fdh_desktop.services import campaign as campaign_service
from fdh_desktop.services.statistics import StoreError

from fdh_desktop.gui.common.form_dialog import set_up_form_dialog
from fdh_desktop.gui.forms.ui_progress_stage_dates_dialog import Ui_StageDatesDialog

KEYS = dict(zip(cp.STAGES, ("preparing", "nominated", "elected", "completed")))


class StageDatesDialog(QDialog):
    def __init__(self, store, community_id: int, term: int, progress: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StageDatesDialog()
        set_up_form_dialog(self, self.ui)
        self._store, self._community_id, self._term = store, community_id, term
        self.changes = None
        dates = campaign_service.stage_dates(store, community_id, term)
        reached = cp.stage_index(progress)
        for i, stage in enumerate(cp.STAGES, start=1):
            edit = self.date_edit(stage)
            edit.set_field(self.tr("{0}日期").format(stage))  # its messages name it
            edit.set_value(dates.get(stage))
            edit.setEnabled(i <= reached)  # a stage not reached has no date
        first = next((self.date_edit(s) for s in cp.STAGES if self.date_edit(s).isEnabled()), None)
        if first is not None:
            first.setFocus()

    def date_edit(self, stage: str):
        return getattr(self.ui, f"{KEYS[stage]}_edit")

    def accept(self) -> None:
        dates = {}
        for stage in cp.STAGES:
            edit = self.date_edit(stage)
            if not edit.isEnabled():
                continue
            if not edit.commit():
                self._refuse(edit.error(), edit)
                return
            if edit.value() is not None:
                dates[stage] = edit.value()
        try:
            self.changes = campaign_service.edit_stage_dates(self._store, self._community_id, self._term, dates)
        except StoreError as exc:
            self._refuse(str(exc), self.date_edit(cp.STAGES[0]))
            return
        super().accept()

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.ui.message_label.setText(message)
        widget.setFocus()


class StageDatesLine(QWidget):
    """筹备中 1月5日 · 已提名 2月20日 · … and a button to correct them; shown under 换届进度."""

    changes_made = Signal(object)  # services.changes.Changes of a correction

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage_dates_line")
        self.label = QLabel(self)
        self.label.setObjectName("stage_dates_label")
        self.label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("修改日期…"), self)
        self.edit_button.setObjectName("stage_dates_button")
        self.edit_button.setToolTip(self.tr("更正各阶段的达到日期"))
        self.edit_button.clicked.connect(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.edit_button)
        self._store = None
        self._where: tuple[int, int] | None = None
        self._progress: str | None = None

    def show_for(self, store, community_id: int | None, term: int | None, progress: str | None,
                 exists: bool, writable: bool) -> None:
        """The dates stored for a congress (none for a new one); `progress` as saved."""
        self._store = store
        self._where = (community_id, term) if community_id is not None and term is not None else None
        self._progress = progress
        dates = campaign_service.stage_dates(store, community_id, term) if self._where and exists else {}
        parts = [f"{s} {d.year}-{d.month:02d}-{d.day:02d}" for s in cp.STAGES if (d := dates.get(s))]
        if parts:
            text = self.tr("达到日期：") + " · ".join(parts)
        elif exists and cp.stage_index(progress) > 0:
            text = self.tr("达到日期：未记录")
        else:
            text = self.tr("达到日期：换届进度改变并保存时自动记下")
        self.label.setText(text)
        self.edit_button.setEnabled(writable and exists and cp.stage_index(progress) > 0)

    def text(self) -> str:
        return self.label.text()

    def edit(self) -> None:
        if self._store is None or self._where is None:
            return
        dialog = StageDatesDialog(self._store, *self._where, self._progress, self.window())
        if dialog.exec() and dialog.changes:
            self.changes_made.emit(dialog.changes)
