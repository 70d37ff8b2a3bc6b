"""The exchange workbook of a 妇联 term (DOMAIN.md Part 2): its template and export carry the 妇联
roles and the two 两委 posts; hand-typed 妇联 returns (saved by openpyxl and by LibreOffice as
.xls/.ods/.xlsx) import with every error placed on its cell; old-style returns go into a 妇联 term
mapped, with a warning on each guessed cell."""

from __future__ import annotations

from datetime import date

import pytest
import python_calamine
from excel_helpers import (
    CHAIR_A, CHAIR_B, MEMBER_B, MEMBER_HEADERS, VICE_A, congress, exchange_book, member,
)
from openpyxl import load_workbook

from fdh_desktop.domain import organisation
from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.excel.layout import MEMBER_HEADERS as MEMBER_HEADERS_INDEX
from fdh_desktop.excel.layout import header_key
from fdh_desktop.services.exporting import export_term, make_template
from fdh_desktop.services.importing import apply_import, plan_import, write_error_copy
from fdh_desktop.services.statistics import statistics
from fdh_desktop.storage import Store, StoreError

FED_FORMATS = [("fedhand", "openpyxl"), ("fedhand", "xls"), ("fedhand", "ods"), ("fedhand", "xlsx")]
BAD_FORMATS = [("fedbad", "openpyxl"), ("fedbad", "xls"), ("fedbad", "ods")]
FED_MEMBER_HEADER = ["街道*", "社区*", "社区代码", "职务*", "姓名*", "身份证号", "出生日期", "民族", "政治面貌", "文化程度",
                     "社区党组织职务", "居委会职务", "其他职务", "是否新当选", "是否兼职", "界别", "联系电话", "工作单位", "备注"]


@pytest.mark.parametrize("written, field", [
    ("社区党组织职务", "party_post"), ("党内职务", "party_post"), ("党组织职务（书记/副书记/委员/无）", "party_post"),
    ("社区党组织任职", "party_post"), ("居委会职务", "committee_post"), ("居委职务", "committee_post"),
    ("是否兼职", "part_time"), ("兼职", "part_time"), ("专兼职", "part_time"), ("所属界别", "sector"), ("界别*", "sector"),
    ("其他职务", "other_post"), ("妇联职务", "role"), ("居委会任职", "rc_post"),
])
def test_federation_headers_match_however_written(written, field):
    assert MEMBER_HEADERS_INDEX[header_key(written)] == field


def _federation_district(store: Store) -> None:
    """Two communities of 广安 with a 妇联 each, one of them with all that the sheet can say."""
    street = store.add_street("广安")
    first = store.add_community(street.id, "槐柏社区", "110102001001")
    second = store.add_community(street.id, "枣林社区")
    store.save_congress(first.id, 7, Congress(established=True, election_date=date(2026, 4, 8), progress="已完成"), [
        Member(role="主席", name="李秀英", id_number=CHAIR_A, birth_date=date(1983, 6, 3), political="中共党员",
               education="大学本科", party_post="书记", committee_post="主任", is_new=False, sector="社区居民"),
        Member(role="兼职副主席", name="赵敏", birth_date=date(1980, 6, 1), part_time=True, sector="企业",
               workplace="北京槐柏科技有限公司", party_post="无", committee_post="无"),
        Member(role="执委", name="刘洋", id_number=MEMBER_B, birth_date=date(1990, 12, 1), other_post=True),
    ])
    store.save_congress(second.id, 7, Congress(established=False), [])


def test_a_federation_template_has_the_federation_sheets_columns_and_lists(tmp_path):
    with Store.open(tmp_path / "f.sqlite", create=True) as store:
        from fdh_desktop.services.district import init_district

        init_district(store, "测试区", 7, 2026, form="妇联")
        _federation_district(store)
        written = make_template(store, tmp_path / "t.xlsx")
    wb = load_workbook(written.path)
    assert wb.sheetnames == ["填表说明", "社区妇联", "执委", "fdh_lists", "fdh_meta"]
    members = wb["执委"]
    assert [c.value for c in members[1]] == FED_MEMBER_HEADER  # no 居委会任职
    assert [c.value for c in wb["社区妇联"][1]][:3] == ["街道*", "社区*", "社区代码"]
    lists = {}  # column letter → (the list's values, whether other text is refused)
    for dv in members.data_validations.dataValidation:
        if dv.type == "list":
            target = wb.defined_names[dv.formula1].attr_text.split("!")[1].replace("$", "")
            values = [c.value for row in wb["fdh_lists"][target] for c in row]
            lists[str(dv.sqref).split(":")[0].rstrip("0123456789")] = (values, dv.showErrorMessage)
    # Column letters of the member sheet: D 职务, K 社区党组织职务, L 居委会职务, M 其他职务, O 是否兼职, P 界别.
    assert lists["D"] == (["主席", "副主席", "兼职副主席", "执委"], True)
    assert lists["K"] == (["书记", "副书记", "委员", "无"], True)
    assert lists["L"] == (["主任", "副主任", "委员", "无"], True)
    assert lists["M"][0] == lists["O"][0] == ["是", "否"]
    assert "巾帼志愿者" in lists["P"][0] and lists["P"][1] is False  # 界别: suggestions, any text accepted
    guide = [row[0].value for row in wb["填表说明"].iter_rows() if row[0].value]
    assert guide[0] == "测试区第七届社区妇联换届情况填报模板"
    assert any("只能有一名主席" in line and "奇数" in line and "7至21人" in line for line in guide)
    assert any("“社区党组织职务”填书记、副书记、委员或无" in line and "一肩挑" in line for line in guide)
    assert any("“其他职务”" in line and "“是否兼职”" in line and "“界别”" in line for line in guide)
    meta = {row[0].value: row[1].value for row in wb["fdh_meta"].iter_rows() if row[0].value}
    assert meta["form"] == "妇联" and meta["term"] == 7
    assert wb["执委"].oddHeader.center.text == "测试区第七届社区妇联执委"


def test_a_congress_terms_template_keeps_part1s_layout_and_says_its_form(source_books):
    wb = load_workbook(source_books["template"])
    assert [c.value for c in wb["班子成员"][1]][10] == "居委会任职"
    meta = {row[0].value: row[1].value for row in wb["fdh_meta"].iter_rows() if row[0].value}
    assert meta["form"] == "妇代会"
    assert "fdh_federation_role" not in wb.defined_names


def test_export_of_a_federation_term_writes_the_new_columns(tmp_path):
    with Store.open(tmp_path / "f.sqlite", create=True) as store:
        from fdh_desktop.services.district import init_district

        init_district(store, "测试区", 7, 2026, form="妇联")
        _federation_district(store)
        written = export_term(store, tmp_path / "e.xlsx")
    assert (written.form, written.members, written.communities) == ("妇联", 3, 2)
    book = python_calamine.CalamineWorkbook.from_path(str(written.path))
    rows = book.get_sheet_by_name("执委").to_python()
    assert rows[0] == [h.rstrip("*") for h in FED_MEMBER_HEADER]
    by_name = {r[4]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert (by_name["李秀英"]["职务"], by_name["李秀英"]["社区党组织职务"], by_name["李秀英"]["居委会职务"]) == ("主席", "书记", "主任")
    assert (by_name["李秀英"]["是否新当选"], by_name["李秀英"]["界别"], by_name["李秀英"]["其他职务"]) == ("否", "社区居民", "")
    assert (by_name["赵敏"]["是否兼职"], by_name["赵敏"]["界别"], by_name["赵敏"]["社区党组织职务"]) == ("是", "企业", "无")
    assert by_name["刘洋"]["其他职务"] == "是" and by_name["刘洋"]["社区党组织职务"] == ""
    assert book.get_sheet_by_name("社区妇联").to_python()[1][:3] == ["广安", "槐柏社区", "110102001001"]


@pytest.mark.parametrize("book", FED_FORMATS, indirect=True, ids=lambda p: p[1])
def test_handtyped_federation_return_imports(fed_store, book):
    plan = plan_import(fed_store, [book])
    fp = plan.files[0]
    assert not plan.has_errors, [p.line() for p in fp.errors]
    assert fp.term == 7
    assert [(c.label, c.row) for c in fp.communities] == [("广安 槐柏社区", 4), ("广安 枣林社区", 5)]
    assert not [p for p in fp.warnings if p.column == "职务"]  # 妇联 roles in a 妇联 term: nothing guessed
    apply_import(fed_store, plan)
    huaibai = fed_store.find_community("广安", "槐柏社区")
    people = {m.name: m for m in fed_store.members(huaibai.id, 7)}
    assert [m.role for m in fed_store.members(huaibai.id, 7)] == ["主席", "副主席", "兼职副主席", "执委", "执委", "执委", "执委"]
    chair = people["李秀英"]
    assert (chair.party_post, chair.committee_post, chair.posts.one_shoulder) == ("书记", "主任", True)  # 支部书记
    assert chair.id_number == CHAIR_A and chair.birth_date == date(1983, 6, 3) and chair.is_new is False
    assert (people["王芳"].party_post, people["王芳"].committee_post, people["王芳"].id_number) == ("无", "副主任", VICE_A)
    assert (people["赵敏"].part_time, people["赵敏"].sector, people["赵敏"].workplace) == (True, "企业", "北京槐柏科技有限公司")
    assert people["赵敏"].birth_date == date(1980, 6, 1) and people["赵敏"].education == "大学本科"
    assert (people["刘洋"].party_post, people["刘洋"].committee_post) == ("委员", None)  # 党委委员
    assert (people["马兰"].committee_post, people["马兰"].part_time) == ("委员", False)
    assert people["刘洋"].sector == "巾帼志愿者" and people["马兰"].sector == ""
    zaolin = {m.name: m for m in fed_store.members(fed_store.find_community("广安", "枣林社区").id, 7)}
    assert [zaolin[n].role for n in ("张丽", "周红", "吴静")] == ["主席", "兼职副主席", "执委"]
    assert zaolin["张丽"].id_number == CHAIR_B and zaolin["张丽"].committee_post == "委员"
    assert (zaolin["周红"].part_time, zaolin["周红"].sector) == (True, "机关")  # "兼职" in the 兼职 column
    assert fed_store.congress(huaibai.id, 7).election_date == date(2026, 4, 8)


@pytest.mark.parametrize("book", BAD_FORMATS, indirect=True, ids=lambda p: p[1])
def test_every_error_of_a_handtyped_federation_return_names_file_sheet_row_and_column(fed_store, book):
    plan = plan_import(fed_store, [book])
    fp = plan.files[0]
    found = {(p.file, p.sheet, p.row, p.column) for p in fp.errors}
    name = book.name
    assert found == {
        (name, "社区妇联换届情况表", 4, "换届时间"),
        (name, "社区妇联执委名单", 6, "党内职务"),
        (name, "社区妇联执委名单", 7, "职务"),
        (name, "社区妇联执委名单", 8, "兼职"),
        (name, "社区妇联执委名单", 9, "职务"),
    }, [p.line() for p in fp.errors]
    by_cell: dict[tuple, str] = {}
    for p in fp.errors:
        if p.sheet == "社区妇联执委名单":
            by_cell[(p.row, p.column)] = by_cell.get((p.row, p.column), "") + p.message
    assert "只能有一名主席" in by_cell[(7, "职务")]
    assert "会长" in by_cell[(9, "职务")] and "主席、副主席、兼职副主席" in by_cell[(9, "职务")]
    assert "党员" in by_cell[(6, "党内职务")] and "书记、副书记、委员、无" in by_cell[(6, "党内职务")]
    assert "也许" in by_cell[(8, "兼职")]
    assert all(p.col is not None for p in fp.errors)  # the error copy can mark each cell
    copy = load_workbook(write_error_copy(fp, book.parent / "out"))
    assert copy.sheetnames[0] == "错误说明"
    ws = copy["社区妇联执委名单"]
    assert ws["J6"].fill.fgColor.rgb.endswith("FF9999") and "党员" in ws["J6"].comment.text  # 党内职务
    assert ws["D9"].comment is not None and "会长" in ws["P9"].value  # 职务; 错误说明 after the headers
    assert not plan.changes_anything or plan.has_errors
    with pytest.raises(StoreError):
        apply_import(fed_store, plan)
    assert fed_store.members(fed_store.find_community("广安", "槐柏社区").id, 7) == []


def test_an_old_style_return_imports_into_a_federation_term_with_a_warning_per_guessed_role(fed_store, tmp_path):
    congresses = [congress()]
    members = [member("李秀英", "主任", 身份证号=CHAIR_A, 出生日期=None), member("王芳", "副主任", 居委会任职="社区党组织副书记"),
               member("赵敏", "委员", 居委会任职="其他"), member("刘洋", "委员")]
    path = exchange_book(tmp_path / "旧格式.xlsx", congresses, members)
    fp = plan_import(fed_store, [path]).files[0]
    assert not fp.has_errors, [p.line() for p in fp.errors]
    guessed = [(p.file, p.sheet, p.row, p.column, p.value, p.message) for p in fp.warnings if "按妇联职务理解" in p.message]
    assert guessed == [
        ("旧格式.xlsx", "班子成员", 2, "职务", "主任", "“主任”按妇联职务理解为主席"),
        ("旧格式.xlsx", "班子成员", 3, "职务", "副主任", "“副主任”按妇联职务理解为副主席"),
        ("旧格式.xlsx", "班子成员", 4, "职务", "委员", "“委员”按妇联职务理解为执委"),
        ("旧格式.xlsx", "班子成员", 5, "职务", "委员", "“委员”按妇联职务理解为执委"),
    ]
    plan = plan_import(fed_store, [path])
    apply_import(fed_store, plan)
    huaibai = fed_store.find_community("广安", "槐柏社区")
    people = {m.name: m for m in fed_store.members(huaibai.id, 7)}
    assert [m.role for m in fed_store.members(huaibai.id, 7)] == ["主席", "副主席", "执委", "执委"]
    # Part 1's 居委会任职 maps into the two fields without loss; 其他 survives an export of the term.
    assert (people["李秀英"].party_post, people["李秀英"].committee_post, people["李秀英"].rc_post) == (None, "主任", "居委会主任")
    assert (people["王芳"].party_post, people["王芳"].rc_post) == ("副书记", "社区党组织副书记")
    assert people["赵敏"].other_post and people["赵敏"].rc_post == "其他"
    exported = export_term(fed_store, tmp_path / "export.xlsx")
    again = plan_import(fed_store, [exported.path])
    assert not again.has_errors and not again.changes_anything


def test_part2_columns_win_over_the_single_post_column_and_unread_columns_are_named(fed_store, tmp_path):
    headers = MEMBER_HEADERS + ["社区党组织职务", "居委会职务", "是否专职"]
    members = [member("李秀英", "主席", 身份证号=CHAIR_A, 政治面貌="中共党员", 文化程度="大学本科", 社区党组织职务="书记",
                      居委会职务="主任", 是否专职="是"),
               member("王芳", "副主席", 居委会任职="居委会委员", 社区党组织职务="委员"),
               member("刘洋", "执委", 居委会任职="社区党组织书记")]
    members[0]["居委会任职"] = "无"
    path = exchange_book(tmp_path / "两种.xlsx", [congress(换届进度="已选举")], members, member_headers=headers)
    plan = plan_import(fed_store, [path])
    fp = plan.files[0]
    assert not fp.has_errors, [p.line() for p in fp.errors]
    notes = [(p.sheet, p.row, p.column, p.col) for p in fp.warnings if "列未读取" in p.message]
    assert notes == [("班子成员", None, "居委会任职", 10), ("班子成员", None, "是否专职", 17)]
    apply_import(fed_store, plan)
    people = {m.name: m for m in fed_store.members(fed_store.find_community("广安", "槐柏社区").id, 7)}
    assert (people["李秀英"].party_post, people["李秀英"].committee_post, people["李秀英"].part_time) == ("书记", "主任", None)
    assert (people["王芳"].party_post, people["王芳"].committee_post) == ("委员", None)
    assert (people["刘洋"].party_post, people["刘洋"].committee_post) == (None, None)  # only 居委会任职 said it


def test_a_prefilled_template_maps_last_terms_congress_roles_into_the_federation_term(tmp_path):
    from fdh_desktop.services.district import init_district

    with Store.open(tmp_path / "d.sqlite", create=True) as store:
        init_district(store, "测试区", 6, 2023, form="妇代会")
        street = store.add_street("广安")
        huaibai = store.add_community(street.id, "槐柏社区")
        store.save_congress(huaibai.id, 6, Congress(established=True, election_date=date(2023, 5, 20), progress="已完成"), [
            Member(role="主任", name="李秀英", id_number=CHAIR_A, political="中共党员", education="大学本科",
                   rc_post="社区党组织书记", is_new=True),
            Member(role="副主任", name="王芳", id_number=VICE_A, rc_post="居委会副主任", is_new=True),
            Member(role="委员", name="赵敏", birth_date=date(1980, 6, 1), rc_post="其他", is_new=True),
        ])
        store.ensure_term(7, form="妇联")
        written = make_template(store, tmp_path / "第七届.xlsx", term=7, prefill_previous=True)
        assert written.members == 3
        wb = load_workbook(written.path)
        assert wb.sheetnames[1:3] == ["社区妇联", "执委"]
        header = [str(c.value).rstrip("*") for c in wb["执委"][1]]
        rows = [dict(zip(header, (c.value for c in row))) for row in wb["执委"].iter_rows(min_row=2) if row[4].value]
        assert [(r["姓名"], r["职务"], r["社区党组织职务"], r["居委会职务"], r["其他职务"], r["是否新当选"]) for r in rows] == [
            ("李秀英", "主席", "书记", None, None, None),
            ("王芳", "副主席", None, "副主任", None, None),
            ("赵敏", "执委", None, None, "是", None),
        ]
        sheet = wb["社区妇联"]
        congress_header = [str(c.value).rstrip("*") for c in sheet[1]]
        sheet.cell(2, congress_header.index("是否建立") + 1).value = "是"
        sheet.cell(2, congress_header.index("换届进度") + 1).value = "已选举"
        wb.save(written.path)
        plan = plan_import(store, [written.path])
        fp = plan.files[0]
        assert not plan.has_errors, [p.line() for p in fp.errors]
        assert fp.term == 7 and not [p for p in fp.warnings if "按妇联职务理解" in p.message]
        apply_import(store, plan)
        people = store.members(huaibai.id, 7)
        assert [(m.name, m.role, m.party_post, m.committee_post, m.other_post) for m in people] == [
            ("李秀英", "主席", "书记", None, False), ("王芳", "副主席", None, "副主任", False), ("赵敏", "执委", None, None, True)]
        assert statistics(store, 7)["chairs"]["new"]["count"] == 0  # the same person as last term's 主任: 连任
        assert store.term(7).form == organisation.FORM_FEDERATION


def test_fdh_export_and_import_of_a_federation_term(fdh_cmd, tmp_path):
    import os
    import subprocess

    from fdh_desktop.services.district import init_district

    def fdh(db, *args):
        env = {**os.environ, "FDH_DB": str(db), "PYTHONIOENCODING": "utf-8"}
        return subprocess.run([*fdh_cmd, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)

    with Store.open(tmp_path / "a.sqlite", create=True) as store:
        init_district(store, "测试区", 7, 2026, form="妇联")
        _federation_district(store)
    out = fdh(tmp_path / "a.sqlite", "export", "--out", str(tmp_path / "e.xlsx"), "--mask")
    assert out.returncode == 0, out.stderr
    rows = python_calamine.CalamineWorkbook.from_path(str(tmp_path / "e.xlsx")).get_sheet_by_name("执委").to_python()
    assert rows[1][5][6:14] == "********" and rows[1][10:13] == ["书记", "主任", ""]  # masked; the posts as stored
    out = fdh(tmp_path / "a.sqlite", "export", "--out", str(tmp_path / "full.xlsx"))
    assert out.returncode == 0, out.stderr
    assert fdh(tmp_path / "b.sqlite", "init", "--district", "测试区", "--term", "7", "--form", "妇联").returncode == 0
    out = fdh(tmp_path / "b.sqlite", "import", str(tmp_path / "full.xlsx"))
    assert out.returncode == 0, out.stdout + out.stderr
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        first = a.find_community("广安", "槐柏社区")
        assert b.members(b.find_community("广安", "槐柏社区").id, 7) == a.members(first.id, 7)
