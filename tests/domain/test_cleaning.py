"""Raw cells and typed text to record values: forgiving about form, strict about meaning."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from fdh_desktop.domain.cleaning import (
    CleanError, clean_congress, clean_int, clean_member, clean_phone, is_blank,
)
from fdh_desktop.domain.problems import ERROR
from fdh_desktop.domain.records import Congress
from fdh_desktop.domain.text import clean_name, clean_text, fold, halfwidth


@pytest.mark.parametrize(("raw", "expected"), [
    ("  王秀英 ", "王秀英"),
    ("王 秀英", "王秀英"),
    ("王　秀　英", "王秀英"),  # ideographic spaces
    ("阿依古丽 · 买买提", "阿依古丽·买买提"),
    ("Mary  Ann", "Mary Ann"),  # spaces between non-CJK words survive, once
    ("Ｍａｒｙ Ａｎｎ", "Mary Ann"),
    ("Anna 李", "Anna李"),
])
def test_clean_name(raw, expected):
    assert clean_name(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    (None, ""), ("  社区居委会 ", "社区居委会"), (12.0, "12"), (12.5, "12.5"), (7, "7"),
    ("备注  两个空格", "备注  两个空格"),
])
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("ＡＢＣ１２３", "ABC123"), ("１９７５年６月", "1975年6月"), ("（备注）", "(备注)"),
])
def test_halfwidth(raw, expected):
    assert halfwidth(raw) == expected


def test_fold():
    assert fold(" ａ b\tc ") == "ABC"


@pytest.mark.parametrize(("raw", "expected"), [
    (13800138000.0, "13800138000"),  # a number cell
    (13800138000, "13800138000"),
    (" 138 0013 8000 ", "138 0013 8000"),
    ("１３８００１３８０００", "13800138000"),
    ("010-63012345", "010-63012345"),
])
def test_clean_phone_keeps_text(raw, expected):
    assert clean_phone(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    (36, 36), (36.0, 36), ("36", 36), ("36.0", 36), (" ３６ ", 36), ("36人", 36), ("36名", 36), (0, 0), ("999", 999),
])
def test_clean_int(raw, expected):
    assert clean_int("reps_total", raw) == expected


@pytest.mark.parametrize(("raw", "message"), [
    (36.5, "代表总数应为整数，现为36.5"),
    ("36.5", "应为整数"),
    ("abc", "“abc”不是数字"),
    (-1, "代表总数不能为负数"),
    ("-3", "不能为负数"),
    (1000, "超出合理范围"),
    (True, "代表总数应为整数"),
])
def test_clean_int_rejects(raw, message):
    with pytest.raises(CleanError) as info:
        clean_int("reps_total", raw)
    assert message in str(info.value)


@pytest.mark.parametrize(("value", "blank"), [
    (None, True), ("", True), ("   ", True), ("\u3000", True), (0, False), ("0", False), (False, False),
])
def test_is_blank(value, blank):
    assert is_blank(value) is blank


def test_clean_congress_from_a_sloppy_row():
    raw = {
        "should_establish": "√", "established": "Y", "election_date": "2023年5月20日", "election_method": "等额",
        "voting_method": "举手", "reps_total": "４０", "reps_units": 5.0, "reps_migrants": "3人",
        "reps_present": 38, "progress": "完成", "instructor": " 刘芳 ", "note": None, "unknown_column": "x",
    }
    congress, problems = clean_congress(raw)
    assert problems == []
    assert congress == Congress(
        should_establish=True, established=True, election_date=date(2023, 5, 20), election_method="等额选举",
        voting_method="举手表决", reps_total=40, reps_units=5, reps_migrants=3, reps_present=38, progress="已完成",
        instructor="刘芳", note="",
    )


def test_clean_congress_blank_values_keep_defaults():
    congress, problems = clean_congress({"should_establish": "", "established": None, "reps_total": " "})
    assert problems == []
    assert congress == Congress()
    assert congress.should_establish is True  # 是否应建 defaults to 是


def test_clean_congress_serial_dates_in_the_1904_system():
    congress, _ = clean_congress({"election_date": 43599}, date1904=True)
    assert congress.election_date == date(2023, 5, 15)  # 43599 + 1462 = 45061 in the 1900 system


@pytest.mark.parametrize(("field", "value", "message"), [
    ("established", "也许", "是否建立"),
    ("election_date", "2023-02-30", "换届日期"),
    ("election_method", "抽签", "选举方式"),
    ("voting_method", "鼓掌", "表决方式"),
    ("progress", "快好了", "换届进度"),
    ("reps_total", "很多", "代表总数"),
])
def test_clean_congress_reports_each_bad_value(field, value, message):
    congress, problems = clean_congress({field: value, "reps_units": 3})
    assert [(p.level, p.field, p.value) for p in problems] == [(ERROR, field, value)]
    assert message in problems[0].message and str(value) in problems[0].message
    assert congress.reps_units == 3  # the good values are still cleaned


def test_clean_member_from_a_sloppy_row():
    raw = {
        "role": "正主任", "name": " 王 秀英 ", "id_number": "11010519491231002x", "birth_date": datetime(1949, 12, 31),
        "ethnicity": "回", "political": "党员", "education": "大专", "rc_post": "党总支书记", "is_new": "×",
        "phone": 13800138000.0, "workplace": " 社区居委会 ", "note": "",
    }
    member, problems = clean_member(raw)
    assert problems == []
    assert (member.role, member.name, member.id_number, member.birth_date) == (
        "主任", "王秀英", "11010519491231002X", date(1949, 12, 31))
    assert (member.ethnicity, member.political, member.education, member.rc_post) == ("回族", "中共党员", "大学专科", "社区党组织书记")
    assert member.is_new is False
    assert (member.phone, member.workplace, member.note) == ("13800138000", "社区居委会", "")


def test_clean_member_ignores_a_row_id_column():
    member, problems = clean_member({"id": 99, "role": "委员", "name": "李华"})
    assert member.id is None and problems == []


@pytest.mark.parametrize(("field", "value", "message"), [
    ("role", "秘书", "职务"),
    ("ethnicity", "火星族", "民族"),
    ("political", "党", "政治面貌"),
    ("education", "幼儿园", "文化程度"),
    ("rc_post", "主任助理", "居委会任职"),
    ("is_new", "不知道", "是否新任"),
    ("birth_date", "abc", "出生日期"),
    ("id_number", "123", "身份证号"),
])
def test_clean_member_reports_each_bad_value(field, value, message):
    member, problems = clean_member({"role": "委员", "name": "李华", field: value})
    assert [(p.level, p.field) for p in problems] == [(ERROR, field)]
    assert message in problems[0].message
    assert member.name == "李华"
