"""Typing as a clerk does: ASCII by key clicks, Chinese through the input method's commit string
(qtbot.keyClicks with CJK text aborts the process)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_into(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` (a line edit, an editable combo box, a spin box...)."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    if text.isascii():
        # Like a keyboard: once a key has opened an editor inside the widget (a table cell),
        # the following keys go to that editor.
        for char in text:
            target = QApplication.focusWidget()
            if target is None or not widget.isAncestorOf(target):
                target = widget
            QTest.keyClicks(target, char)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def type_here(text: str) -> None:
    """Type into whatever has the focus (an in-place cell editor, say)."""
    type_into(focus(), text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          widget: QWidget | None = None) -> None:
    QTest.keyClick(widget or focus(), key, modifier)
    QApplication.processEvents()


def red_pixels(widget: QWidget) -> int:
    """How many pixels of the widget's picture are the strong red of an error border."""
    image: QImage = widget.grab().toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if c.red() > 180 and c.green() < 90 and c.blue() < 90:
                count += 1
    return count
