"""备份与恢复 as a clerk uses it: the list, 立即备份, and 恢复所选 after a confirmation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fdh_desktop.gui import messages
from fdh_desktop.gui.dialogs.backup_dialog import BackupDialog
from fdh_desktop.storage import Store
from fdh_desktop.storage.backup import list_backups, make_backup


@pytest.fixture
def district(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "district.sqlite"
    shutil.copyfile(demo_db, path)
    return path


def _cells(dialog: BackupDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_list_shows_time_reason_and_size_and_backup_now_adds_one(qtbot, district):
    make_backup(district, "before-import")
    dialog = BackupDialog(district)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "备份与恢复"
    rows = _cells(dialog)
    size = list_backups(district)[0].size_text  # the demo file is about 1 MB: shown in KB or MB
    assert len(rows) == 1 and rows[0][1] == "导入前" and rows[0][2] == size and size.endswith(("KB", "MB"))
    assert rows[0][3] == "完好"
    assert not dialog.restore_button.isEnabled()  # nothing selected yet

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    rows = _cells(dialog)
    assert len(rows) == 2 and rows[0][1] == "手动备份"
    assert "已备份到" in dialog.status_label.text()
    assert dialog.selected_backup().path == list_backups(district)[0].path


def test_restore_asks_first_and_restores_the_selected_backup(qtbot, district, monkeypatch):
    old = make_backup(district, "manual")
    with Store.open(district) as store:
        store.add_street("备份之后加的街道")
    dialog = BackupDialog(district)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()

    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: asked.append(a[2]) or False)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "恢复" in asked[0]
    with Store.open(district) as store:  # 取消: nothing happened
        assert store.street_by_name("备份之后加的街道") is not None

    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(dialog.restored, timeout=5000) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == [district]
    with Store.open(district) as store:
        assert store.street_by_name("备份之后加的街道") is None
    # the state before the restore is now in the list, ready to be restored back
    reasons = [row[1] for row in _cells(dialog)]
    assert "恢复前" in reasons and len(reasons) == 2
    assert old.path.exists()


def test_a_refused_restore_says_why(qtbot, district, monkeypatch):
    bad = make_backup(district, "manual")
    bad.path.write_bytes(b"\x00" * 4096)  # spoiled after it was listed
    dialog = BackupDialog(district)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    errors = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(messages, "error", lambda parent, title, text, detail="": errors.append(text))
    before = district.read_bytes()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert errors and "未恢复" in errors[0]
    assert district.read_bytes() == before

