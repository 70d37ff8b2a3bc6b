"""The import dialog on real workbooks and real database files: a returned workbook goes in
through the window; a bad one shows its errors with their place and is refused; a cancelled
check writes nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer

from fdh_desktop.gui.dialogs import import_dialog as import_dialog_module
from fdh_desktop.gui import messages
from fdh_desktop.gui.dialogs.import_dialog import ImportDialog, RowDialog
from fdh_desktop.services.exporting import export_term
from fdh_desktop.storage import Store


@pytest.fixture
def returns(demo_db: Path, tmp_path: Path) -> dict[str, Path]:
    """Two streets' returns as the demo district's export writes them (openpyxl-made .xlsx)."""
    folder = tmp_path / "returns"
    folder.mkdir()
    with Store.open(demo_db) as demo:
        niujie = export_term(demo, folder / "牛街.xlsx", term=6, street="牛街").path
        tianqiao = export_term(demo, folder / "天桥.xlsx", term=6, street="天桥").path
    return {"牛街": niujie, "天桥": tianqiao}


@pytest.fixture
def bad_return(returns: dict[str, Path], tmp_path: Path) -> Path:
    """牛街's return with a mistyped ID number in the second member row."""
    path = tmp_path / "returns" / "牛街_有错.xlsx"
    wb = load_workbook(returns["牛街"])
    ws = wb["班子成员"]
    header_row = next(r for r in range(1, 10) if any(c.value == "身份证号" for c in ws[r]))
    column = next(c.column for c in ws[header_row] if c.value == "身份证号")
    cell = ws.cell(row=header_row + 2, column=column)
    cell.value = cell.value[:-1] + ("1" if cell.value[-1] != "1" else "2")  # the check character no longer holds
    wb.save(path)
    return path


def counts(path: Path) -> tuple[int, int, int]:
    with Store.open(path) as store:
        congresses = sum(1 for row in store.congress_overview(6) if row["congress_id"] is not None)
        members = len(store.roster_ids(6))
        return len(store.communities()), congresses, members


def wait_checked(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    dialog.wait()


def test_a_returned_workbook_imported_through_the_window_shows_in_tree_and_form(open_window, store, db_path,
                                                                                returns, qtbot, monkeypatch):
    window = open_window(db_path)
    assert counts(db_path) == (0, 0, 0)
    seen = {}

    def drive() -> None:
        dialog = window.findChild(ImportDialog)
        try:
            dialog.add_files([returns["牛街"]])  # adding a file starts the check
            wait_checked(qtbot, dialog)
            seen["status0"] = dialog.ui.status_label.text()
            seen["plan"] = dialog.ui.plan_tree.topLevelItem(0).text(0)
            seen["status"] = dialog.ui.status_label.text()
            seen["enabled"] = dialog.ui.import_button.isEnabled()
            qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
            wait_checked(qtbot, dialog)
            seen["after"] = dialog.ui.status_label.text()
        finally:
            dialog.accept()  # whatever happened, the modal dialog must end

    QTimer.singleShot(0, drive)
    window.import_workbooks()  # modal: drive() runs inside its event loop

    assert "enabled" in seen, seen
    assert seen["enabled"], seen
    assert seen["plan"].startswith("牛街.xlsx（第六届）：社区新增14个")
    assert "确认导入" in seen["status"]
    assert seen["after"].startswith("已导入")
    communities, congresses, members = counts(db_path)
    assert communities == 14 and congresses == 14 and members > 50
    # The window shows what was written: the tree has 牛街 and its communities, with status marks.
    window.panel.ui.filter_edit.setText("法源寺")
    window.panel._filter_return()
    assert window.form.ui.title_label.text() == "牛街 › 法源寺社区 · 第六届（本届）"
    assert window.form.members_model.rowCount() >= 4
    assert window.panel.status(window.form.community_id) is not None


def test_a_bad_return_lists_each_error_with_its_place_and_cannot_be_imported(qtbot, store, db_path, bad_return,
                                                                             monkeypatch, tmp_path):
    before = counts(db_path)
    dialog = ImportDialog(db_path, store, 6)
    qtbot.addWidget(dialog)
    dialog.add_files([bad_return])
    wait_checked(qtbot, dialog)

    assert not dialog.ui.import_button.isEnabled()
    assert "有1处错误，不能导入" in dialog.ui.status_label.text()
    assert dialog.ui.results_tabs.currentIndex() == 1  # the errors are shown, not the plan
    model = dialog.problems_model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "错误" and row[1] == "牛街_有错.xlsx" and row[2] == "班子成员"
    assert row[3].isdigit() and row[4] == "身份证号" and "校验位" in row[6]

    # Double-click (here: activate) the error: the whole row of the workbook, the bad cell marked.
    shown: list[RowDialog] = []
    monkeypatch.setattr(RowDialog, "exec", lambda self: shown.append(self) or 0)
    dialog.show_row(model.index(0, 0))
    values = shown[0].model
    cells = {values.index(r, 0).data(): values.index(r, 1).data() for r in range(values.rowCount())}
    assert cells["街道"] == "牛街" and cells["身份证号"] == row[5] and cells["姓名"]
    marked = [values.index(r, 0).data() for r in range(values.rowCount())
              if values.index(r, 1).data(Qt.ItemDataRole.BackgroundRole) is not None]
    assert marked == ["身份证号"]
    assert row[3] in shown[0].ui.place_label.text()

    # The marked-up copy goes next to the return, for the street office to correct.
    monkeypatch.setattr(messages, "information", lambda *a, **k: None)
    assert dialog.ui.error_copy_button.isEnabled()
    written = dialog.write_error_copies()
    assert written == [bad_return.parent / "牛街_有错_错误标注.xlsx"] and written[0].exists()
    assert load_workbook(written[0])["班子成员"] is not None

    dialog.confirm_import()  # refused: nothing happens
    assert counts(db_path) == before


def test_cancelling_a_check_writes_nothing(qtbot, store, db_path, returns, monkeypatch):
    """取消 reaches the planner through its cancelled() callback; the dialog says so; nothing is written."""
    released = threading.Event()
    real_plan = import_dialog_module.plan_import

    def held_plan(store, files, term=None, progress=None, cancelled=None):
        released.wait(10)  # the clerk presses 取消 while the files are being read
        return real_plan(store, files, term=term, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(import_dialog_module, "plan_import", held_plan)
    before = counts(db_path)
    dialog = ImportDialog(db_path, store, 6)
    qtbot.addWidget(dialog)
    dialog.add_files([returns["牛街"], returns["天桥"]])
    assert dialog.is_busy() and dialog.ui.cancel_button.isEnabled()
    assert not dialog.ui.import_button.isEnabled()
    qtbot.mouseClick(dialog.ui.cancel_button, Qt.MouseButton.LeftButton)
    released.set()
    wait_checked(qtbot, dialog)

    assert dialog.ui.status_label.text() == "已取消，未写入任何数据。"
    assert dialog.plan is None and not dialog.ui.import_button.isEnabled()
    assert dialog.ui.plan_tree.topLevelItemCount() == 0
    assert counts(db_path) == before
    # Checking again works normally afterwards.
    monkeypatch.setattr(import_dialog_module, "plan_import", real_plan)
    dialog.check()
    wait_checked(qtbot, dialog)
    assert dialog.plan is not None and dialog.ui.import_button.isEnabled()
    assert counts(db_path) == before


def test_the_window_stays_responsive_while_a_check_runs(qtbot, store, db_path, returns, monkeypatch):
    """The check runs in a worker thread with its own connection: the GUI thread keeps handling events."""
    released = threading.Event()
    real_plan = import_dialog_module.plan_import
    threads = []

    def held_plan(store, files, term=None, progress=None, cancelled=None):
        threads.append(threading.current_thread())
        released.wait(10)
        return real_plan(store, files, term=term, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(import_dialog_module, "plan_import", held_plan)
    dialog = ImportDialog(db_path, store, 6)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files([returns["天桥"]])
    ticks = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 3)  # events flow while the worker is busy
    assert dialog.is_busy()
    released.set()
    wait_checked(qtbot, dialog)
    timer.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.plan is not None


@pytest.fixture
def shrunk_return(returns: dict[str, Path], tmp_path: Path) -> tuple[Path, str, int]:
    """牛街's return with every member of its first community but the chair left out."""
    path = tmp_path / "returns" / "牛街_少人.xlsx"
    wb = load_workbook(returns["牛街"])
    ws = wb["班子成员"]
    header_row = next(r for r in range(1, 10) if any(c.value == "社区" for c in ws[r]))
    col = next(c.column for c in ws[header_row] if c.value == "社区")
    community = ws.cell(header_row + 1, col).value
    rows = [r for r in range(header_row + 1, ws.max_row + 1) if ws.cell(r, col).value == community]
    for r in reversed(rows[1:]):
        ws.delete_rows(r)
    wb.save(path)
    return path, community, len(rows) - 1


def test_removals_stand_out_and_are_confirmed_before_anything_is_deleted(demo_copy, shrunk_return, qtbot,
                                                                          monkeypatch):
    """Issue 12, finding 8: removals are red, counted on the button and asked about again."""
    path, community, removed = shrunk_return
    with Store.open(demo_copy) as store:
        before = len(store.roster_ids(6))
        dialog = ImportDialog(demo_copy, store, 6)
        qtbot.addWidget(dialog)
        dialog.add_files([path])
        wait_checked(qtbot, dialog)
        assert dialog.ui.import_button.isEnabled()
        assert dialog.ui.import_button.text() == f"确认导入（删除{removed}人）(&I)"
        top = dialog.ui.plan_tree.topLevelItem(0)
        warning = top.child(0)
        assert warning.text(0) == f"注意：将删除{removed}名班子成员（红色的行）"
        assert warning.foreground(0).color().name() == "#b71c1c" and warning.font(0).bold()
        asked = []

        def answer(parent, title, text, ok_text, detail=""):
            asked.append((text, detail))
            return len(asked) > 1  # no the first time, yes the second

        monkeypatch.setattr(messages, "confirm", answer)
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and f"删除{removed}名" in asked[0][0] and community in asked[0][1]
        assert not dialog.is_busy() and not dialog.applied
        assert len(store.roster_ids(6)) == before  # said no: nothing written
        assert dialog.ui.results_tabs.tabText(0) == "将要写入的修改"
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
        wait_checked(qtbot, dialog)
        assert dialog.applied
        assert dialog.ui.results_tabs.tabText(0) == "已写入的修改"
        assert len(store.roster_ids(6)) == before - removed
        dialog.close()
