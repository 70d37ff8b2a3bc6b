"""Sheet rows to domain records, cleaned by the domain's own functions, with row-located problems.

Each column's values are cleaned through domain.cleaning once per distinct value: a city's return
repeats 汉族, 中共党员 and 是 tens of thousands of times, and cleaning is a pure function of the
cell (a blank one keeps the record's default). A cell that must not be cleaned as it stands (an
Excel error value, an uncomputed formula, TRUE in a name: faults.py) is an error instead. The
problems keep the field; the caller turns them into file/sheet/row/column messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from fdh_desktop.domain.cleaning import clean_congress, clean_member
from fdh_desktop.domain.problems import ERROR, WARNING, Problem
from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.domain.text import clean_name, halfwidth

from .faults import TEXT_ONLY_FIELDS, fault_problem, show_fault
from .layout import MAX_CELL_CHARS
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


LongCell = Callable[[int, str], None]  # (Excel row, field) of a cell at calamine's 32,767-character cut


class _Cleaner:
    """Cleans a row's cells through the domain function, each distinct (field, type, value) once.

    The values of a row not seen before are cleaned together in one call (cleaning is per field,
    so this is the same as one call per cell) and remembered with their problems. A value seen for
    the first time is also where an over-long text shows up, so its length is checked only there.
    """

    def __init__(self, clean, date1904: bool, long_cell: LongCell | None) -> None:
        self.clean = clean
        self.date1904 = date1904
        self.long_cell = long_cell
        self.cache: dict[tuple, tuple[object, tuple[Problem, ...]]] = {}

    def row(self, number: int, row: list, fields: list[tuple[str, int]], values: dict, problems: list) -> bool:
        """Fill `values` (field → cleaned value) and `problems`; whether any cell was filled."""
        cache = self.cache
        width = len(row)
        missing = None
        filled = False
        for name, c in fields:
            value = row[c] if c < width else None
            if value is None or value == "":
                continue
            filled = True
            hit = cache.get((name, value.__class__, value))
            if hit is None:
                if missing is None:
                    missing = {}
                missing[name] = value
                continue
            if hit[1]:
                problems.extend(hit[1])
            if hit[0] is not None:
                values[name] = hit[0]
        if missing:
            if self.long_cell is not None:
                for name, value in missing.items():
                    if value.__class__ is str and len(value) >= MAX_CELL_CHARS:
                        self.long_cell(number, name)
            for name, value in list(missing.items()):
                fault = fault_problem(name, value)
                if fault is not None:
                    # A text field keeps what the cell shows, so no "姓名不能为空" follows the fault.
                    shown = show_fault(value) if name in TEXT_ONLY_FIELDS else None
                    cache[(name, value.__class__, value)] = (shown, (fault,))
                    problems.append(fault)
                    if shown is not None:
                        values[name] = shown
                    del missing[name]
        if missing:
            record, found = self.clean(missing, self.date1904)
            by_field: dict[str, list[Problem]] = {}
            for p in found:
                by_field.setdefault(p.field, []).append(p)
            for name, value in missing.items():
                hit = (getattr(record, name), tuple(by_field.get(name, ())))
                cache[(name, value.__class__, value)] = hit
                if hit[1]:
                    problems.extend(hit[1])
                if hit[0] is not None:
                    values[name] = hit[0]
        return filled


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Places:
    """Place columns → Place and its problems, memoised: thousands of rows name the same community."""

    def __init__(self, columns: dict[str, int]) -> None:
        self.indexes = [columns.get(name) for name in ("street", "community", "community_code")]
        self.cache: dict[tuple, tuple[Place, tuple[Problem, ...]]] = {}

    def __call__(self, row: list) -> tuple[Place, tuple[Problem, ...]]:
        width = len(row)
        key = tuple(row[c] if c is not None and c < width else None for c in self.indexes)
        hit = self.cache.get(key)
        if hit is None:
            faults: list[Problem] = []
            clean_key = []
            for name, value in zip(("street", "community", "community_code"), key):
                fault = fault_problem(name, value) if value is not None else None
                if fault is not None:
                    faults.append(fault)
                    value = None
                clean_key.append(value)
            problems: list[Problem] = []
            place = _place(*clean_key, problems)
            # A faulty place cell is reported once, not again as a blank one.
            problems = faults + [p for p in problems if p.field not in {f.field for f in faults}]
            hit = (place, tuple(problems))
            self.cache[key] = hit
        # A fresh Place per row: rows must not share one mutable object.
        return Place(hit[0].street, hit[0].community, hit[0].code), hit[1]


def _place(street: object, community: object, code: object, problems: list[Problem]) -> Place:
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


def _fields(sheet: SheetRows) -> list[tuple[str, int]]:
    return [(name, c) for name, c in sheet.columns.items() if name not in ("street", "community", "community_code")]


def _is_blank_text(row: list, fields: list[tuple[str, int]]) -> bool:
    """Only white space in the record's cells (the place columns aside)."""
    width = len(row)
    return all(row[c].strip() == "" if isinstance(row[c], str) else row[c] is None
               for _, c in fields if c < width)


def _cleaned(sheet: SheetRows, clean, date1904: bool, long_cell: LongCell | None, want_filled: bool):
    """For each record row: (Excel row, place, problems, cleaned values, whether anything was filled
    in; computed only when `want_filled`, as it costs a second look at every cell)."""
    cleaner = _Cleaner(clean, date1904, long_cell)
    places = _Places(sheet.columns)
    fields = _fields(sheet)
    for number, row in sheet.records:
        place, found_here = places(row)
        problems: list[Problem] = list(found_here)
        values: dict[str, object] = {}
        filled = cleaner.row(number, row, fields, values, problems) and want_filled and not _is_blank_text(row, fields)
        yield number, place, problems, values, filled


def congress_rows(sheet: SheetRows, date1904: bool, long_cell: LongCell | None = None) -> list[CongressRow]:
    return [
        CongressRow(number, place, Congress(**values), problems, empty=not filled)
        for number, place, problems, values, filled in _cleaned(sheet, clean_congress, date1904, long_cell, True)
    ]


def member_rows(sheet: SheetRows, date1904: bool, long_cell: LongCell | None = None) -> list[MemberRow]:
    return [
        MemberRow(number, place, Member(role=values.pop("role", ""), name=values.pop("name", ""), **values), problems)
        for number, place, problems, values, _filled in _cleaned(sheet, clean_member, date1904, long_cell, False)
    ]
