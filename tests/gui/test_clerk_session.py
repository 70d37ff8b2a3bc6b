"""A clerk's session end to end on a real file, with the keyboard only: browse a street's
communities with the arrow keys, type a congress and five members (every date spelling of
DOMAIN.md), type over drop-downs, save with Ctrl+S, reopen the file in a new window and find
exactly what was typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_helpers import focus, press, type_here, type_into
from PySide6.QtCore import Qt

from fdh_desktop.gui import messages
from fdh_desktop.gui.entry.members_model import COLUMN

COMMUNITIES = ["法源寺社区", "春风社区", "牛街东里社区", "南线阁社区"]
# (name, birth date as typed, the date it means)
MEMBERS = [
    ("李秀英", "1978-06-15", date(1978, 6, 15)),
    ("张桂兰", "1970-3-1", date(1970, 3, 1)),
    ("马玉华", "1975/11/20", date(1975, 11, 20)),
    ("白淑珍", "1982.8.15", date(1982, 8, 15)),
    ("王静", "19900102", date(1990, 1, 2)),
]


@pytest.fixture
def street_file(store, db_path: Path) -> Path:
    street = store.add_street("牛街")
    for name in COMMUNITIES:
        store.add_community(street.id, name)
    return db_path


def type_text(text: str) -> None:
    """ASCII key by key; Chinese characters one at a time through the input method."""
    if text.isascii():
        type_here(text)
    else:
        for char in text:
            type_here(char)


def test_a_clerks_session_is_found_again_after_reopening(open_window, street_file, qtbot, monkeypatch):
    refused = []
    monkeypatch.setattr(messages, "error", lambda *args: refused.append(args))
    window = open_window(street_file)
    form, tree = window.form, window.panel.ui.district_tree

    # Browse every community of the street with the arrow keys: each opens in the form.
    tree.setFocus()
    press(Qt.Key.Key_Down, widget=tree)  # 牛街
    seen = []
    for _ in COMMUNITIES:
        press(Qt.Key.Key_Down, widget=tree)
        seen.append(form.ui.title_label.text().split(" › ")[1].split(" · ")[0])
    assert seen == COMMUNITIES
    for _ in range(len(COMMUNITIES) - 2):
        press(Qt.Key.Key_Up, widget=tree)
    assert form.ui.title_label.text().startswith("牛街 › 春风社区")

    # The congress, field by field with Tab.
    press(Qt.Key.Key_Return, widget=tree)
    assert focus() in (form.ui.should_establish_combo, form.ui.should_establish_combo.lineEdit())
    for typed in ("是", "已完成", "2023年3月15日", "差额", "无记名", "41", "6", "2", "39", "王芳"):
        press(Qt.Key.Key_Tab)
        type_text(typed)
    press(Qt.Key.Key_Tab)
    type_text("按期换届")  # 备注

    # Five members: name, Tab over the blank ID number, the birth date in its own spelling.
    table, model = form.ui.members_table, form.members_model
    for i, (name, typed_date, _) in enumerate(MEMBERS):
        press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda i=i: model.rowCount() == i + 1)
        type_text(name)
        press(Qt.Key.Key_Tab)  # to 身份证号
        press(Qt.Key.Key_Tab)  # to 出生日期
        type_text(typed_date)
        press(Qt.Key.Key_Tab)  # 年龄 is passed by: on to 民族
        assert table.currentIndex().column() == COLUMN["ethnicity"]
        type_text("汉族")
        press(Qt.Key.Key_Tab)
        type_text("党员")  # 政治面貌, a synonym
        press(Qt.Key.Key_Tab)
        type_text("本科")  # 文化程度, a synonym
        press(Qt.Key.Key_Return)

    # Type over drop-downs that hold a value: the chair's post, the second member's role.
    for row, field, typed in ((0, "committee_post", "主任"), (1, "role", "副主任"), (0, "political", "中共预备党员")):
        table.setFocus()
        table.setCurrentIndex(model.index(row, COLUMN[field]))
        type_into(table, typed)
        press(Qt.Key.Key_Return)
    table.setCurrentIndex(model.index(0, COLUMN["committee_post"]))
    type_into(table, "居委会副主任")  # over 居委会主任
    press(Qt.Key.Key_Return)

    assert not [p for p in form.problems() if p.is_error]
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, table)
    assert refused == [] and not form.is_dirty()
    window.close()

    # A new window on the same file shows exactly what was typed.
    again = open_window(street_file)
    again.panel.ui.district_tree.setFocus()
    press(Qt.Key.Key_Down, widget=again.panel.ui.district_tree)
    press(Qt.Key.Key_Down, widget=again.panel.ui.district_tree)
    press(Qt.Key.Key_Down, widget=again.panel.ui.district_tree)
    shown = again.form
    assert shown.ui.title_label.text().startswith("牛街 › 春风社区")
    fields = {name: shown.field_widget(name) for name in ("established", "progress", "election_method",
                                                          "voting_method")}
    assert {k: w.currentText() for k, w in fields.items()} == {
        "established": "是", "progress": "已完成", "election_method": "差额选举", "voting_method": "无记名投票"}
    assert shown.ui.election_date_edit.value() == date(2023, 3, 15)
    assert [shown.ui.reps_total_spin.value_or_none(), shown.ui.reps_units_spin.value_or_none(),
            shown.ui.reps_migrants_spin.value_or_none(), shown.ui.reps_present_spin.value_or_none()] == [41, 6, 2, 39]
    assert (shown.ui.instructor_edit.text(), shown.ui.note_edit.text()) == ("王芳", "按期换届")
    members = shown.members_model.members()
    assert [(m.role, m.name, m.birth_date) for m in members] == [
        ("主任", "李秀英", date(1978, 6, 15)), ("副主任", "张桂兰", date(1970, 3, 1)),
        ("委员", "马玉华", date(1975, 11, 20)), ("委员", "白淑珍", date(1982, 8, 15)), ("委员", "王静", date(1990, 1, 2))]
    assert [(m.ethnicity, m.education) for m in members] == [("汉族", "大学本科")] * 5
    assert [m.political for m in members] == ["中共预备党员"] + ["中共党员"] * 4
    assert members[0].rc_post == "居委会副主任"
