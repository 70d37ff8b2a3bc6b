"""The main window as a whole: first run, reopening the last file, the title bar, the tree and
its filter, streets and communities, settings, export, tab order, Chinese text, screenshots."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import focus, press, type_into
from openpyxl import load_workbook
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QTabWidget, QWidget

from conftest import leaked_since, live_top_level_widgets
from fdh_desktop.gui import messages
from fdh_desktop.gui.dialogs.export_dialog import ExportDialog
from fdh_desktop.gui.main_window import MainWindow
from fdh_desktop.gui.entry.place_dialog import PlaceDialog
from fdh_desktop.gui.dialogs.settings_dialog import SettingsDialog
from fdh_desktop.services.statistics import statistics
from fdh_desktop.storage import Store

ROOT = Path(__file__).resolve().parents[2]


def test_first_run_shows_the_three_ways_in_and_the_demo_opens(open_window, user_folders):
    window = open_window()
    assert window.ui.pages_stack.currentWidget() is window.ui.welcome_page
    assert [b.text() for b in (window.ui.new_district_button, window.ui.open_button, window.ui.demo_button)] == [
        "新建区…", "打开已有文件…", "演示数据"]
    assert not window.ui.import_action.isEnabled() and not window.ui.save_action.isEnabled()
    window.ui.demo_button.click()
    assert window.ui.pages_stack.currentWidget() is window.ui.work_page
    assert window.db_path.name == "演示区.sqlite" and window.db_path.is_relative_to(user_folders)
    assert window.windowTitle() == "宣南区 · 第七届（本届） · 社区妇联 — 演示区.sqlite[*] — 妇代会换届管理"
    assert window.ui.import_action.isEnabled()


def test_the_last_file_reopens_and_the_recent_menu_lists_it(open_window, demo_copy, gui_settings):
    from fdh_desktop.gui.app import startup_path

    first = open_window(demo_copy)
    first.close()
    second = MainWindow(settings=gui_settings)
    try:
        assert startup_path(None, second.recent.last()) == demo_copy.resolve()
        second.ui.recent_menu.aboutToShow.emit()
        assert [a.text() for a in second.ui.recent_menu.actions()][0].endswith(demo_copy.parent.as_posix()) or \
            demo_copy.name in second.ui.recent_menu.actions()[0].text()
    finally:
        second.close()
        second.deleteLater()


def test_a_new_district_is_created_from_the_dialog(open_window, tmp_path, monkeypatch):
    from fdh_desktop.gui.dialogs.new_district_dialog import NewDistrictDialog

    window = open_window()
    target = tmp_path / "新区" / "朝阳区.sqlite"

    def fill(dialog: NewDistrictDialog) -> int:
        type_into(dialog.ui.district_edit, "朝阳区")
        dialog.ui.file_edit.setText(str(target))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewDistrictDialog, "exec", fill)
    window.ui.new_district_button.click()
    assert window.db_path == target and target.exists()
    # A new district is a 社区妇联 district unless the clerk chooses 妇代会 (会改联).
    assert window.windowTitle().startswith("朝阳区 · 第六届（本届） · 社区妇联 — 朝阳区.sqlite")
    assert window.panel.model.item(0).text() == "朝阳区"


def test_the_tree_filter_matches_any_part_of_a_name(open_window, demo_copy):
    window = open_window(demo_copy, term=6)
    panel = window.panel
    type_into(panel.ui.filter_edit, "牛街")

    def shown(parent=None) -> list[str]:
        from PySide6.QtCore import QModelIndex

        parent = parent or QModelIndex()
        names = []
        for row in range(panel.proxy.rowCount(parent)):
            index = panel.proxy.index(row, 0, parent)
            names.append(index.data())
            names += shown(index)
        return names

    names = shown()
    # the whole street, every community; 已完成/应建 as the statistics count them (issue 12 finding 5)
    assert "牛街（14/14）" in names and "法源寺社区" in names
    assert "虎坊路社区" not in names
    panel.ui.filter_edit.clear()
    type_into(panel.ui.filter_edit, "西里")
    assert {n for n in shown() if n.endswith("社区")} == {"牛街西里一区社区", "牛街西里二区社区", "西便门西里社区"}


def test_status_marks_follow_the_rules(open_window, demo_copy):
    window = open_window(demo_copy, term=6)
    with Store.open(demo_copy) as store:
        names = {c.id: c.name for c in store.communities()}
        figures = statistics(store, term=6)["congresses"]
    statuses = {names[cid]: window.panel.status(cid) for cid in names}
    # Its chair holds no 居委会 post: a warning, an orange mark, and still 已完成 (issue 12 finding 5).
    assert statuses["福长街社区"].kind == "complete" and statuses["福长街社区"].warnings == 1
    assert sum(s.completed for s in statuses.values()) == figures["completed"] == 103
    assert sum(s.should_establish for s in statuses.values()) == figures["should_establish"] == 110
    tip = window.panel._community_items[next(k for k, v in names.items() if v == "福长街社区")].toolTip()
    assert tip.startswith("福长街社区\n状态：已完成（0个错误，1个警告）")


def test_streets_and_communities_are_added_renamed_moved_and_removed_with_history(open_window, demo_copy, monkeypatch):
    window = open_window(demo_copy)
    panel = window.panel

    def run(dialog_setup):
        def fake_exec(dialog: PlaceDialog) -> int:
            dialog_setup(dialog)
            dialog.accept()
            return dialog.result()
        monkeypatch.setattr(PlaceDialog, "exec", fake_exec)

    run(lambda d: (d.ui.name_edit.setText("新街道"), d.ui.pilot_check.setChecked(True)))
    panel.add_street_action.trigger()
    run(lambda d: d.ui.name_edit.setText("新社区"))
    panel.add_community_action.trigger()  # under the street just added and selected
    with Store.open(demo_copy) as store:
        street = store.street_by_name("新街道")
        community = store.find_community("新街道", "新社区")
        assert street.pilot and community is not None
    assert window.form.community_id == community.id

    run(lambda d: d.ui.name_edit.setText("更名社区"))
    panel.edit_action.trigger()
    run(lambda d: d.ui.street_combo.setCurrentIndex(d.ui.street_combo.findText("牛街")))
    panel.move_action.trigger()
    with Store.open(demo_copy) as store:
        assert store.find_community("牛街", "更名社区").id == community.id
    assert window.form.ui.title_label.text().startswith("牛街 › 更名社区")

    # A name already used in the street is refused in the dialog, which stays open.
    dialog = PlaceDialog(window.store, window, community=window.store.community(community.id))
    dialog.ui.name_edit.setText("法源寺社区")
    dialog.accept()
    assert dialog.result() == 0 and dialog.ui.message_label.text() == "该街道下已有同名社区"
    dialog.deleteLater()

    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, ok, detail="": asked.append(text) or True)
    panel.select_community(community.id)
    panel.remove_action.trigger()
    assert asked == ["删除社区“更名社区”及其全部届次的妇代会和班子成员记录？"]
    assert window.form.community_id is None
    with Store.open(demo_copy) as store:
        assert store.find_community("牛街", "更名社区") is None
        assert any(h["operation"] == "delete" and h["table_name"] == "communities"
                   for h in store.history(community_id=community.id))


def test_settings_are_saved_and_bad_age_bands_are_refused(open_window, demo_copy):
    window = open_window(demo_copy)
    dialog = SettingsDialog(window.store, window)
    dialog.ui.age_bands_edit.setText("40，30")
    dialog.accept()
    assert dialog.result() == 0 and "从小到大" in dialog.ui.message_label.text()
    dialog.ui.age_bands_edit.setText("30，40，50")
    assert dialog.ui.age_bands_preview_label.text() == "30岁及以下、31至40岁、41至50岁、51岁及以上"
    dialog.ui.district_edit.setText("宣武区")
    dialog.ui.decimals_spin.setValue(2)
    dialog.accept()
    assert dialog.result() == 1
    dialog.deleteLater()
    settings = window.store.settings()
    assert (settings.district, settings.age_bands, settings.decimals) == ("宣武区", (30, 40, 50), 2)


def test_export_writes_a_street_template_and_the_term_data(open_window, demo_copy, tmp_path, qtbot):
    window = open_window(demo_copy)
    dialog = ExportDialog(window.db_path, window.store, 6, window)
    dialog.ui.street_combo.setCurrentIndex(dialog.ui.street_combo.findText("牛街"))
    assert dialog.ui.file_edit.text().endswith("/牛街街道第六届妇代会换届填报模板.xlsx")
    dialog.ui.file_edit.setText(str(tmp_path / "模板.xlsx"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    dialog.wait()
    assert dialog.written.communities == 14
    book = load_workbook(tmp_path / "模板.xlsx")
    assert {"社区妇代会", "班子成员"} <= set(book.sheetnames)

    dialog = ExportDialog(window.db_path, window.store, 6, window)
    dialog.ui.data_radio.setChecked(True)
    assert dialog.ui.mask_check.isEnabled()
    dialog.ui.file_edit.setText(str(tmp_path / "数据.xlsx"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    dialog.wait()
    assert dialog.written.communities == 110 and dialog.written.members == len(window.store.roster_ids(6))


def test_tab_order_follows_the_form(open_window, demo_copy):
    window = open_window(demo_copy)
    window.jump_to(window.store.communities()[0].id, 6)
    ui = window.form.ui
    ui.should_establish_combo.setFocus()
    order = []
    for _ in range(12):
        widget = focus()
        while widget is not None and widget.objectName() == "":
            widget = widget.parentWidget()
        order.append(widget.objectName())
        press(Qt.Key.Key_Tab)
    assert order == [
        "should_establish_combo", "established_combo", "progress_combo",
        "election_date_edit", "election_method_combo", "voting_method_combo",
        "reps_total_spin", "reps_units_spin", "reps_migrants_spin",
        "reps_present_spin", "instructor_edit", "note_edit",
    ]
    assert focus() is ui.members_table


LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ALLOWED = {"Ctrl", "Alt", "Enter", "Delete", "Excel", "WPS", "PDF", "xlsx", "xls", "ods", "sqlite", "Del", "Up", "Down"}


def _english(text: str) -> set[str]:
    text = re.sub(r"<[^>]+>|&\w+;", "", text or "")  # rich text: the words, not the markup
    return set(LATIN_WORD.findall(re.sub(r"/\S+|\S+\.sqlite|\(&[A-Z0-9]\)", "", text))) - ALLOWED


def test_no_english_is_left_in_the_window(open_window, demo_copy):
    window = open_window(demo_copy)
    window.jump_to(window.store.communities()[3].id, 6)
    for tab in range(3):
        window.show_tab(tab)
    found: dict[str, set[str]] = {}
    for widget in window.findChildren(QWidget):
        texts = [widget.toolTip(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text() if not isinstance(widget, QLineEdit) else widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            if _english(text):
                found[widget.objectName() or type(widget).__name__] = _english(text)
    for action in window.findChildren(QAction):
        if _english(action.text()) or _english(action.statusTip()):
            found[action.objectName() or action.text()] = _english(action.text()) | _english(action.statusTip())
    for model in window.findChildren(QAbstractItemModel):
        if not type(model).__module__.startswith("fdh_desktop"):
            continue
        for section in range(model.columnCount(QModelIndex())):
            header = model.headerData(section, Qt.Orientation.Horizontal)
            if isinstance(header, str) and _english(header):
                found[type(model).__name__] = _english(header)
    assert found == {}


def test_screenshot_command_writes_the_window_at_the_asked_size(demo_copy, tmp_path):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "fdh_desktop.gui.app", "--db", str(demo_copy), "--screenshot", str(out),
         "--tab", "班子成员", "--size", "1366x768"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    colours = {image.pixel(x, y) for x in range(0, 1366, 17) for y in range(0, 768, 13)}
    assert len(colours) > 20  # a drawn window, not a blank

    bad = subprocess.run([sys.executable, "-m", "fdh_desktop.gui.app", "--db", str(tmp_path / "无.sqlite"),
                          "--screenshot", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert bad.returncode == 1 and "数据库文件不存在" in bad.stderr and "Traceback" not in bad.stderr


def test_backup_history_and_guide_open_from_the_menus(open_window, demo_copy, monkeypatch):
    from PySide6.QtWidgets import QDialog

    window = open_window(demo_copy)
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    window.ui.backup_action.trigger()
    window.ui.history_action.trigger()
    assert opened == ["BackupDialog", "HistoryDialog"]
    window.ui.guide_action.trigger()  # 帮助 → 使用说明 (F1): beside the window, not modal
    assert window._guide is not None and window._guide.isVisible() and not window._guide.isModal()


@pytest.mark.allow_leaks
def test_the_leak_detector_reports_a_forgotten_window(qapp):
    before = {id(w) for w in live_top_level_widgets(qapp)}
    forgotten = QWidget()
    forgotten.setWindowTitle("忘了关")
    forgotten.show()
    try:
        assert forgotten in leaked_since(qapp, before)
    finally:
        forgotten.close()
        forgotten.deleteLater()
    assert leaked_since(qapp, before) == []
    QApplication.processEvents()


def test_a_database_another_program_writes_opens_read_only(open_window, demo_copy, monkeypatch):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from fdh_desktop.services.locking import writer_lock\n"
         f"with writer_lock({str(demo_copy)!r}, program='fdh import'):\n"
         "    print('held', flush=True)\n"
         "    sys.stdin.readline()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        notices = []
        monkeypatch.setattr(messages, "error", lambda parent, title, text, detail="": notices.append(text))
        window = open_window(demo_copy)
        QApplication.processEvents()
        assert window.store.read_only
        assert "（只读）" in window.windowTitle()
        assert notices and "fdh import" in notices[0] and "只读" in notices[0]
        assert not window.ui.import_action.isEnabled() and not window.panel.add_street_action.isEnabled()
        window.jump_to(window.store.communities()[0].id, 6)
        form = window.form
        assert form.ui.state_label.text() == "（只读）"
        assert not form.ui.note_edit.isEnabled() and not form.ui.save_button.isEnabled()
        assert not form.members_model.flags(form.members_model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
        assert form.save() is False and "只读" in notices[-1]  # Ctrl+S says why nothing happens
    finally:
        holder.communicate("\n", timeout=30)


def test_a_large_district_gets_its_status_marks_from_a_worker(open_window, demo_copy, monkeypatch, qtbot):
    from fdh_desktop.gui import main_window

    monkeypatch.setattr(main_window, "STATUS_IN_BACKGROUND_ABOVE", 10)  # the demo counts as a city here
    window = open_window(demo_copy, term=6)
    first = window.store.communities()[0].id
    qtbot.waitUntil(lambda: window.panel.status(first) is not None, timeout=20000)
    statuses = [window.panel.status(c.id) for c in window.store.communities()]
    assert sum(s.completed for s in statuses) == 103


def test_start_shows_the_window_before_the_file_opens_then_the_district(qtbot, gui_settings, demo_copy):
    """The start path paints an empty window at once (status line 正在打开…), then the district."""
    from fdh_desktop.gui.app import start_window

    window = MainWindow(settings=gui_settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.form.clear())
    window.resize(1366, 768)
    start_window(window, demo_copy)
    assert window.isVisible()
    assert window.store is None, "the file must open only after the first paint"
    assert "正在打开" in window.ui.status_bar.currentMessage()
    qtbot.waitUntil(lambda: window.store is not None, timeout=5000)
    assert window.store.settings().district == "宣南区"
    assert "宣南区" in window.windowTitle()
    assert window.panel.community_count() == 110


def test_the_demo_is_on_the_file_menu_too(open_window, demo_copy, user_folders):
    """Issue 12, finding 12: the demo is reachable after the welcome page is gone."""
    window = open_window(demo_copy)
    assert window.demo_action in window.ui.file_menu.actions()
    window.demo_action.trigger()
    assert window.db_path.name == "演示区.sqlite" and window.db_path.is_relative_to(user_folders)
