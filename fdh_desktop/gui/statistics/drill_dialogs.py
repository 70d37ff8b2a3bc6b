"""Small dialogs of the 统计 tab: the 基本情况 text, the signature lines, the roster options."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fdh_desktop.reports.html import SIGNATURE_FIELDS, Signature

from fdh_desktop.gui import messages


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    """A save-file dialog; '' when cancelled. One place, so tests can answer it."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


class SummaryDialog(QDialog):
    """The 基本情况 paragraph, editable before it is copied or saved as Word."""

    def __init__(self, text: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_dialog")
        self.setWindowTitle(self.tr("基本情况文字"))
        self.suggested_name = suggested_name
        hint = QLabel(self.tr("由统计数字生成，可修改后复制到年度工作总结中。"), self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("text_edit")
        self.text_edit.setPlainText(text)
        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(self.tr("复制"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copy_button")
        self.docx_button = buttons.addButton(self.tr("保存为Word…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.docx_button.setObjectName("docx_button")
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self.copy)
        self.docx_button.clicked.connect(self.save_docx)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("已复制"))

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
    """填报单位, 负责人, 审核人, 填表人, 联系电话, 报出日期 of printed tables."""

    def __init__(self, signature: Signature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_dialog")
        self.setWindowTitle(self.tr("统计表落款"))
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key, label in SIGNATURE_FIELDS.items():
            edit = QLineEdit(getattr(signature, key), self)
            edit.setObjectName(f"{key}_edit")
            self.edits[key] = edit
            form.addRow(label, edit)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("确定"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("打印和导出的统计表上显示这些内容；留空的在纸上留出空白，可手写。"), self))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}


class RosterDialog(QDialog):
    """Which street's 班子成员名册, and whether ID numbers and phones are masked (by default)."""

    def __init__(self, streets: list[str], current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_dialog")
        self.setWindowTitle(self.tr("班子成员名册"))
        self.street_combo = QComboBox(self)
        self.street_combo.setObjectName("street_combo")
        self.street_combo.addItem(self.tr("全部街道（每个街道一份）"), None)
        for name in streets:
            self.street_combo.addItem(name, name)
        self.street_combo.setCurrentIndex(max(self.street_combo.findData(current), 0))
        self.mask_check = QCheckBox(self.tr("隐去身份证号和联系电话的中间数字"), self)
        self.mask_check.setObjectName("mask_check")
        self.mask_check.setChecked(True)
        warning = QLabel(self.tr("不隐去时，名册含完整的个人身份信息，请妥善保管。"), self)
        warning.setWordWrap(True)
        self.mask_check.toggled.connect(lambda on: warning.setVisible(not on))
        warning.setVisible(False)
        buttons = QDialogButtonBox(self)
        self.preview_button = buttons.addButton(self.tr("打印预览"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pdf_button = buttons.addButton(self.tr("导出PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.choice = ""
        self.preview_button.clicked.connect(lambda: self._done("preview"))
        self.pdf_button.clicked.connect(lambda: self._done("pdf"))
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("街道"), self.street_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mask_check)
        layout.addWidget(warning)
        layout.addWidget(buttons)

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def street(self) -> str | None:
        return self.street_combo.currentData()

    def masked(self) -> bool:
        return self.mask_check.isChecked()
