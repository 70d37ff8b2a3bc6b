"""Message boxes with Chinese buttons, in one place so tests can answer them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    return box


def information(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text, detail)
    box.addButton(QCoreApplication.translate("messages", "确定"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.addButton(QCoreApplication.translate("messages", "确定"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, ok_text: str, detail: str = "") -> bool:
    """A yes/cancel question; Escape and the default answer are 取消 (nothing happens)."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, detail)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("messages", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_unsaved(parent: QWidget | None, what: str) -> str:
    """保存 / 不保存 / 取消 for unsaved changes; returns SAVE, DISCARD or CANCEL."""
    box = _box(parent, QMessageBox.Icon.Question, QCoreApplication.translate("messages", "有未保存的修改"),
               QCoreApplication.translate("messages", "{0}有未保存的修改，是否保存？").format(what))
    save = box.addButton(QCoreApplication.translate("messages", "保存(&S)"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("messages", "不保存(&N)"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("messages", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SAVE
    if clicked is discard:
        return DISCARD
    return CANCEL


def chinese_buttons(box: QDialogButtonBox) -> None:
    """Standard dialog buttons with Chinese text even where no Qt translation is installed."""
    texts = {
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("messages", "确定"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("messages", "取消"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("messages", "关闭"),
        QDialogButtonBox.StandardButton.Save: QCoreApplication.translate("messages", "保存"),
        QDialogButtonBox.StandardButton.Yes: QCoreApplication.translate("messages", "是"),
        QDialogButtonBox.StandardButton.No: QCoreApplication.translate("messages", "否"),
        QDialogButtonBox.StandardButton.Help: QCoreApplication.translate("messages", "帮助"),
    }
    for standard, text in texts.items():
        button = box.button(standard)
        if button is not None:
            button.setText(text)
