"""The rules of a community 妇联 (DOMAIN.md Part 2) over cleaned records, as rules.py's Problems.

A completed 妇联 has exactly one 主席, at least one 副主席 or 兼职副主席, an odd number of 执委
(else a warning) within the district's range (default 7 to 21, else a warning). The member rules
of Part 1 (ID numbers, dates, ages, phones) apply unchanged through rules.check_member.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from . import organisation as org
from . import vocab
from .federation_records import FederationMember
from .organisation import ExecutiveRange
from .problems import ERROR, WARNING, Problem
from .records import Congress
from .rules import check_congress, check_member

# rules.py words these for a 妇代会; the same finding reads so in a 妇联.
_REWORDED = {
    "职务不能为空，应为主任、副主任或委员": "职务不能为空，应为主席、副主席、兼职副主席或执委",
    "未建立的妇代会录入了班子成员，请核对“是否建立”": "未建立的社区妇联录入了执委，请核对“是否建立”",
    "同一身份证号在本社区班子中出现了两次": "同一身份证号在本社区执委中出现了两次",
}


def _reworded(problems: list[Problem]) -> list[Problem]:
    return [replace(p, message=_REWORDED.get(p.message, p.message)) for p in problems]


def check_federation(congress: Congress, members: list[FederationMember], age_date: date | None = None,
                     executive_range: ExecutiveRange = ExecutiveRange()) -> list[Problem]:
    """Every error and warning of one community 妇联 and its 执委 (member_index as in rules.py)."""
    if age_date is None:
        age_date = congress.election_date
    # Part 1's congress and member rules hold; its 主任 rules find nothing among 妇联 roles, and
    # "已完成" is judged below by the 妇联's own rules.
    problems = _reworded(check_congress(replace(congress, progress=None), members, age_date))
    chairs = [i for i, m in enumerate(members) if m.role == org.ROLE_PRESIDENT]
    for i in chairs[1:]:
        problems.append(Problem(ERROR, "role", f"一个社区妇联只能有一名主席，这里有{len(chairs)}名", org.ROLE_PRESIDENT, i))
    if congress.progress == vocab.PROGRESS_COMPLETED:
        problems += _completed(congress, members, chairs, executive_range)
    for index, member in enumerate(members):
        problems += [p.at_member(index) for p in _federation_member_rules(member)]
    return problems


def _completed(congress: Congress, members: list[FederationMember], chairs: list[int],
               executive_range: ExecutiveRange) -> list[Problem]:
    problems = []
    if congress.election_date is None:
        problems.append(Problem(ERROR, "election_date", "换届进度为“已完成”时必须填写换届日期"))
    if not chairs:
        problems.append(Problem(ERROR, "progress", "换届进度为“已完成”时必须有一名主席"))
    if not any(m.role in (org.ROLE_VICE_PRESIDENT, org.ROLE_PART_TIME_VICE) for m in members):
        problems.append(Problem(ERROR, "role", "换届进度为“已完成”时至少应有一名副主席或兼职副主席"))
    n = len(members)
    if n % 2 == 0:
        problems.append(Problem(WARNING, "role", f"执委人数为{n}人，应为奇数", n))
    if not executive_range.low <= n <= executive_range.high:
        problems.append(Problem(
            WARNING, "role", f"执委人数为{n}人，不在规定的{executive_range.low}至{executive_range.high}人之间", n,
        ))
    return problems


def check_executive(m: FederationMember, age_date: date | None = None) -> list[Problem]:
    """Rules of one 执委 (Part 1's member rules and the 妇联's); the caller adds the member index."""
    return _reworded(check_member(m, age_date)) + _federation_member_rules(m)


def _federation_member_rules(m: FederationMember) -> list[Problem]:
    problems = []
    if m.role and m.role not in org.FEDERATION_ROLES:
        problems.append(Problem(ERROR, "role", f"职务“{m.role}”不是社区妇联的职务，应为主席、副主席、兼职副主席或执委", m.role))
    if m.role == org.ROLE_PRESIDENT:
        if m.birth_date is None and not m.id_number:
            problems.append(Problem(ERROR, "birth_date", "主席须填写身份证号或出生日期"))
        for field, name in (("political", "政治面貌"), ("education", "文化程度")):
            if not getattr(m, field):
                problems.append(Problem(ERROR, field, f"主席须填写{name}"))
        if m.party_post is None and m.committee_post is None and not m.other_post:
            problems.append(Problem(ERROR, "party_post", "主席须填写社区党组织职务或居委会职务"))
        elif not m.posts.in_two_committees:
            problems.append(Problem(WARNING, "party_post", "妇联主席一般应进社区“两委”，现未在社区党组织或居委会任职"))
    if m.role == org.ROLE_PART_TIME_VICE and m.part_time is False:
        problems.append(Problem(WARNING, "part_time", "兼职副主席的“是否兼职”填为“否”，请核对", False))
    return problems


def read_role(value: object, form: str) -> tuple[str | None, Problem | None]:
    """What a typed 职务 means in a term of `form`, with the problem to report.

    A 妇代会 role in a 妇联 term (an old-style return) is read as the matching 妇联 role with a
    warning ("按妇联职务理解为主席"); likewise the other way round. Not a role: an error.
    """
    role, written_as = org.parse_role(value, form)
    if role is None:
        names = "、".join(org.roles(form))
        return None, Problem(ERROR, "role", f"职务“{value}”无法识别，应为{names}", value)
    if written_as is not None:
        return role, Problem(WARNING, "role", f"“{written_as}”按{org.labels(form).organisation}职务理解为{role}", value)
    return role, None


def fit_roles(members: list[FederationMember], form: str) -> list[Problem]:
    """Roles written in the other form's words become the term's (主任 → 主席 in a 妇联 term), in
    place, each with a warning: an old-style return still imports, and says what was guessed."""
    problems = []
    names = org.roles(form)
    for index, member in enumerate(members):
        if member.role and member.role not in names:
            mapped = org.role_in_form(member.role, form)
            problems.append(Problem(WARNING, "role", f"“{member.role}”按{org.labels(form).organisation}职务理解为{mapped}",
                                    member.role, index))
            member.role = mapped
    return problems


def check_in_form(form: str, congress: Congress, members: list[FederationMember], age_date: date | None = None,
                  executive_range: ExecutiveRange = ExecutiveRange()) -> list[Problem]:
    """The rules of one congress in a term of `form`: Part 2's for a 妇联, Part 1's for a 妇代会."""
    if form == org.FORM_FEDERATION:
        return check_federation(congress, members, age_date, executive_range)
    problems = check_congress(congress, members, age_date)
    for index, member in enumerate(members):
        if member.role in org.FEDERATION_ROLES:
            problems.append(Problem(ERROR, "role", f"职务“{member.role}”是社区妇联的职务，妇代会应为主任、副主任或委员",
                                    member.role, index))
    return problems
