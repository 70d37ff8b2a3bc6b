"""The validation rules of DOMAIN.md: each rule, its level, its field and what its message says."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from fdh_desktop.domain.idcard import check_character
from fdh_desktop.domain.problems import ERROR, WARNING, errors, warnings
from fdh_desktop.domain.records import Congress, Member, with_part1_post
from fdh_desktop.domain.rules import (
    age_reference, check_congress, check_member, derive_birth_dates, derive_is_new, is_phone,
    is_same_person, order_members,
)

ELECTION = date(2023, 5, 20)


def id_number(born: date, seq: str = "002") -> str:
    first17 = f"110102{born:%Y%m%d}{seq}"
    return first17 + check_character(first17)


def chair(**changes) -> Member:
    born = date(1975, 6, 3)
    m = Member(role="主任", name="王秀英", id_number=id_number(born), birth_date=born, ethnicity="汉族",
               political="中共党员", education="大学本科", rc_post="居委会主任", is_new=True,
               phone="13800138000")
    if "rc_post" in changes:  # Part 1's one value: the two 两委 fields follow it, None included
        m = with_part1_post(m, changes.pop("rc_post"))
    return replace(m, **changes)


def member(role: str = "委员", **changes) -> Member:
    born = date(1980, 1, 15)
    m = Member(role=role, name="李华", id_number=id_number(born, "004"), birth_date=born,
               political="群众", education="高中", rc_post="无", phone="010-63012345")
    return replace(m, **changes)


def congress(**changes) -> Congress:
    c = Congress(should_establish=True, established=True, election_date=ELECTION, election_method="等额选举",
                 voting_method="举手表决", reps_total=40, reps_units=5, reps_migrants=3, reps_present=38,
                 progress="已完成")
    return replace(c, **changes)


def found(problems, level, field, index=None):
    return [p for p in problems if p.level == level and p.field == field and p.member_index == index]


def test_a_complete_congress_has_no_problems():
    assert check_congress(congress(), [chair(), member("副主任"), member(name="张敏", id_number=None)], ELECTION) == []


# (congress changes, members, level, field, member index, message fragment)
CONGRESS_RULES = [
    pytest.param({}, [chair(), chair(name="赵丽", id_number=None)], ERROR, "role", 1, "只能有一名主任",
                 id="two chairs"),
    pytest.param({"election_date": None}, [chair()], ERROR, "election_date", None, "换届日期",
                 id="completed without date"),
    pytest.param({}, [member("副主任")], ERROR, "progress", None, "一名主任", id="completed without chair"),
    pytest.param({"established": False}, [], ERROR, "progress", None, "一名主任",
                 id="completed but not established"),
    pytest.param({"reps_units": 41}, [chair()], ERROR, "reps_units", None, "社区单位代表数（41）不能大于代表总数（40）",
                 id="units over total"),
    pytest.param({"reps_migrants": 41}, [chair()], ERROR, "reps_migrants", None, "外来人员代表数（41）不能大于代表总数（40）",
                 id="migrants over total"),
    pytest.param({"reps_present": 41}, [chair()], ERROR, "reps_present", None, "到会代表数（41）不能大于代表总数（40）",
                 id="present over total"),
    pytest.param({"reps_units": 30, "reps_migrants": 11}, [chair()], ERROR, "reps_migrants", None, "之和（41）",
                 id="units plus migrants over total"),
    pytest.param({"reps_present": 20}, [chair()], WARNING, "reps_present", None, "一半",
                 id="half present"),
    pytest.param({"reps_present": 10}, [chair()], WARNING, "reps_present", None, "选举可能无效",
                 id="few present"),
    pytest.param({"election_date": date(1975, 1, 1)}, [chair()], ERROR, "election_date", None, "合理范围",
                 id="election date too early"),
    pytest.param({"established": False, "progress": "筹备中"}, [chair()], WARNING, "established", None, "是否建立",
                 id="members of an unestablished congress"),
    pytest.param({}, [chair(), member(), member(name="张敏")], ERROR, "id_number", 2, "出现了两次",
                 id="same id twice in one congress"),
]


@pytest.mark.parametrize(("changes", "members", "level", "field", "index", "message"), CONGRESS_RULES)
def test_congress_rules(changes, members, level, field, index, message):
    problems = check_congress(congress(**changes), members, ELECTION)
    hits = found(problems, level, field, index)
    assert hits, problems
    assert message in hits[0].message


@pytest.mark.parametrize(("changes", "members"), [
    ({"reps_units": 40, "reps_migrants": 0}, [chair()]),  # sums up to the total exactly
    ({"reps_present": 21}, [chair()]),  # more than half
    ({"reps_total": None, "reps_present": 3}, [chair()]),  # no total, nothing to compare
    ({"progress": "已选举", "election_date": None}, [member("副主任")]),  # unfinished: no chair needed yet
    ({"established": False, "progress": "未启动", "election_date": None}, []),
])
def test_congresses_that_pass(changes, members):
    assert errors(check_congress(congress(**changes), members, ELECTION)) == []
    assert warnings(check_congress(congress(**changes), members, ELECTION)) == []


def test_both_copies_of_a_duplicate_id_are_marked():
    problems = check_congress(congress(), [chair(), member(), member(name="张敏")], ELECTION)
    marked = sorted(p.member_index for p in problems if p.field == "id_number" and p.level == ERROR)
    assert marked == [1, 2]


def test_every_extra_chair_is_marked():
    members = [chair(), member(), chair(name="赵丽", id_number=None), chair(name="孙燕", id_number=None)]
    problems = [p for p in check_congress(congress(), members, ELECTION) if p.field == "role"]
    assert [(p.level, p.member_index) for p in problems] == [(ERROR, 2), (ERROR, 3)]
    assert "3名" in problems[0].message


# (member, level, field, message fragment)
MEMBER_RULES = [
    pytest.param(chair(name=""), ERROR, "name", "姓名不能为空", id="no name"),
    pytest.param(chair(role=""), ERROR, "role", "职务不能为空", id="no role"),
    pytest.param(chair(birth_date=date(1975, 6, 4)), ERROR, "birth_date", "1975-06-04与身份证号中的1975-06-03不一致",
                 id="id and birth date differ"),
    pytest.param(chair(id_number=id_number(date(2005, 5, 21)), birth_date=None), ERROR, "birth_date", "17岁",
                 id="under 18 from id number"),
    pytest.param(chair(id_number=None, birth_date=date(2005, 5, 21)), ERROR, "birth_date", "不满18岁",
                 id="under 18 from birth date"),
    pytest.param(chair(id_number=None, birth_date=date(1952, 5, 19)), WARNING, "birth_date", "71岁",
                 id="over 70"),
    pytest.param(chair(id_number=None, birth_date=date(2024, 1, 1)), ERROR, "birth_date", "晚于换届日期2023-05-20",
                 id="born after the election"),
    pytest.param(chair(id_number=None, birth_date=None), ERROR, "birth_date", "身份证号或出生日期",
                 id="chair without id or birth date"),
    pytest.param(chair(political=None), ERROR, "political", "主任须填写政治面貌", id="chair without political"),
    pytest.param(chair(education=None), ERROR, "education", "主任须填写文化程度", id="chair without education"),
    pytest.param(chair(rc_post=None), ERROR, "rc_post", "主任须填写居委会任职", id="chair without post"),
    pytest.param(chair(rc_post="居委会委员"), WARNING, "rc_post", "副主任以上", id="chair is a committee member"),
    pytest.param(chair(rc_post="其他"), WARNING, "rc_post", "“其他”", id="chair has another post"),
    pytest.param(chair(rc_post="无"), WARNING, "rc_post", "“无”", id="chair has no post"),
    pytest.param(chair(phone="12345"), WARNING, "phone", "“12345”不像手机号或固定电话", id="short phone"),
    pytest.param(chair(phone="1380013800"), WARNING, "phone", "1380013800", id="ten-digit mobile"),
    pytest.param(chair(phone="无"), WARNING, "phone", "不像", id="phone is text"),
    pytest.param(chair(id_number="110102197506030021"), ERROR, "id_number", "校验位", id="bad checksum"),
    pytest.param(chair(id_number=id_number(date(1975, 6, 3), "001")), WARNING, "id_number", "男性",
                 id="odd sex digit"),
]


@pytest.mark.parametrize(("m", "level", "field", "message"), MEMBER_RULES)
def test_member_rules(m, level, field, message):
    problems = check_member(m, ELECTION)
    hits = [p for p in problems if p.level == level and p.field == field]
    assert hits, problems
    assert message in hits[0].message


@pytest.mark.parametrize("m", [
    chair(),
    chair(rc_post="社区党组织书记"), chair(rc_post="社区党组织副书记"), chair(rc_post="居委会副主任"),
    chair(id_number=None),  # birth date alone is enough
    chair(birth_date=None),  # the ID number alone is enough
    chair(phone=""),
    member(political=None, education=None, rc_post=None, id_number=None, birth_date=None),  # only chairs need these
    member(rc_post="无"),
])
def test_members_that_pass(m):
    assert check_member(m, ELECTION) == []


@pytest.mark.parametrize(("born", "problem"), [
    (date(2005, 5, 21), ERROR),  # 17 the day before the 18th birthday
    (date(2005, 5, 20), None),  # 18 on the election day
    (date(1953, 5, 20), None),  # exactly 70
    (date(1952, 5, 21), None),  # 70, a day before 71
    (date(1952, 5, 20), WARNING),  # 71
])
def test_age_limits_at_the_election_date(born, problem):
    problems = [p for p in check_member(member(id_number=None, birth_date=born), ELECTION) if p.field == "birth_date"]
    assert [p.level for p in problems] == ([] if problem is None else [problem])


def test_age_is_taken_on_the_election_date_not_today():
    young = member(id_number=None, birth_date=date(2005, 6, 1))
    assert found(check_congress(congress(election_date=date(2023, 5, 31)), [chair(), young]), ERROR, "birth_date", 1)
    assert not check_congress(congress(election_date=date(2023, 6, 1)), [chair(), young])


def test_no_age_check_without_a_day_to_take_it_on():
    assert check_member(member(id_number=None, birth_date=date(2020, 1, 1)), None) == []


@pytest.mark.parametrize(("election", "reference", "year", "expected"), [
    (date(2023, 5, 20), date(2023, 1, 1), 2023, date(2023, 5, 20)),
    (None, date(2023, 1, 1), 2023, date(2023, 1, 1)),
    (None, None, 2023, date(2023, 6, 30)),
    (None, None, None, None),
])
def test_age_reference(election, reference, year, expected):
    assert age_reference(congress(election_date=election), reference, year) == expected


@pytest.mark.parametrize(("phone", "ok"), [
    ("13800138000", True), ("19912345678", True), ("138 0013 8000", True), ("138-0013-8000", True),
    ("+86 138 0013 8000", True), ("010-63012345", True), ("63012345", True), ("(010)63012345", True),
    ("0755 8888 8888", True), ("010-63012345转123", True),
    ("12800138000", False), ("1380013800", False), ("138001380001", False), ("12345", False),
    ("abc", False), ("", False),
])
def test_is_phone(phone, ok):
    assert is_phone(phone) is ok


def test_derive_birth_dates_from_id_numbers():
    members = [chair(birth_date=None), member(birth_date=None, id_number="bad"), member(id_number=None, birth_date=None)]
    derive_birth_dates(members)
    assert [m.birth_date for m in members] == [date(1975, 6, 3), None, None]


# (this term's chair, last term's chair, is new)
SAME_PERSON = [
    (chair(), chair(), False),
    (chair(), chair(name="王秀英（改名）"), False),  # the ID number decides
    (chair(), chair(id_number=id_number(date(1975, 6, 3), "004")), True),
    (chair(id_number=None), chair(id_number=None), False),  # without numbers: name and birth date
    (chair(id_number=None), chair(), False),
    (chair(id_number=None), chair(id_number=None, birth_date=date(1975, 6, 4)), True),
    (chair(id_number=None), chair(id_number=None, name="赵丽"), True),
    (chair(id_number=None, birth_date=None), chair(id_number=None, birth_date=None), True),
    (chair(), None, True),
]


@pytest.mark.parametrize(("current", "previous", "new"), SAME_PERSON)
def test_derive_is_new(current, previous, new):
    assert derive_is_new(current, previous) is new
    if previous is not None:
        assert is_same_person(current, previous) is not new


def test_order_members_puts_the_chair_first_and_keeps_the_clerks_order():
    members = [member(name="甲"), member("副主任", name="乙"), chair(), member(name="丙"), member("副主任", name="丁")]
    assert [m.name for m in order_members(members)] == ["王秀英", "乙", "丁", "甲", "丙"]
