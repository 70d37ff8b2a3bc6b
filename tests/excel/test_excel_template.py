"""The template street offices fill in: what Excel shows them, and that LibreOffice opens it."""

from __future__ import annotations

from datetime import date

import pytest
import python_calamine
from openpyxl import load_workbook

from fdh_desktop.domain import vocab
from fdh_desktop.services.importing import apply_import, plan_import


@pytest.fixture(scope="module")
def template(source_books):
    return load_workbook(source_books["template"])


def test_template_sheets_and_headers(template):
    assert template.sheetnames == ["填表说明", "社区妇代会", "班子成员", "fdh_lists", "fdh_meta"]
    assert [template[n].sheet_state for n in template.sheetnames] == [
        "visible", "visible", "visible", "hidden", "veryHidden"]
    congress = template["社区妇代会"]
    assert [c.value for c in congress[1]][:4] == ["街道*", "社区*", "社区代码", "是否应建"]
    members = template["班子成员"]
    assert [c.value for c in members[1]][3:6] == ["职务*", "姓名*", "身份证号"]
    assert members["D1"].font.color.rgb.endswith("C00000")  # required headers stand out
    assert template["填表说明"]["A1"].value == "宣南区第六届社区妇代会换届情况填报模板"


def test_template_prefills_every_community_with_its_code_as_text(template):
    ws = template["社区妇代会"]
    rows = [[c.value for c in row[:3]] for row in ws.iter_rows(min_row=2)]
    assert len(rows) == 110
    assert rows[0] == ["天桥", "虎坊路社区", "110102001001"]
    assert all(isinstance(code, str) and len(code) == 12 for _, _, code in rows)


def test_template_drop_downs_refer_to_the_hidden_lists(template):
    members = template["班子成员"]
    lists = {dv.formula1: dv for dv in members.data_validations.dataValidation if dv.type == "list"}
    assert set(lists) == {"fdh_role", "fdh_ethnicity", "fdh_political", "fdh_education", "fdh_post", "fdh_yesno"}
    assert all(dv.showErrorMessage for dv in lists.values())
    target = template.defined_names["fdh_ethnicity"].attr_text
    assert target == "fdh_lists!$B$2:$B$57"  # 56 民族, too long for an inline list
    column = [c.value for c in template["fdh_lists"]["B"][1:57]]
    assert column == list(vocab.ETHNICITIES)
    dates = [dv for dv in members.data_validations.dataValidation if dv.type == "date"]
    assert len(dates) == 1 and str(dates[0].sqref).startswith("G2:")


def test_template_id_and_phone_columns_are_text_and_dates_have_a_format(template):
    members = template["班子成员"]
    assert members.column_dimensions["F"].number_format == "@"  # 身份证号
    assert members.column_dimensions["M"].number_format == "@"  # 联系电话
    assert members.column_dimensions["G"].number_format == "yyyy-mm-dd"  # 出生日期
    assert template["社区妇代会"].column_dimensions["C"].number_format == "@"  # 社区代码


def test_template_freezes_the_header_and_prints_on_a4_landscape(template):
    for name in ("社区妇代会", "班子成员"):
        ws = template[name]
        assert ws.freeze_panes == "A2"
        assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
        assert ws.print_title_rows == "$1:$1"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.column_dimensions["B"].width >= 12


def test_template_meta_names_district_and_term(template):
    meta = {row[0].value: row[1].value for row in template["fdh_meta"].iter_rows(max_row=8)}
    assert meta["format"] == "fdh-exchange" and meta["kind"] == "template"
    assert meta["district"] == "宣南区" and meta["term"] == 6


def test_street_template_lists_only_that_street(demo_store, tmp_path):
    from fdh_desktop.services.exporting import make_template

    result = make_template(demo_store, tmp_path / "t.xlsx", street="牛街", term=7)
    assert result.communities == 14 and result.term == 7
    book = python_calamine.CalamineWorkbook.from_path(str(result.path))
    rows = book.get_sheet_by_name("社区妇联").to_python()[1:]  # 第七届 is a 社区妇联 term
    assert {r[0] for r in rows} == {"牛街"}


@pytest.mark.parametrize("fmt", ["ods", "xls", "xlsx"])
def test_template_opens_in_libreoffice(lo_books, source_books, fmt):
    converted = lo_books[("template", fmt)]
    book = python_calamine.CalamineWorkbook.from_path(str(converted))
    visible = [m.name for m in book.sheets_metadata if m.visible == python_calamine.SheetVisibleEnum.Visible]
    assert visible == ["填表说明", "社区妇代会", "班子成员"]
    rows = book.get_sheet_by_name("社区妇代会").to_python()
    assert rows[0][:3] == ["街道*", "社区*", "社区代码"]
    assert len(rows) == 111 and rows[1][:3] == ["天桥", "虎坊路社区", "110102001001"]
    if fmt == "xlsx":  # LibreOffice kept the drop-downs, the text columns and the print titles
        wb = load_workbook(converted)
        ws = wb["班子成员"]
        assert {dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"} >= {
            "fdh_ethnicity", "fdh_role"}
        assert ws.column_dimensions["F"].number_format == "@"
        assert ws.print_title_rows == "$1:$1"


@pytest.mark.parametrize("book", [("filled", "openpyxl"), ("filled", "xlsx"), ("filled", "ods")],
                         indirect=True, ids=lambda p: p[1])
def test_filled_template_imports_and_leaves_unfilled_communities_alone(demo_store, book):
    tianqiao = [c for c in demo_store.communities() if demo_store.street(c.street_id).name == "天桥"]
    untouched = {c.id: (demo_store.congress(c.id, 6), demo_store.members(c.id, 6)) for c in tianqiao[3:]}
    plan = plan_import(demo_store, [book])
    fp = plan.files[0]
    assert not plan.has_errors, [p.line() for p in fp.errors]
    assert fp.term == 6  # from the template's own record
    assert len(fp.communities) == 3 and len(fp.skipped) == 10
    assert any("已跳过" in p.message for p in fp.warnings)
    apply_import(demo_store, plan)
    first = demo_store.congress(tianqiao[0].id, 6)
    assert (first.election_date, first.reps_total, first.instructor, first.note) == (
        date(2023, 4, 10), 41, "周红", "按期完成")
    assert [m.name for m in demo_store.members(tianqiao[0].id, 6)] == ["高秀兰", "孙丽", "钱芳"]
    assert [m.name for m in demo_store.members(tianqiao[1].id, 6)] == ["郑洁", "冯静"]
    assert demo_store.members(tianqiao[1].id, 6)[1].birth_date == date(1992, 8, 8)
    third = demo_store.congress(tianqiao[2].id, 6)
    assert third.established is False and demo_store.members(tianqiao[2].id, 6) == []
    for cid, (congress, members) in untouched.items():
        assert demo_store.congress(cid, 6) == congress and demo_store.members(cid, 6) == members
