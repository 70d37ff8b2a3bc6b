"""A clerk enters a community's congress, its chair and four more members with the keyboard, sees
the rules fire before saving, saves with Ctrl+S, and finds it all again after reopening the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_helpers import focus, press, red_pixels, type_here, type_into
from PySide6.QtCore import Qt

from fdh_desktop.domain.idcard import check_character
from fdh_desktop.gui import messages
from fdh_desktop.gui.entry.members_model import COLUMN
from fdh_desktop.storage import Store

CHAIR_ID = "11010219780615008X"  # born 1978-06-15, even 17th digit (a woman), check character X


def _id(birth: str, seq: str) -> str:
    first17 = "110102" + birth + seq
    return first17 + check_character(first17)


OTHER_MEMBERS = [
    ("张桂兰", _id("19700301", "002")),
    ("马玉华", _id("19751120", "024")),
    ("白淑珍", _id("19820815", "046")),
    ("王静", _id("19900102", "068")),
]


@pytest.fixture
def district(store, db_path: Path) -> Path:
    """The conftest's 测试区 (第六届, 2023) with one street and two communities, no congress yet."""
    street = store.add_street("牛街")
    store.add_community(street.id, "法源寺社区")
    store.add_community(street.id, "春风社区")
    return db_path


def choose_community(window, text: str) -> None:
    """Ctrl+F, type part of the name, Enter: the first matching community opens in the form."""
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier, window)
    assert focus() is window.panel.ui.filter_edit
    type_here(text)
    press(Qt.Key.Key_Return)


def test_congress_and_chair_entered_by_keyboard_are_saved_and_found_after_reopening(open_window, district, qtbot):
    window = open_window(district)
    choose_community(window, "法源")
    form = window.form
    assert form.ui.title_label.text() == "牛街 › 法源寺社区 · 第六届（本届）"

    # Enter on the community takes the clerk to the first field; Tab walks the form in reading order.
    press(Qt.Key.Key_Return, widget=window.panel.ui.district_tree)
    assert focus() in (form.ui.should_establish_combo, form.ui.should_establish_combo.lineEdit())
    press(Qt.Key.Key_Tab)
    type_here("是")  # 是否建立
    press(Qt.Key.Key_Tab)
    type_here("已完成")  # 换届进度
    press(Qt.Key.Key_Tab)
    type_here("20230315")  # 换届日期
    press(Qt.Key.Key_Tab)
    type_here("等额")  # 选举方式: a synonym, made canonical on leaving the field
    press(Qt.Key.Key_Tab)
    type_here("无记名")  # 表决方式
    press(Qt.Key.Key_Tab)
    type_here("40")  # 代表总数
    press(Qt.Key.Key_Tab)
    type_here("5")  # 社区单位代表数
    press(Qt.Key.Key_Tab)
    type_here("3")  # 外来人员代表数
    press(Qt.Key.Key_Tab)
    type_here("38")  # 到会代表数
    press(Qt.Key.Key_Tab)
    type_here("王芳")  # 指导员
    assert form.ui.election_method_combo.currentText() == "等额选举"
    assert form.ui.election_date_edit.value() == date(2023, 3, 15)

    # 已完成 without a 主任 is an error, shown before any saving.
    assert any(p.field == "progress" and p.is_error for p in form.problems())

    # Alt+N adds a member (the first is the 主任) and opens her name for typing.
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    model = form.members_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)  # a button's mnemonic clicks it after a short flash
    assert model.member(0).role == "主任"
    type_here("李秀英")
    press(Qt.Key.Key_Tab)
    type_here(CHAIR_ID.lower())  # a lower-case x is accepted and stored upper-case
    press(Qt.Key.Key_Tab)
    # The ID number filled the birth date, and the age at the election date shows beside it.
    assert model.member(0).birth_date == date(1978, 6, 15)
    assert model.index(0, COLUMN["age"]).data() == "44"
    press(Qt.Key.Key_Escape)  # leave the birth date as filled
    table = form.ui.members_table
    table.setCurrentIndex(model.index(0, COLUMN["ethnicity"]))
    type_into(table, "汉族")  # typing on a cell opens its editor
    press(Qt.Key.Key_Tab)
    type_here("党员")
    press(Qt.Key.Key_Tab)
    type_here("本科")
    press(Qt.Key.Key_Tab)
    type_here("无")  # 社区党组织职务
    press(Qt.Key.Key_Tab)
    type_here("居委会主任")  # 居委会职务, in Part 1's words
    press(Qt.Key.Key_Return)
    chair = model.member(0)
    assert (chair.name, chair.ethnicity, chair.political, chair.education, chair.rc_post) == (
        "李秀英", "汉族", "中共党员", "大学本科", "居委会主任")
    assert form.problems() == []
    assert window.isWindowModified()

    # Four more members, each by Alt+N, her name and her ID number (the birth date follows).
    for i, (name, id_number) in enumerate(OTHER_MEMBERS, start=1):
        press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda i=i: model.rowCount() == i + 1)
        type_here(name)
        press(Qt.Key.Key_Tab)
        type_here(id_number)
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Escape)
    assert [m.name for m in model.members()] == ["李秀英"] + [n for n, _ in OTHER_MEMBERS]
    assert model.member(4).birth_date == date(1990, 1, 2)
    assert form.problems() == []

    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, table)
    assert not form.is_dirty() and not window.isWindowModified()
    window.close()

    with Store.open(district) as store:
        community = store.find_community("牛街", "法源寺社区")
        congress = store.congress(community.id, 6)
        members = store.members(community.id, 6)
    assert congress.established is True and congress.progress == "已完成"
    assert congress.election_date == date(2023, 3, 15)
    assert (congress.election_method, congress.voting_method) == ("等额选举", "无记名投票")
    assert (congress.reps_total, congress.reps_units, congress.reps_migrants, congress.reps_present) == (40, 5, 3, 38)
    assert congress.instructor == "王芳"
    assert [(m.role, m.name, m.id_number, m.birth_date) for m in members][0] == (
        "主任", "李秀英", CHAIR_ID, date(1978, 6, 15))
    assert [(m.role, m.name) for m in members[1:]] == [("委员", n) for n, _ in OTHER_MEMBERS]

    again = open_window(district)
    choose_community(again, "法源寺")
    assert again.form.members_model.member(0).name == "李秀英"
    assert again.form.ui.reps_total_spin.value_or_none() == 40
    assert again.panel.status(community.id).kind == "complete"


def test_a_broken_rule_shows_on_the_field_and_in_the_panel_before_saving(open_window, district, monkeypatch):
    window = open_window(district)
    choose_community(window, "春风")
    form = window.form
    spin = form.ui.reps_units_spin
    clean_red = red_pixels(spin)
    type_into(form.ui.reps_total_spin, "30")
    type_into(spin, "45")

    assert spin.property("problem") == "error"
    assert "不能大于代表总数" in spin.toolTip()
    assert red_pixels(spin) > clean_red + 50  # the red border is really drawn
    rows = [form.problems_model.index(r, 2).data() for r in range(form.problems_model.rowCount())]
    assert any("社区单位代表数（45）不能大于代表总数（30）" in text for text in rows)
    assert form.problems_model.index(0, 0).data() == "错误"

    # Saving is refused while the error stands, and says why.
    refused = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, detail="": refused.append((title, text, detail)))
    assert form.save() is False
    assert refused and refused[0][0] == "不能保存" and "社区单位代表数" in refused[0][2]
    assert focus() is spin  # the cursor goes to the faulty field

    # Putting it right clears the mark at once.
    spin.selectAll()
    type_into(spin, "5")
    assert spin.property("problem") == ""
    assert form.problems_model.rowCount() == 0


def test_undo_takes_back_the_last_edits_of_the_form(open_window, district):
    window = open_window(district)
    choose_community(window, "春风")
    form = window.form
    type_into(form.ui.instructor_edit, "张")
    type_into(form.ui.instructor_edit, "三")
    type_into(form.ui.reps_total_spin, "12")
    form.add_member()
    press(Qt.Key.Key_Escape)
    assert form.members_model.rowCount() == 1

    window.undo_action.trigger()  # the added member
    assert form.members_model.rowCount() == 0
    window.undo_action.trigger()  # 代表总数
    assert form.ui.reps_total_spin.value_or_none() is None
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, form.ui.instructor_edit)  # typing merged: one step
    assert form.ui.instructor_edit.text() == ""
    assert not form.is_dirty()
    window.redo_action.trigger()
    assert form.ui.instructor_edit.text() == "张三" and form.is_dirty()


def test_ctrl_s_while_still_typing_in_a_cell_saves_what_was_typed(open_window, district):
    window = open_window(district)
    choose_community(window, "春风")
    form = window.form
    form.add_member()  # the 主任, her name cell open for typing
    type_here("赵敏")
    press(Qt.Key.Key_Tab)
    type_here(CHAIR_ID)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Escape)
    for field, text in (("political", "群众"), ("education", "高中"), ("party_post", "书记")):
        form.ui.members_table.setCurrentIndex(form.members_model.index(0, COLUMN[field]))
        type_into(form.ui.members_table, text)
        press(Qt.Key.Key_Return)
    form.ui.members_table.setCurrentIndex(form.members_model.index(0, COLUMN["phone"]))
    type_into(form.ui.members_table, "13800138000")  # the editor is still open
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()
    with Store.open(district) as store:
        chair = store.members(store.find_community("牛街", "春风社区").id, 6)[0]
    assert (chair.name, chair.rc_post, chair.phone) == ("赵敏", "社区党组织书记", "13800138000")


def test_members_are_reordered_and_deleted_by_keyboard_and_the_chair_is_saved_first(open_window, demo_copy):
    window = open_window(demo_copy)
    with Store.open(demo_copy) as store:
        community = store.communities()[0]
        before = [m.name for m in store.members(community.id, 6)]
    window.jump_to(community.id, 6)
    form, table = window.form, window.form.ui.members_table
    model = form.members_model
    table.setFocus()
    table.setCurrentIndex(model.index(1, COLUMN["name"]))
    press(Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier, table)  # the 副主任 above the 主任
    assert [model.member(r).name for r in range(2)] == [before[1], before[0]]
    assert table.currentIndex().row() == 0
    table.setCurrentIndex(model.index(model.rowCount() - 1, COLUMN["name"]))
    press(Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier, table)
    assert model.rowCount() == len(before) - 1
    window.undo_action.trigger()
    assert model.rowCount() == len(before)
    window.undo_action.trigger()
    assert [model.member(r).name for r in range(model.rowCount())] == before
    assert not form.is_dirty()

    table.setCurrentIndex(model.index(1, COLUMN["name"]))
    press(Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier, table)
    table.setCurrentIndex(model.index(model.rowCount() - 1, COLUMN["name"]))
    press(Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier, table)
    assert form.save()
    with Store.open(demo_copy) as store:
        saved = store.members(community.id, 6)
    assert saved[0].role == "主任" and saved[0].name == before[0]  # 主任 first, whatever the table order
    assert [m.name for m in saved] == before[:-1]
