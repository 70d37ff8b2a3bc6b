"""Sheet rows to domain records, cleaned by the domain's own functions, with row-located problems.

Each column's values are cleaned through domain.cleaning once per distinct value: a city's return
repeats 汉族, 中共党员 and 是 tens of thousands of times, and cleaning is a pure function of the
cell (a blank one keeps the record's default). A cell that must not be cleaned as it stands (an
Excel error value, an uncomputed formula, TRUE in a name: faults.py) is an error instead. The
problems keep the field; the caller turns them into file/sheet/row/column messages.
"""

from __future__ import annotations

import inspect
import operator
import re
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field
from dataclasses import fields as dataclass_fields

from fdh_desktop.domain.cleaning import MEMBER_JOINT_FIELDS, clean_congress, clean_member, congress_cell, member_cell
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


# The common shape of a column's mostly distinct values, already clean as it stands: a name of
# CJK ideographs only (NFKC and space rules change nothing), a phone of ASCII digits. Such a cell
# skips the fault check and the domain's cleaning (neither can change or refuse it); anything
# else takes the full path.
_PLAIN_NAME = re.compile("[\u4e00-\u9fff]{1,32}")
_PLAIN_PHONE = re.compile("[0-9]{1,32}")
_PLAIN = {"name": _PLAIN_NAME.fullmatch, "phone": _PLAIN_PHONE.fullmatch}

LongCell = Callable[[int, str], None]  # (Excel row, field) of a cell at calamine's 32,767-character cut

# Per column, each distinct value is cleaned once; a column of mostly distinct values (names, ID
# numbers, phones) would grow its cache to the row count, so a full cache starts again.
_COLUMN_CACHE_LIMIT = 1 << 13


class _Cleaner:
    """Cleans a row's cells straight into a record, each distinct value of a column once.

    A cell's value and problems come from the column's cache, or on a first sight from the
    domain's cleaning of that one cell (a fault, such as #N/A, is an error instead); the values go
    into the record's keyword arguments. A value seen for the first time is also where an over-long
    text shows up, so its length is checked only there. Fields the domain reads together (`joint`:
    one cell's meaning depends on another's) are cleaned by the domain's whole-record function, once
    per distinct combination of their cells.
    """

    def __init__(self, record: type, clean_cell, clean_record, joint: frozenset[str], fields: list[tuple[str, int]],
                 date1904: bool, long_cell: LongCell | None) -> None:
        own = set(inspect.signature(record).parameters) - {"id"}  # an InitVar is a keyword too
        self.record = record
        self.clean_cell = clean_cell
        self.clean_record = clean_record
        self.date1904 = date1904
        self.long_cell = long_cell
        # A required field (a member's 职务 and 姓名) starts blank, as in the domain's cleaning.
        self.required = {f.name: "" for f in dataclass_fields(record)
                         if f.init and f.default is MISSING and f.default_factory is MISSING}
        self.slots = [(c, name, {}, _PLAIN.get(name)) for name, c in fields if name in own and name not in joint]
        # Columns the record has no field for: still checked for faults and counted as filled.
        self.extras = [(c, name, {}) for name, c in fields if name not in own and name not in joint]
        self.joint = [(c, name) for name, c in fields if name in joint]
        # The joint cells of a row as one tuple, at C speed when the row is wide enough.
        self.joint_cells = operator.itemgetter(*[c for c, _ in self.joint]) if self.joint else None
        self.joint_end = max((c for c, _ in self.joint), default=-1)
        self.joint_cache: dict[tuple, tuple[dict, tuple[Problem, ...], bool]] = {}

    def row(self, number: int, row: list, problems: list) -> tuple[object, bool]:
        """The record of a row, its problems added to `problems`; and whether any cell was filled."""
        values = self.required.copy()
        width = len(row)
        filled = False
        for c, name, cache, plain in self.slots:
            if c >= width:
                continue
            value = row[c]
            if value is None or value == "":
                continue
            filled = True
            if plain is not None and value.__class__ is str and plain(value):
                values[name] = value  # mostly distinct: not worth a place in the cache
                continue
            hit = cache.get(value if value.__class__ is str else (value.__class__, value))
            if hit is None:
                hit = self._first_sight(number, name, value, cache)
            if hit[1]:
                problems.extend(hit[1])
            if hit[0] is not None:
                values[name] = hit[0]
        for c, name, cache in self.extras:
            value = row[c] if c < width else None
            if value is not None and value != "":
                filled = True
                hit = cache.get(value if value.__class__ is str else (value.__class__, value))
                problems.extend((hit or self._first_sight(number, name, value, cache))[1])
        if self.joint and self._joint(number, row, values, problems):
            filled = True
        return self.record(**values), filled

    def _joint(self, number: int, row: list, values: dict, problems: list) -> bool:
        if len(row) > self.joint_end:
            raw = self.joint_cells(row)
            if len(self.joint) == 1:
                raw = (raw,)
        else:
            raw = tuple(row[c] if c < len(row) else None for c, _ in self.joint)
        key = (raw, tuple(map(type, raw)))  # 1, 1.0 and TRUE are equal as keys, not as cells
        hit = self.joint_cache.get(key)
        if hit is None:
            hit = self._joint_first_sight(number, raw)
            if len(self.joint_cache) >= _COLUMN_CACHE_LIMIT:
                self.joint_cache.clear()
            self.joint_cache[key] = hit
        if hit[0]:
            values.update(hit[0])
        if hit[1]:
            problems.extend(hit[1])
        return hit[2]

    def _joint_first_sight(self, number: int, raw: tuple) -> tuple[dict, tuple[Problem, ...], bool]:
        cells = [(name, value) for (_, name), value in zip(self.joint, raw) if value is not None and value != ""]
        if not cells:
            return {}, (), False
        found: list[Problem] = []
        given, shown = {}, {}
        for name, value in cells:
            if self.long_cell is not None and value.__class__ is str and len(value) >= MAX_CELL_CHARS:
                self.long_cell(number, name)
            fault = fault_problem(name, value)
            if fault is None:
                given[name] = value
            else:
                found.append(fault)
                if name in TEXT_ONLY_FIELDS:
                    shown[name] = show_fault(value)  # as _first_sight keeps it
        record, cleaned = self.clean_record(given, self.date1904)
        blank = self.record(**self.required)
        changed = {f.name: getattr(record, f.name) for f in dataclass_fields(self.record)
                   if f.name != "id" and getattr(record, f.name) != getattr(blank, f.name)}
        return changed | shown, tuple(found + cleaned), True

    def _first_sight(self, number: int, name: str, value: object, cache: dict) -> tuple:
        if self.long_cell is not None and value.__class__ is str and len(value) >= MAX_CELL_CHARS:
            self.long_cell(number, name)
        fault = fault_problem(name, value)
        if fault is not None:
            # A text field keeps what the cell shows, so no "姓名不能为空" follows the fault.
            hit = (show_fault(value) if name in TEXT_ONLY_FIELDS else None, (fault,))
        else:
            hit = self.clean_cell(name, value, self.date1904, False)  # this column's cache is the cache
        if len(cache) >= _COLUMN_CACHE_LIMIT:
            cache.clear()
        cache[value if value.__class__ is str else (value.__class__, value)] = hit
        return hit


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Places:
    """Place columns → Place and its problems, memoised: thousands of rows name the same community."""

    def __init__(self, columns: dict[str, int]) -> None:
        self.indexes = [columns.get(name) for name in ("street", "community", "community_code")]
        self.cache: dict[tuple, tuple[Place, tuple[Problem, ...]]] = {}
        # The three cells at C speed, for a row that has all three columns.
        present = [c for c in self.indexes if c is not None]
        self.all_three = operator.itemgetter(*self.indexes) if len(present) == 3 else None
        self.end = max(present, default=-1)

    def __call__(self, row: list) -> tuple[Place, tuple[Problem, ...]]:
        if self.all_three is not None and len(row) > self.end:
            key = self.all_three(row)
        else:
            width = len(row)
            key = tuple(row[c] if c is not None and c < width else None for c in self.indexes)
        typed = (key, tuple(map(type, key)))  # TRUE and 1 are equal as keys, not as cells
        hit = self.cache.get(typed)
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
            self.cache[typed] = hit
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


def _cleaned(sheet: SheetRows, record: type, clean_cell, clean_record, joint: frozenset[str], date1904: bool,
             long_cell: LongCell | None, want_filled: bool):
    """For each record row: (Excel row, place, problems, record, whether anything was filled in;
    computed only when `want_filled`, as it costs a second look at every cell)."""
    places = _Places(sheet.columns)
    fields = _fields(sheet)
    clean_row = _Cleaner(record, clean_cell, clean_record, joint, fields, date1904, long_cell).row
    for number, row in sheet.records:
        place, found_here = places(row)
        problems: list[Problem] = list(found_here)
        cleaned, filled = clean_row(number, row, problems)
        yield number, place, problems, cleaned, filled and want_filled and not _is_blank_text(row, fields)


def congress_rows(sheet: SheetRows, date1904: bool, long_cell: LongCell | None = None) -> list[CongressRow]:
    return [
        CongressRow(number, place, congress, problems, empty=not filled)
        for number, place, problems, congress, filled
        in _cleaned(sheet, Congress, congress_cell, clean_congress, frozenset(), date1904, long_cell, True)
    ]


def member_rows(sheet: SheetRows, date1904: bool, long_cell: LongCell | None = None) -> list[MemberRow]:
    return [
        MemberRow(number, place, member, problems)
        for number, place, problems, member, _filled
        in _cleaned(sheet, Member, member_cell, clean_member, MEMBER_JOINT_FIELDS, date1904, long_cell, False)
    ]
