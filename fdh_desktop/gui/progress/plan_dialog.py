"""换届计划…: the campaign's start, the planned date of each stage for ordinary and for pilot
streets, and which streets are pilots (试点). Saved in one action through services.campaign."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from fdh_desktop.domain import campaign as cp
from fdh_desktop.services import campaign as campaign_service
from fdh_desktop.services.statistics import StoreError

from fdh_desktop.gui.common.form_dialog import set_up_form_dialog
from fdh_desktop.gui.forms.ui_progress_plan_dialog import Ui_PlanDialog

KEYS = dict(zip(cp.STAGES, ("preparing", "nominated", "elected", "completed")))
_STREET_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanDialog(QDialog):
    def __init__(self, store, campaign: campaign_service.Campaign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanDialog()
        set_up_form_dialog(self, self.ui)
        self._store = store
        self._term = campaign.term
        self.changes: object = None  # what 确定 saved (services.changes.Changes)
        for label, edit in self._labelled_edits():
            edit.set_field(label)  # its messages name it
        self.ui.start_edit.set_value(campaign.plan.start)
        self._show_plan(campaign.plan)
        for street in campaign.streets:
            item = QListWidgetItem(street.name, self.ui.pilots_list)
            item.setData(_STREET_ROLE, street.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if street.pilot else Qt.CheckState.Unchecked)
        self.ui.defaults_button.clicked.connect(self.fill_defaults)
        self.ui.defaults_button.setAutoDefault(False)  # Enter is 确定, even after this was clicked
        if not campaign.plan_saved:
            self.ui.message_label.setText(self.tr("尚未保存计划：以下为按开始日期填入的常用安排"))

    def date_edit(self, stage: str, pilot: bool = False):
        return getattr(self.ui, f"{KEYS[stage]}{'_pilot' if pilot else ''}_edit")

    def _show_plan(self, plan: cp.CampaignPlan) -> None:
        for stage in cp.STAGES:
            self.date_edit(stage).set_value(plan.dates.get(stage))
            self.date_edit(stage, True).set_value(plan.pilot_dates.get(stage))

    def _labelled_edits(self) -> list:
        edits = [(self.tr("开始日期"), self.ui.start_edit)]
        edits += [(self.tr("{0}计划日期").format(s), self.date_edit(s)) for s in cp.STAGES]
        edits += [(self.tr("试点街道{0}计划日期").format(s), self.date_edit(s, True)) for s in cp.STAGES]
        return edits

    def fill_defaults(self) -> None:
        """The dates a clerk expects for the start typed: pilots first, done two months earlier."""
        self.ui.start_edit.commit()
        if self.ui.start_edit.error() or self.ui.start_edit.value() is None:
            self._refuse(self.ui.start_edit.error() or self.tr("请先填写开始日期"), self.ui.start_edit)
            return
        self._show_plan(cp.default_plan(self.ui.start_edit.value()))
        self.ui.message_label.setText("")

    def pilots(self) -> dict[int, bool]:
        items = [self.ui.pilots_list.item(i) for i in range(self.ui.pilots_list.count())]
        return {item.data(_STREET_ROLE): item.checkState() == Qt.CheckState.Checked for item in items}

    def set_pilot(self, name: str, pilot: bool) -> None:
        for item in self.ui.pilots_list.findItems(name, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked if pilot else Qt.CheckState.Unchecked)

    def accept(self) -> None:
        for _label, edit in self._labelled_edits():
            if not edit.commit():  # a date that cannot be is refused at its field, never saved as blank
                self._refuse(edit.error(), edit)
                return
        start = self.ui.start_edit.value()
        if start is None:
            self._refuse(self.tr("请填写开始日期"), self.ui.start_edit)
            return
        plan = cp.CampaignPlan(
            start,
            {s: d for s in cp.STAGES if (d := self.date_edit(s).value()) is not None},
            {s: d for s in cp.STAGES if (d := self.date_edit(s, True).value()) is not None},
        )
        try:
            self.changes = campaign_service.save_campaign_setup(self._store, self._term, plan, self.pilots())
        except StoreError as exc:
            self._refuse(str(exc), self.ui.start_edit)
            return
        super().accept()

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.ui.message_label.setText(message)
        widget.setFocus()
