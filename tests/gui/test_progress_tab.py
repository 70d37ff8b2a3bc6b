"""The 进度 tab on the demo with its campaign: figures that agree with `fdh progress --json`, the
drill-down into the 录入 tab, a stage changed in the form moving the board and the bulletin, the
plan dialog, the stage dates of a congress, and the 周通报 written as a district office sends it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.vocab import PROGRESS
from fdh_desktop.services.campaign import write_demo_campaign
from fdh_desktop.services.changes import Changes
from fdh_desktop.storage import Store

from gui_helpers import press, type_into

STREET_COLUMNS = {name: i for i, name in enumerate(["街道", "应换届", *PROGRESS, "完成率", "本周新完成", "逾期", "最近交回"])}


@pytest.fixture(scope="module")
def campaign_db(tmp_path_factory) -> Path:
    """The demo district with the demo's campaign in its current term (built once per module)."""
    from fdh_desktop.services.demo import build_demo

    path = tmp_path_factory.mktemp("campaign") / "campaign.sqlite"
    with Store.open(path, create=True) as store:
        build_demo(store)
        write_demo_campaign(store, store.settings().current_term)
    return path


@pytest.fixture
def campaign_copy(campaign_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "宣南区.sqlite"
    shutil.copyfile(campaign_db, path)
    return path


@pytest.fixture
def window(open_window, campaign_copy):
    return open_window(campaign_copy)


def shown(window, qtbot):
    """The 进度 tab, once its figures are in (it computes on the next turn of the event loop)."""
    tab = window.show_progress()
    qtbot.waitUntil(lambda: tab.board() is not None and tab.board().campaign.term == window.term)
    return tab


def progress_json(db: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(db), "progress", "--json"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def when_shown(fn) -> list:
    """Run fn on the modal dialog about to open; a failure closes the dialog (no hang) and is
    kept in the returned list, for the test to raise once exec() has returned."""
    failures = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised by the test
            failures.append(exc)
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, run)
    return failures


def double_click(qtbot, view, index) -> None:
    """A real double click: the view sees a press first, then the double-click press."""
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def street_cells(tab) -> dict[str, list[str]]:
    model = tab.model("streets")
    rows = {}
    for r in range(model.rowCount()):
        cells = [model.index(r, c).data() for c in range(model.columnCount())]
        rows[cells[0].removesuffix("（试点）")] = cells
    return rows


def test_the_board_agrees_with_fdh_progress_json(window, campaign_copy):
    assert window.ui.main_tabs.tabText(2) == "进度"
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier, window)
    assert window.ui.main_tabs.currentIndex() == 2
    tab = window._ensure_progress_tab()
    expected = progress_json(campaign_copy)
    rows = street_cells(tab)
    for street in expected["streets"]:
        cells = rows[street["street"]]
        assert int(cells[STREET_COLUMNS["应换届"]]) == street["should"]
        assert {s: int(cells[STREET_COLUMNS[s]]) for s in PROGRESS} == street["stages"]
        assert int(cells[STREET_COLUMNS["逾期"]]) == street["overdue"]
        assert cells[STREET_COLUMNS["完成率"]] == f"{street['rate']}%"
        if street["return"] is None:
            assert cells[STREET_COLUMNS["最近交回"]] == "尚未交回"
        else:
            assert street["return"]["label"] in cells[STREET_COLUMNS["最近交回"]]
    total = rows["合计"]
    assert {s: int(total[STREET_COLUMNS[s]]) for s in PROGRESS} == expected["total"]["stages"]
    assert int(total[STREET_COLUMNS["逾期"]]) == len(expected["overdue"]) > 0
    # The overdue list, the missing return and the refused one, as the demo has them.
    assert tab.model("overdue").rowCount() == len(expected["overdue"])
    assert expected["missing_returns"] == ["白纸坊"] and "1个街道未交" in tab.ui.section_tabs.tabText(3)
    returns = tab.model("returns")
    results = {returns.index(r, 0).data(): returns.index(r, 3).data() for r in range(returns.rowCount())}
    assert results["陶然亭"] == "已拒绝" and results["白纸坊"] == ""
    # The chart draws what the table says, street by street.
    drawn = tab.chart.values()
    for stage in PROGRESS:
        assert drawn[stage] == [s["stages"][stage] for s in expected["streets"]]
    # The bulletin's figures are the board's.
    assert expected["bulletin"]["total"]["stages"] == expected["total"]["stages"]


def test_clicking_a_figure_lists_its_communities_and_double_click_opens_one(window, qtbot):
    tab = shown(window, qtbot)
    view = tab.ui.streets_view
    model = tab.model("streets")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "白纸坊")
    index = model.index(row, STREET_COLUMNS["筹备中"])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    listed = tab.drill_model.rowCount()
    assert listed == int(index.data()) == 13
    assert tab.drill_title().startswith("白纸坊换届进度为“筹备中”的社区：13个")
    chosen = tab.drill_model.row_object(2)
    drill = tab.ui.drill_view
    cell = tab.drill_model.index(2, 1)
    double_click(qtbot, drill, cell)
    assert window.ui.main_tabs.currentIndex() == 0
    assert window.form.community_id == chosen.community_id
    assert chosen.community in window.form.ui.title_label.text()


def test_an_overdue_community_opens_from_the_overdue_list(window, qtbot):
    tab = shown(window, qtbot)
    tab.ui.section_tabs.setCurrentWidget(tab.ui.overdue_page)
    model = tab.model("overdue")
    first = model.row_object(0)
    assert first.late and int(model.index(0, 6).data()) == tab.board().overdue[0].days_late > 0
    view = tab.ui.overdue_view
    double_click(qtbot, view, model.index(0, 1))
    assert window.form.community_id == first.community.community_id


def test_a_stage_changed_in_the_form_moves_the_board_and_the_bulletin(window, qtbot):
    tab = shown(window, qtbot)
    before = street_cells(tab)["白纸坊"]
    bulletin_before = tab.board().bulletin.rows[-1]
    community = tab.board().stages[-1].by_stage["筹备中"][0]
    window.jump_to(community.community_id, window.term)
    form = window.form
    assert "筹备中" in form.stage_dates_line.text()
    combo = form.ui.progress_combo
    combo.setFocus()
    press(Qt.Key.Key_Down, widget=combo)
    assert combo.currentText() == "已提名"
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, combo)
    assert not form.is_dirty()
    today = date.today()
    assert f"已提名 {today.isoformat()}" in form.stage_dates_line.text()
    tab = shown(window, qtbot)
    qtbot.waitUntil(lambda: street_cells(tab)["白纸坊"] != before)
    after = street_cells(tab)["白纸坊"]
    assert int(after[STREET_COLUMNS["筹备中"]]) == int(before[STREET_COLUMNS["筹备中"]]) - 1
    assert int(after[STREET_COLUMNS["已提名"]]) == int(before[STREET_COLUMNS["已提名"]]) + 1
    bulletin_after = tab.board().bulletin.rows[-1]
    assert bulletin_after.stages["已提名"] == bulletin_before.stages["已提名"] + 1
    assert bulletin_after.street == "白纸坊"


def test_the_stage_dates_are_corrected_in_their_dialog(window, qtbot):
    from fdh_desktop.gui.progress.stage_dates import StageDatesDialog

    tab = shown(window, qtbot)
    community = next(c for c in tab.board().stages[2].by_stage["已选举"])
    window.jump_to(community.community_id, window.term)
    line = window.form.stage_dates_line
    assert line.edit_button.isEnabled()
    seen = []

    def correct() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StageDatesDialog)
        assert not dialog.date_edit("已完成").isEnabled()  # not reached: no date to give
        edit = dialog.date_edit("已选举")
        edit.selectAll()
        type_into(edit, "2001-01-01")  # before 已提名: refused, naming both stages
        dialog.accept()
        seen.append(dialog.ui.message_label.text())
        edit.selectAll()
        type_into(edit, community.stage_dates["已提名"].isoformat())
        dialog.accept()

    failures = when_shown(correct)
    with qtbot.waitSignal(window.changed, timeout=5000, raising=False) as blocker:
        qtbot.mouseClick(line.edit_button, Qt.MouseButton.LeftButton)
    if failures:
        raise failures[0]
    assert blocker.signal_triggered
    assert "已选举日期（2001年1月1日）早于已提名日期" in seen[0]
    with Store.open(window.db_path, read_only=True) as store:
        assert store.stage_dates(community.community_id, window.term)["已选举"] == community.stage_dates["已提名"]
    assert f"已选举 {community.stage_dates['已提名'].isoformat()}" in line.text()


def test_the_plan_dialog_saves_the_dates_and_the_pilot_streets(window, qtbot):
    from fdh_desktop.gui.progress.plan_dialog import PlanDialog

    tab = shown(window, qtbot)
    term = window.term
    messages = []

    def plan() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlanDialog)
        dialog.ui.start_edit.selectAll()
        type_into(dialog.ui.start_edit, "2026-13-01")
        dialog.accept()  # a date that cannot be: refused at its field
        messages.append(dialog.ui.message_label.text())
        dialog.ui.start_edit.selectAll()
        type_into(dialog.ui.start_edit, "2026-06-15")
        qtbot.mouseClick(dialog.ui.defaults_button, Qt.MouseButton.LeftButton)
        assert dialog.date_edit("已完成").value() == date(2026, 10, 31)
        assert dialog.date_edit("已完成", pilot=True).value() == date(2026, 8, 31)
        dialog.set_pilot("牛街", True)
        press(Qt.Key.Key_Return, widget=dialog.ui.start_edit)
        assert not dialog.isVisible(), dialog.ui.message_label.text()

    failures = when_shown(plan)
    with qtbot.waitSignal(tab.changes_made, timeout=5000, raising=False) as blocker:
        qtbot.mouseClick(tab.ui.plan_button, Qt.MouseButton.LeftButton)
    if failures:
        raise failures[0]
    assert blocker.signal_triggered
    assert messages[0].startswith("开始日期：")
    with Store.open(window.db_path, read_only=True) as store:
        assert store.campaign_plan(term) == cp.default_plan(date(2026, 6, 15))
        assert {s.name for s in store.streets() if s.pilot} == {"天桥", "广内", "牛街"}
    assert street_cells(tab)["牛街"][0] == "牛街（试点）"  # the board shows it a pilot at once


def test_the_bulletin_pdf_is_a_table_a_district_office_sends(window, qtbot, tmp_path, monkeypatch):
    from fdh_desktop.services.campaign import save_form_settings

    with Store.open(window.db_path) as store:
        save_form_settings(store, {"form_number": "妇统5表", "authority": "宣南区妇联", "document_number": "",
                                   "valid_until": "2027年12月31日"},
                           {"head": "王芳", "statistician": "李静", "preparer": "张丽", "phone": "010-63001234"})
    window.broadcast(Changes(settings=True))
    tab = shown(window, qtbot)
    monkeypatch.setattr("fdh_desktop.gui.progress.tab.ask_save_path", lambda *a: str(tmp_path / "周通报"))
    qtbot.mouseClick(tab.ui.pdf_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "周通报.pdf"
    assert "已导出周通报PDF" in tab.ui.message_label.text()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    week = tab.board().week
    assert f"宣南区社区妇联换届工作周通报（第" in text and f"{week.start.month}月{week.start.day}日" in text
    for needed in ("妇统5表", "宣南区妇联", "2027年12月31日", "天桥（试点）", "白纸坊", "合计", "完成率",
                   "本周新完成", "逾期", "统计负责人：李静", "填表人：张丽", "联系电话：010-63001234",
                   "各街道换届进度（社区数）", "（盖章）"):
        assert needed in text, needed
    qtbot.mouseClick(tab.ui.xlsx_button, Qt.MouseButton.LeftButton)
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "周通报.xlsx").active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "合计" in values and any(str(v).startswith("白纸坊") for v in values)


def test_the_work_summary_draft_opens_from_the_tab(window, qtbot, tmp_path, monkeypatch):
    from fdh_desktop.gui.statistics.drill_dialogs import SummaryDialog

    tab = shown(window, qtbot)
    monkeypatch.setattr("fdh_desktop.gui.statistics.drill_dialogs.ask_save_path", lambda *a: str(tmp_path / "总结"))
    texts = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SummaryDialog) and dialog.windowTitle() == "工作总结初稿"
        texts.append(dialog.text())
        qtbot.mouseClick(dialog.ui.docx_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    failures = when_shown(look)
    qtbot.mouseClick(tab.ui.summary_button, Qt.MouseButton.LeftButton)
    if failures:
        raise failures[0]
    text = texts[0]
    assert "一、基本情况" in text and "本届全区应建社区妇代会110个" in text
    assert "确定在天桥、广内两个街道进行试点，试点街道选举工作于" in text
    assert "三、主要做法" in text and "四、几点体会" in text
    assert (tmp_path / "总结.docx").stat().st_size > 0


def test_the_settings_keep_the_table_header_and_the_statistics_print_it(window, qtbot, tmp_path):
    from fdh_desktop.gui.dialogs.settings_dialog import SettingsDialog
    from fdh_desktop.gui.common.printing import write_pdf
    from fdh_desktop.services import statistics as stats_service

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.ui.settings_tabs.setCurrentWidget(dialog.ui.form_header_page)
        type_into(dialog.ui.form_number_edit, "妇统3表")
        type_into(dialog.ui.authority_edit, "宣南区妇联")
        type_into(dialog.ui.statistician_edit, "李静")
        type_into(dialog.ui.phone_edit, "010-63001234")
        press(Qt.Key.Key_Return, widget=dialog.ui.phone_edit)

    failures = when_shown(fill)
    with qtbot.waitSignal(window.changed, timeout=5000, raising=False) as blocker:
        window.ui.settings_action.trigger()
    if failures:
        raise failures[0]
    assert blocker.signal_triggered
    with Store.open(window.db_path, read_only=True) as store:
        assert store.form_header() == {"form_number": "妇统3表", "authority": "宣南区妇联"}
        assert store.report_signature()["statistician"] == "李静"
        pdf = tmp_path / "统计表.pdf"
        write_pdf(pdf, stats_service.printable_sections(store)[:1])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "妇统3表" in text and "制表机关：宣南区妇联" in text.replace(" ", "")


def test_a_city_sized_board_is_computed_off_the_gui_thread(window, qtbot, monkeypatch):
    tab = shown(window, qtbot)
    before = street_cells(tab)
    monkeypatch.setattr("fdh_desktop.gui.progress.tab.BACKGROUND_ABOVE", 0)
    week = tab.board().week
    tab.set_week(week.start - timedelta(days=7))
    assert tab.is_busy() and tab.ui.message_label.text() == "正在计算…"
    assert street_cells(tab) == before  # the figures shown stay until the new ones come
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10000)
    assert tab.ui.message_label.isHidden()
    assert tab.board().week.number == week.number - 1
    assert f"第{week.number - 1}周" in tab.ui.week_hint_label.text()
    assert tab.model("streets").rowCount() == len(before)
