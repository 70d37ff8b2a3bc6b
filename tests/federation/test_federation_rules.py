"""The rules of a completed community 妇联, and old-style rows read in a 妇联 term."""

from __future__ import annotations

from datetime import date

from fdh_desktop.domain.federation_records import FederationMember
from fdh_desktop.domain.federation_rules import check_federation, read_role
from fdh_desktop.domain.organisation import ExecutiveRange
from fdh_desktop.domain.problems import errors, warnings
from fdh_desktop.domain.records import Congress

ELECTION = date(2026, 4, 18)


def _person(role: str, i: int, **values) -> FederationMember:
    base = dict(role=role, name=f"执委{i}", birth_date=date(1980, 1, 1 + i % 28), political="中共党员",
                education="大学本科", party_post="无", committee_post="委员")
    return FederationMember(**{**base, **values})


def _federation(n: int, roles: tuple[str, ...] = ("主席", "副主席", "兼职副主席")) -> list[FederationMember]:
    people = [_person(role, i) for i, role in enumerate(roles)]
    people[0].party_post, people[0].committee_post = "书记", "主任"
    return people + [_person("执委", i) for i in range(len(roles), n)]


def _completed() -> Congress:
    return Congress(established=True, election_date=ELECTION, progress="已完成", reps_total=40, reps_present=38)


def test_a_proper_completed_federation_has_no_problems():
    assert check_federation(_completed(), _federation(13)) == []


def test_two_chairs_is_an_error_on_the_second():
    people = _federation(13)
    people[5].role = "主席"
    [problem] = errors(check_federation(_completed(), people))
    assert (problem.field, problem.member_index) == ("role", 5)
    assert problem.message == "一个社区妇联只能有一名主席，这里有2名"


def test_completed_needs_a_chair_and_a_deputy():
    people = _federation(13, roles=("执委",))
    messages = [p.message for p in errors(check_federation(_completed(), people))]
    assert messages == ["换届进度为“已完成”时必须有一名主席", "换届进度为“已完成”时至少应有一名副主席或兼职副主席"]
    # A part-time deputy alone is enough.
    assert errors(check_federation(_completed(), _federation(13, roles=("主席", "兼职副主席")))) == []


def test_not_yet_completed_is_not_held_to_the_completed_rules():
    congress = Congress(established=True, election_date=ELECTION, progress="已选举")
    assert check_federation(congress, _federation(12, roles=("执委",))) == []


def test_even_and_out_of_range_counts_are_warnings_naming_the_count():
    problems = check_federation(_completed(), _federation(12))
    assert errors(problems) == []
    assert [p.message for p in warnings(problems)] == ["执委人数为12人，应为奇数"]
    problems = check_federation(_completed(), _federation(5))
    assert [p.message for p in warnings(problems)] == ["执委人数为5人，不在规定的7至21人之间"]
    problems = check_federation(_completed(), _federation(23), executive_range=ExecutiveRange(11, 19))
    assert [p.message for p in warnings(problems)] == ["执委人数为23人，不在规定的11至19人之间"]
    assert check_federation(_completed(), _federation(21)) == []


def test_the_chair_needs_her_details_and_should_be_in_the_two_committees():
    people = _federation(13)
    people[0] = FederationMember(role="主席", name="王芳")
    messages = {(p.field, p.message) for p in errors(check_federation(_completed(), people)) if p.member_index == 0}
    assert messages == {
        ("birth_date", "主席须填写身份证号或出生日期"), ("political", "主席须填写政治面貌"),
        ("education", "主席须填写文化程度"), ("party_post", "主席须填写社区党组织职务或居委会职务"),
    }
    people = _federation(13)
    people[0].party_post, people[0].committee_post = "无", "无"
    [warning] = warnings(check_federation(_completed(), people))
    assert warning.member_index == 0 and "两委" in warning.message


def test_member_rules_of_part1_still_apply_with_federation_wording():
    people = _federation(13)
    people[4] = _person("", 4, birth_date=date(2015, 1, 1))
    people[6] = _person("会计", 6)
    people[8].id_number = people[9].id_number = "11010219800101002X"
    people[8].birth_date = people[9].birth_date = date(1980, 1, 1)
    found = {(p.member_index, p.field, p.message) for p in errors(check_federation(_completed(), people))}
    assert (4, "role", "职务不能为空，应为主席、副主席、兼职副主席或执委") in found
    assert (4, "birth_date", "按换届日期计算年龄为11岁，不满18岁") in found
    assert (6, "role", "职务“会计”不是社区妇联的职务，应为主席、副主席、兼职副主席或执委") in found
    assert (9, "id_number", "同一身份证号在本社区执委中出现了两次") in found
    assert not any("主任" in message for _, _, message in found)


def test_congress_fields_follow_part1():
    congress = _completed()
    congress.reps_present = 10
    [warning] = warnings(check_federation(congress, _federation(13)))
    assert warning.field == "reps_present" and "一半" in warning.message
    congress = Congress(established=True, election_date=None, progress="已完成")
    assert [p.message for p in errors(check_federation(congress, _federation(13)))] == ["换届进度为“已完成”时必须填写换届日期"]
    congress = Congress(established=False)
    [warning] = warnings(check_federation(congress, _federation(13)))
    assert warning.message == "未建立的社区妇联录入了执委，请核对“是否建立”"


def test_a_part_time_deputy_marked_not_part_time_is_questioned():
    people = _federation(13)
    people[2].part_time = False
    [warning] = warnings(check_federation(_completed(), people))
    assert (warning.member_index, warning.field) == (2, "part_time")


def test_old_style_roles_in_a_federation_term():
    role, problem = read_role("主任", "妇联")
    assert role == "主席"
    assert problem.level == "warning" and problem.field == "role"
    assert problem.message == "“主任”按妇联职务理解为主席"
    assert read_role("委员", "妇联")[0] == "执委"
    assert read_role("执行委员", "妇联") == ("执委", None)
    assert read_role("妇联主席", "妇联") == ("主席", None)
    role, problem = read_role("主席", "妇代会")
    assert role == "主任" and problem.message == "“主席”按妇代会职务理解为主任"
    role, problem = read_role("秘书", "妇联")
    assert role is None and problem.is_error
    assert problem.message == "职务“秘书”无法识别，应为主席、副主席、兼职副主席、执委"
