"""A spin box for a term (届次) that shows 第六届, as every other place in the program does, and
takes 6, 六 or 第六届 typed from the keyboard."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from fdh_desktop.domain.records import parse_term_label, term_label


class TermSpinBox(QSpinBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # "7" typed stays "7" in a spin box once accepted; show it as 第七届 like everywhere else.
        self.editingFinished.connect(self._show_label)

    def _show_label(self) -> None:
        self.lineEdit().setText(self.textFromValue(self.value()))

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt name)
        return term_label(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt name)
        number = parse_term_label(text)
        return number if number is not None else self.value()

    def validate(self, text: str, pos: int):
        number = parse_term_label(text)
        if number is not None and self.minimum() <= number <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        partial = text.strip()
        # not UI text: the characters of a term label as typed
        if partial in ("", "第") or (partial.startswith("第") and parse_term_label(partial + "届") is not None):  # not UI text
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos
