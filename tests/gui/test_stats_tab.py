"""The 统计 tab on real databases, in a real (offscreen) window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.gui.statistics.models import DRILL_ROLE
from fdh_desktop.gui.statistics.tab import StatisticsTab


@pytest.fixture
def tab(qtbot, demo_store):
    widget = StatisticsTab()
    qtbot.addWidget(widget)
    widget.set_store(demo_store)
    widget.set_term(6)  # the demo's seed term
    widget.refresh()
    widget.resize(1400, 900)
    widget.show()
    return widget


def cell(widget: StatisticsTab, row_label: str, column: int):
    model = widget.table_model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == row_label:
            return model.index(r, column)
    raise AssertionError(f"no row {row_label}")


def click(qtbot, widget: StatisticsTab, index) -> None:
    view = widget.ui.table_view
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_clicking_a_count_lists_the_people_behind_it(qtbot, tab):
    assert tab.select_table("妇代会主任任职情况")
    index = cell(tab, "担任居委会主任", 1)
    assert index.data() == "39" and index.data(DRILL_ROLE) is not None
    click(qtbot, tab, index)
    assert tab.people_model.rowCount() == 39
    assert "第六届全区担任居委会主任的主任：39人" in tab.ui.people_title_label.text()
    posts = {tab.people_model.index(r, 4).data() for r in range(39)}
    assert posts == {"居委会主任"}
    # Last term's figure drills into last term's people.
    click(qtbot, tab, cell(tab, "担任居委会主任", 3))
    assert tab.people_model.rowCount() == 37 and tab.ui.people_title_label.text().startswith("第五届")


def test_double_clicking_a_person_opens_the_community(qtbot, tab, demo_store):
    tab.select_table("妇代会主任任职情况")
    click(qtbot, tab, cell(tab, "新任", 1))
    assert tab.people_model.rowCount() == 92
    row = tab.people_model.row_object(0)
    view = tab.ui.people_view
    index = tab.people_model.index(0, 2)
    with qtbot.waitSignal(tab.community_requested, timeout=2000) as signal:
        # A real double click: the view sees a press first, then the double-click press.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert signal.args == [row["community_id"], 6]
    assert demo_store.community(row["community_id"]).name == row["community"]


def test_street_filter_changes_the_figures(qtbot, tab, demo_store):
    tab.select_table("组建情况")
    assert cell(tab, "实建社区妇代会（个）", 1).data() == "106"
    tab.ui.scope_combo.setCurrentIndex(tab.ui.scope_combo.findText("天桥"))
    assert tab.select_table("组建情况")
    assert cell(tab, "实建社区妇代会（个）", 1).data() == "12"
    entries = [tab.ui.table_list.item(i).text() for i in range(tab.ui.table_list.count())]
    assert "分街道" not in entries and "统计总表" not in entries
    tab.select_table("妇代会主任任职情况")
    click(qtbot, tab, cell(tab, "担任居委会主任", 1))
    tianqiao = demo_store.street_by_name("天桥").id
    chairs = demo_store.chair_details(6, tianqiao)
    expected = sum(1 for c in chairs if c["rc_post"] == "居委会主任")
    assert tab.people_model.rowCount() == expected == int(cell(tab, "担任居委会主任", 1).data())
    assert {tab.people_model.index(r, 0).data() for r in range(expected)} == {"天桥"}


def test_per_street_table_drills_into_one_street(qtbot, tab):
    assert tab.select_table("统计总表")
    table = tab.current_table()
    col = table.headers.index("主任（人）")
    index = cell(tab, "牛街", col)
    click(qtbot, tab, index)
    assert tab.people_model.rowCount() == int(index.data()) == 14
    assert "牛街街道" in tab.ui.people_title_label.text()


def test_terms_and_charts(qtbot, tab):
    tab.ui.term_combo.setCurrentIndex(tab.ui.term_combo.findData(5))
    tab.select_table("组建情况")
    assert cell(tab, "实建社区妇代会（个）", 1).data() == "104"
    assert tab.ui.previous_label.text() == "" or "无数据" in tab.ui.previous_label.text()
    tab.ui.term_combo.setCurrentIndex(tab.ui.term_combo.findData(6))
    assert tab.select_table("年龄结构图")
    panel = tab.ui.view_stack.currentWidget()
    categories, values = panel.series_values()
    assert categories[-1] == "全区" and "天桥" in categories
    (this_name, this), (prev_name, prev) = values
    assert (this_name, prev_name) == ("第六届", "第五届")
    assert this[-1] == pytest.approx(10.4) and prev[-1] == pytest.approx(19.2)


def test_checks_panel_flags_a_completed_congress_without_chair(qtbot, tab, demo_store):
    community = demo_store.communities()[0]
    congress = demo_store.congress(community.id, 6)
    members = [m for m in demo_store.members(community.id, 6) if m.role != "主任"]
    congress.progress = "已完成"
    congress.established = True
    demo_store.save_congress(community.id, 6, congress, members)
    tab.refresh()
    first = tab.ui.checks_list.item(0)
    assert "已完成换届的妇代会主任人数不是1人" in first.text()
    qtbot.mouseClick(tab.ui.checks_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.ui.checks_list.visualItemRect(first).center())
    assert tab.people_model.rowCount() == 1
    assert tab.people_model.row_object(0)["community"] == community.name


def test_summary_dialog_copies_the_text(qtbot, tab, monkeypatch):
    from fdh_desktop.gui.statistics.drill_dialogs import SummaryDialog

    dialog = SummaryDialog(tab.summary_text(), "x.docx")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.startswith("第六届全区应建社区妇代会110个") and "比上届" in copied  # 本届 is 第七届


def test_export_buttons_write_files(qtbot, tab, tmp_path, monkeypatch):
    monkeypatch.setattr("fdh_desktop.gui.statistics.tab.ask_save_path", lambda *a: str(tmp_path / "统计表"))
    qtbot.mouseClick(tab.ui.excel_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "统计表.xlsx").stat().st_size > 0
    qtbot.mouseClick(tab.ui.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "统计表.pdf").read_bytes().startswith(b"%PDF")
    assert "已导出PDF" in tab.ui.message_label.text()


# -- 上届基数 ------------------------------------------------------------------------------------------


@pytest.fixture
def no_previous_records(store):
    """Term 6 with records, term 5 without any: the comparison needs 上届基数."""
    street = store.add_street("天桥")
    done = Congress(established=True, election_date=date(2023, 5, 20), progress="已完成")
    for i, post in enumerate(["居委会主任", "居委会主任", "居委会委员", "社区党组织书记"]):
        c = store.add_community(street.id, f"社区{i}")
        store.save_congress(c.id, 6, done, [Member(role="主任", name=f"主任{i}", birth_date=date(1980, 1, 1),
                                                     rc_post=post, political="群众", education="高中",
                                                     is_new=True)])
    return store


def test_previous_term_fallback_through_the_baselines_dialog(qtbot, no_previous_records):
    from fdh_desktop.gui.statistics.baselines_dialog import BaselinesDialog

    store = no_previous_records
    widget = StatisticsTab()
    qtbot.addWidget(widget)
    widget.set_store(store)
    qtbot.waitUntil(lambda: "无数据" in widget.ui.previous_label.text())
    widget.select_table("妇代会主任任职情况")
    assert widget.table_model.columnCount() == 3  # nothing to compare with

    dialog = BaselinesDialog(store, 5)
    qtbot.addWidget(dialog)
    dialog.inputs["chairs"].setValue(5)
    dialog.inputs["post:居委会主任"].setValue(1)
    dialog.inputs["post:居委会委员"].setValue(3)
    assert "居委会任职各项之和4人，与主任人数5人不等" in dialog.ui.check_label.text()
    dialog.inputs["post:无"].setValue(1)
    assert dialog.ui.check_label.text() == ""
    dialog.inputs["age_mean_x10"].setValue(42.9)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert store.baselines(5) == {"chairs": 5, "post:居委会主任": 1, "post:居委会委员": 3, "post:无": 1,
                                  "age_mean_x10": 429}

    widget.refresh()
    assert "录入的上届基数" in widget.ui.previous_label.text()
    widget.select_table("妇代会主任任职情况")
    row = cell(widget, "担任居委会主任", 0).row()
    values = [widget.table_model.index(row, c).data() for c in range(7)]
    assert values == ["担任居委会主任", "2", "50.0%", "1", "20.0%", "+1", "+30.0"]
    # A figure from 上届基数 has no people behind it, and says so.
    click(qtbot, widget, widget.table_model.index(row, 3))
    assert widget.people_model.rowCount() == 0 and "上届基数" in widget.ui.people_title_label.text()


def test_baselines_dialog_keeps_each_street_apart(qtbot, no_previous_records):
    from fdh_desktop.gui.statistics.baselines_dialog import BaselinesDialog

    store = no_previous_records
    dialog = BaselinesDialog(store, 5)
    qtbot.addWidget(dialog)
    dialog.inputs["chairs"].setValue(9)
    dialog.ui.scope_combo.setCurrentIndex(dialog.ui.scope_combo.findText("天桥"))
    assert dialog.inputs["chairs"].value() == -1  # 未填 for the street
    dialog.inputs["chairs"].setValue(4)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert store.baselines(5) == {"chairs": 9}
    assert store.baselines(5, store.street_by_name("天桥").id) == {"chairs": 4}


def test_window_calls_set_store_and_set_term(qtbot, demo_store):
    """As the main window does: a store, then a term; the tab shows that term's figures."""
    widget = StatisticsTab()
    qtbot.addWidget(widget)
    assert widget.ui.message_label.text() == "尚未打开数据库"
    widget.set_store(demo_store)
    widget.set_term(5)
    qtbot.waitUntil(lambda: widget.ui.term_combo.currentData() == 5)
    widget.select_table("组建情况")
    assert cell(widget, "实建社区妇代会（个）", 1).data() == "104"
    assert not widget.ui.message_label.isVisible()


# -- issue 12: what a clerk sees on the statistics screen ---------------------------------------------


def test_every_bar_of_a_chart_is_labelled_in_one_format(qtbot, tab):
    """Zero bars keep their label, and 50.0 is not printed as 50 beside 23.1."""
    import re

    from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem

    assert tab.select_table("年龄结构图")
    panel = tab.ui.view_stack.currentWidget()
    categories, values = panel.series_values()
    bars = sum(len(row) for _, row in values)
    assert categories[0] == "天桥" and values[0][1][0] == 0.0  # 天桥 has no chair aged 35 or less
    panel.chart_view.resize(1000, 500)
    qtbot.wait(10)
    texts = [item.text() if isinstance(item, QGraphicsSimpleTextItem) else item.toPlainText()
             for item in panel.chart_view.scene().items()
             if isinstance(item, (QGraphicsSimpleTextItem, QGraphicsTextItem)) and item.isVisible()]
    labels = [t for t in texts if re.fullmatch(r"\d+\.\d", t)]  # one decimal, as the district is set
    assert len(labels) == bars
    assert labels.count("0.0") >= values[0][1].count(0.0) and "25.0" in labels  # not "25"


def test_print_preview_fits_the_screen(qtbot, tab):
    from PySide6.QtCore import QRect, QSize

    from fdh_desktop.gui.common.printing import preview_dialog
    from fdh_desktop.gui.common.screen import FRAME_ALLOWANCE, fitted_size

    dialog = preview_dialog(tab, tab._sections(), True, "预览")
    qtbot.addWidget(dialog)
    dialog.show()  # lays out and paints the pages on its printer
    qtbot.waitExposed(dialog)
    available = tab.screen().availableGeometry()
    assert dialog.width() + FRAME_ALLOWANCE.width() <= available.width()
    assert dialog.height() + FRAME_ALLOWANCE.height() <= available.height()
    assert available.contains(dialog.geometry().topLeft())
    # A 1366x768 screen with a 40-pixel taskbar: the preview and its title bar fit above the taskbar.
    size = fitted_size(QSize(1100, 800), QRect(0, 0, 1366, 728))
    assert size.width() == 1100 and size.height() + FRAME_ALLOWANCE.height() <= 728


def test_a_hidden_tab_refreshes_when_shown_after_a_change(qtbot, tab, demo_store):
    from fdh_desktop.services.changes import Changes

    tab.select_table("组建情况")
    assert cell(tab, "已完成换届（个）", 1).data() == "103"
    community = next(c for c in demo_store.communities()
                     if demo_store.congress(c.id, 6).progress != "已完成" and demo_store.congress(c.id, 6).established)
    congress = demo_store.congress(community.id, 6)
    congress.progress = "已完成"
    demo_store.save_congress(community.id, 6, congress, demo_store.members(community.id, 6))
    tab.hide()
    tab.on_changes(Changes(settings=False))  # nothing the statistics show
    assert not tab.is_stale()
    tab.on_changes(Changes(congresses=frozenset({community.id})))
    assert tab.is_stale()
    assert cell(tab, "已完成换届（个）", 1).data() == "103"  # not recomputed while hidden
    tab.show()
    qtbot.waitUntil(lambda: not tab.is_stale())
    tab.select_table("组建情况")
    assert cell(tab, "已完成换届（个）", 1).data() == "104"


def test_baselines_saved_from_the_tab_are_announced_and_shown(qtbot, no_previous_records):
    from PySide6.QtCore import QTimer

    from fdh_desktop.gui.statistics.baselines_dialog import BaselinesDialog

    widget = StatisticsTab()
    qtbot.addWidget(widget)
    widget.set_store(no_previous_records)
    widget.show()
    qtbot.waitUntil(lambda: "无数据" in widget.ui.previous_label.text())

    def type_figures() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BaselinesDialog)
        box = dialog.inputs["chairs"]
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), "4")
        qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, type_figures)
    with qtbot.waitSignal(widget.changes_made, timeout=5000) as signal:
        qtbot.mouseClick(widget.ui.baselines_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].baselines and signal.args[0].touches_statistics()
    qtbot.waitUntil(lambda: "录入的上届基数" in widget.ui.previous_label.text())
    assert no_previous_records.baselines(5) == {"chairs": 4}


def test_a_street_typed_with_its_suffix_is_named_once_in_file_names(qtbot, tab, demo_store, monkeypatch):
    demo_store.update_street(demo_store.street_by_name("牛街").id, name="牛街街道")
    tab.refresh()
    tab.ui.scope_combo.setCurrentIndex(tab.ui.scope_combo.findText("牛街街道"))
    asked = []
    monkeypatch.setattr("fdh_desktop.gui.statistics.tab.ask_save_path", lambda _p, _t, suggested, _f: asked.append(suggested) or "")
    qtbot.mouseClick(tab.ui.pdf_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("宣南区牛街街道社区妇代会换届选举情况统计表（第六届）.pdf")
    tab.select_table("妇代会主任任职情况")
    click(qtbot, tab, cell(tab, "担任居委会主任", 1))
    assert "牛街街道担任" in tab.ui.people_title_label.text() and "街道街道" not in tab.ui.people_title_label.text()


def test_the_statistics_screen_reaches_the_district_only_through_services():
    """No import of the storage layer and no Store method called from gui/statistics."""
    import ast
    from pathlib import Path

    import fdh_desktop.gui.statistics as package

    offenders = []
    for path in Path(package.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                offenders += [f"{path.name}: import {n}" for n in names if n.startswith("fdh_desktop.storage")]
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, (ast.Name, ast.Attribute))
                    and (getattr(node.func.value, "id", "") or getattr(node.func.value, "attr", "")).lstrip("_") == "store"):
                offenders.append(f"{path.name}:{node.lineno}: store.{node.func.attr}()")
    assert offenders == []
