"""Sheet rows to domain records, cleaned by the domain's own functions, with row-located problems.

Each column's values are cleaned through domain.cleaning once per distinct value: a city's return
repeats 汉族, 中共党员 and 是 tens of thousands of times, and cleaning is a pure function of the
cell. The problems keep the field; the caller turns them into file/sheet/row/column messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fdh_desktop.domain.cleaning import clean_congress, clean_member
from fdh_desktop.domain.problems import ERROR, WARNING, Problem
from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.domain.text import clean_name, halfwidth

from .reader import SheetRows

_CODE = re.compile(r"[0-9A-Za-z\-]{1,32}")


@dataclass
class Place:
    street: str
    community: str
    code: str | None


@dataclass
class CongressRow:
    row: int
    place: Place
    congress: Congress
    problems: list[Problem] = field(default_factory=list)
    empty: bool = False  # only the place columns are filled: a template row nobody filled in


@dataclass
class MemberRow:
    row: int
    place: Place
    member: Member
    problems: list[Problem] = field(default_factory=list)


def _cleaner(clean, date1904: bool):
    """field, value → (cleaned value or None, problems), memoised per (field, type, value)."""
    cache: dict[tuple, tuple[object, tuple[Problem, ...]]] = {}

    def run(name: str, value: object) -> tuple[object, tuple[Problem, ...]]:
        key = (name, value.__class__, value)
        hit = cache.get(key)
        if hit is None:
            record, problems = clean({name: value}, date1904)
            hit = (getattr(record, name), tuple(problems))
            cache[key] = hit
        return hit

    return run


def _blank(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def _place(row: list, columns: dict[str, int], problems: list[Problem]) -> Place:
    def cell(name: str) -> object:
        c = columns.get(name)
        return row[c] if c is not None and c < len(row) else None

    street = cell("street")
    community = cell("community")
    code = cell("community_code")
    street_text = "" if _blank(street) else clean_name(str(street))
    community_text = "" if _blank(community) else clean_name(str(community))
    code_text = None
    if not _blank(code):
        if isinstance(code, float) and code.is_integer():
            code = int(code)
        code_text = halfwidth(str(code)).strip()
        if not _CODE.fullmatch(code_text):
            problems.append(Problem(ERROR, "community_code", f"社区代码“{code}”应为数字（12位统计用区划代码）", code))
            code_text = None
        elif not (code_text.isdigit() and len(code_text) == 12):
            problems.append(Problem(WARNING, "community_code", f"社区代码“{code_text}”不是12位统计用区划代码，请核对", code))
    if not community_text and code_text is None:
        problems.append(Problem(ERROR, "community", "社区名称不能为空"))
    elif not street_text and code_text is None:
        problems.append(Problem(ERROR, "street", "街道名称不能为空"))
    return Place(street_text, community_text, code_text)


def congress_rows(sheet: SheetRows, date1904: bool) -> list[CongressRow]:
    clean = _cleaner(clean_congress, date1904)
    fields = [(name, c) for name, c in sheet.columns.items() if name not in ("street", "community", "community_code")]
    result = []
    for number, row in sheet.records:
        problems: list[Problem] = []
        place = _place(row, sheet.columns, problems)
        congress = Congress()
        filled = False
        width = len(row)
        for name, c in fields:
            value = row[c] if c < width else None
            if _blank(value):
                continue
            filled = True
            cleaned, found = clean(name, value)
            if found:
                problems.extend(found)
            if cleaned is not None:
                setattr(congress, name, cleaned)
        result.append(CongressRow(number, place, congress, problems, empty=not filled))
    return result


def member_rows(sheet: SheetRows, date1904: bool) -> list[MemberRow]:
    clean = _cleaner(clean_member, date1904)
    fields = [(name, c) for name, c in sheet.columns.items() if name not in ("street", "community", "community_code")]
    result = []
    for number, row in sheet.records:
        problems: list[Problem] = []
        place = _place(row, sheet.columns, problems)
        values: dict[str, object] = {}
        width = len(row)
        for name, c in fields:
            value = row[c] if c < width else None
            if value is None or value == "":
                continue
            if value.__class__ is str and not value.strip():
                continue
            cleaned, found = clean(name, value)
            if found:
                problems.extend(found)
            if cleaned is not None:
                values[name] = cleaned
        member = Member(role=values.pop("role", ""), name=values.pop("name", ""), **values)
        result.append(MemberRow(number, place, member, problems))
    return result
