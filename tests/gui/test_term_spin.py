"""Issue 12, finding 12: the term is shown as 第六届 in the settings, and typed as 7 or 第七届."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fdh_desktop.domain.records import parse_term_label
from fdh_desktop.gui.dialogs.settings_dialog import SettingsDialog


@pytest.mark.parametrize(("text", "number"), [
    ("第六届", 6), ("六", 6), ("6", 6), ("第6届", 6), ("第十二届", 12), ("二十", 20), ("二十一", 21),
    ("第九十九届", 99), ("", None), ("第", None), ("六十十", None), ("abc", None),
])
def test_term_labels_read_back(text, number):
    assert parse_term_label(text) == number


def test_the_settings_show_and_take_a_term_in_words(qtbot, demo_store):
    dialog = SettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    spin = dialog.ui.current_term_spin
    assert spin.text() == "第七届"  # the demo's current term
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.selectAll()
    qtbot.keyClicks(spin, "8")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not spin.hasFocus())
    assert spin.value() == 8 and spin.text() == "第八届"
    assert "新的一届" in dialog.ui.term_hint_label.text()
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == 7 and spin.text() == "第七届"


def test_an_impossible_reference_date_is_refused_not_dropped(qtbot, demo_store):
    from gui_helpers import type_into

    dialog = SettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.ui.reference_date_edit
    field.setFocus()
    field.selectAll()
    type_into(field, "2026-02-30")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()  # not closed: nothing saved
    assert "2026-02-30" in dialog.ui.message_label.text() or "日期" in dialog.ui.message_label.text()
