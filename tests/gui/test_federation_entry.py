"""Issue 13 in the window: a clerk enters a community 妇联 (主席, 兼职副主席, 执委, the two 两委
posts, 是否兼职, 界别) by keyboard, sees the 妇联 rules live, and finds the 妇代会 of 第六届 still
labelled and checked as a 妇代会 when she switches back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_helpers import focus, press, type_here, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from fdh_desktop.domain.records import Congress, Member, Settings, Term
from fdh_desktop.gui.entry.members_model import COLUMN
from fdh_desktop.storage import Store
from test_entry_by_keyboard import CHAIR_ID, OTHER_MEMBERS, choose_community

START = date(2026, 3, 1)


@pytest.fixture
def federation_district(store, db_path: Path) -> Path:
    """测试区: 第六届 (2023) a 妇代会 with 法源寺社区's 主任 recorded; 第七届 (2026) its first 妇联
    term, the current one, with nothing entered yet."""
    street = store.add_street("牛街")
    fayuan = store.add_community(street.id, "法源寺社区")
    store.add_community(street.id, "春风社区")
    store.save_congress(fayuan.id, 6, Congress(established=True), [
        Member("主任", "李秀英", CHAIR_ID, political="中共党员", education="大学本科", rc_post="居委会主任"),
        Member("委员", OTHER_MEMBERS[0][0], OTHER_MEMBERS[0][1]),
    ])
    with store.write("test", "第七届"):
        store.save_term(Term(7, 2026, None, "妇联", START, date(2031, 3, 1)))
        store.save_settings(Settings(district="测试区", current_term=7))
    return db_path


def type_in_cell(table, row: int, field: str, text: str) -> None:
    """Make a cell current, type on it (which opens its editor) and press Enter."""
    table.setCurrentIndex(table.model().index(row, COLUMN[field]))
    type_into(table, text)
    press(Qt.Key.Key_Return)


def add_member(form, qtbot, name: str, id_number: str) -> int:
    """Alt+N, her name, Tab, her ID number, Enter: the new row."""
    model = form.members_model
    rows = model.rowCount()
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: model.rowCount() == rows + 1)
    type_here(name)
    press(Qt.Key.Key_Tab)
    type_here(id_number)
    press(Qt.Key.Key_Return)
    return rows


def messages_of(form) -> list[str]:
    return [p.message for p in form.problems()]


def role_choices(form, row: int) -> list[str]:
    """The items of the 职务 drop-down a clerk opens on a row (F2), then closed again."""
    table = form.ui.members_table
    table.setFocus()
    table.setCurrentIndex(form.members_model.index(row, COLUMN["role"]))
    press(Qt.Key.Key_F2, widget=table)
    editor = focus()
    while not isinstance(editor, QComboBox):
        editor = editor.parentWidget()
    items = [editor.itemText(i) for i in range(editor.count())]
    press(Qt.Key.Key_Escape)
    return [i for i in items if i]


def test_a_federation_is_entered_by_keyboard_with_its_roles_posts_and_live_rules(open_window, federation_district, qtbot):
    window = open_window(federation_district)
    assert "第七届（本届） · 社区妇联" in window.windowTitle()
    choose_community(window, "春风")
    form = window.form
    assert (form.ui.congress_group.title(), form.ui.members_group.title()) == ("社区妇联", "执委")
    assert window.ui.main_tabs.tabText(window.ui.main_tabs.indexOf(window.ui.roster_tab)) == "执委名单"
    table, model = form.ui.members_table, form.members_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert {"社区党组织职务", "居委会职务", "是否兼职", "界别"} <= set(headers) and "居委会任职" not in headers
    assert "新当选" in headers and "新任" not in headers  # as the 社区妇联 workbook heads the column

    # The first member is the 主席; her posts in both 两委, typed in the words of a return.
    row = add_member(form, qtbot, "赵敏", CHAIR_ID)
    assert model.member(row).role == "主席"
    assert role_choices(form, row) == ["主席", "副主席", "兼职副主席", "执委"]
    for field, typed in (("political", "党员"), ("education", "本科"), ("party_post", "支部书记"),
                         ("committee_post", "居委会主任")):
        type_in_cell(table, row, field, typed)
    chair = model.member(row)
    assert (chair.party_post, chair.committee_post, chair.posts.one_shoulder) == ("书记", "主任", True)
    assert form.problems() == []

    # The next members are 执委; one becomes a part-time vice-chair from a unit in the community.
    (_, vice_id), (_, member_id), (_, fourth_id) = OTHER_MEMBERS[:3]
    vice = add_member(form, qtbot, "张桂兰", vice_id)
    assert model.member(vice).role == "执委"
    type_in_cell(table, vice, "role", "兼职副主席")
    type_in_cell(table, vice, "part_time", "是")
    type_in_cell(table, vice, "sector", "驻区单位")
    third = add_member(form, qtbot, "马玉华", member_id)
    type_in_cell(table, third, "role", "执行委员")  # a synonym: 执委
    type_in_cell(table, third, "sector", "楼门长")  # 界别 is free text: kept as typed
    assert [(m.role, m.is_part_time, m.sector) for m in model.members()] == [
        ("主席", False, ""), ("兼职副主席", True, "驻区单位"), ("执委", False, "楼门长")]

    # A 主任 typed in a 妇联 term is read as a 主席: two 主席 is an error at once.
    fourth = add_member(form, qtbot, "白淑珍", fourth_id)
    type_in_cell(table, fourth, "role", "主任")
    assert model.member(fourth).role == "主席"
    assert "一个社区妇联只能有一名主席，这里有2名" in messages_of(form)
    type_in_cell(table, fourth, "role", "委员")  # the 妇代会 word for a member: 执委
    assert model.member(fourth).role == "执委"
    assert not [p for p in form.problems() if p.is_error]

    # 已完成 brings the 妇联 rules of a completed term: four 执委 is an even number, below the range.
    form.ui.election_date_edit.setFocus()
    type_here("2026-03-20")
    press(Qt.Key.Key_Tab)
    form.ui.progress_combo.setFocus()
    type_here("已完成")
    press(Qt.Key.Key_Tab)
    found = messages_of(form)
    assert "执委人数为4人，应为奇数" in found and "执委人数为4人，不在规定的7至21人之间" in found
    assert "妇联 · 职务" in {form.problems_model.place(p) for p in form.problems() if p.member_index is None}
    # Without a (part-time) vice-chair a completed 妇联 is refused.
    type_in_cell(table, vice, "role", "执委")
    assert "换届进度为“已完成”时至少应有一名副主席或兼职副主席" in messages_of(form)
    type_in_cell(table, vice, "role", "副主席")
    assert not [p for p in form.problems() if p.is_error]

    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, table)
    assert not form.is_dirty()
    with Store.open(federation_district) as store:
        community = store.find_community("牛街", "春风社区")
        saved = store.members(community.id, 7)
    assert [(m.role, m.name) for m in saved] == [("主席", "赵敏"), ("副主席", "张桂兰"), ("执委", "马玉华"),
                                                 ("执委", "白淑珍")]
    assert (saved[0].party_post, saved[0].committee_post) == ("书记", "主任")
    assert (saved[1].part_time, saved[1].sector, saved[2].sector) == (True, "驻区单位", "楼门长")
    tip = window.panel._community_items[community.id].toolTip()
    assert "执委：4人" in tip and "班子成员" not in tip


def test_switching_between_the_federation_and_the_congress_of_the_sixth_term(open_window, federation_district, qtbot):
    window = open_window(federation_district)
    choose_community(window, "法源")
    form = window.form
    assert form.ui.congress_group.title() == "社区妇联"
    assert form.problems() == []  # nothing entered in 第七届 yet

    # 第六届 through the term drop-down: a 妇代会 again, in every label, role and rule.
    combo = window.ui.term_combo
    combo.setFocus()
    press(Qt.Key.Key_Down, widget=combo)
    assert window.term == 6 and form.term == 6
    assert "第六届 · 社区妇代会" in window.windowTitle()
    assert (form.ui.congress_group.title(), form.ui.members_group.title()) == ("社区妇代会", "班子成员")
    assert window.ui.main_tabs.tabText(window.ui.main_tabs.indexOf(window.ui.roster_tab)) == "班子成员名单"
    model = form.members_model
    assert [m.role for m in model.members()] == ["主任", "委员"]
    assert role_choices(form, 0) == ["主任", "副主任", "委员"]
    community = window.store.find_community("牛街", "法源寺社区")
    assert "班子成员：2人" in window.panel._community_items[community.id].toolTip()
    # Part 1's rule, in Part 1's words, marks both post cells of the chair.
    type_in_cell(form.ui.members_table, 0, "committee_post", "委员")
    assert "主任应由居委会副主任以上职务担任，现为“居委会委员”" in messages_of(form)
    assert model.problems_at(0, "party_post") and model.problems_at(0, "committee_post")
    assert form.problems_model.place(next(p for p in form.problems() if p.field == "rc_post")).endswith(
        "社区党组织职务/居委会职务")
    window.undo_action.trigger()
    assert not form.is_dirty()

    # Back to 第七届: a 妇联, whose first member is its 主席.
    combo.setFocus()
    press(Qt.Key.Key_Up, widget=combo)
    assert form.term == 7 and form.ui.congress_group.title() == "社区妇联"
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.member(0).role == "主席"
    press(Qt.Key.Key_Escape)
    assert "执委：0人" in window.panel._community_items[community.id].toolTip()


def test_the_term_dialog_sets_the_form_and_the_end_date_follows_until_typed(open_window, federation_district,
                                                                           qtbot, monkeypatch):
    from fdh_desktop.gui.dialogs.term_dialog import TermDialog

    window = open_window(federation_district)
    choose_community(window, "春风")
    form = window.form
    seen = {}

    def retype(edit, text: str) -> None:
        edit.setFocus()
        edit.selectAll()
        type_here(text)
        press(Qt.Key.Key_Tab)

    def choose(combo, key: Qt.Key) -> None:
        combo.setFocus()
        press(key, widget=combo)

    def drive(dialog: TermDialog) -> int:
        ui = dialog.ui
        dialog.show()
        qtbot.waitExposed(dialog)
        seen["label"] = ui.term_number_label.text()
        seen["stored"] = (ui.form_combo.currentData(), ui.start_date_edit.value(), ui.end_date_edit.value())
        # 妇代会: three years from the start; the end date follows the form.
        choose(ui.form_combo, Qt.Key.Key_Down)
        seen["congress_end"] = ui.end_date_edit.value()
        # A new start: the end follows it too.
        retype(ui.start_date_edit, "2026-04-15")
        seen["new_start_end"] = ui.end_date_edit.value()
        choose(ui.form_combo, Qt.Key.Key_Up)
        seen["federation_end"] = ui.end_date_edit.value()
        # An end before the start is refused by 确定 (Enter); nothing is written.
        retype(ui.end_date_edit, "2020-01-01")
        press(Qt.Key.Key_Return)
        seen["refusal"] = (ui.message_label.text(), dialog.isVisible())
        with Store.open(federation_district) as store:
            seen["after_refusal"] = store.term(7).start_date
        # Her own end date stays when the form changes; then back to 妇代会 and 确定 (Enter).
        retype(ui.end_date_edit, "2029-06-30")
        choose(ui.form_combo, Qt.Key.Key_Down)
        seen["typed_end"] = ui.end_date_edit.value()
        ui.reference_date_edit.setFocus()
        type_here("2026-06-30")
        press(Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(TermDialog, "exec", drive)
    press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier, window)
    assert seen["label"] == "第七届（本届）"
    assert seen["stored"] == ("妇联", START, date(2031, 3, 1))
    assert seen["congress_end"] == date(2029, 3, 1)
    assert seen["new_start_end"] == date(2029, 4, 15)
    assert seen["federation_end"] == date(2031, 4, 15)
    assert seen["refusal"] == ("任期结束日期2020-01-01应晚于开始日期2026-04-15", True)
    assert seen["after_refusal"] == START
    assert seen["typed_end"] == date(2029, 6, 30)
    with Store.open(federation_district) as store:
        assert store.term(7) == Term(7, 2026, date(2026, 6, 30), "妇代会", date(2026, 4, 15), date(2029, 6, 30))
    # The window follows at once: 第七届 is now a 妇代会 in the title, the form and its roles.
    assert "第七届（本届） · 社区妇代会" in window.windowTitle()
    assert form.ui.congress_group.title() == "社区妇代会"
    is_new = form.members_model.headerData(COLUMN["is_new"], Qt.Orientation.Horizontal)
    assert is_new == "新任"
    with qtbot.waitActive(window):  # the dialog has closed: the window has the keyboard again
        window.activateWindow()
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier, form.ui.members_table)
    qtbot.waitUntil(lambda: form.members_model.rowCount() == 1)
    assert form.members_model.member(0).role == "主任"
    press(Qt.Key.Key_Escape)


def test_a_new_district_may_start_as_a_congress(open_window, tmp_path, monkeypatch, qtbot):
    from fdh_desktop.gui.dialogs.new_district_dialog import NewDistrictDialog

    window = open_window()
    target = tmp_path / "丰台区.sqlite"
    preselected = []

    def fill(dialog: NewDistrictDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        preselected.append(dialog.ui.form_combo.currentData())
        type_into(dialog.ui.district_edit, "丰台区")
        dialog.ui.file_edit.setText(str(target))
        dialog.ui.form_combo.setFocus()
        press(Qt.Key.Key_Down, widget=dialog.ui.form_combo)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewDistrictDialog, "exec", fill)
    window.ui.new_district_button.click()
    assert preselected == ["妇联"]
    with Store.open(target) as store:
        assert store.term(6).form == "妇代会"
    assert "社区妇代会" in window.windowTitle()
    QApplication.processEvents()


def test_a_role_of_the_other_form_kept_in_a_congress_term_is_named_as_such(open_window, federation_district):
    """An import of old days left a 兼职副主席 in 第六届, a 妇代会: the form says what is wrong."""
    with Store.open(federation_district) as store:
        chunfeng = store.find_community("牛街", "春风社区")
        store.save_congress(chunfeng.id, 6, Congress(established=True), [
            Member("兼职副主席", OTHER_MEMBERS[3][0], OTHER_MEMBERS[3][1])])
    window = open_window(federation_district)
    assert window.jump_to(chunfeng.id, 6)
    found = [p for p in window.form.problems() if p.field == "role"]
    assert [(p.is_error, p.message) for p in found] == [
        (True, "职务“兼职副主席”是社区妇联的职务，妇代会应为主任、副主任或委员")]
    # Text that is no role at all, typed over it: one error that says so.
    type_in_cell(window.form.ui.members_table, 0, "role", "组长")
    found = [p for p in window.form.problems() if p.field == "role"]
    assert [(p.is_error, p.message) for p in found] == [(True, "职务“组长”无法识别，应为主任、副主任、委员")]


def test_the_member_list_and_the_printed_roster_show_the_posts_and_roles_as_stored(open_window, federation_district):
    from fdh_desktop.gui.roster.model import COLUMN as ROSTER_COLUMN
    from fdh_desktop.services import statistics

    with Store.open(federation_district) as store:
        chunfeng = store.find_community("牛街", "春风社区")
        store.save_congress(chunfeng.id, 7, Congress(established=True), [
            Member("主席", "赵敏", CHAIR_ID, party_post="书记", committee_post="主任"),
            Member("兼职副主席", OTHER_MEMBERS[0][0], OTHER_MEMBERS[0][1], party_post="无", committee_post="无",
                   part_time=True, sector="驻区单位"),
            Member("执委", OTHER_MEMBERS[1][0], OTHER_MEMBERS[1][1], sector="巾帼志愿者"),
        ])
    window = open_window(federation_district)
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier, window)
    roster = window.roster
    model = roster.model
    assert roster.ui.count_label.text() == "共3人"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[ROSTER_COLUMN["party_post"]:ROSTER_COLUMN["sector"] + 1] == [
        "社区党组织职务", "居委会职务", "新当选", "是否兼职", "界别"]  # a 社区妇联 term's word

    def row(r: int) -> list[str]:
        return [model.index(r, ROSTER_COLUMN[f]).data()
                for f in ("role", "name", "party_post", "committee_post", "part_time", "sector")]

    assert [row(r) for r in range(3)] == [
        ["主席", "赵敏", "书记", "主任", "", ""],
        ["兼职副主席", OTHER_MEMBERS[0][0], "无", "无", "是", "驻区单位"],
        ["执委", OTHER_MEMBERS[1][0], "", "", "", "巾帼志愿者"],
    ]
    # Sorting by 界别 sorts by 界别 (blank first).
    roster.ui.roster_table.sortByColumn(ROSTER_COLUMN["sector"], Qt.SortOrder.AscendingOrder)
    assert [model.index(r, ROSTER_COLUMN["sector"]).data() for r in range(3)] == ["", "巾帼志愿者", "驻区单位"]

    with Store.open(federation_district) as store:
        html = statistics.roster_sections(store, 7)[0].html
    assert "社区党组织职务" in html and "居委会任职" not in html
    assert "是否新当选" in html and "是否新任" not in html
    for text in ("兼职副主席", "驻区单位", "巾帼志愿者"):
        assert text in html


def test_the_pictures_get_a_federation_term_from_the_demo_or_a_sample_of_it(demo_copy):
    from fdh_desktop.services.federation_sample import federation_term

    number, community = federation_term(demo_copy)
    with Store.open(demo_copy) as store:
        term = store.term(number)
        assert (number, term.form) == (7, "妇联")
        shown = next(c for c in store.communities() if c.name == community)
        members = store.members(shown.id, number)
        assert store.congress(shown.id, number).progress == "已完成"
        assert 11 <= len(members) <= 19 and len(members) % 2 == 1 and members[0].role == "主席"
        terms = len(store.terms())
    assert federation_term(demo_copy) == (number, community)  # the term is there now: used, not made again
    with Store.open(demo_copy) as store:
        assert len(store.terms()) == terms
