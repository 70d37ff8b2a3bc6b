"""Sheet rows to domain records, cleaned by the domain's own functions, with row-located problems.

Each column's values are cleaned through domain.cleaning once per distinct value: a city's return
repeats 汉族, 中共党员 and 是 tens of thousands of times, and cleaning is a pure function of the
cell (a blank one keeps the record's default). A cell that must not be cleaned as it stands (an
Excel error value, an uncomputed formula, TRUE in a name: faults.py) is an error instead. The
problems keep the field; the caller turns them into file/sheet/row/column messages.
"""

from __future__ import annotations

import inspect
import itertools
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
    """Cleans a sheet's rows into records column by column, each distinct value of a column once.

    A cell's value and problems come from the column's table of distinct values, filled on a first
    sight by the domain's cleaning of that one cell (a fault, such as #N/A, is an error instead).
    A value seen for the first time is also where an over-long text shows up, so its length is
    checked only there. Fields the domain reads together (`joint`: one cell's meaning depends on
    another's) are cleaned by the domain's whole-record function, once per distinct combination of
    their cells. The records are then made from the cleaned columns in one pass.
    """

    def __init__(self, record: type, clean_cell, clean_record, joint: frozenset[str], fields: list[tuple[str, int]],
                 date1904: bool, long_cell: LongCell | None) -> None:
        params = inspect.signature(record).parameters  # an InitVar is a parameter too
        own = set(params) - {"id"}
        self.record = record
        self.clean_cell = clean_cell
        self.clean_record = clean_record
        self.date1904 = date1904
        self.long_cell = long_cell
        # What a blank cell leaves: the parameter's default; a required field (a member's 职务 and
        # 姓名) starts blank, as in the domain's cleaning.
        self.required = {name: "" for name, p in params.items() if p.default is inspect.Parameter.empty}
        self.defaults = {name: self.required.get(name, p.default) for name, p in params.items()}
        assert not any(f.default_factory is not MISSING for f in dataclass_fields(record)), "defaults are shared"
        self.slots = [(c, name, {}, _PLAIN.get(name)) for name, c in fields if name in own and name not in joint]
        # Columns the record has no field for: still checked for faults and counted as filled.
        self.extras = [(c, name, {}, None) for name, c in fields if name not in own and name not in joint]
        self.joint = [(c, name) for name, c in fields if name in joint]
        self.joint_cache: dict[tuple, tuple[dict, tuple[Problem, ...], bool]] = {}

    def rows(self, numbers: list[int], grid: list[list], problems: list[list], want_filled: bool) -> tuple[list, list]:
        """The records of the rows (Excel row numbers, cells), each row's problems added to its list
        in `problems`; and per row whether any cell was filled (when `want_filled`, else [])."""
        count = len(grid)
        narrowest = min(map(len, grid), default=0)
        columns: dict[str, list] = {}
        filled: list[list[bool]] = []
        for c, name, table, plain in self.slots + self.extras:
            if c < narrowest:
                cells = list(map(operator.itemgetter(c), grid))
            else:
                cells = [row[c] if len(row) > c else None for row in grid]
            if want_filled:
                filled.append([k is not None and k != "" for k in cells])
            keys = self._column(numbers, name, cells, table, plain)
            if any(hit[1] for hit in table.values()):
                for found, key in zip(problems, keys):
                    if table[key][1]:
                        found.extend(table[key][1])
            if name in self.defaults:
                default = self.defaults[name]
                values = {key: default if hit[0] is None else hit[0] for key, hit in table.items()}
                columns[name] = list(map(values.__getitem__, keys))
        if self.joint:
            joint_hits = self._joint_column(numbers, grid)
            if want_filled:
                filled.append([hit[2] for hit in joint_hits])
            for found, hit in zip(problems, joint_hits):
                if hit[1]:
                    found.extend(hit[1])
            for name in {name for hit in self.joint_cache.values() for name in hit[0]}:
                base = columns.get(name) or [self.defaults[name]] * count
                columns[name] = [hit[0].get(name, value) for hit, value in zip(joint_hits, base)]
        arguments = [columns[name] if name in columns else itertools.repeat(default, count)
                     for name, default in self.defaults.items()]
        records = list(map(self.record, *arguments)) if count else []
        return records, list(map(any, zip(*filled))) if filled else [False] * count * want_filled

    def _column(self, numbers: list[int], name: str, cells: list, table: dict, plain) -> list:
        """The cells' keys in the column's table of distinct values, each new one cleaned into it:
        (clean value or None, problems). A blank cell is (None, ()); 1, 1.0 and TRUE are told
        apart by their type."""
        keys = cells
        if not {*map(type, cells)} <= _TEXT_OR_BLANK:
            keys = [k if k.__class__ is str or k is None else (k.__class__, k) for k in cells]
        if len(table) >= _COLUMN_CACHE_LIMIT:
            table.clear()  # bounded: a chunk's distinct values at most
        table.setdefault(None, _BLANK)
        table.setdefault("", _BLANK)
        missing = set(keys).difference(table)
        if len(missing) * 8 < len(keys):  # a column of few values: find each one's first row at C speed
            firsts = sorted(map(keys.index, missing))
        else:
            firsts = [i for i, key in enumerate(keys) if key in missing and not missing.discard(key)]
        for i in firsts:
            key = keys[i]
            value = key if key.__class__ is str else key[1]
            if plain is not None and value.__class__ is str and plain(value):
                table[key] = (value, ())
            else:
                table[key] = self._first_sight(numbers[i], name, value)
        return keys

    def _joint_column(self, numbers: list[int], grid: list[list]) -> list[tuple]:
        indexes = [c for c, _ in self.joint]
        end = max(indexes)
        pick = operator.itemgetter(*indexes)
        single = len(indexes) == 1
        hits = []
        table = self.joint_cache
        if len(table) >= _COLUMN_CACHE_LIMIT:
            table.clear()
        for number, row in zip(numbers, grid):
            if len(row) > end:
                raw = (pick(row),) if single else pick(row)
            else:
                raw = tuple(row[c] if c < len(row) else None for c in indexes)
            key = (raw, tuple(map(type, raw)))  # 1, 1.0 and TRUE are equal as keys, not as cells
            hit = table.get(key)
            if hit is None:
                hit = table[key] = self._joint_first_sight(number, raw)
            hits.append(hit)
        return hits

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

    def _first_sight(self, number: int, name: str, value: object) -> tuple:
        if self.long_cell is not None and value.__class__ is str and len(value) >= MAX_CELL_CHARS:
            self.long_cell(number, name)
        fault = fault_problem(name, value)
        if fault is not None:
            # A text field keeps what the cell shows, so no "姓名不能为空" follows the fault.
            return show_fault(value) if name in TEXT_ONLY_FIELDS else None, (fault,)
        return self.clean_cell(name, value, self.date1904, False)  # this column's table is the cache


_BLANK: tuple = (None, ())
_TEXT_OR_BLANK = {str, type(None)}


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
    computed only when `want_filled`, as it costs a second look at every cell). Rows are cleaned
    a chunk at a time, so the tables of distinct values stay bounded on a sheet at the row limit."""
    places = _Places(sheet.columns)
    fields = _fields(sheet)
    cleaner = _Cleaner(record, clean_cell, clean_record, joint, fields, date1904, long_cell)
    records = sheet.records
    for start in range(0, len(records), _COLUMN_CACHE_LIMIT):
        chunk = records[start:start + _COLUMN_CACHE_LIMIT]
        numbers = [number for number, _ in chunk]
        grid = [row for _, row in chunk]
        located = [places(row) for row in grid]
        problems = [list(found) for _, found in located]
        cleaned, filled = cleaner.rows(numbers, grid, problems, want_filled)
        for i, number in enumerate(numbers):
            yield (number, located[i][0], problems[i], cleaned[i],
                   want_filled and filled[i] and not _is_blank_text(grid[i], fields))


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
