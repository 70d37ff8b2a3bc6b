"""从上届班子选取: a checkable list of the community's previous and current leadership; the checked
become candidates of the round (with the seat of their own office where the round elects it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from fdh_desktop.services.election_entry import Nominee

from fdh_desktop.gui.common.form_dialog import set_up_form_dialog
from fdh_desktop.gui.forms.ui_candidate_pick_dialog import Ui_CandidatePickDialog


class CandidatePickDialog(QDialog):
    def __init__(self, nominees: list[Nominee], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CandidatePickDialog()
        set_up_form_dialog(self, self.ui)
        self._nominees = nominees
        for nominee in nominees:
            item = QListWidgetItem(nominee.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.nominee_list.addItem(item)
        if not nominees:
            self.ui.message_label.setText(self.tr("上届和本届都没有可选取的班子成员（已是候选人的不再列出）"))
        self.ui.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.ui.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.ui.nominee_list.setFocus()
        if nominees:
            self.ui.nominee_list.setCurrentRow(0)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.ui.nominee_list.count()):
            self.ui.nominee_list.item(row).setCheckState(state)

    def chosen(self) -> list[Nominee]:
        return [n for row, n in enumerate(self._nominees)
                if self.ui.nominee_list.item(row).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        if not self.chosen():
            self.ui.message_label.setText(self.tr("请先勾选至少一人（空格键勾选当前一行）"))
            return
        super().accept()
