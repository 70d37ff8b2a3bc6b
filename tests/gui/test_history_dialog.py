"""修改历史: a community's changes, 恢复所选成员 and 撤销这次修改."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fdh_desktop.gui import messages
from fdh_desktop.gui.dialogs.history_dialog import HistoryDialog
from fdh_desktop.storage import Store


@pytest.fixture
def store(demo_db: Path, tmp_path: Path):
    path = tmp_path / "district.sqlite"
    shutil.copyfile(demo_db, path)
    with Store.open(path) as s:
        yield s


def _rows(dialog: HistoryDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _select(dialog: HistoryDialog, predicate) -> None:
    for row, cells in enumerate(_rows(dialog)):
        if predicate(cells):
            dialog.table.selectRow(row)
            return
    raise AssertionError("no such row")


def test_a_deleted_member_is_listed_and_brought_back(qtbot, store):
    community = store.communities()[0]
    congress, members = store.congress(community.id, 6), store.members(community.id, 6)
    store.save_congress(community.id, 6, congress, members[:-1])
    dialog = HistoryDialog(store, community.id)
    qtbot.addWidget(dialog)
    assert community.name in dialog.windowTitle()
    rows = _rows(dialog)
    assert rows[0][4] == f"删除班子成员 {members[-1].name}（{members[-1].role}）" and rows[0][2] == "保存"

    _select(dialog, lambda cells: cells[4].startswith("新增"))
    assert not dialog.restore_member_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_member_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        qtbot.mouseClick(dialog.restore_member_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in store.members(community.id, 6)] == [m.name for m in members]
    assert _rows(dialog)[0][2] == "恢复班子成员"
    assert members[-1].name in dialog.status_label.text()


def test_an_import_is_undone_for_the_community(qtbot, store, monkeypatch):
    community = store.communities()[1]
    congress, members = store.congress(community.id, 6), store.members(community.id, 6)
    with store.write("import", "导入 天桥.xlsx"):
        store.save_congress(community.id, 6, replace(congress, reps_total=88), members, action="import")
    dialog = HistoryDialog(store, community.id)
    qtbot.addWidget(dialog)
    _select(dialog, lambda cells: cells[5] == "代表总数")
    assert _rows(dialog)[0][6:] == [str(congress.reps_total), "88"]
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert store.congress(community.id, 6).reps_total == congress.reps_total
    assert "撤销" in dialog.status_label.text()


def test_a_refused_revert_is_explained_and_changes_nothing(qtbot, store, monkeypatch):
    community = store.communities()[2]
    congress, members = store.congress(community.id, 6), store.members(community.id, 6)
    with store.write("import", "导入"):
        store.save_congress(community.id, 6, replace(congress, note="导入"), members, action="import")
    store.save_congress(community.id, 6, replace(congress, note="手工改"), members)
    dialog = HistoryDialog(store, community.id)
    qtbot.addWidget(dialog)
    _select(dialog, lambda cells: cells[2] == "导入")
    errors = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(messages, "error", lambda parent, title, text, detail="": errors.append(text))
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert errors and "之后又有修改" in errors[0]
    assert store.congress(community.id, 6).note == "手工改"


def test_a_read_only_store_offers_no_way_back(qtbot, store):
    community = store.communities()[0]
    store.save_congress(community.id, 6, store.congress(community.id, 6), store.members(community.id, 6)[:-1])
    path = store.path
    with Store.open(path, read_only=True) as ro:
        dialog = HistoryDialog(ro, community.id)
        qtbot.addWidget(dialog)
        dialog.table.selectRow(0)
        assert not dialog.restore_member_button.isEnabled() and not dialog.revert_button.isEnabled()
        assert "只读" in dialog.status_label.text()
        dialog.close()


def test_the_districts_recent_history_without_a_community(qtbot, store):
    dialog = HistoryDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "修改历史" and dialog.table.model().rowCount() > 0
    assert dialog.revert_button.isHidden()  # undoing needs a community


def test_the_district_history_names_the_community_and_filters_as_typed(qtbot, store):
    """Issue 12, finding 12: the district-wide history has a 社区 column and a filter."""
    from gui_helpers import type_into

    streets = {s.id: s.name for s in store.streets()}
    first, second = store.communities()[0], store.communities()[5]
    for community in (first, second):
        congress, members = store.congress(community.id, 6), store.members(community.id, 6)
        store.save_congress(community.id, 6, congress, members[:-1])
    dialog = HistoryDialog(store, None)
    qtbot.addWidget(dialog)
    header = [dialog.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert header[3] == "社区" and not dialog.table.isColumnHidden(3)
    places = {row[3] for row in _rows(dialog)}
    assert f"{streets[first.street_id]} › {first.name}" in places
    assert f"{streets[second.street_id]} › {second.name}" in places
    type_into(dialog.filter_edit, second.name)
    rows = _rows(dialog)
    assert rows and all(row[3].endswith(second.name) for row in rows)
    dialog.table.selectRow(0)
    assert dialog.selected_entry().community_id == second.id  # the proxy's row maps to the entry shown
