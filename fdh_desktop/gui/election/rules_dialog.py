"""选举规则: the district's validity thresholds (quorum, majority base, 差额 share), stored through
services.election.save_thresholds when accepted; a refusal is shown in the dialog."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QWidget

from fdh_desktop.domain.election import MAJORITY_BASES, QUORUMS, Thresholds
from fdh_desktop.services import election as election_service
from fdh_desktop.services.changes import NOTHING
from fdh_desktop.services.election import StoreError

from fdh_desktop.gui.common.form_dialog import set_up_form_dialog
from fdh_desktop.gui.forms.ui_election_rules_dialog import Ui_ElectionRulesDialog


class ElectionRulesDialog(QDialog):
    """`changes` says what the accepted dialog changed (NOTHING when cancelled or unchanged)."""

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ElectionRulesDialog()
        set_up_form_dialog(self, self.ui)
        self._store = store
        self.changes = NOTHING
        quorum_texts = {QUORUMS[0]: self.tr("实到超过应到的三分之二"), QUORUMS[1]: self.tr("实到超过应到的半数")}
        base_texts = {MAJORITY_BASES[0]: self.tr("应到（赞成票超过应到的半数）"),
                      MAJORITY_BASES[1]: self.tr("实到（赞成票超过实到的半数）"),
                      MAJORITY_BASES[2]: self.tr("收回选票（赞成票超过收回选票的半数）")}
        for value, text in quorum_texts.items():
            self.ui.quorum_combo.addItem(text, value)
        for value, text in base_texts.items():
            self.ui.base_combo.addItem(text, value)
        stored = election_service.load_thresholds(store)
        self.ui.quorum_combo.setCurrentIndex(self.ui.quorum_combo.findData(stored.quorum))
        self.ui.base_combo.setCurrentIndex(self.ui.base_combo.findData(stored.majority_base))
        self.ui.surplus_spin.setValue(int(stored.surplus * 100))
        self.ui.explain_label.setText(self.tr(
            "差额选举的候选人应多于应选名额的这一比例，向上取整，至少多1名；收回选票多于发出选票的一轮无效。"))
        self.ui.quorum_combo.setFocus()

    def thresholds(self) -> Thresholds:
        return Thresholds(self.ui.quorum_combo.currentData(), self.ui.base_combo.currentData(),
                          Decimal(self.ui.surplus_spin.value()) / 100)

    def accept(self) -> None:
        try:
            self.changes = election_service.save_thresholds(self._store, self.thresholds())
        except StoreError as exc:
            self.ui.message_label.setText(str(exc))
            return
        super().accept()
