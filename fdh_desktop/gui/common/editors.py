"""The editors of the form and of the members table: one class per kind of value, shared by both.

Each has a blank state (a record field may be empty), `value()` / `set_value()` in record terms
(date | None, int | None, canonical text | None) and the `edited` signal, emitted on user edits
only, never on set_value().
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QDateEdit, QLineEdit, QSpinBox, QWidget

from fdh_desktop.domain import vocab
from fdh_desktop.domain.labels import MAX_REPRESENTATIVES

# QDateEdit has no null: its minimum date stands for "blank" and shows as empty text.
_BLANK_DATE = QDate(1800, 1, 1)
_FIRST_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "yyyy-MM-dd"


def to_qdate(value: date | None) -> QDate:
    return _BLANK_DATE if value is None else QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date | None:
    if not value.isValid() or value <= _BLANK_DATE:
        return None
    return date(value.year(), value.month(), value.day())


class OptionalDateEdit(QDateEdit):
    """A date editor that can be blank. Typing a digit into a blank one starts at `start_date`;
    Delete empties it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(_BLANK_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(" ")
        self.setDate(_BLANK_DATE)
        self._start = QDate.currentDate()
        self.setToolTip(self.tr("格式：年-月-日，如 2023-03-15；按Delete键清空"))
        self.dateChanged.connect(self._on_changed)
        self._quiet = False

    def start_date(self) -> QDate:
        return self._start

    def set_start_date(self, value: date | None) -> None:
        """The date a blank editor starts from when the user begins typing or opens the calendar."""
        self._start = QDate.currentDate() if value is None else to_qdate(value)

    def value(self) -> date | None:
        return from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        self._quiet = True
        try:
            self.setDate(to_qdate(value))
        finally:
            self._quiet = False

    def is_blank(self) -> bool:
        return self.value() is None

    def _on_changed(self, _date: QDate) -> None:
        if not self._quiet:
            self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete,) and not self.is_blank():
            self.setDate(_BLANK_DATE)
            event.accept()
            return
        if self.is_blank() and event.text() and event.text().isdigit():
            # Start from a sensible date and let the typed digits replace the year.
            self.setDate(self._start)
            self.setCurrentSection(QDateEdit.Section.YearSection)
            self.setSelectedSection(QDateEdit.Section.YearSection)
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt names)
        # Tab leaves the field like any other (QDateEdit would walk its year/month/day first);
        # typing 20230315 or the separators moves between the parts.
        return QWidget.focusNextPrevChild(self, next)

    def mousePressEvent(self, event) -> None:
        if self.is_blank():
            # The calendar of a blank editor opens on the start date, not in 1800.
            self.calendarWidget().setSelectedDate(self._start)
        super().mousePressEvent(event)


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
        self._kind = kind
        values = vocab.VOCABULARIES[kind]
        self._quiet = True
        try:
            self.clear()
            self.addItem("")
            self.addItems(list(values))
            self._completer_model.setStringList(list(values))
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
        if not text or self._kind is None:
            return None
        return vocab.canonical(self._kind, text)

    def is_valid(self) -> bool:
        return not self.raw_text() or self.value() is not None

    def set_value(self, value: str | bool | None) -> None:
        if isinstance(value, bool):
            value = vocab.YES if value else vocab.NO
        self._quiet = True
        try:
            index = self.findText(value or "", Qt.MatchFlag.MatchExactly)
            if index >= 0:
                self.setCurrentIndex(index)
            else:
                self.setEditText(value or "")
        finally:
            self._quiet = False

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
