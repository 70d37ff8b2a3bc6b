"""The meeting's fields on the 选举 page (date, 应到, 实到, methods, supervisors, host) bound to a
domain Meeting: show() fills them without signals, `edited` fires on the clerk's edits only, and
read_into() writes what is typed into the meeting."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal

from fdh_desktop.domain.election import Meeting
from fdh_desktop.domain.vocab import ELECTION_METHODS, VOTING_METHODS

_SEPARATORS = re.compile(r"[、，,;；\s]+")


def split_names(text: str) -> list[str]:
    """"吴婷、郑洁" (also commas or spaces) → ["吴婷", "郑洁"]."""
    return [n for n in _SEPARATORS.split(text.strip()) if n]


class MeetingFields(QObject):
    edited = Signal()

    def __init__(self, ui, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.voting_combo.addItems(list(VOTING_METHODS))
        ui.method_combo.addItems(list(ELECTION_METHODS))
        self._texts = (ui.name_edit, ui.host_edit, ui.chief_edit, ui.scrutineers_edit, ui.counters_edit)
        for edit in self._texts:
            edit.textEdited.connect(self.edited)
        ui.date_edit.set_field("election_date")
        ui.date_edit.edited.connect(self.edited)
        self._signalled = (ui.expected_spin, ui.present_spin, ui.voting_combo, ui.method_combo)
        ui.expected_spin.valueChanged.connect(self.edited)
        ui.present_spin.valueChanged.connect(self.edited)
        ui.voting_combo.currentIndexChanged.connect(self.edited)
        ui.method_combo.currentIndexChanged.connect(self.edited)

    def widgets(self) -> tuple:
        return (*self._texts, self.ui.date_edit, *self._signalled)

    def show(self, meeting: Meeting | None, editable: bool, method: str | None = None) -> None:
        """`method`: the 选举方式 the shown round is held by, when it is not the meeting's own."""
        ui = self.ui
        for widget in self._signalled:
            widget.blockSignals(True)
        try:
            ui.name_edit.setText(meeting.name if meeting else "")
            ui.date_edit.set_value(meeting.day if meeting else None)
            ui.host_edit.setText(meeting.host if meeting else "")
            ui.expected_spin.setValue(meeting.expected if meeting else 0)
            ui.present_spin.setValue(meeting.present if meeting else 0)
            ui.voting_combo.setCurrentText(meeting.voting if meeting else VOTING_METHODS[-1])
            ui.method_combo.setCurrentText(method or (meeting.method if meeting else ELECTION_METHODS[0]))
            ui.chief_edit.setText(meeting.chief_scrutineer if meeting else "")
            ui.scrutineers_edit.setText("、".join(meeting.scrutineers) if meeting else "")
            ui.counters_edit.setText("、".join(meeting.counters) if meeting else "")
        finally:
            for widget in self._signalled:
                widget.blockSignals(False)
        for widget in self.widgets():
            widget.setEnabled(meeting is not None and editable)

    def read_into(self, meeting: Meeting) -> str | None:
        """Write the typed values into `meeting`; the date field's refusal (the date kept) or None."""
        ui = self.ui
        meeting.name = ui.name_edit.text().strip()
        meeting.host = ui.host_edit.text().strip()
        meeting.expected = ui.expected_spin.value()
        meeting.present = ui.present_spin.value()
        meeting.voting = ui.voting_combo.currentText()
        meeting.method = ui.method_combo.currentText()
        meeting.chief_scrutineer = ui.chief_edit.text().strip()
        meeting.scrutineers = split_names(ui.scrutineers_edit.text())
        meeting.counters = split_names(ui.counters_edit.text())
        if ui.date_edit.error():
            return ui.date_edit.error()
        meeting.day = ui.date_edit.value()
        return None
