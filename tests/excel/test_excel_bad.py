"""Each bad workbook is refused whole, the place of the fault named, the database unchanged;
and the street office gets a copy with the faults marked."""

from __future__ import annotations

from datetime import date

import pytest
from excel_helpers import (
    CHAIR_A, CHAIR_C, VICE_A, congress, dump_db, exchange_book, good_rows, member, prepare_handtyped_district,
)
from openpyxl import Workbook, load_workbook

from fdh_desktop.services.importing import apply_import, plan_import, write_error_copy
from fdh_desktop.storage import StoreError


def _book(path, congresses=None, members=None, **kw):
    good_c, good_m = good_rows()
    return exchange_book(path, good_c if congresses is None else congresses,
                         good_m if members is None else members, **kw)


# What a number cell pasted back as text leaves of an ID: 15 digits and zeros (checksum fails).
PADDED = CHAIR_C[:15] + "000"

# name → (rows, expected (sheet, row, column), a fragment of the message)
CASES = {
    "id_made_a_number": (
        lambda p: _book(p, members=good_rows()[1] + [member("赵敏", 身份证号=1.10102197506030e17)]),
        ("班子成员", 4, "身份证号"), "转成了数字"),
    "id_padded_with_zeros": (
        lambda p: _book(p, members=good_rows()[1] + [member("赵敏", 身份证号=PADDED)]),
        ("班子成员", 4, "身份证号"), "转成了数字"),
    "id_checksum": (
        lambda p: _book(p, members=good_rows()[1] + [member("赵敏", 身份证号=VICE_A[:-1] + "0")]),
        ("班子成员", 4, "身份证号"), "校验位"),
    "two_chairs": (
        lambda p: _book(p, members=good_rows()[1] + [member("赵敏", "主任")]),
        ("班子成员", 4, "职务"), "只能有一名主任"),
    "present_above_total": (
        lambda p: _book(p, congresses=[congress(到会代表数=45)]),
        ("社区妇代会", 2, "到会代表数"), "不能大于代表总数"),
    "unknown_political": (
        lambda p: _book(p, members=good_rows()[1] + [member("赵敏", 政治面貌="党员干部")]),
        ("班子成员", 4, "政治面貌"), "不是可用的政治面貌"),
    "impossible_date": (
        lambda p: _book(p, congresses=[congress(换届日期="2023-13-45")]),
        ("社区妇代会", 2, "换届日期"), "不是有效日期"),
    "completed_without_date": (
        lambda p: _book(p, congresses=[congress(换届日期=None)]),
        ("社区妇代会", 2, "换届日期"), "必须填写换届日期"),
    "under_18": (
        lambda p: _book(p, members=good_rows()[1] + [member("赵敏", 出生日期="2010-01-01")]),
        ("班子成员", 4, "出生日期"), "不满18岁"),
    "birth_date_not_the_ids": (
        lambda p: _book(p, members=[member("李秀英", "主任", 身份证号=CHAIR_A, 出生日期="1983-06-04")]),
        ("班子成员", 2, "出生日期"), "不一致"),
    "same_id_twice": (
        lambda p: _book(p, members=good_rows()[1] + [member("赵敏", 身份证号=CHAIR_A)]),
        ("班子成员", 4, "身份证号"), "出现了两次"),
    "community_not_listed": (
        lambda p: _book(p, members=good_rows()[1] + [member("赵敏", community="春风社区")]),
        ("班子成员", 4, "社区"), "不在“社区妇代会”表中"),
    "community_twice": (
        lambda p: _book(p, congresses=[congress(), congress(备注="again")]),
        ("社区妇代会", 3, "社区"), "已经出现"),
    "chair_without_details": (
        lambda p: _book(p, members=[member("李秀英", "主任", 政治面貌=None)]),
        ("班子成员", 2, "政治面貌"), "主任须填写政治面貌"),
    "no_name_column": (
        lambda p: _book(p, member_headers=["街道", "社区", "职务", "身份证号"]),
        ("", None, ""), "找不到姓名列"),
    "no_member_sheet": (
        lambda p: _no_member_sheet(p),
        ("", None, ""), "找不到“班子成员”工作表"),
}


def _no_member_sheet(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "社区妇代会"
    ws.append(["街道", "社区", "是否建立"])
    ws.append(["广安", "槐柏社区", "是"])
    wb.save(path)
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_workbook_is_refused_whole_with_the_place_named(store, db_path, tmp_path, case):
    build, (sheet, row, column), fragment = CASES[case]
    prepare_handtyped_district(store)
    path = build(tmp_path / f"{case}.xlsx")
    before = dump_db(db_path)
    plan = plan_import(store, [path])
    assert plan.has_errors
    errors = plan.files[0].errors
    hits = [e for e in errors if fragment in e.message]
    assert hits, [e.line() for e in errors]
    assert (sheet, row, column) in {(h.sheet, h.row, h.column) for h in hits}, [h.line() for h in hits]
    assert hits[0].file == path.name and path.name in hits[0].line()
    with pytest.raises(StoreError):
        apply_import(store, plan)
    assert dump_db(db_path) == before


def test_one_bad_file_stops_the_good_ones_too(store, db_path, tmp_path):
    prepare_handtyped_district(store)
    good = _book(tmp_path / "good.xlsx")
    bad = _book(tmp_path / "bad.xlsx", congresses=[congress(community="春风社区", street="牛街", 到会代表数=99)],
                members=[])
    before = dump_db(db_path)
    plan = plan_import(store, [good, bad])
    assert not plan.files[0].has_errors and plan.files[1].has_errors
    with pytest.raises(StoreError):
        apply_import(store, plan)
    assert dump_db(db_path) == before


def test_one_community_in_two_files_is_an_error(store, tmp_path):
    prepare_handtyped_district(store)
    plan = plan_import(store, [_book(tmp_path / "a.xlsx"), _book(tmp_path / "b.xlsx")])
    assert [e.message for e in plan.files[1].errors][0].startswith("社区“广安 槐柏社区”也在文件“a.xlsx”中")


def test_same_id_in_two_communities_is_a_warning(store, tmp_path):
    prepare_handtyped_district(store)
    path = _book(tmp_path / "x.xlsx",
                 congresses=[congress(), congress(community="枣林社区", 换届进度="筹备中")],
                 members=[member("李秀英", "主任", 身份证号=CHAIR_A, 出生日期=None),
                          member("李秀英", community="枣林社区", 身份证号=CHAIR_A)])
    plan = plan_import(store, [path])
    assert not plan.has_errors, [e.line() for e in plan.files[0].errors]
    twice = [w for w in plan.files[0].warnings if "同时出现在" in w.message]
    assert [(w.row, w.column) for w in twice] == [(2, "身份证号"), (3, "身份证号")]


def test_stale_plan_is_refused(store, tmp_path):
    prepare_handtyped_district(store)
    plan = plan_import(store, [_book(tmp_path / "x.xlsx")])
    store.add_street("大栅栏")  # somebody saved something after the check
    with pytest.raises(StoreError, match="重新检查"):
        apply_import(store, plan)


def test_error_copy_marks_the_cells_and_keeps_the_template(demo_store, source_books, tmp_path):
    """A filled template with a mistake: the copy keeps drop-downs, marks the cell, explains the row."""
    src = tmp_path / "天桥.xlsx"
    wb = load_workbook(source_books["filled"])
    wb["班子成员"]["F2"].value = 1.10102197803090e17  # 高秀兰's ID typed into a number cell
    wb["社区妇代会"]["L3"].value = 99  # 到会代表数 above 代表总数
    wb.save(src)
    plan = plan_import(demo_store, [src])
    fp = plan.files[0]
    assert fp.has_errors and fp.can_mark
    copy = write_error_copy(fp, tmp_path / "out")
    assert copy == tmp_path / "out" / "天桥_错误标注.xlsx"
    marked = load_workbook(copy)
    assert marked.sheetnames[0] == "错误说明"
    summary = [[c.value for c in row] for row in marked["错误说明"].iter_rows(min_row=2)]
    assert ["错误", "班子成员", 2, "身份证号"] in [r[:4] for r in summary]
    ws = marked["班子成员"]
    assert ws["F2"].fill.fgColor.rgb.endswith("FF9999")
    assert "转成了数字" in ws["F2"].comment.text
    assert ws["P1"].value == "错误说明" and "身份证号" in ws["P2"].value
    assert ws["P3"].value is None  # rows without faults stay clean
    assert marked["社区妇代会"]["L3"].comment is not None and marked["社区妇代会"]["P3"].value
    assert any(dv.formula1 == "fdh_ethnicity" for dv in ws.data_validations.dataValidation)
    # Fixed and returned, the marked copy imports (its 错误说明 column is ignored).
    fixed = tmp_path / "fixed.xlsx"
    from excel_helpers import make_id

    ws["F2"].value = make_id(date(1978, 3, 9), 22)
    marked["社区妇代会"]["L3"].value = 35
    marked.save(fixed)
    again = plan_import(demo_store, [fixed])
    assert not again.has_errors, [p.line() for p in again.files[0].errors]


@pytest.mark.parametrize("book", [("bad", "xls"), ("bad", "ods")], indirect=True, ids=lambda p: p[1])
def test_error_copy_of_an_xls_or_ods_is_rebuilt_as_xlsx(store, book, tmp_path):
    prepare_handtyped_district(store)
    plan = plan_import(store, [book])
    fp = plan.files[0]
    assert {(e.sheet, e.row, e.column) for e in fp.errors} == {("班子成员", 4, "身份证号"), ("班子成员", 4, "职务")}
    copy = write_error_copy(fp)
    assert copy.parent == book.parent and copy.suffix == ".xlsx"
    ws = load_workbook(copy)["班子成员"]
    assert ws["E4"].value == "赵敏" and ws["F2"].value == CHAIR_A
    assert ws["F4"].fill.fgColor.rgb.endswith("FF9999") and ws["D4"].comment is not None
    assert "一名主任" in ws["P4"].value and ws["P1"].value == "错误说明"


def test_refused_file_has_no_error_copy(store, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("这不是工作簿", encoding="utf-8")
    fp = plan_import(store, [path]).files[0]
    assert [e.message for e in fp.errors] == ["不是Excel工作簿（.xlsx、.xls或.ods），请在Excel或WPS中打开后另存为.xlsx再导入"]
    assert not fp.can_mark
    with pytest.raises(StoreError):
        write_error_copy(fp)
    assert not list(tmp_path.glob("*错误标注*"))


def test_padded_id_really_fails_its_checksum():
    from fdh_desktop.domain.idcard import check_character

    assert check_character(PADDED[:17]) != PADDED[17]
