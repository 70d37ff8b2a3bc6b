"""Small dialogs of the 统计 tab (Designer forms): the 基本情况 text, the signature lines, the
roster options; and the one save-file question every export asks."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from fdh_desktop.reports.html import SIGNATURE_FIELDS, Signature

from fdh_desktop.gui import messages
from fdh_desktop.gui.forms.ui_roster_dialog import Ui_RosterDialog
from fdh_desktop.gui.forms.ui_signature_dialog import Ui_SignatureDialog
from fdh_desktop.gui.forms.ui_summary_dialog import Ui_SummaryDialog


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    """A save-file dialog; '' when cancelled. One place, so tests can answer it."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


class SummaryDialog(QDialog):
    """The 基本情况 paragraph, editable before it is copied or saved as Word."""

    def __init__(self, text: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_dialog")
        self.ui = Ui_SummaryDialog()
        self.ui.setupUi(self)
        self.suggested_name = suggested_name
        self.ui.text_edit.setPlainText(text)
        self.ui.copy_button.clicked.connect(self.copy)
        self.ui.docx_button.clicked.connect(self.save_docx)
        self.ui.close_button.clicked.connect(self.reject)

    def text(self) -> str:
        return self.ui.text_edit.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.ui.copy_button.setText(self.tr("已复制"))

    def save_docx(self) -> None:
        from fdh_desktop.reports.docx import write_docx

        path = ask_save_path(self, self.tr("保存为Word"), self.suggested_name, self.tr("Word 文档 (*.docx)"))
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        paragraphs = [p for p in self.text().split("\n") if p.strip()]
        try:
            write_docx(path, paragraphs)
        except OSError as exc:
            messages.error(self, self.tr("无法保存"), self.tr("无法写入{0}").format(path), str(exc))


class SignatureDialog(QDialog):
    """填报单位, 单位负责人, 统计负责人, 填表人, 联系电话, 报出日期 of printed tables."""

    def __init__(self, signature: Signature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_dialog")
        self.ui = Ui_SignatureDialog()
        self.ui.setupUi(self)
        # One line edit per field of the printed signature, named after it in the form.
        self.edits = {key: getattr(self.ui, f"{key}_edit") for key in SIGNATURE_FIELDS}
        for key, edit in self.edits.items():
            edit.setText(getattr(signature, key))
        self.ui.ok_button.clicked.connect(self.accept)
        self.ui.cancel_button.clicked.connect(self.reject)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}


class RosterDialog(QDialog):
    """Which street's 班子成员名册, and whether ID numbers and phones are masked (by default)."""

    def __init__(self, streets: list[str], current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_dialog")
        self.ui = Ui_RosterDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.street_combo.addItem(self.tr("全部街道（每个街道一份）"), None)
        for name in streets:
            ui.street_combo.addItem(name, name)
        ui.street_combo.setCurrentIndex(max(ui.street_combo.findData(current), 0))
        ui.mask_check.toggled.connect(lambda on: ui.warning_label.setVisible(not on))
        self.choice = ""
        ui.preview_button.clicked.connect(lambda: self._done("preview"))
        ui.pdf_button.clicked.connect(lambda: self._done("pdf"))
        ui.cancel_button.clicked.connect(self.reject)

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def street(self) -> str | None:
        return self.ui.street_combo.currentData()

    def masked(self) -> bool:
        return self.ui.mask_check.isChecked()
