"""Cells the domain reads together give the same record and problems as cell by cell."""

from __future__ import annotations

from datetime import datetime

from fdh_desktop.domain.cleaning import clean_member, member_cell
from fdh_desktop.domain.records import Member
from fdh_desktop.excel.rows import _Cleaner

FIELDS = [("role", 0), ("name", 1), ("political", 2), ("education", 3), ("birth_date", 4), ("workplace", 5)]
ROWS = [
    ["主任", "王秀英", "党员", "本科", datetime(1975, 6, 3), "#N/A"],
    ["委员", "李红", "党员", "博士后", None, ""],
    ["委员", "张丽", "党员", "本科", 1975.1, "某单位"],  # a number cell with two readings
    ["委员", "赵敏", True, "", None, "某单位"],  # TRUE where a 政治面貌 belongs
]


def _clean(joint: frozenset[str]) -> list[tuple[Member, list[str]]]:
    cleaner = _Cleaner(Member, member_cell, clean_member, joint, FIELDS, False, None)
    out = []
    for _ in range(2):  # twice: the second time from the tables of distinct values
        numbers = list(range(2, 2 + len(ROWS)))
        problems: list = [[] for _ in ROWS]
        members, _filled = cleaner.rows(numbers, [list(row) for row in ROWS], problems, False)
        out += [(m, sorted(f"{p.level} {p.field} {p.message}" for p in found)) for m, found in zip(members, problems)]
    return out


def test_joint_fields_clean_as_the_domain_cleans_them_cell_by_cell() -> None:
    by_cell = _clean(frozenset())
    assert _clean(frozenset({"political", "education"})) == by_cell
    assert _clean(frozenset({"political", "education", "birth_date", "workplace"})) == by_cell
    first, second, third, fourth = by_cell[:4]
    assert first[0].political == "中共党员" and first[0].education == "大学本科"
    assert any("workplace" in p for p in first[1])  # the #N/A cell is a fault, whichever way it is read
    assert any("education" in p for p in second[1]) and second[0].education is None
    assert any("birth_date" in p for p in third[1])
    assert any("political" in p for p in fourth[1]) and fourth[0].political is None
