"""The editors of the form and of the members table: one class per kind of value, shared by both.

Each has a blank state (a record field may be empty), `value()` / `set_value()` in record terms
(date | None, int | None, canonical text | None) and the `edited` signal, emitted on user edits
only, never on set_value().
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QCalendarWidget, QComboBox, QCompleter, QLineEdit, QSpinBox, QStyle,
    QToolTip, QWidget,
)

from fdh_desktop.domain import vocab
from fdh_desktop.domain.labels import MAX_REPRESENTATIVES

DATE_FORMAT = "yyyy-MM-dd"


class OptionalDateEdit(QLineEdit):
    """A date field that can be blank: the clerk types or pastes any spelling DOMAIN.md lists
    (2026-03-15, 2026-3-5, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305); it is read through
    domain.cleaning on commit (Enter, Tab, leaving the field) and shown as 2026-03-15. Text that is
    no date is kept as typed and refused with a message (error()), never guessed. A calendar
    button picks a date with the mouse."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self._error: str | None = None
        self._start = date.today()
        self._field = "election_date"
        self._name: str | None = None
        self.setMaxLength(40)
        self.setPlaceholderText(QCoreApplication.translate("OptionalDateEdit", "年-月-日"))
        self.setToolTip(QCoreApplication.translate(
            "OptionalDateEdit", "格式：年-月-日，如 2023-03-15；也可写 2023/3/15、2023.3.15、2023年3月15日、20230315"))
        self._calendar_action = self.addAction(_calendar_icon(self), QLineEdit.ActionPosition.TrailingPosition)
        self._calendar_action.setToolTip(QCoreApplication.translate("OptionalDateEdit", "从日历中选择"))
        self._calendar_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self.commit)

    def set_field(self, field: str, name: str | None = None) -> None:
        """The record field edited here, named in the messages (出生日期, 换届日期...); `name` for
        a field the workbook does not have (任期开始日期)."""
        self._field = field
        self._name = name

    def start_date(self) -> date:
        return self._start

    def set_start_date(self, value: date | None) -> None:
        """The date the calendar of a blank field opens on."""
        self._start = value or date.today()

    def value(self) -> date | None:
        """The date last committed (None when blank or when the text is no date: see error())."""
        return self._value

    def error(self) -> str | None:
        """Why the text is refused, in Chinese; None when it is a date or blank."""
        return self._error

    def raw(self) -> date | str | None:
        """What the field holds for the form's undo: the date, or the text that is no date."""
        return self.text().strip() if self._error else self._value

    def set_value(self, value: date | str | None) -> None:
        """Show a date (or a refused text, from undo) without emitting edited."""
        if isinstance(value, str):
            self.setText(value)
            self._parse()
        else:
            self._value, self._error = value, None
            self.setText(value.isoformat() if value else "")

    def is_blank(self) -> bool:
        return self._value is None and self._error is None

    def commit(self) -> bool:
        """Read the typed text; returns whether it is a date (or blank). Emits edited on a change."""
        before = (self._value, self._error, self.text())
        self._parse()
        if self._error is None:
            self.setText(self._value.isoformat() if self._value else "")
        else:
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self._error, self)
        if (self._value, self._error, self.text()) != before:
            self.edited.emit()
        return self._error is None

    def _parse(self) -> None:
        from fdh_desktop.domain.cleaning import CleanError, clean_typed_date

        try:
            self._value, self._error = clean_typed_date(self._field, self.text()), None
        except CleanError as exc:
            message = str(exc)
            if self._name:
                from fdh_desktop.domain.labels import label

                message = message.replace(label(self._field), self._name, 1)
            self._value, self._error = None, message

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown = self._value or self._start
        popup.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        popup.clicked.connect(lambda d: self._picked(d, popup))
        popup.activated.connect(lambda d: self._picked(d, popup))
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()

    def _picked(self, picked: QDate, popup: QWidget) -> None:
        popup.close()
        self.setText(picked.toString(DATE_FORMAT))
        self.commit()


def _calendar_icon(widget: QWidget) -> QIcon:
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)


class OptionalSpinBox(QSpinBox):
    """A whole-number editor 0..MAX_REPRESENTATIVES that can be blank (-1 shown as empty)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, MAX_REPRESENTATIVES)
        self.setSpecialValueText(" ")
        self.setValue(-1)
        self.setAccelerated(True)
        self._quiet = False
        self.valueChanged.connect(self._on_changed)

    def set_maximum(self, maximum: int) -> None:
        self.setRange(-1, maximum)

    def value_or_none(self) -> int | None:
        number = self.value()
        return None if number < 0 else number

    def set_value(self, value: int | None) -> None:
        self._quiet = True
        try:
            self.setValue(-1 if value is None else value)
        finally:
            self._quiet = False

    def _on_changed(self, _value: int) -> None:
        if not self._quiet:
            self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.value() >= 0 and self.lineEdit().selectedText() == self.text():
            self.setValue(-1)
            event.accept()
            return
        if self.value() < 0 and event.text().isdigit():
            self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        # From blank, the first step lands on 0, not on -1 + steps.
        if self.value() < 0 and steps > 0:
            self.setValue(0)
            steps -= 1
        super().stepBy(steps)


class VocabComboBox(QComboBox):
    """A drop-down over one vocabulary of domain.vocab, blank allowed.

    Editable so a clerk can type a value or an accepted synonym (党员, 大专...) and pick from a
    completer that matches any part; the typed text becomes the canonical value when she leaves.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._canonical: Callable[[str], str | None] | None = None
        self._quiet = False
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(4)
        completer = QCompleter(self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer_model = QStringListModel(self)
        completer.setModel(self._completer_model)
        self.setCompleter(completer)
        self.currentTextChanged.connect(self._on_changed)
        self.lineEdit().editingFinished.connect(self.normalise)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def set_vocabulary(self, kind: str) -> None:
        self.set_choices(vocab.VOCABULARIES[kind], lambda text: vocab.canonical(kind, text))
        self._kind = kind

    def set_choices(self, values: tuple[str, ...], canonical: Callable[[str], str | None] | None,
                    kind: str | None = None) -> None:
        """Any list of values: `canonical` maps typed text to one of them (None: not a value);
        without it the field is free text and the values are suggestions (界别)."""
        self._kind = kind
        self._canonical = canonical
        text = self.currentText()
        self._quiet = True
        try:
            self.clear()
            self.addItem("")
            self.addItems(list(values))
            self._completer_model.setStringList(list(values))
            self.set_value(text)
        finally:
            self._quiet = False

    @property
    def kind(self) -> str | None:
        return self._kind

    def raw_text(self) -> str:
        return self.currentText().strip()

    def value(self) -> str | None:
        """The canonical value, or None when blank or not a value of the vocabulary."""
        text = self.raw_text()
        if not text:
            return None
        if self._canonical is None:
            return " ".join(text.split())  # free text: tidied, never refused
        return self._canonical(text)

    def is_valid(self) -> bool:
        return not self.raw_text() or self.value() is not None

    def set_value(self, value: str | bool | None) -> None:
        if isinstance(value, bool):
            value = vocab.YES if value else vocab.NO
        quiet, self._quiet = self._quiet, True
        try:
            index = self.findText(value or "", Qt.MatchFlag.MatchExactly)
            if index >= 0:
                self.setCurrentIndex(index)
            else:
                self.setEditText(value or "")
        finally:
            self._quiet = quiet

    def normalise(self) -> None:
        """Replace an accepted synonym by the canonical spelling (党员 → 中共党员)."""
        canonical = self.value()
        if canonical is not None and canonical != self.currentText():
            index = self.findText(canonical, Qt.MatchFlag.MatchExactly)
            if index >= 0:
                self.setCurrentIndex(index)
            # The index may already be that item (the completer moved it): set the text too.
            self.setEditText(canonical)

    def _on_changed(self, _text: str) -> None:
        if not self._quiet:
            self.edited.emit()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Neither editingFinished nor a focus-out event arrives when the completer's popup was
        # open as the focus left, so watch the application's focus instead.
        if old in (self, self.lineEdit()) and new not in (self, self.lineEdit()) and new is not None:
            self.normalise()


def set_up_form_combo(combo: QComboBox, selected: str) -> None:
    """A drop-down of the two organisation forms (妇联 first: the reformed default), on `selected`."""
    from fdh_desktop.domain import organisation

    combo.clear()
    for form in (organisation.FORM_FEDERATION, organisation.FORM_CONGRESS):
        combo.addItem(QCoreApplication.translate("FormCombo", "社区妇联（主席、副主席、执委）")
                      if form == organisation.FORM_FEDERATION
                      else QCoreApplication.translate("FormCombo", "妇代会（主任、副主任、委员）"), form)
    combo.setCurrentIndex(max(0, combo.findData(selected)))


def bool_value(combo: VocabComboBox) -> bool | None:
    text = combo.value()
    return None if text is None else text == vocab.YES


def forward_undo_shortcuts(widget: QWidget) -> None:
    """Let Ctrl+Z / Ctrl+Y reach the window's undo stack instead of a line edit's own undo.

    A QLineEdit claims those shortcuts for its private undo; the form keeps one undo history
    across fields, so its line edits give them up.
    """
    event_filter = _UndoShortcutFilter(widget)
    for edit in widget.findChildren(QLineEdit):
        edit.installEventFilter(event_filter)


class _UndoShortcutFilter(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        return False
