"""In-place editors of the members table: the same editor classes as the congress form.

Typing on a cell replaces its value, as in Excel; a date that is no date keeps its editor open
with the reason shown; Ctrl+Tab leaves the table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fdh_desktop.domain import organisation, posts, vocab
from fdh_desktop.domain.labels import FIELD_VOCABULARY

from fdh_desktop.gui.common.editors import OptionalDateEdit, VocabComboBox
from fdh_desktop.gui.entry.members_model import FIELDS, MembersModel
from fdh_desktop.gui.common.roles import ROW_ROLE

ERROR_PEN = QColor("#d32f2f")
WARNING_PEN = QColor("#e69500")
# Birth dates typed from scratch start in a year a leadership member is likely born in.
BIRTH_START = date(1975, 1, 1)
# Drop-downs that are no vocabulary of domain.vocab: (values, typed text → value). 界别 is free
# text with suggestions. Synonyms are read as on import (支部书记 → 书记, 居委会主任 → 主任).
_CHOICES = {
    "party_post": (posts.PARTY_POSTS, posts.canonical_party_post),
    "committee_post": (posts.RC_POSTS, posts.canonical_rc_post),
    "sector": (posts.SECTOR_SUGGESTIONS, None),
}


class MembersDelegate(QStyledItemDelegate):
    def _field(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return FIELDS[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        field = self._field(index)
        model = index.model()
        if field in _CHOICES or field in FIELD_VOCABULARY:
            editor = VocabComboBox(parent)
            if field == "role":
                form = model.form() if isinstance(model, MembersModel) else organisation.LEGACY_FORM
                # The term's roles; the other form's word is read as this form's (主任 → 主席).
                editor.set_choices(organisation.roles(form), lambda text: organisation.parse_role(text, form)[0])
            elif field in _CHOICES:
                editor.set_choices(*_CHOICES[field])
            else:
                editor.set_vocabulary(FIELD_VOCABULARY[field])
            editor.setFrame(False)
            return editor
        if field == "birth_date":
            editor = OptionalDateEdit(parent)
            editor.set_field(field)
            editor.set_start_date(BIRTH_START)
            editor.setFrame(False)
            return editor
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if field == "id_number":
            editor.setMaxLength(24)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        member = index.data(ROW_ROLE)
        field = self._field(index)
        value = getattr(member, field) if member is not None else None
        if isinstance(editor, VocabComboBox):
            editor.set_value(value)
            # Selected, so that a key typed on the cell replaces the value instead of appending.
            editor.lineEdit().selectAll()
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
            editor.selectAll()
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, VocabComboBox):
            editor.normalise()
            value: object = editor.value() if editor.is_valid() else editor.raw_text()
            if editor.kind == "yesno":
                value = None if value is None else value == vocab.YES
        elif isinstance(editor, OptionalDateEdit):
            if not editor.commit():
                return  # refused at the field: the cell keeps its value
            value = editor.value()
        else:
            value = editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, VocabComboBox):
            # A drop-down needs room for its arrow; a line edit stays inside its cell and never
            # covers the next column (年龄 beside 出生日期).
            rect.setWidth(max(rect.width(), editor.minimumSizeHint().width()))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, control = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and isinstance(editor, OptionalDateEdit) and not editor.commit():
                return True  # the date is refused: stay in the cell, the reason is shown
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and control and isinstance(editor, QWidget):
                # Ctrl+Tab leaves the table from inside a cell too.
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                view = self.parent()
                if isinstance(view, QWidget):
                    QWidget.focusNextPrevChild(view, key == Qt.Key.Key_Tab)
                return True
        return super().eventFilter(editor, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        model = index.model()
        if not isinstance(model, MembersModel):
            return
        problems = model.problems_at(index.row(), self._field(index))
        if not problems:
            return
        color = ERROR_PEN if any(p.is_error for p in problems) else WARNING_PEN
        painter.save()
        painter.setPen(QPen(color, 2))
        painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()
