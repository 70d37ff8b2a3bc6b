"""Migration 5 on a real 0.1.0 file, and stage dates set by the one writer (form save, import)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fdh_desktop.domain.campaign import RESULT_WRITTEN, CampaignPlan, default_plan
from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.storage import Store, StoreError, migrations

RELEASE_FILE = Path(__file__).resolve().parents[1] / "data" / "district_0.1.0_schema2.sqlite"


def test_a_0_1_0_file_gains_empty_stage_dates_a_plan_table_and_import_results(tmp_path):
    path = tmp_path / "district.sqlite"
    shutil.copyfile(RELEASE_FILE, path)
    with Store.open(path) as store:
        assert store.schema_version == migrations.LATEST >= 5
        term = store.settings().current_term
        communities = store.campaign_communities(term)
        assert communities and all(c.stage_dates == {} for c in communities)
        assert store.campaign_plan(term) is None
        old_imports = store.conn.execute("SELECT street, result, warnings FROM imports").fetchall()
        assert all(row == ("", RESULT_WRITTEN, 0) for row in old_imports)
    conn = sqlite3.connect(path)
    try:
        sql = " ".join(r[0] for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE name IN ('congresses', 'campaigns', 'campaign_plan', 'imports')"))
        assert " IN (" not in sql  # chains of `=`, as migration 3 explains
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for bad in ("UPDATE congresses SET completed_on = '2027-02-30'",
                    "UPDATE congresses SET preparing_on = 'soon'",
                    "UPDATE imports SET result = 'lost'"):
            if conn.execute(f"SELECT COUNT(*) FROM {bad.split()[1]}").fetchone()[0]:
                with pytest.raises(sqlite3.IntegrityError):
                    conn.execute(bad)
        conn.execute("INSERT INTO campaigns (term, start) VALUES (9, '2027-01-04')")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO campaign_plan (term, stage, pilot, day) VALUES (9, '进行中', 0, '2027-02-01')")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO campaign_plan (term, stage, pilot, day) VALUES (9, '已完成', 2, '2027-02-01')")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO campaigns (term, start) VALUES (10, '2027-13-01')")
    finally:
        conn.close()


@pytest.fixture
def place(store):
    street = store.add_street("牛街")
    return store.add_community(street.id, "法源寺社区")


def _save(store, community_id, progress, **values):
    store.save_congress(community_id, 6, Congress(progress=progress, **values), store.members(community_id, 6))


def test_a_form_save_dates_each_stage_reached_and_going_back_clears_the_later_ones(store, place):
    today = date.today()
    _save(store, place.id, "筹备中")
    assert store.stage_dates(place.id, 6) == {"筹备中": today}
    _save(store, place.id, "已选举", instructor="王敏")
    assert store.stage_dates(place.id, 6) == {"筹备中": today, "已提名": today, "已选举": today}
    # A save that does not touch 换届进度 keeps the dates (the form does not carry them).
    _save(store, place.id, "已选举", instructor="李红")
    assert store.stage_dates(place.id, 6) == {"筹备中": today, "已提名": today, "已选举": today}
    _save(store, place.id, "筹备中", instructor="李红")
    assert store.stage_dates(place.id, 6) == {"筹备中": today}
    # The dates are kept in the history like any field: the step back shows what was cleared.
    last = store.history(place.id, 6, limit=1)[0]
    assert last["table_name"] == "congresses" and last["operation"] == "update"
    assert json.loads(last["old"]) == {"progress": "已选举", "nominated_on": today.isoformat(),
                                       "elected_on": today.isoformat()}
    assert json.loads(last["new"]) == {"progress": "筹备中", "nominated_on": None, "elected_on": None}
    _save(store, place.id, "未启动", instructor="李红")
    assert store.stage_dates(place.id, 6) == {}
    board = {c.community_id: c for c in store.campaign_communities(6)}
    assert board[place.id].progress == "未启动" and board[place.id].instructor == "李红"


def test_a_new_congress_saved_as_completed_has_every_stage_dated_today(store, place):
    _save(store, place.id, "已完成", established=True, election_date=date(2027, 3, 20))
    assert store.stage_dates(place.id, 6) == {s: date.today() for s in ("筹备中", "已提名", "已选举", "已完成")}


def test_an_import_dates_the_stages_it_moves_and_records_the_street_s_return(store, place, tmp_path):
    from fdh_desktop.services.exporting import export_term
    from fdh_desktop.services.importing import apply_import, plan_import

    other = store.add_community(place.street_id, "春风社区")
    _save(store, place.id, "筹备中")
    _save(store, other.id, "已提名")
    # Backdate so that the import's dates are told apart from the form's.
    store.conn.execute("UPDATE congresses SET preparing_on = '2027-01-05',"
                       " nominated_on = iif(nominated_on IS NULL, NULL, '2027-02-01')")
    out = tmp_path / "牛街交回.xlsx"
    export_term(store, out)
    book = load_workbook(out)
    sheet = next(ws for ws in book.worksheets if any(c.value == "换届进度" for c in ws[1] if c.value))
    header = [c.value for c in sheet[1]]
    column = header.index("换届进度") + 1
    name_column = header.index("社区") + 1
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, name_column).value == "法源寺社区":
            sheet.cell(row, column).value = "已提名"
    book.save(out)

    plan = plan_import(store, [out])
    assert not plan.has_errors, [p.line() for p in plan.files[0].errors]
    apply_import(store, plan)
    today = date.today()
    assert store.stage_dates(place.id, 6) == {"筹备中": date(2027, 1, 5), "已提名": today}
    assert store.stage_dates(other.id, 6) == {"筹备中": date(2027, 1, 5), "已提名": date(2027, 2, 1)}
    [record] = store.import_records(6)
    assert (record.street, record.file_name, record.result) == ("牛街", "牛街交回.xlsx", RESULT_WRITTEN)


def test_a_refused_return_is_kept_for_the_board(store, place):
    store.record_refused_import("广内.xlsx", "ab" * 32, 6, ["广内"], "第3行“身份证号”校验位不对")
    [record] = store.import_records(6)
    assert record.result_label == "已拒绝" and record.message.startswith("第3行")
    with pytest.raises(StoreError):
        store.record_refused_import("广内.xlsx", "ab" * 32, 6, ["广内"], "")


def test_the_plan_is_saved_in_one_action_and_read_back(store):
    from fdh_desktop.services.campaign import load_campaign, save_plan

    loaded = load_campaign(store, 6, today=date(2027, 1, 20))
    assert not loaded.plan_saved and loaded.plan == default_plan(date(2027, 1, 1))
    plan = default_plan(date(2027, 1, 4))
    changes = save_plan(store, 6, plan)
    assert changes.settings
    assert store.campaign_plan(6) == plan and load_campaign(store, 6).plan_saved
    moved = CampaignPlan(plan.start, {**plan.dates, "已完成": date(2027, 6, 30)}, plan.pilot_dates)
    before = store.last_changeset_id()
    save_plan(store, 6, moved)
    assert store.campaign_plan(6) == moved
    rows = [h for h in store.history(limit=50) if h["changeset_id"] == before + 1]
    assert [json.loads(h["new"]) for h in rows] == [{"day": "2027-06-30"}]
    bad = CampaignPlan(plan.start, {**plan.dates, "已选举": date(2027, 7, 1)}, plan.pilot_dates)
    with pytest.raises(StoreError, match="已完成"):
        save_plan(store, 6, bad)
    assert store.campaign_plan(6) == moved


def test_a_refused_workbook_is_kept_as_its_street_s_refused_return(store, place, tmp_path):
    from fdh_desktop.services.exporting import export_term
    from fdh_desktop.services.importing import apply_import, plan_import, record_refusals

    _save(store, place.id, "筹备中")
    out = tmp_path / "牛街交回.xlsx"
    export_term(store, out)
    book = load_workbook(out)
    sheet = book["社区妇代会"]
    header = [c.value for c in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, header.index("社区") + 1).value == "法源寺社区":
            sheet.cell(row, header.index("换届进度") + 1).value = "快完成了"
    book.save(out)
    plan = plan_import(store, [out])
    assert plan.has_errors
    with pytest.raises(StoreError):
        apply_import(store, plan)
    assert record_refusals(store, plan) == 1
    [record] = store.import_records(6)
    assert (record.street, record.result_label) == ("牛街", "已拒绝")
    assert "牛街交回.xlsx" in record.message and "换届进度" in record.message
    # Nothing of the refused workbook was written.
    assert store.congress(place.id, 6).progress == "筹备中"
    assert store.stage_dates(place.id, 6) == {"筹备中": date.today()}


def test_the_history_names_a_stage_date_in_chinese(store, place):
    from fdh_desktop.services.history import community_history

    _save(store, place.id, "筹备中")
    _save(store, place.id, "已提名")
    latest = [e for e in community_history(store, place.id, 6) if e.changeset_id == store.last_changeset_id()]
    assert {(e.field, e.old, e.new) for e in latest} == {
        ("换届进度", "筹备中", "已提名"), ("已提名日期", "（空）", date.today().isoformat())}


def test_a_clerk_corrects_stage_dates_within_the_stages_reached_and_in_order(store, place):
    from fdh_desktop.services.campaign import edit_stage_dates

    _save(store, place.id, "已提名")
    changes = edit_stage_dates(store, place.id, 6, {"筹备中": date(2027, 1, 8), "已提名": date(2027, 2, 20)})
    assert changes.touches_congress(place.id)
    assert store.stage_dates(place.id, 6) == {"筹备中": date(2027, 1, 8), "已提名": date(2027, 2, 20)}
    for dates, words in (({"已选举": date(2027, 3, 1)}, "不能填写“已选举”日期"),
                         ({"筹备中": date(2027, 3, 1), "已提名": date(2027, 2, 1)}, "早于")):
        with pytest.raises(StoreError, match=words):
            edit_stage_dates(store, place.id, 6, dates)
    assert store.stage_dates(place.id, 6) == {"筹备中": date(2027, 1, 8), "已提名": date(2027, 2, 20)}
    # A later change of 换届进度 keeps the corrected dates and dates only the new stage.
    _save(store, place.id, "已选举")
    assert store.stage_dates(place.id, 6) == {"筹备中": date(2027, 1, 8), "已提名": date(2027, 2, 20),
                                              "已选举": date.today()}
