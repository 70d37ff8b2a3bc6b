"""Export → import keeps what Part 1's columns cannot say: a 妇代会 term's 一肩挑 (社区党组织书记
and 居委会主任) and the other pairs of 两委 posts; a 妇联 term's member sheet heads 是否新任 as
是否新当选, and 新任, 新当选 and 是否新任 all read back as the same field."""

from __future__ import annotations

from datetime import date

import python_calamine
from excel_helpers import CHAIR_A, MEMBER_HEADERS, VICE_A, congress, exchange_book, member
from openpyxl import load_workbook

from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.services.district import init_district
from fdh_desktop.services.exporting import export_term, make_template
from fdh_desktop.services.importing import apply_import, plan_import
from fdh_desktop.services.statistics import statistics
from fdh_desktop.storage import Store

PART1_HEADER = ["街道", "社区", "社区代码", "职务", "姓名", "身份证号", "出生日期", "民族", "政治面貌", "文化程度",
                "居委会任职", "是否新任", "联系电话", "工作单位", "备注"]


def _congress_district(path, form: str = "妇代会", term: int = 6) -> Store:
    store = Store.open(path, create=True)
    init_district(store, "测试区", term, 2023 if term == 6 else 2026, form=form)
    street = store.add_street("广安")
    store.add_community(street.id, "槐柏社区", "110102001001")
    return store


def _two_committees_members() -> list[Member]:
    """Every kind of 两委 record a 妇代会 term can hold since Part 2."""
    return [
        Member(role="主任", name="李秀英", id_number=CHAIR_A, birth_date=date(1983, 6, 3), political="中共党员",
               education="大学本科", party_post="书记", committee_post="主任", is_new=True),  # 一肩挑
        Member(role="副主任", name="王芳", id_number=VICE_A, birth_date=date(1975, 6, 3), party_post="副书记",
               committee_post="副主任", is_new=False),
        Member(role="委员", name="赵敏", birth_date=date(1980, 6, 1), party_post="无", committee_post="无", other_post=True),
        Member(role="委员", name="刘洋", birth_date=date(1990, 12, 1), rc_post="居委会委员"),  # a Part 1 record
        Member(role="委员", name="马兰", birth_date=date(1985, 3, 3), party_post="委员", committee_post=None),
    ]


def test_a_congress_terms_export_keeps_one_shoulder_and_every_pair_of_posts(tmp_path):
    source = _congress_district(tmp_path / "a.sqlite")
    huaibai = source.find_community("广安", "槐柏社区")
    source.save_congress(huaibai.id, 6, Congress(established=True, election_date=date(2023, 5, 20), progress="已完成"),
                         _two_committees_members())
    written = export_term(source, tmp_path / "export.xlsx")

    rows = python_calamine.CalamineWorkbook.from_path(str(written.path)).get_sheet_by_name("班子成员").to_python()
    assert rows[0] == PART1_HEADER + ["社区党组织职务", "居委会职务", "其他职务"]  # Part 1's columns first, unchanged
    by_name = {r[4]: dict(zip(rows[0], r)) for r in rows[1:]}
    chair = by_name["李秀英"]
    assert (chair["居委会任职"], chair["社区党组织职务"], chair["居委会职务"]) == ("社区党组织书记", "书记", "主任")
    assert (by_name["赵敏"]["居委会任职"], by_name["赵敏"]["其他职务"]) == ("其他", "是")
    assert (by_name["刘洋"]["社区党组织职务"], by_name["刘洋"]["居委会职务"]) == ("", "委员")

    # Imported by the app into an empty district: the same people, 一肩挑 included, no warning about posts.
    target = _congress_district(tmp_path / "b.sqlite")
    plan = plan_import(target, [written.path])
    fp = plan.files[0]
    assert not plan.has_errors, [p.line() for p in fp.errors]
    assert not [p for p in fp.warnings if "任职" in p.message or "职务" in p.message], [p.line() for p in fp.warnings]
    apply_import(target, plan)
    assert target.members(target.find_community("广安", "槐柏社区").id, 6) == source.members(huaibai.id, 6)
    assert statistics(target, 6)["chairs"]["one_shoulder"]["count"] == 1

    # Back into the district it came from: nothing changes.
    again = plan_import(source, [written.path])
    assert not again.has_errors and not again.changes_anything
    source.close()
    target.close()


def test_an_export_whose_single_post_column_was_edited_says_the_two_fields_win(tmp_path):
    source = _congress_district(tmp_path / "a.sqlite")
    huaibai = source.find_community("广安", "槐柏社区")
    source.save_congress(huaibai.id, 6, Congress(established=True, election_date=date(2023, 5, 20), progress="已完成"),
                         _two_committees_members()[:1])
    written = export_term(source, tmp_path / "export.xlsx")
    wb = load_workbook(written.path)
    wb["班子成员"]["K2"] = "居委会副主任"  # 居委会任职 changed, the two 两委 columns left as they were
    wb.save(tmp_path / "edited.xlsx")
    fp = plan_import(source, [tmp_path / "edited.xlsx"]).files[0]
    assert [(w.row, w.column, w.message) for w in fp.warnings if w.column == "居委会任职"] == [
        (2, "居委会任职", "居委会任职“居委会副主任”与社区党组织职务、居委会职务不一致，按后两者理解为“社区党组织书记”")]
    assert not fp.changes_anything
    source.close()


def test_a_congress_terms_template_and_old_part1_returns_stay_as_before(tmp_path):
    store = _congress_district(tmp_path / "a.sqlite")
    template = make_template(store, tmp_path / "t.xlsx")
    header = [str(c.value).rstrip("*") for c in load_workbook(template.path)["班子成员"][1]]
    assert header == PART1_HEADER  # a street office fills in one 居委会任职, as Part 1 says
    old = exchange_book(tmp_path / "old.xlsx", [congress()], [
        member("李秀英", "主任", 身份证号=CHAIR_A, 出生日期=None, 居委会任职="社区党组织书记"),
        member("王芳", "副主任", 身份证号=VICE_A, 居委会任职="一肩挑")], member_headers=MEMBER_HEADERS)
    plan = plan_import(store, [old])
    assert not plan.has_errors, [p.line() for p in plan.files[0].errors]
    apply_import(store, plan)
    people = {m.name: m for m in store.members(store.find_community("广安", "槐柏社区").id, 6)}
    assert (people["李秀英"].party_post, people["李秀英"].committee_post) == ("书记", None)
    assert (people["王芳"].party_post, people["王芳"].committee_post) == ("书记", "主任")
    store.close()


def test_a_federation_terms_member_sheet_heads_new_members_as_newly_elected(tmp_path):
    source = _congress_district(tmp_path / "a.sqlite", form="妇联", term=7)
    huaibai = source.find_community("广安", "槐柏社区")
    source.save_congress(huaibai.id, 7, Congress(established=True, election_date=date(2026, 4, 8), progress="已选举"), [
        Member(role="主席", name="李秀英", id_number=CHAIR_A, birth_date=date(1983, 6, 3), political="中共党员",
               education="大学本科", party_post="书记", committee_post="主任", is_new=False),
        Member(role="副主席", name="王芳", id_number=VICE_A, birth_date=date(1975, 6, 3), is_new=True),
        Member(role="执委", name="赵敏", birth_date=date(1980, 6, 1), is_new=None),
    ])
    for made in (export_term(source, tmp_path / "export.xlsx"), make_template(source, tmp_path / "t.xlsx")):
        wb = load_workbook(made.path)
        header = [str(c.value).rstrip("*") for c in wb["执委"][1]]
        assert "是否新当选" in header and "是否新任" not in header and "新任" not in "".join(header)
        column = chr(ord("A") + header.index("是否新当选"))
        checks = [dv for dv in wb["执委"].data_validations.dataValidation if str(dv.sqref).startswith(f"{column}2:")]
        assert [dv.error for dv in checks] == ["“是否新当选”请从下拉列表中选择。"]

    target = _congress_district(tmp_path / "b.sqlite", form="妇联", term=7)
    plan = plan_import(target, [tmp_path / "export.xlsx"])
    assert not plan.has_errors, [p.line() for p in plan.files[0].errors]
    apply_import(target, plan)
    people = target.members(target.find_community("广安", "槐柏社区").id, 7)
    assert [(m.name, m.is_new) for m in people] == [("李秀英", False), ("王芳", True), ("赵敏", None)]
    assert people == source.members(huaibai.id, 7)
    source.close()
    target.close()


def test_new_member_headers_of_either_spelling_read_as_the_same_field(tmp_path):
    for written in ("是否新任", "新任", "新当选", "是否新当选"):
        store = _congress_district(tmp_path / f"{written}.sqlite", form="妇联", term=7)
        headers = [written if h == "是否新任" else h for h in MEMBER_HEADERS]
        book = exchange_book(tmp_path / f"{written}.xlsx", [congress(换届进度="已选举")], [
            member("李秀英", "主席", 身份证号=CHAIR_A, 政治面貌="中共党员", 文化程度="大学本科", 居委会任职="居委会主任",
                   **{written: "否"}),
            member("王芳", "副主席", 身份证号=VICE_A, **{written: "是"})], member_headers=headers)
        plan = plan_import(store, [book])
        assert not plan.has_errors, (written, [p.line() for p in plan.files[0].errors])
        apply_import(store, plan)
        people = store.members(store.find_community("广安", "槐柏社区").id, 7)
        assert [(m.name, m.is_new) for m in people] == [("李秀英", False), ("王芳", True)], written
        store.close()
