"""Finding sheets, header rows and columns the way street offices lay them out."""

from __future__ import annotations

from datetime import date

import pytest
from excel_helpers import CHAIR_A, dump_db, exchange_book, good_rows, prepare_handtyped_district, rewrite_part
from openpyxl import Workbook

from fdh_desktop.excel.layout import CONGRESS_HEADERS, MEMBER_HEADERS, header_key, settle_member_columns
from fdh_desktop.services.importing import ImportCancelled, apply_import, plan_import


@pytest.mark.parametrize("written, field", [
    ("身份证号（18位）", "id_number"), ("身份证号码*", "id_number"), (" 姓　名 ", "name"), ("姓名(必填)", "name"),
    ("＊职务", "role"), ("出生年月", "birth_date"), ("学历", "education"), ("社区职务", "rc_post"),
    ("手机号码", "phone"), ("是否新任（是/否）", "is_new"), ("政治面貌：", "political"), ("【备注】说明", "note"),
])
def test_member_headers_match_however_written(written, field):
    assert MEMBER_HEADERS[header_key(written)] == field


def test_committee_header_alone_is_part1s_single_post_column():
    """居委会职务 without a 社区党组织职务 column is 居委会任职, as old returns used it."""
    header = ["街道", "社区", "职务", "姓名", "居委会职务"]
    columns = {MEMBER_HEADERS[header_key(h)]: c for c, h in enumerate(header)}
    headers = {field: header[c] for field, c in columns.items()}
    assert settle_member_columns(columns, headers, header) == []
    assert columns["rc_post"] == 4 and "committee_post" not in columns and headers["rc_post"] == "居委会职务"


@pytest.mark.parametrize("written, field", [
    ("所属街道", "street"), ("社区（居委会）", "community"), ("统计用区划代码", "community_code"),
    ("代表人数", "reps_total"), ("实到代表数", "reps_present"), ("换届时间", "election_date"),
])
def test_congress_headers_match_however_written(written, field):
    assert CONGRESS_HEADERS[header_key(written)] == field


def test_sheets_found_by_headers_when_named_sheet1_sheet2(store, tmp_path):
    prepare_handtyped_district(store)
    congresses, members = good_rows()
    path = exchange_book(tmp_path / "x.xlsx", members=members, congresses=congresses)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb["社区妇代会"].title = "Sheet2"
    wb["班子成员"].title = "Sheet1"
    wb.move_sheet("Sheet1", -1)  # the members first
    wb.save(path)
    plan = plan_import(store, [path])
    assert not plan.has_errors, [p.line() for p in plan.files[0].errors]
    assert [len(c.member_list) for c in plan.files[0].communities] == [2]


def test_merged_street_cells_count_for_every_row(store, tmp_path):
    prepare_handtyped_district(store)
    wb = Workbook()
    ws = wb.active
    ws.title = "社区妇代会"
    ws.append(["街道", "社区", "是否建立", "换届进度"])
    ws.append(["广安", "槐柏社区", "是", "筹备中"])
    ws.append([None, "枣林社区", "是", "筹备中"])
    ws.merge_cells("A2:A3")
    ms = wb.create_sheet("班子成员")
    ms.append(["街道", "社区", "职务", "姓名"])
    ms.append(["广安", "枣林社区", "委员", "王芳"])
    wb.save(tmp_path / "m.xlsx")
    plan = plan_import(store, [tmp_path / "m.xlsx"])
    assert not plan.has_errors, [p.line() for p in plan.files[0].errors]
    assert [c.label for c in plan.files[0].communities] == ["广安 槐柏社区", "广安 枣林社区"]


def test_1904_date_system_serials(store, tmp_path):
    """A Mac workbook (1904 system) with a date typed as a plain number in a date column."""
    prepare_handtyped_district(store)
    congresses, members = good_rows()
    congresses[0]["换届日期"] = 43787  # 2023-11-19 in the 1904 system, 2019-11-18 in the 1900 system
    path = exchange_book(tmp_path / "plain.xlsx", congresses, members)
    mac = rewrite_part(path, tmp_path / "mac.xlsx", "xl/workbook.xml",
                       lambda xml: xml.replace(b"<workbookPr", b'<workbookPr date1904="1"'))
    fp = plan_import(store, [mac]).files[0]
    assert fp.communities[0].congress.election_date == date(2023, 11, 19)
    fp = plan_import(store, [path]).files[0]
    assert fp.communities[0].congress.election_date == date(2019, 11, 18)


def test_progress_is_reported_and_cancel_stops_without_writing(store, db_path, tmp_path):
    prepare_handtyped_district(store)
    congresses, members = good_rows()
    files = [exchange_book(tmp_path / f"{i}.xlsx", congresses if i == 0 else [], members if i == 0 else [])
             for i in range(2)]
    seen = []
    plan_import(store, files, progress=lambda done, total, message: seen.append((done, total, message)))
    assert seen[-1] == (200, 200, "检查完成")
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert any("0.xlsx" in m for _, _, m in seen) and any("1.xlsx" in m for _, _, m in seen)
    before = dump_db(db_path)
    calls = []
    with pytest.raises(ImportCancelled):
        plan_import(store, files, cancelled=lambda: calls.append(1) or len(calls) > 2)
    assert dump_db(db_path) == before


def test_members_matched_by_id_number_else_name_keep_their_history(store, tmp_path):
    prepare_handtyped_district(store)
    congresses, members = good_rows()
    apply_import(store, plan_import(store, [exchange_book(tmp_path / "a.xlsx", congresses, members)]))
    community = store.find_community("广安", "槐柏社区")
    ids = {m.name: m.id for m in store.members(community.id, 6)}
    members[0]["姓名"] = "李秀瑛"  # a corrected name, same ID number: the same person
    members[1]["联系电话"] = "13800000000"  # matched by name
    plan = plan_import(store, [exchange_book(tmp_path / "b.xlsx", congresses, members)])
    cp = plan.files[0].communities[0]
    assert cp.status == "changed" and len(cp.members.changed) == 2 and not cp.members.added
    apply_import(store, plan)
    after = {m.name: m.id for m in store.members(community.id, 6)}
    assert after == {"李秀瑛": ids["李秀英"], "王芳": ids["王芳"]}
    changes = [h for h in store.history(community.id, 6) if h["table_name"] == "members" and h["operation"] == "update"]
    assert {h["old"] for h in changes} == {'{"name":"李秀英"}', '{"phone":""}'}
    assert CHAIR_A in [m.id_number for m in store.members(community.id, 6)]


def test_removed_member_is_deleted_with_its_old_values_in_the_history(store, tmp_path):
    prepare_handtyped_district(store)
    congresses, members = good_rows()
    apply_import(store, plan_import(store, [exchange_book(tmp_path / "a.xlsx", congresses, members)]))
    plan = plan_import(store, [exchange_book(tmp_path / "b.xlsx", congresses, members[:1])])
    assert [m.name for m in plan.files[0].communities[0].members.removed] == ["王芳"]
    apply_import(store, plan)
    community = store.find_community("广安", "槐柏社区")
    deleted = [h for h in store.history(community.id, 6) if h["operation"] == "delete"]
    assert len(deleted) == 1 and '"name": "王芳"' in deleted[0]["old"].replace('":"', '": "')
