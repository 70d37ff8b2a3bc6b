"""The table models pass Qt's model tester, and the district-wide list stays lazy at 100,000 rows."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from fdh_desktop.domain.problems import ERROR, WARNING, Problem
from fdh_desktop.domain.records import Member
from fdh_desktop.gui.dialogs.import_models import FileProblemsModel
from fdh_desktop.gui.entry.members_model import COLUMN, MembersModel
from fdh_desktop.gui.entry.problems_model import ProblemsModel
from fdh_desktop.gui.common.roles import ROW_ROLE, SORT_ROLE
from fdh_desktop.gui.roster.model import PAGE_SIZE, RosterModel
from fdh_desktop.services.district import init_district
from fdh_desktop.services.importing import FilePlan, FileProblem
from fdh_desktop.storage import Store


def test_members_model(qtmodeltester, demo_store):
    community = demo_store.communities()[0]
    model = MembersModel()
    model.set_members(demo_store.members(community.id, 6))
    model.set_age_date(date(2023, 3, 10))
    qtmodeltester.check(model)
    assert model.index(0, COLUMN["role"]).data(ROW_ROLE).role == "主任"
    assert isinstance(model.index(0, COLUMN["age"]).data(SORT_ROLE), int)
    assert model.headerData(COLUMN["id_number"], Qt.Orientation.Horizontal) == "身份证号"
    # Edits keep the tester happy too: insert, move, remove.
    model.add_member(Member(role="委员", name="新人"))
    model.move_member(model.rowCount() - 1, -1)
    model.remove_member(0)
    qtmodeltester.check(model)


def test_members_model_fills_the_birth_date_from_the_id_number_and_keeps_a_typed_one():
    model = MembersModel()
    model.set_members([Member(role="主任", name="甲")])
    model.set_age_date(date(2023, 6, 30))
    id_column = model.index(0, COLUMN["id_number"])
    assert model.setData(id_column, "11010219780615008x")
    assert model.member(0).id_number == "11010219780615008X"
    assert model.member(0).birth_date == date(1978, 6, 15)
    assert model.index(0, COLUMN["age"]).data() == "45"
    # A corrected number carries a birth date that came from the old one...
    assert model.setData(id_column, "110102198001010025")
    assert model.member(0).birth_date == date(1980, 1, 1)
    # ...but never one the clerk typed herself.
    model.setData(model.index(0, COLUMN["birth_date"]), date(1980, 1, 2))
    model.setData(id_column, "11010219780615008X")
    assert model.member(0).birth_date == date(1980, 1, 2)
    assert not model.flags(model.index(0, COLUMN["age"])) & Qt.ItemFlag.ItemIsEditable


def test_problems_model(qtmodeltester):
    model = ProblemsModel()
    model.set_problems([
        Problem(WARNING, "phone", "不像手机号", "123", 1),
        Problem(ERROR, "reps_units", "社区单位代表数不能大于代表总数"),
        Problem(ERROR, "id_number", "校验位不符", "x", 0),
    ], ["张三", "李四"])
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(3)]
    assert rows[0][:2] == ["错误", "妇代会 · 社区单位代表数"]
    assert rows[1][:2] == ["错误", "第1名成员 张三 · 身份证号"]
    assert rows[2][:2] == ["警告", "第2名成员 李四 · 联系电话"]


def test_file_problems_model(qtmodeltester, tmp_path):
    plan = FilePlan(tmp_path / "a.xlsx", "", 6, problems=[
        FileProblem("warning", "a.xlsx", "班子成员", 7, "联系电话", "123", "不像手机号"),
        FileProblem("error", "a.xlsx", "班子成员", 5, "身份证号", "1101", "身份证号应为18位"),
    ])
    model = FileProblemsModel()
    model.set_plans([plan])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(7)] == [
        "错误", "a.xlsx", "班子成员", "5", "身份证号", "1101", "身份证号应为18位"]


def test_roster_model(qtmodeltester, demo_store):
    model = RosterModel()
    model.configure(store=demo_store, term=6)
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == len(demo_store.roster_ids(6))
    first = model.index(0, 0).data(ROW_ROLE)
    assert first["street"] == demo_store.streets()[0].name and first["role"] == "主任"
    model.sort(3, Qt.SortOrder.AscendingOrder)  # 姓名
    names = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert names == sorted(names)
    qtmodeltester.check(model)


@pytest.fixture(scope="module")
def city_db(tmp_path_factory) -> Path:
    """100,000 members in 200 communities: written with bulk SQL (fast test data, not app code)."""
    path = tmp_path_factory.mktemp("city") / "city.sqlite"
    with Store.open(path, create=True) as store:
        init_district(store, "测试市", 6, 2023, form="妇代会")
        street = store.add_street("大街道")
        communities = [store.add_community(street.id, f"社区{i:03d}").id for i in range(200)]
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO congresses (id, community_id, term, established, election_date, progress)"
            " VALUES (?, ?, 6, 1, '2023-05-01', '已完成')",
            [(i + 1, cid) for i, cid in enumerate(communities)])
        conn.executemany(
            "INSERT INTO members (congress_id, position, role, name, birth_date) VALUES (?, ?, ?, ?, ?)",
            ((c + 1, p, "主任" if p == 0 else "委员", f"成员{c:03d}-{p:03d}", f"{1950 + p % 50}-01-01")
             for c in range(200) for p in range(500)))
    conn.close()
    return path


def test_the_member_list_opens_and_scrolls_to_the_end_at_100000_rows_lazily(qtbot, city_db):
    with Store.open(city_db) as store:
        model = RosterModel()
        model.configure(store=store, term=6)
        model.refresh()
        view = QTableView()
        qtbot.addWidget(view)
        view.verticalHeader().setDefaultSectionSize(24)
        view.setModel(model)
        view.resize(1000, 600)
        view.show()
        assert model.rowCount() == 100_000
        view.scrollToBottom()
        qtbot.wait(10)
        last = model.index(model.rowCount() - 1, 3)
        assert view.visualRect(last).isValid() and view.viewport().rect().intersects(view.visualRect(last))
        assert last.data() == "成员199-499"
        # Only the pages on screen were read: the first and the last, not 500 pages of rows.
        assert model.queries <= 4
        assert model.rowCount() // PAGE_SIZE == 500
        view.setModel(None)


def test_backup_list_model_passes_the_model_tester(qtmodeltester, demo_copy):
    """The list models of the dialogs share gui.list_model.ListTableModel; check one on real backups."""
    from fdh_desktop.gui.dialogs.backup_dialog import BackupTableModel
    from fdh_desktop.services import backups

    first = backups.backup_now(demo_copy)
    model = BackupTableModel()
    model.set_backups(backups.list_backups(demo_copy))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.backup(0).path == first.path
    assert model.headerData(0, Qt.Orientation.Horizontal) == "时间"
