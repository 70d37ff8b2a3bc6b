"""The members table view: a spreadsheet feel for keyboard entry.

Tab walks the cells a clerk types in (derived ones, 年龄 and an 出生日期 taken from the ID number,
are skipped) and leaves the table after the last cell instead of wrapping; Ctrl+Tab leaves it at
once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication, QComboBox, QTableView, QWidget

_MOVES = {QAbstractItemView.CursorAction.MoveNext: 1, QAbstractItemView.CursorAction.MovePrevious: -1}


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

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802 (Qt name)
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        step = _MOVES.get(action)
        current = self.currentIndex()
        model = self.model()
        if step is None or not current.isValid() or model is None:
            return super().moveCursor(action, modifiers)
        columns = model.columnCount()
        position = current.row() * columns + current.column()
        while True:
            position += step
            if not 0 <= position < model.rowCount() * columns:
                return QModelIndex()  # past the last (or first) cell: Tab leaves the table
            index = model.index(*divmod(position, columns))
            if not self.isColumnHidden(index.column()) and not self._skipped(index):
                return index

    def _skipped(self, index: QModelIndex) -> bool:
        is_derived = getattr(self.model(), "is_derived", None)
        return not index.flags() & Qt.ItemFlag.ItemIsEditable or bool(is_derived and is_derived(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        moves = {QAbstractItemDelegate.EndEditHint.EditNextItem: QAbstractItemView.CursorAction.MoveNext,
                 QAbstractItemDelegate.EndEditHint.EditPreviousItem: QAbstractItemView.CursorAction.MovePrevious}
        action = moves.get(hint)
        if action is not None and not self.moveCursor(action, Qt.KeyboardModifier.NoModifier).isValid():
            # Tab in the last cell: close the editor and go on to the next control.
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            QWidget.focusNextPrevChild(self, action == QAbstractItemView.CursorAction.MoveNext)
            return
        super().closeEditor(editor, hint)
