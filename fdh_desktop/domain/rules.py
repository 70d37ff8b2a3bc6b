"""The validation rules of DOMAIN.md over cleaned records.

`check_congress` returns every error and warning of one congress and its members; nothing here
reads a file or a database, so forms, imports and tests share exactly the same rules.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from . import vocab
from .dates import age_on
from .idcard import IdNumberError, parse_id_number
from .problems import ERROR, WARNING, Problem
from .records import Congress, Member

MIN_AGE = 18
WARN_AGE = 70
EARLIEST_ELECTION = date(1980, 1, 1)
LATEST_ELECTION = date(2100, 12, 31)

_MOBILE = re.compile(r"1[3-9]\d{9}")
# 010-63012345, 0755 8888 8888, 63012345, with an optional extension (转123 / -123).
_LANDLINE = re.compile(r"(0\d{2,3})?\d{7,8}((转|ext|EXT|#)\d{1,6})?")


def derive_birth_dates(members: list[Member]) -> None:
    """A blank 出生日期 is taken from the ID number (DOMAIN.md)."""
    for member in members:
        if member.birth_date is None and member.id_number:
            try:
                member.birth_date = parse_id_number(member.id_number).birth_date
            except IdNumberError:
                pass


_PHONE_PUNCTUATION = re.compile(r"[\s\-()（）]")


def is_phone(text: str) -> bool:
    if _MOBILE.fullmatch(text):  # most cells: a bare mobile number
        return True
    digits = _PHONE_PUNCTUATION.sub("", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    return bool(_MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits))


def age_reference(congress: Congress | None, term_reference: date | None, term_year: int | None) -> date | None:
    """The day ages are taken on: election date, else the term's reference date, else 30 June."""
    if congress is not None and congress.election_date is not None:
        return congress.election_date
    if term_reference is not None:
        return term_reference
    if term_year is not None:
        return date(term_year, 6, 30)
    return None


def check_congress(congress: Congress, members: list[Member], age_date: date | None = None) -> list[Problem]:
    """Every error and warning; ages are taken on `age_date` (see age_reference), else the election date."""
    if age_date is None:
        age_date = congress.election_date
    problems = _check_congress_fields(congress)
    chairs = [i for i, m in enumerate(members) if m.role == vocab.ROLE_CHAIR]
    if len(chairs) > 1:
        for i in chairs[1:]:
            problems.append(Problem(ERROR, "role", f"一个妇代会只能有一名主任，这里有{len(chairs)}名", vocab.ROLE_CHAIR, i))
    if congress.progress == vocab.PROGRESS_COMPLETED:
        if congress.election_date is None:
            problems.append(Problem(ERROR, "election_date", "换届进度为“已完成”时必须填写换届日期"))
        if not chairs:
            problems.append(Problem(ERROR, "progress", "换届进度为“已完成”时必须有一名主任"))
    if congress.established is False and members:
        problems.append(Problem(WARNING, "established", "未建立的妇代会录入了班子成员，请核对“是否建立”"))
    seen = Counter(m.id_number for m in members if m.id_number)
    for index, member in enumerate(members):
        for problem in check_member(member, age_date):
            problems.append(problem.at_member(index))
        if member.id_number and seen[member.id_number] > 1:
            problems.append(Problem(ERROR, "id_number", "同一身份证号在本社区班子中出现了两次", member.id_number, index))
    return problems


def _check_congress_fields(c: Congress) -> list[Problem]:
    problems: list[Problem] = []
    if c.election_date is not None and not EARLIEST_ELECTION <= c.election_date <= LATEST_ELECTION:
        problems.append(Problem(ERROR, "election_date", f"换届日期{c.election_date:%Y-%m-%d}不在合理范围内", c.election_date))
    total = c.reps_total
    if total is not None:
        for field, name, value in (
            ("reps_units", "社区单位代表数", c.reps_units),
            ("reps_migrants", "外来人员代表数", c.reps_migrants),
            ("reps_present", "到会代表数", c.reps_present),
        ):
            if value is not None and value > total:
                problems.append(Problem(ERROR, field, f"{name}（{value}）不能大于代表总数（{total}）", value))
        if c.reps_units is not None and c.reps_migrants is not None and c.reps_units <= total and c.reps_migrants <= total:
            if c.reps_units + c.reps_migrants > total:
                problems.append(Problem(
                    ERROR, "reps_migrants",
                    f"社区单位代表数与外来人员代表数之和（{c.reps_units + c.reps_migrants}）不能大于代表总数（{total}）",
                    c.reps_migrants,
                ))
        if c.reps_present is not None and c.reps_present <= total and total > 0 and c.reps_present * 2 <= total:
            problems.append(Problem(
                WARNING, "reps_present",
                f"到会代表{c.reps_present}人，未超过代表总数{total}人的一半，选举可能无效", c.reps_present,
            ))
    return problems


def check_member(m: Member, age_date: date | None = None) -> list[Problem]:
    """Rules of one member; the member index is added by the caller."""
    problems: list[Problem] = []
    if not m.name:
        problems.append(Problem(ERROR, "name", "姓名不能为空"))
    if not m.role:
        problems.append(Problem(ERROR, "role", "职务不能为空，应为主任、副主任或委员"))
    id_birth = None
    if m.id_number:
        try:
            parsed = parse_id_number(m.id_number)
        except IdNumberError as exc:
            problems.append(Problem(ERROR, "id_number", str(exc), m.id_number))
        else:
            id_birth = parsed.birth_date
            if parsed.male:
                problems.append(Problem(WARNING, "id_number", "身份证号第17位为奇数（男性），请核对", m.id_number))
    if m.birth_date is not None and id_birth is not None and m.birth_date != id_birth:
        problems.append(Problem(
            ERROR, "birth_date",
            f"出生日期{m.birth_date:%Y-%m-%d}与身份证号中的{id_birth:%Y-%m-%d}不一致", m.birth_date,
        ))
    elif age_date is not None and (m.birth_date or id_birth) is not None:
        # A blank 出生日期 is the one inside the ID number, so its age is checked too.
        born = m.birth_date or id_birth
        age = age_on(born, age_date)
        if born > age_date:
            problems.append(Problem(ERROR, "birth_date", f"出生日期{born:%Y-%m-%d}晚于换届日期{age_date:%Y-%m-%d}", born))
        elif age < MIN_AGE:
            problems.append(Problem(ERROR, "birth_date", f"按换届日期计算年龄为{age}岁，不满18岁", born))
        elif age > WARN_AGE:
            problems.append(Problem(WARNING, "birth_date", f"按换届日期计算年龄为{age}岁，超过70岁，请核对", born))
    if m.role == vocab.ROLE_CHAIR:
        if m.birth_date is None and id_birth is None:
            problems.append(Problem(ERROR, "birth_date", "主任须填写身份证号或出生日期"))
        for field, name in (("political", "政治面貌"), ("education", "文化程度"), ("rc_post", "居委会任职")):
            if not getattr(m, field):
                problems.append(Problem(ERROR, field, f"主任须填写{name}"))
        if m.rc_post and m.rc_post not in vocab.KEY_POSTS:
            problems.append(Problem(
                WARNING, "rc_post", f"主任应由居委会副主任以上职务担任，现为“{m.rc_post}”", m.rc_post,
            ))
    if m.phone and not is_phone(m.phone):
        problems.append(Problem(WARNING, "phone", f"“{m.phone}”不像手机号或固定电话", m.phone))
    return problems


def is_same_person(a: Member, b: Member) -> bool:
    """Same ID number; without numbers on both, the same name and birth date."""
    if a.id_number and b.id_number:
        return a.id_number == b.id_number
    return bool(a.name) and a.name == b.name and a.birth_date is not None and a.birth_date == b.birth_date


def derive_is_new(chair: Member, previous_chair: Member | None) -> bool:
    """A chair is 连任 (not new) when last term's chair of the same community is the same person."""
    return previous_chair is None or not is_same_person(chair, previous_chair)


def order_members(members: list[Member]) -> list[Member]:
    """主任 first, then 副主任, then 委员; a stable sort keeps the clerk's order within each."""
    rank = {role: i for i, role in enumerate(vocab.ROLES)}
    return sorted(members, key=lambda m: rank.get(m.role, len(rank)))
