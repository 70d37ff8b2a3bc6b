"""Streets and communities through the tree: counts that agree with the statistics from the moment
a community is created, status marks for every community, and a first run that says what to do."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import press, type_into
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fdh_desktop.gui.entry.place_dialog import PlaceDialog
from fdh_desktop.services.statistics import statistics
from fdh_desktop.storage import Store


def add_through_the_dialog(action, name: str) -> None:
    """Trigger an add action; type the name into the dialog it opens and press Enter."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlaceDialog)
        type_into(dialog.ui.name_edit, name)
        press(Qt.Key.Key_Return, widget=dialog.ui.name_edit)

    QTimer.singleShot(0, fill)
    action.trigger()


def street_label(window, street: str) -> str:
    panel = window.panel
    root = panel.model.item(0)
    for row in range(root.rowCount()):
        if root.child(row).data(Qt.ItemDataRole.UserRole + 12) == street:
            return root.child(row).text()
    raise AssertionError(street)


def test_a_new_community_counts_in_the_tree_and_the_statistics_alike(open_window, store, db_path: Path):
    store.add_street("牛街")
    store.close()
    window = open_window(db_path)
    tree = window.panel.ui.district_tree
    tree.setFocus()
    press(Qt.Key.Key_Down, widget=tree)  # the street
    add_through_the_dialog(window.panel.add_community_action, "春风社区")
    form = window.form
    assert form.ui.title_label.text().startswith("牛街 › 春风社区")
    assert form.ui.should_establish_combo.currentText() == "是" and not form.is_dirty()

    with Store.open(db_path) as again:
        figures = statistics(again)["congresses"]
        ids = [c.id for c in again.communities()]
    assert figures["should_establish"] == 1 and figures["completed"] == 0
    assert street_label(window, "牛街") == "牛街（0/1）"
    for cid in ids:  # a status dot for each, the new ones included
        status = window.panel.status(cid)
        assert status is not None and status.kind == "not_started" and status.should_establish
        assert not window.panel._community_items[cid].icon().isNull()


def test_a_district_without_streets_says_to_add_one_first(open_window, store, db_path: Path):
    store.close()
    window = open_window(db_path)
    text = window.form.ui.empty_label.text()
    assert "先新增街道" in text and "请在左侧选择" not in text
    # The window broadcasts what the panel changed (the lead wires changes_made to on_changes).
    window.panel.changes_made.connect(window.form.on_changes)
    window.panel.ui.district_tree.setFocus()
    add_through_the_dialog(window.panel.add_street_action, "牛街")
    assert "先新增社区" in window.form.ui.empty_label.text()


def test_the_legend_names_every_mark_in_the_drop_downs_words(open_window, demo_copy):
    window = open_window(demo_copy)
    legend = window.panel.ui.legend_label.text()
    for word in ("未启动", "进行中", "已完成", "有警告", "有错误"):
        assert word in legend
    assert "#fb8c00" in legend and "未开始" not in legend


def test_every_tree_name_has_its_full_name_as_tooltip(open_window, demo_copy):
    window = open_window(demo_copy)
    items = window.panel._community_items
    assert items and all(item.toolTip().startswith(item.data(Qt.ItemDataRole.UserRole + 12)) for item in items.values())
    root = window.panel.model.item(0)
    assert all(root.child(r).toolTip().startswith(root.child(r).data(Qt.ItemDataRole.UserRole + 12))
               for r in range(root.rowCount()))


def test_communities_the_statistics_cannot_count_are_named(store):
    from fdh_desktop.services import places

    street = store.add_street("牛街")
    store.add_community(street.id, "旧社区")  # as older files have it: no congress record
    places.add_community(store, street.id, "新社区")
    assert places.uncounted_communities(store, 6) == ["牛街 旧社区"]
    assert statistics(store)["congresses"]["should_establish"] == 1
