"""Issue 12's entry findings, typed the way a clerk types: dates in every spelling, a title that
keeps its size, drop-down cells that are typed over, Tab that leaves the table."""

from __future__ import annotations

from datetime import date

import pytest
from gui_helpers import focus, press, type_here, type_into
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from fdh_desktop.gui import messages
from fdh_desktop.gui.common.editors import OptionalDateEdit
from fdh_desktop.gui.entry.members_model import COLUMN
from fdh_desktop.storage import Store
from test_entry_by_keyboard import choose_community, district  # noqa: F401 (a fixture)

SPELLINGS = ["2026-03-15", "2026-3-5", "2026/3/5", "2026.3.5", "2026年3月5日", "20260305"]
EXPECTED = [date(2026, 3, 15)] + [date(2026, 3, 5)] * 5
CHAIR_ID = "11010219780615008X"


def open_community(window, text: str):
    choose_community(window, text)
    return window.form


def at_a_new_members_birth_date(window, qtbot):
    """A community open, one member named, her 出生日期 cell current: (form, model, table)."""
    form = open_community(window, "法源")
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    model = form.members_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    type_here("李秀英")
    press(Qt.Key.Key_Return)
    table = form.ui.members_table
    table.setCurrentIndex(model.index(0, COLUMN["birth_date"]))
    return form, model, table


def type_text(text: str) -> None:
    """Type into the focus: ASCII key by key, any Chinese part through the input method."""
    if text.isascii():
        type_here(text)
        return
    for char in text:
        type_here(char)


# -- 2: dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "expected"), list(zip(SPELLINGS, EXPECTED)))
def test_election_date_accepts_every_spelling_and_nothing_leaks_into_the_next_field(open_window, district,
                                                                                   typed, expected):
    form = open_community(open_window(district), "法源")
    form.ui.election_date_edit.setFocus()
    type_text(typed)
    press(Qt.Key.Key_Tab)
    assert form.ui.election_date_edit.value() == expected
    assert form.ui.election_date_edit.text() == expected.isoformat()
    assert focus() in (form.ui.election_method_combo, form.ui.election_method_combo.lineEdit())
    assert form.ui.election_method_combo.currentText() == ""
    assert not [p for p in form.problems() if p.field == "election_date"]


def test_a_pasted_date_is_read_too(open_window, district):
    form = open_community(open_window(district), "法源")
    form.ui.election_date_edit.setFocus()
    QApplication.clipboard().setText("2026年3月5日")
    press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Tab)
    assert form.ui.election_date_edit.value() == date(2026, 3, 5)


def test_an_impossible_date_is_refused_at_the_field_and_blocks_saving(open_window, district):
    form = open_community(open_window(district), "法源")
    form.ui.election_date_edit.setFocus()
    type_here("2026-02-30")
    press(Qt.Key.Key_Tab)
    assert form.ui.election_date_edit.value() is None
    assert form.ui.election_date_edit.text() == "2026-02-30"  # kept as typed, not guessed
    found = [p for p in form.problems() if p.field == "election_date"]
    assert found and found[0].is_error and "2026-02-30" in found[0].message and "换届日期" in found[0].message
    assert form.ui.election_date_edit.property("problem") == "error"


@pytest.mark.parametrize(("typed", "expected"), list(zip(SPELLINGS, EXPECTED)))
def test_a_members_birth_date_cell_accepts_every_spelling(open_window, district, qtbot, typed, expected):
    form, model, table = at_a_new_members_birth_date(open_window(district), qtbot)
    type_into(table, typed[0])  # a key on the cell opens its editor
    type_text(typed[1:])
    press(Qt.Key.Key_Tab)
    assert model.member(0).birth_date == expected


def test_an_impossible_birth_date_keeps_the_cell_open_with_the_reason(open_window, district, qtbot):
    form, model, table = at_a_new_members_birth_date(open_window(district), qtbot)
    type_into(table, "1975-02-30")
    press(Qt.Key.Key_Tab)
    assert isinstance(focus(), OptionalDateEdit)  # still in the cell
    assert "不是有效日期" in QToolTip.text()
    assert model.member(0).birth_date is None


# -- 3: the title -------------------------------------------------------------------------------

def test_the_title_keeps_its_size_while_browsing(open_window, district):
    window = open_window(district)
    form = open_community(window, "法源")
    size = form.ui.title_label.font().pointSizeF()
    filter_edit = window.panel.ui.filter_edit
    filter_edit.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Backspace)  # the whole street shows again
    tree = window.panel.ui.district_tree
    tree.setFocus()
    press(Qt.Key.Key_Down, widget=tree)
    assert form.ui.title_label.text().startswith("牛街 › 春风社区")
    press(Qt.Key.Key_Up, widget=tree)
    for _ in range(10):
        press(Qt.Key.Key_Down, widget=tree)
        press(Qt.Key.Key_Up, widget=tree)
    assert form.ui.title_label.text().startswith("牛街 › 法源寺社区")
    assert form.ui.title_label.font().pointSizeF() == size
    assert size <= QApplication.font().pointSizeF() * 1.2


# -- 4: drop-down cells -------------------------------------------------------------------------

def type_in_cell(table, row: int, field: str, text: str) -> None:
    """Make a cell current, type on it (which opens its editor) and press Enter."""
    table.setCurrentIndex(table.model().index(row, COLUMN[field]))
    type_into(table, text)
    press(Qt.Key.Key_Return)


def add_chair(form, qtbot) -> None:
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.members_model.rowCount() == 1)
    type_here("李秀英")
    press(Qt.Key.Key_Tab)
    type_here(CHAIR_ID)
    press(Qt.Key.Key_Return)


def test_typing_chinese_over_a_drop_down_cell_replaces_its_value(open_window, district, qtbot):
    form = open_community(open_window(district), "法源")
    add_chair(form, qtbot)
    table, model = form.ui.members_table, form.members_model
    table.setCurrentIndex(model.index(0, COLUMN["committee_post"]))
    type_into(table, "居委会主任")  # Part 1's spelling, tidied as on import
    press(Qt.Key.Key_Return)
    assert model.member(0).committee_post == "主任" and model.member(0).rc_post == "居委会主任"
    assert not [p for p in form.problems() if p.field in ("rc_post", "committee_post")]
    type_in_cell(table, 0, "committee_post", "居委会副主任")
    assert model.member(0).rc_post == "居委会副主任"
    type_in_cell(table, 0, "party_post", "支部书记")
    assert model.member(0).party_post == "书记" and model.member(0).rc_post == "社区党组织书记"


def test_typing_latin_over_a_drop_down_cell_replaces_its_value(open_window, district, qtbot):
    form = open_community(open_window(district), "法源")
    add_chair(form, qtbot)
    table, model = form.ui.members_table, form.members_model
    type_in_cell(table, 0, "is_new", "Y")
    assert model.member(0).is_new is True
    type_in_cell(table, 0, "is_new", "N")
    assert model.member(0).is_new is False


def test_a_wrong_drop_down_value_is_one_error_and_no_contradicting_warning(open_window, district, qtbot):
    form = open_community(open_window(district), "法源")
    add_chair(form, qtbot)
    table, model = form.ui.members_table, form.members_model
    type_in_cell(table, 0, "committee_post", "主任居委会主任")
    found = [p for p in form.problems() if p.field in ("rc_post", "committee_post")]
    assert len(found) == 1 and found[0].is_error


# -- 10: the keyboard ---------------------------------------------------------------------------

def test_tab_after_the_id_number_skips_the_derived_birth_date(open_window, district, qtbot):
    form = open_community(open_window(district), "法源")
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.members_model.rowCount() == 1)
    type_here("李秀英")
    press(Qt.Key.Key_Tab)
    type_here(CHAIR_ID)
    press(Qt.Key.Key_Tab)
    table = form.ui.members_table
    assert form.members_model.member(0).birth_date == date(1978, 6, 15)
    assert table.currentIndex().column() == COLUMN["ethnicity"]
    assert not isinstance(focus(), OptionalDateEdit)
    # No editor reaches over its cell into the next column.
    editor = focus()
    cell = table.visualRect(table.currentIndex())
    assert editor.geometry().right() <= cell.right() + table.columnWidth(COLUMN["ethnicity"])


def test_tab_in_the_last_cell_leaves_the_table_and_reaches_the_problems_list(open_window, district, qtbot):
    form = open_community(open_window(district), "法源")
    add_chair(form, qtbot)
    table, model = form.ui.members_table, form.members_model
    table.setFocus()
    table.setCurrentIndex(model.index(0, COLUMN["note"]))
    press(Qt.Key.Key_Tab, widget=table)
    assert not table.isAncestorOf(focus()) and focus() is not table
    for _ in range(8):
        if focus() is form.ui.problems_table:
            break
        press(Qt.Key.Key_Tab)
    assert focus() is form.ui.problems_table
    press(Qt.Key.Key_Tab)
    assert focus() is form.ui.save_button  # the list is passed, not walked cell by cell


def test_ctrl_tab_leaves_the_table_from_a_cell_and_from_an_editor(open_window, district, qtbot):
    form = open_community(open_window(district), "法源")
    add_chair(form, qtbot)
    table, model = form.ui.members_table, form.members_model
    table.setFocus()
    table.setCurrentIndex(model.index(0, COLUMN["name"]))
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier, table)
    assert focus() is not table and not table.isAncestorOf(focus())
    table.setFocus()
    table.setCurrentIndex(model.index(0, COLUMN["phone"]))
    type_into(table, "1391")
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert focus() is not table and not table.isAncestorOf(focus())
    assert model.member(0).phone == "1391"


def test_saved_dates_and_tidied_values_reach_the_file(open_window, district, qtbot, monkeypatch):
    refused = []
    monkeypatch.setattr(messages, "error", lambda *args: refused.append(args))
    window = open_window(district)
    form = open_community(window, "法源")
    form.ui.election_date_edit.setFocus()
    type_text("2023年3月15日")
    add_chair(form, qtbot)
    table, model = form.ui.members_table, form.members_model
    type_in_cell(table, 0, "committee_post", "主任")
    for field, typed in (("political", "党员"), ("education", "本科")):
        table.setCurrentIndex(model.index(0, COLUMN[field]))
        type_into(table, typed)
        press(Qt.Key.Key_Return)
    QTest.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert refused == [] and not form.is_dirty()
    with Store.open(district) as store:
        community = store.find_community("牛街", "法源寺社区")
        assert store.congress(community.id, 6).election_date == date(2023, 3, 15)
        chair = store.members(community.id, 6)[0]
        assert (chair.rc_post, chair.political, chair.education) == ("居委会主任", "中共党员", "大学本科")


# -- issue 11: the rules run once per check ------------------------------------------------------

def test_a_save_runs_the_rules_once(open_window, district, qtbot, monkeypatch):
    from fdh_desktop.services import editing

    form = open_community(open_window(district), "法源")
    form.ui.instructor_edit.setFocus()
    type_here("王芳")
    calls = []
    real = editing.check_in_form
    monkeypatch.setattr(editing, "check_in_form", lambda *a, **k: calls.append(1) or real(*a, **k))
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()
    assert len(calls) == 1  # the check of the form as saved; none before the save (already current)
