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


def test_a_sheet_longer_than_one_chunk_keeps_each_row_its_own_record_and_problems() -> None:
    """Rows are cleaned a chunk at a time: a fault past the first chunk is on its own row, and a
    value first seen in one chunk and again in the next is cleaned the same both times."""
    from fdh_desktop.excel.layout import KINDS
    from fdh_desktop.excel.reader import SheetRows
    from fdh_desktop.excel.rows import _COLUMN_CACHE_LIMIT, member_rows

    columns = {"street": 0, "community": 1, "role": 2, "name": 3, "political": 4, "phone": 5}
    total = _COLUMN_CACHE_LIMIT + 300
    rows = []
    for i in range(total):
        name = f"王{'丽红秀英'[i % 4]}{i}"  # distinct and not plain CJK: the full cleaning path
        rows.append((i + 2, ["牛街街道", f"社区{i // 15}", "委员", name, "党员" if i % 3 else True, "13800138000"]))
    bad = _COLUMN_CACHE_LIMIT + 123
    rows[bad][1][4] = "#N/A"
    kind = next(k for k in KINDS if "role" in k.required)
    sheet = SheetRows("班子成员", kind, 1, columns, {}, 6, rows, [])
    result = member_rows(sheet, False)
    assert [r.row for r in result] == [n for n, _ in rows]
    assert [r.member.name for r in result] == [cells[3] for _, cells in rows]
    faulty = [r.row for r in result if r.problems]
    # TRUE in 政治面貌 (every third row) and the #N/A row: each on its own row, nowhere else.
    expected = sorted({n for n, cells in rows if cells[4] is True} | {rows[bad][0]})
    assert faulty == expected
    assert result[bad].member.political is None and "#N/A" in result[bad].problems[0].message
    later = next(i for i in range(_COLUMN_CACHE_LIMIT, total) if i % 3 and i != bad)
    assert result[1].member.political == result[later].member.political == "中共党员"
    assert result[later].place.community == f"社区{later // 15}"
