"""The members table view: a spreadsheet feel for keyboard entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QTableView, QWidget


class MembersTableView(QTableView):
    """Chinese typed on a cell that is not being edited opens its editor with that text, as
    Latin letters do (Qt opens the editor but drops an input method's direct commit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt name)
        index = self.currentIndex()
        if (self.state() != QAbstractItemView.State.EditingState and event.commitString()
                and not event.preeditString() and index.isValid()
                and index.flags() & Qt.ItemFlag.ItemIsEditable
                and self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event)):
            editor = QApplication.focusWidget()
            if isinstance(editor, QComboBox) and editor.isEditable():
                editor = editor.lineEdit()
            if editor is not None and editor is not self:
                forwarded = QInputMethodEvent("", [])
                forwarded.setCommitString(event.commitString())
                QApplication.sendEvent(editor, forwarded)
            event.accept()
            return
        super().inputMethodEvent(event)
