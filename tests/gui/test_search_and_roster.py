"""Finding a person: the search box (name or ID number, across the district and terms) and the
district-wide member list both jump to her community with her row selected."""

from __future__ import annotations

from gui_helpers import press, type_into
from PySide6.QtCore import Qt

from fdh_desktop.gui.roster.model import COLUMN as ROSTER_COLUMN
from fdh_desktop.storage import Store


def a_member(path, community: str, row: int = 1) -> tuple[int, str, str]:
    with Store.open(path) as store:
        c = next(c for c in store.communities() if c.name == community)
        m = store.members(c.id, 6)[row]
        return c.id, m.name, m.id_number


def test_search_by_name_jumps_to_her_community_and_row(open_window, demo_copy, qtbot):
    window = open_window(demo_copy)
    community_id, name, _ = a_member(demo_copy, "春风社区", 2)
    window.ui.find_action.trigger()
    assert window.ui.search_edit.hasFocus()
    type_into(window.ui.search_edit, name)
    qtbot.waitUntil(lambda: window.search.results() != [])
    results = window.search.results()
    assert all(name in r["name"] for r in results)
    # Pick her from the list the box offers (the completer's row for 春风社区).
    row = next(i for i, r in enumerate(results) if r["community_id"] == community_id)
    window.search.completer.activated[type(window.search.model.index(0, 0))].emit(window.search.model.index(row, 0))

    assert window.form.community_id == community_id
    assert window.panel.current_community_id() == community_id
    table = window.form.ui.members_table
    assert window.form.members_model.member(table.currentIndex().row()).name == name


def test_search_by_part_of_an_id_number_and_enter_goes_to_the_first_hit(open_window, demo_copy, qtbot):
    window = open_window(demo_copy)
    community_id, name, number = a_member(demo_copy, "法源寺社区", 1)
    type_into(window.ui.search_edit, number[-8:])
    press(Qt.Key.Key_Return, widget=window.ui.search_edit)
    assert window.form.community_id == community_id
    assert window.form.members_model.member(window.form.ui.members_table.currentIndex().row()).id_number == number


def test_search_finds_earlier_terms_and_switches_term(open_window, demo_copy, qtbot):
    with Store.open(demo_copy) as store:
        c = next(c for c in store.communities() if c.name == "虎坊路社区")
        only_earlier = next(m for m in store.members(c.id, 5)
                            if not store.search_members(m.name, term=6))
    window = open_window(demo_copy)
    type_into(window.ui.search_edit, only_earlier.name)
    press(Qt.Key.Key_Return, widget=window.ui.search_edit)
    assert window.term == 5 and window.ui.term_combo.currentData() == 5
    assert window.form.ui.title_label.text().endswith("第五届")


def test_nothing_found_says_so(open_window, demo_copy):
    window = open_window(demo_copy)
    type_into(window.ui.search_edit, "zzz")
    press(Qt.Key.Key_Return, widget=window.ui.search_edit)
    assert window.ui.status_bar.currentMessage() == "没有找到“zzz”"
    assert window.form.community_id is None


def test_the_member_list_filters_sorts_and_opens_a_community(open_window, demo_copy, qtbot):
    window = open_window(demo_copy, term=6)
    window.ui.roster_tab_action.trigger()
    roster = window.roster
    model = roster.model
    with Store.open(demo_copy) as store:
        total = len(store.roster_ids(6))
    assert model.rowCount() == total and roster.ui.count_label.text() == f"共{total}人"

    roster.ui.street_combo.setCurrentIndex(roster.ui.street_combo.findText("牛街"))
    assert {model.index(r, ROSTER_COLUMN["street"]).data() for r in range(model.rowCount())} == {"牛街"}
    roster.ui.roster_table.sortByColumn(ROSTER_COLUMN["age"], Qt.SortOrder.DescendingOrder)
    ages = [int(model.index(r, ROSTER_COLUMN["age"]).data()) for r in range(model.rowCount())]
    assert ages == sorted(ages, reverse=True)

    type_into(roster.ui.filter_edit, "法源寺")
    press(Qt.Key.Key_Return, widget=roster.ui.filter_edit)
    assert {model.index(r, ROSTER_COLUMN["community"]).data() for r in range(model.rowCount())} == {"法源寺社区"}
    target = model.row_object(0)
    roster.ui.roster_table.setCurrentIndex(model.index(0, ROSTER_COLUMN["name"]))
    press(Qt.Key.Key_Return, widget=roster.ui.roster_table)
    assert window.ui.main_tabs.currentIndex() == 0
    assert window.form.community_id == target["community_id"]
    current = window.form.ui.members_table.currentIndex()
    assert window.form.members_model.member(current.row()).id == target["id"]
