"""The 统计 tab on a 妇联 term (第七届 written through the services on the demo), in a real window:
its 妇联主席与执委 section, the people behind a 执委 figure, the 执委 age chart, the summary text,
and the 目标设置 dialog driven by keys and clicks."""

from __future__ import annotations

import shutil

import pytest
from test_stats_tab import cell, click
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fdh_desktop.gui.statistics.models import DRILL_ROLE
from fdh_desktop.gui.statistics.tab import StatisticsTab
from fdh_desktop.services import targets as targets_service
from fdh_desktop.storage import Store


@pytest.fixture
def store(federation_db, tmp_path):
    copy = tmp_path / "demo7.sqlite"
    shutil.copyfile(federation_db, copy)
    with Store.open(copy) as opened:
        yield opened


@pytest.fixture
def tab(qtbot, store):
    widget = StatisticsTab()
    qtbot.addWidget(widget)
    widget.set_store(store)
    widget.set_term(7)
    widget.refresh()
    widget.resize(1400, 900)
    widget.show()
    return widget


def list_entries(widget: StatisticsTab) -> list[str]:
    return [widget.ui.table_list.item(i).text() for i in range(widget.ui.table_list.count())]


def test_a_federation_term_has_its_own_section_and_labels(tab):
    entries = list_entries(tab)
    section = entries.index("妇联主席与执委")
    assert entries[section + 1: section + 4] == ["主席进两委", "执委情况", "目标完成情况"]
    assert "妇联主席任职情况" in entries and not any("妇代会" in e for e in entries)
    assert tab.select_table("组建情况")
    assert cell(tab, "实建社区妇联（个）", 1).data() == str(tab.report()["congresses"]["established"])


def test_a_role_count_lists_those_executives_and_last_term_maps_the_chair(qtbot, tab):
    assert tab.select_table("执委情况")
    ex = tab.report()["executives"]
    index = cell(tab, "　其中：兼职副主席", 1)
    assert index.data() == str(ex["roles"]["兼职副主席"]) and index.data(DRILL_ROLE) is not None
    click(qtbot, tab, index)
    rows = tab.people_model.rowCount()
    assert rows == ex["roles"]["兼职副主席"] > 0
    assert {tab.people_model.index(r, 2).data() for r in range(rows)} == {"兼职副主席"}
    assert "第七届全区执委中的兼职副主席" in tab.ui.people_title_label.text()
    # 上届's 主席 are 第六届's 妇代会主任: the 主任 ↔ 主席 mapping of the comparison.
    click(qtbot, tab, cell(tab, "　其中：主席", 3))
    previous = tab.report()["previous"]["executives"]["roles"]["主任"]
    assert tab.people_model.rowCount() == previous == 106
    assert tab.ui.people_title_label.text().startswith("第六届")
    assert {tab.people_model.index(r, 2).data() for r in range(previous)} == {"主任"}


def test_the_chairs_in_the_two_committees_drill_to_the_chairs(qtbot, tab):
    assert tab.select_table("主席进两委")
    chairs = tab.report()["chairs"]
    click(qtbot, tab, cell(tab, "社区党组织书记、居委会主任“一肩挑”", 1))
    rows = tab.people_model.rowCount()
    assert rows == chairs["one_shoulder"]["count"] > 0
    assert {(tab.people_model.index(r, 6).data(), tab.people_model.index(r, 7).data()) for r in range(rows)} \
        == {("书记", "主任")}


def test_the_executive_age_chart(qtbot, tab):
    assert tab.select_table("执委年龄结构图")
    panel = tab.ui.view_stack.currentWidget()
    panel.item_combo.setFocus()
    qtbot.keyClick(panel.item_combo, Qt.Key.Key_End)  # 全区：全部, after the per-street choices
    assert panel.item_combo.currentText() == "全区：全部"
    assert panel.chart_view.chart().title() == "执委年龄结构（全区）"
    categories, sets = panel.series_values()
    bands = tab.report()["executives"]["age_band"]
    assert categories == list(bands)
    assert sets[0][1] == [float(bands[b]["pct"]) for b in bands]


def test_the_summary_speaks_of_the_federation(tab):
    text = tab.summary_text()
    assert text.startswith("本届全区应建社区妇联110个")  # 第七届 is the demo's current term
    assert "名妇联主席中，进社区“两委”" in text and "共选出执委" in text


def test_targets_are_edited_in_their_dialog(qtbot, tab, store):
    seen = {}

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        seen["title"] = dialog.windowTitle()
        table = dialog.ui.targets_table
        seen["rows"] = table.rowCount()
        aim = table.cellWidget(0, 1)
        aim.setFocus()
        qtbot.keyClick(aim, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(aim, "90")
        table.setCurrentCell(1, 2)
        qtbot.mouseClick(dialog.ui.remove_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, edit)
    qtbot.mouseClick(tab.ui.targets_button, Qt.MouseButton.LeftButton)
    assert seen == {"title": "目标设置", "rows": len(targets_service.DEFAULT_TARGETS)}
    saved = targets_service.targets(store)
    assert [(t.measure, t.aim) for t in saved][:2] == [("chair_two_committees", "90"), ("executives_in_range", "100")]
    assert "executives_odd" not in [t.measure for t in saved]
    QApplication.processEvents()  # the tab recomputes on the next turn of the event loop
    messages = [tab.ui.checks_list.item(i).text() for i in range(tab.ui.checks_list.count())]
    two = [m for m in messages if m.startswith("目标“妇联主席进两委”")]
    assert len(two) == 1 and "目标90.0%" in two[0]
    assert not any("执委人数为奇数" in m for m in messages)
    assert tab.select_table("目标完成情况")
    assert tab.table_model.index(0, 1).data() == "90.0%"
