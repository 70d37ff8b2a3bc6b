"""Import of returned workbooks: plan first (nothing written), then apply in one transaction.

INTERFACE CONTRACT shared by the `fdh import` command and the GUI import dialog: the names and
fields of FileProblem, CommunityPlan, FilePlan, ImportPlan, plan_import, apply_import,
write_error_copy and ImportCancelled are fixed; fields were only added.

A returned workbook is authoritative for the communities it lists (DOMAIN.md): their congress
and member rows of the term become what it says. All files of one call are planned together and
written together or not at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from fdh_desktop.domain import rules
from fdh_desktop.domain.diffing import MemberDiff, diff_members
from fdh_desktop.domain.labels import label
from fdh_desktop.domain.problems import ERROR, WARNING, Problem
from fdh_desktop.domain.records import CONGRESS_FIELDS, Congress, Member, term_label, yes_no
from fdh_desktop.domain.text import display_name, fold
from fdh_desktop.excel.layout import CONGRESS_SHEET, FORMAT_NAME, MAX_CELL_CHARS, MEMBER_SHEET
from fdh_desktop.excel.reader import SheetRows, WorkbookData, read_workbook
from fdh_desktop.excel.rows import CongressRow, MemberRow, Place, congress_rows, member_rows
from fdh_desktop.excel.hostile import (
    WorkbookRefused, check_workbook, column_letters, has_overlong_text, open_regular, os_errors_refused,
)
from fdh_desktop.storage import StoreError
from fdh_desktop.storage.imports import CongressWrite, StoredCongress

# progress(done, total, message): called from the worker thread; cheap.
Progress = Callable[[int, int, str], None]
# cancelled(): True when the user pressed 取消; the planner stops at the next row or file.
Cancelled = Callable[[], bool]

_STEPS = 100  # progress units per file


class ImportCancelled(Exception):
    pass


@dataclass(frozen=True)
class FileProblem:
    level: str  # "error" | "warning"
    file: str  # file name as the user knows it
    sheet: str  # sheet name, "" for the file as a whole
    row: int | None  # row number as Excel shows it (1-based), None for the file/sheet
    column: str  # column header as written in the workbook, "" if none
    value: object
    message: str  # Chinese, says what to do
    col: int | None = None  # 0-based column index in the sheet, when the column exists

    @property
    def is_error(self) -> bool:
        return self.level == ERROR

    def line(self) -> str:
        """One line: 文件 / 工作表 / 第N行 / 列 / 值: message."""
        parts = [self.file]
        if self.sheet:
            parts.append(f"工作表“{self.sheet}”")
        if self.row is not None:
            parts.append(f"第{self.row}行")
        if self.column:
            parts.append(f"“{self.column}”列")
        shown = show_value(self.value)
        if shown:
            parts.append(f"值“{shown}”")
        kind = "错误" if self.is_error else "提醒"
        return f"[{kind}] " + " / ".join(parts) + "：" + self.message


def show_value(value: object, limit: int = 40) -> str:
    """A cell value as a clerk would recognise it, on one line."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    text = str(value)
    text = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass
class CommunityPlan:
    street: str
    community: str
    code: str | None
    community_id: int | None  # None: will be created
    status: str  # "added" | "changed" | "unchanged"
    congress_changes: list[tuple[str, object, object]] = field(default_factory=list)  # (field label, old, new)
    members: MemberDiff = field(default_factory=MemberDiff)
    # Added fields: what apply_import writes.
    row: int = 0  # the community's row in 社区妇代会
    congress: Congress | None = field(default=None, repr=False)
    member_list: list[Member] = field(default_factory=list, repr=False)
    stored: StoredCongress | None = field(default=None, repr=False)
    member_rows: list[int] = field(default_factory=list, repr=False)  # Excel rows of member_list
    set_code: str | None = None  # a code the workbook gives a community that had none
    reordered: bool = False  # same members, another order

    @property
    def label(self) -> str:
        return f"{self.street} {self.community}".strip()


@dataclass
class FilePlan:
    path: Path
    sha256: str
    term: int
    communities: list[CommunityPlan] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    new_streets: list[str] = field(default_factory=list)
    new_communities: list[str] = field(default_factory=list)
    # Added fields.
    format: str = ""  # "xlsx" | "xls" | "ods", as sniffed
    skipped: list[str] = field(default_factory=list)  # template rows nobody filled in
    previous_imports: list[dict] = field(default_factory=list)  # earlier imports of the same content
    already_imported: bool = False  # imported by the last write: not read again, nothing to do
    term_source: str = "current"  # "arg" | "meta" | "current": where the term came from
    workbook: WorkbookData | None = field(default=None, repr=False)  # kept for the error copy

    @property
    def name(self) -> str:
        """The file name fit to show and store (a GBK name on Linux is not valid UTF-8)."""
        return display_name(self.path.name)

    @property
    def has_errors(self) -> bool:
        return any(p.level == "error" for p in self.problems)

    @property
    def errors(self) -> list[FileProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[FileProblem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def changes_anything(self) -> bool:
        return bool(self.new_streets or self.new_communities) or any(
            c.status != "unchanged" or c.set_code for c in self.communities
        )

    @property
    def can_mark(self) -> bool:
        """An error copy can be written (the workbook could be read)."""
        return self.workbook is not None

    def counts(self) -> dict:
        status = [c.status for c in self.communities]
        return {
            "communities_added": status.count("added"),
            "communities_changed": status.count("changed"),
            "communities_unchanged": status.count("unchanged"),
            "members_added": sum(len(c.members.added) for c in self.communities),
            "members_changed": sum(len(c.members.changed) for c in self.communities),
            "members_removed": sum(len(c.members.removed) for c in self.communities),
            "streets_created": len(self.new_streets),
            "communities_created": len(self.new_communities),
            "warnings": len(self.warnings),
            "term_source": self.term_source,
        }


@dataclass
class ImportPlan:
    files: list[FilePlan] = field(default_factory=list)
    base_changeset: int | None = None  # the database as planned against; apply refuses another

    @property
    def has_errors(self) -> bool:
        return any(f.has_errors for f in self.files)

    @property
    def changes_anything(self) -> bool:
        return any(f.changes_anything for f in self.files)


# -- planning ---------------------------------------------------------------------------------


def plan_import(store, files: list[Path], term: int | None = None,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportPlan:
    """Read, clean and check every file; compare with the database. Writes nothing."""
    if not store.is_initialised():
        raise StoreError("数据库尚未初始化（没有区名称和届次），请先运行 fdh init 或 fdh demo")
    if term is not None and term < 1:
        raise StoreError("届次应为不小于1的整数")
    planner = _Planner(store, len(files), progress, cancelled)
    plan = ImportPlan(base_changeset=store.last_changeset_id())
    for index, path in enumerate(files):
        planner.file_index = index
        plan.files.append(planner.plan_file(Path(path), term))
    planner.check_across_files(plan)
    for file_plan in plan.files:
        file_plan.problems.sort(key=_problem_order)
    planner.report(len(files) * _STEPS, "检查完成")
    for file_plan in plan.files:
        if not file_plan.has_errors:
            file_plan.workbook = None  # the cells are only needed for an error copy
    return plan


@dataclass
class _Entry:
    """One community of one workbook: its congress row and member rows."""

    row: CongressRow
    members: list[MemberRow] = field(default_factory=list)


class _Planner:
    def __init__(self, store, count: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.store = store
        self.count = count
        self.progress = progress
        self.cancelled = cancelled
        self.file_index = 0
        self.settings = store.settings()
        self.places = _Places(*store.place_index())
        self.snapshots: dict[int, dict[int, StoredCongress]] = {}
        # Places created by earlier files of this call, so a later file does not create them twice.
        self.new_streets: set[str] = set()
        # Per file: template rows nobody filled in, and each matched community's first row.
        self.skipped_places: list[Place] = []
        self.planned_ids: dict[int, int] = {}

    # -- progress -----------------------------------------------------------------------------

    def report(self, done: int, message: str) -> None:
        if self.progress is not None:
            self.progress(done, self.count * _STEPS, message)

    def step(self, fraction: float, message: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        self.report(int((self.file_index + fraction) * _STEPS), message)

    def snapshot(self, term: int) -> dict[int, StoredCongress]:
        if term not in self.snapshots:
            self.snapshots[term] = self.store.term_snapshot(term)
        return self.snapshots[term]

    # -- one file -----------------------------------------------------------------------------

    def plan_file(self, path: Path, term_arg: int | None) -> FilePlan:
        name = display_name(path.name)
        self.step(0.0, f"正在读取 {name}")
        plan = FilePlan(path, "", term_arg or self.settings.current_term)
        plan.term_source = "arg" if term_arg is not None else "current"
        try:
            plan.sha256 = _sha256(path)
            if self.count == 1 and self._unchanged_since_import(plan, term_arg):
                return plan
            facts = check_workbook(path)
            plan.format = facts.format
            self.step(0.1, f"正在读取 {name}")
            data = read_workbook(path, facts)
        except WorkbookRefused as exc:
            plan.problems.append(FileProblem(ERROR, name, exc.sheet, None, "", None, str(exc)))
            return plan
        plan.workbook = data
        if facts.extension_mismatch:
            real = {"xlsx": ".xlsx", "xls": ".xls", "ods": ".ods"}[facts.format]
            plan.problems.append(FileProblem(
                WARNING, name, "", None, "", None,
                f"文件扩展名为“{path.suffix}”，实际是{real}格式，已按{real}读取；建议把扩展名改为{real}"))
        for level, sheet, message in data.problems:
            plan.problems.append(FileProblem(level, name, sheet, None, "", None, message))
        plan.term = self._term(plan, data, term_arg)
        if plan.has_errors:
            return plan
        previous = self.store.imports(sha256=plan.sha256, limit=5)
        plan.previous_imports = [p for p in previous if p["term"] == plan.term]
        self.step(0.3, f"正在检查 {name}")
        self.skipped_places = []
        self.planned_ids = {}
        congress_sheet = data.sheets[CONGRESS_SHEET]
        member_sheet = data.sheets[MEMBER_SHEET]
        date1904 = data.facts.date1904
        try:
            congresses = congress_rows(congress_sheet, date1904, _long_cell_check(data, congress_sheet))
            members = member_rows(member_sheet, date1904, _long_cell_check(data, member_sheet))
        except WorkbookRefused as exc:
            plan.problems.append(FileProblem(ERROR, name, exc.sheet, None, "", None, str(exc)))
            return plan
        entries = self._entries(plan, congresses, members, congress_sheet, member_sheet)
        self._template_coverage(plan, data, entries)
        term_info = self.store.term(plan.term)
        snapshot = self.snapshot(plan.term)
        total = max(len(entries), 1)
        for i, entry in enumerate(entries):
            if i % 200 == 0:
                self.step(0.4 + 0.55 * i / total, f"正在检查 {name}（{i}/{len(entries)}个社区）")
            self._community(plan, entry, congress_sheet, member_sheet, term_info, snapshot)
        return plan

    def _unchanged_since_import(self, plan: FilePlan, term_arg: int | None) -> bool:
        """The same bytes were imported by the last write to this database: nothing can differ.

        Then the file is not read again (a city's return takes seconds to check). Only for a call
        with one file: several files are checked against each other.
        """
        records = self.store.imports(sha256=plan.sha256, limit=1)
        if not records or records[0]["changeset_id"] != self.store.last_changeset_id():
            return False
        record = records[0]
        source = record["counts"].get("term_source")
        if term_arg is not None and term_arg != record["term"]:
            return False
        if term_arg is None and source not in ("meta", "current"):
            return False
        if source == "current" and record["term"] != self.settings.current_term:
            return False
        plan.term = record["term"]
        plan.term_source = source if term_arg is None else "arg"
        plan.previous_imports = [record]
        plan.already_imported = True
        plan.format = _format_by_bytes(plan.path)
        return True

    def _term(self, plan: FilePlan, data: WorkbookData, term_arg: int | None) -> int:
        meta = data.meta
        if meta.get("format") == FORMAT_NAME:
            district = str(meta.get("district") or "")
            if district and self.settings.district and district != self.settings.district:
                plan.problems.append(FileProblem(
                    WARNING, plan.name, "", None, "", None,
                    f"此工作簿是为“{district}”生成的，当前数据库是“{self.settings.district}”，请核对是否导错了文件"))
        if term_arg is not None:
            return term_arg
        raw = meta.get("term")
        if raw not in (None, ""):
            try:
                number = int(float(raw))
            except (TypeError, ValueError):
                number = 0
            if number >= 1:
                plan.term_source = "meta"
                return number
            plan.problems.append(FileProblem(
                ERROR, plan.name, "", None, "", raw, "工作簿记录的届次无法识别，请用 --term 指定届次"))
        return self.settings.current_term

    def _entries(self, plan: FilePlan, congresses: list[CongressRow], members: list[MemberRow],
                 congress_sheet: SheetRows, member_sheet: SheetRows) -> list[_Entry]:
        name = plan.name
        by_code: dict[str, _Entry] = {}
        by_names: dict[tuple[str, str], _Entry] = {}
        entries: list[_Entry] = []
        for row in congresses:
            self._problems(plan, congress_sheet, row.row, row.problems)
            place = row.place
            names = _names_key(place)
            twin = (by_code.get(place.code) if place.code else None) or (
                by_names.get(names) if names and not place.code else None)
            if twin is not None:
                plan.problems.append(_problem(
                    ERROR, name, congress_sheet, row.row, "community", place.community,
                    f"社区“{_place_label(place)}”在第{twin.row.row}行已经出现，一个社区只能填一行"))
                continue
            entry = _Entry(row)
            entries.append(entry)
            if place.code:
                by_code[place.code] = entry
            if names:
                by_names.setdefault(names, entry)
        for row in members:
            self._problems(plan, member_sheet, row.row, row.problems)
            place = row.place
            entry = by_code.get(place.code) if place.code else None
            if entry is None and (place.street or place.community):
                entry = by_names.get(_names_key(place))
            if entry is None:
                if not any(p.level == ERROR and p.field in ("community", "street") for p in row.problems):
                    plan.problems.append(_problem(
                        ERROR, name, member_sheet, row.row, "community", place.community or place.code,
                        f"社区“{_place_label(place)}”不在“{CONGRESS_SHEET}”表中；请先在该表中为这个社区填一行，"
                        "或核对街道、社区名称的写法"))
                continue
            entry.members.append(row)
        kept = []
        for entry in entries:
            if entry.row.empty and not entry.members:
                self.skipped_places.append(entry.row.place)
                plan.skipped.append(_place_label(entry.row.place))
                continue
            kept.append(entry)
        if plan.skipped:
            shown = "、".join(plan.skipped[:5]) + ("等" if len(plan.skipped) > 5 else "")
            plan.problems.append(FileProblem(
                WARNING, name, congress_sheet.name, None, "", None,
                f"{len(plan.skipped)}个社区只有名称、没有填写任何内容（{shown}），已跳过，其数据不会改动"))
        return kept

    def _template_coverage(self, plan: FilePlan, data: WorkbookData, entries: list[_Entry]) -> None:
        if data.meta.get("kind") != "template" or not data.template_places:
            return
        places = [e.row.place for e in entries] + self.skipped_places
        codes = {p.code for p in places if p.code}
        names = {_names_key(p) for p in places}
        missing = [f"{street} {community}" for street, community, code in data.template_places
                   if not (code and code in codes) and _names_key(Place(street, community, None)) not in names]
        if missing:
            shown = "、".join(missing[:5]) + ("等" if len(missing) > 5 else "")
            plan.problems.append(FileProblem(
                WARNING, plan.name, CONGRESS_SHEET, None, "", None,
                f"模板中的{len(missing)}个社区没有出现在表中（{shown}），其数据不会改动"))

    def _community(self, plan: FilePlan, entry: _Entry, congress_sheet: SheetRows, member_sheet: SheetRows,
                   term_info, snapshot: dict[int, StoredCongress]) -> None:
        name = plan.name
        place = entry.row.place
        match = self.places.resolve(place)
        for level, message in match.notes:
            plan.problems.append(_problem(level, name, congress_sheet, entry.row.row,
                                          "community_code" if place.code else "community",
                                          place.code or place.community, message))
        if match.error:
            return
        if match.community_id is not None:
            first = self.planned_ids.setdefault(match.community_id, entry.row.row)
            if first != entry.row.row:
                plan.problems.append(_problem(
                    ERROR, name, congress_sheet, entry.row.row, "community", place.community,
                    f"第{first}行与本行是同一个社区（{self.places.labels.get(match.community_id, '')}），一个社区只能填一行"))
                return
        congress = entry.row.congress
        members = [m.member for m in entry.members]
        rules.derive_birth_dates(members)
        age_date = rules.age_reference(congress, term_info.reference_date if term_info else None,
                                       term_info.year if term_info else None)
        for problem in rules.check_congress(congress, members, age_date):
            if problem.member_index is None:
                self._problems(plan, congress_sheet, entry.row.row, [problem])
            else:
                row = entry.members[problem.member_index]
                self._problems(plan, member_sheet, row.row, [problem])
        street = match.street or place.street
        community = match.community or place.community
        cp = CommunityPlan(street, community, match.code or place.code, match.community_id, "added",
                           row=entry.row.row, congress=congress, member_list=members, set_code=match.set_code,
                           member_rows=[m.row for m in entry.members])
        if match.new_street and street not in self.new_streets:
            self.new_streets.add(street)
            plan.new_streets.append(street)
        if match.community_id is None:
            plan.new_communities.append(f"{street} {community}")
            self.places.add_pending(street, community, cp.code)
        stored = snapshot.get(match.community_id) if match.community_id is not None else None
        cp.stored = stored
        if stored is None:
            cp.members = MemberDiff(added=list(members))
        else:
            cp.congress_changes = _congress_changes(stored.congress, congress)
            cp.members = diff_members(stored.members, members)
            cp.reordered = _reordered(cp.members, stored, members)
            changed = cp.congress_changes or not cp.members.is_empty or cp.reordered
            cp.status = "changed" if changed else "unchanged"
        plan.communities.append(cp)

    def _problems(self, plan: FilePlan, sheet: SheetRows, row: int, problems: list[Problem]) -> None:
        for p in problems:
            plan.problems.append(_problem(p.level, plan.name, sheet, row, p.field, p.value, p.message))

    # -- across files -------------------------------------------------------------------------

    def check_across_files(self, plan: ImportPlan) -> None:
        """One community in two files is an error; one ID number in two communities a warning."""
        seen: dict[tuple[int, object], str] = {}
        for fp in plan.files:
            for cp in fp.communities:
                key = (fp.term, cp.community_id if cp.community_id is not None else (cp.street, cp.community))
                if key in seen and seen[key] != fp.name:
                    fp.problems.append(FileProblem(
                        ERROR, fp.name, CONGRESS_SHEET, cp.row, "社区", cp.community,
                        f"社区“{cp.label}”也在文件“{seen[key]}”中，同一社区只能由一个文件导入；请去掉其中一份"))
                seen.setdefault(key, fp.name)
        terms = {fp.term for fp in plan.files if not fp.has_errors}
        for term in terms:
            self._duplicate_ids(plan, term)

    def _duplicate_ids(self, plan: ImportPlan, term: int) -> None:
        imported = sorted({cp.community_id for fp in plan.files if fp.term == term for cp in fp.communities
                           if cp.community_id is not None})
        labels = self.places.labels
        where = {number: [labels.get(cid, "") for cid in ids]
                 for number, ids in self.store.id_numbers_outside(term, imported).items()}
        rows: dict[str, list[tuple[FilePlan, CommunityPlan, Member, int]]] = {}
        for fp in plan.files:
            if fp.term != term or fp.has_errors:
                continue
            for cp in fp.communities:
                for member, row in zip(cp.member_list, cp.member_rows):
                    if member.id_number:
                        rows.setdefault(member.id_number, []).append((fp, cp, member, row))
        for number, places in rows.items():
            communities = {cp.label for _, cp, _, _ in places}
            others = where.get(number, [])
            if len(communities) + len(others) < 2:
                continue
            # Sorted once per number and at most _SHOWN_PLACES named per row: one number in every
            # row of a 300,000-row file must not cost rows x communities.
            outside = set(others)
            everywhere = sorted(communities | outside)
            for fp, cp, member, row in places:
                count = len(everywhere) - (cp.label not in outside)
                elsewhere = [c for c in everywhere[:_SHOWN_PLACES + 1] if c != cp.label or c in outside][:_SHOWN_PLACES]
                more = f"等{count}个社区" if count > len(elsewhere) else ""
                sheet = fp.workbook.sheets[MEMBER_SHEET] if fp.workbook else None
                col = sheet.columns.get("id_number") if sheet else None
                header = sheet.header_of("id_number") if sheet else "身份证号"
                fp.problems.append(FileProblem(
                    WARNING, fp.name, MEMBER_SHEET if sheet is None else sheet.name, row, header, number,
                    f"{member.name}的身份证号同时出现在本届“{'、'.join(elsewhere)}”{more}的班子中，请核对", col))


_SHOWN_PLACES = 5

# -- places -------------------------------------------------------------------------------------

_STREET_SUFFIXES = ("街道办事处", "街道办", "街道")
_COMMUNITY_SUFFIXES = ("社区居民委员会", "社区居委会", "居民委员会", "居委会", "社区")


def _loose(name: str, suffixes: tuple[str, ...]) -> str:
    key = fold(name)
    for suffix in suffixes:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


@dataclass
class _Match:
    community_id: int | None = None
    street: str = ""
    community: str = ""
    code: str | None = None
    new_street: bool = False
    set_code: str | None = None
    error: bool = False
    notes: list[tuple[str, str]] = field(default_factory=list)


class _Places:
    """The district's streets and communities, matched the way DOMAIN.md says and a clerk expects."""

    def __init__(self, streets: list[dict], communities: list[dict]) -> None:
        self.streets = {fold(s["name"]): s["name"] for s in streets}
        self.loose_streets: dict[str, list[str]] = {}
        for s in streets:
            self.loose_streets.setdefault(_loose(s["name"], _STREET_SUFFIXES), []).append(s["name"])
        self.by_code = {c["code"]: c for c in communities if c["code"]}
        self.by_names = {(fold(c["street"]), fold(c["name"])): c for c in communities}
        self.loose: dict[tuple[str, str], list[dict]] = {}
        for c in communities:
            key = (_loose(c["street"], _STREET_SUFFIXES), _loose(c["name"], _COMMUNITY_SUFFIXES))
            self.loose.setdefault(key, []).append(c)
        self.labels = {c["id"]: f"{c['street']} {c['name']}" for c in communities}
        self.pending: dict[tuple[str, str], str | None] = {}  # new communities of this call
        self.pending_codes: set[str] = set()

    def add_pending(self, street: str, community: str, code: str | None) -> None:
        self.pending[(fold(street), fold(community))] = code
        if code:
            self.pending_codes.add(code)

    def street_name(self, written: str) -> tuple[str, bool]:
        """The existing street a written name means, else (the name, True: to be created)."""
        key = fold(written)
        if key in self.streets:
            return self.streets[key], False
        loose = self.loose_streets.get(_loose(written, _STREET_SUFFIXES), [])
        if len(loose) == 1:
            return loose[0], False
        return written, True

    def resolve(self, place: Place) -> _Match:
        m = _Match()
        if place.code and place.code in self.by_code:
            found = self.by_code[place.code]
            m.community_id, m.street, m.community, m.code = found["id"], found["street"], found["name"], place.code
            written = (fold(place.street), fold(place.community))
            if place.community and written[1] != fold(found["name"]) and \
                    _loose(place.community, _COMMUNITY_SUFFIXES) != _loose(found["name"], _COMMUNITY_SUFFIXES):
                m.notes.append((WARNING, f"社区代码{place.code}在数据库中是“{found['street']} {found['name']}”，"
                                         f"表中写的是“{_place_label(place)}”；已按代码导入，名称未改"))
            elif place.street and written[0] != fold(found["street"]) and \
                    _loose(place.street, _STREET_SUFFIXES) != _loose(found["street"], _STREET_SUFFIXES):
                m.notes.append((WARNING, f"社区代码{place.code}在数据库中属于“{found['street']}”，表中写的是"
                                         f"“{place.street}”；已按代码导入，未改动所属街道"))
            return m
        if not place.community or not place.street:
            m.error = True
            m.notes.append((ERROR, f"社区代码{place.code}在数据库中不存在；新社区须同时填写街道和社区名称"))
            return m
        found = self.by_names.get((fold(place.street), fold(place.community)))
        if found is None:
            loose = self.loose.get((_loose(place.street, _STREET_SUFFIXES), _loose(place.community, _COMMUNITY_SUFFIXES)), [])
            if len(loose) == 1:
                found = loose[0]
        if found is not None:
            m.community_id, m.street, m.community = found["id"], found["street"], found["name"]
            m.code = found["code"]
            if place.code and found["code"] and place.code != found["code"]:
                m.error = True
                m.notes.append((ERROR, f"社区代码{place.code}与数据库中“{found['street']} {found['name']}”的代码"
                                       f"{found['code']}不一致，请核对"))
            elif place.code and not found["code"]:
                if place.code in self.pending_codes:
                    m.error = True
                    m.notes.append((ERROR, f"社区代码{place.code}已用于本次导入的另一个社区"))
                    return m
                m.code = m.set_code = place.code
                self.pending_codes.add(place.code)
            return m
        if place.code and place.code in self.pending_codes:
            m.error = True
            m.notes.append((ERROR, f"社区代码{place.code}已用于本次导入的另一个新社区"))
            return m
        m.street, m.new_street = self.street_name(place.street)
        m.community = place.community
        m.code = place.code
        return m


# -- helpers ----------------------------------------------------------------------------------


def _names_key(place: Place) -> tuple[str, str] | None:
    """Within one workbook 广安 and 广安街道, 槐柏 and 槐柏社区 are the same place."""
    if not place.community:
        return None
    return _loose(place.street, _STREET_SUFFIXES), _loose(place.community, _COMMUNITY_SUFFIXES)


def _place_label(place: Place) -> str:
    text = f"{place.street} {place.community}".strip()
    return text or (place.code or "")


def _problem(level: str, file: str, sheet: SheetRows, row: int, field_name: str, value: object,
             message: str) -> FileProblem:
    col = sheet.columns.get(field_name)
    header = sheet.header_of(field_name) if field_name else ""
    if col is not None:
        for number, cells in _rows_at(sheet, row):
            if col < len(cells) and cells[col] not in (None, ""):
                value = cells[col]
    return FileProblem(level, file, sheet.name, row, header, value, message, col)


def _rows_at(sheet: SheetRows, row: int):
    index = row - 1
    if 0 <= index < len(sheet.grid):
        yield row, sheet.grid[index]


def _problem_order(p: FileProblem) -> tuple:
    """The file first, then each sheet (社区妇代会 before 班子成员) from the top, left to right."""
    sheet = 0 if not p.sheet else 2 if p.sheet == MEMBER_SHEET or "成员" in p.sheet or "班子" in p.sheet else 1
    return (sheet, -1 if p.row is None else p.row, -1 if p.col is None else p.col)


def _congress_changes(old: Congress, new: Congress) -> list[tuple[str, object, object]]:
    if old == new:
        return []
    return [(label(name), getattr(old, name), getattr(new, name)) for name in CONGRESS_FIELDS
            if getattr(old, name) != getattr(new, name)]


def _reordered(diff: MemberDiff, stored: StoredCongress, members: list[Member]) -> bool:
    position = {id(m): i for i, m in enumerate(members)}
    return any(stored.positions.get(old.id) != position[id(new)] for old, new in diff.unchanged + diff.changed)


def _long_cell_check(data: WorkbookData, sheet: SheetRows):
    """A cell at calamine's 32,767-character cut may have been longer: the file is refused then."""
    def check(row: int, field_name: str) -> None:
        if has_overlong_text(data.path, data.facts, MAX_CELL_CHARS):
            column = column_letters(sheet.columns[field_name] + 1)
            raise WorkbookRefused(
                f"工作表“{sheet.name}”第{row}行{column}列的内容超过Excel单元格的上限{MAX_CELL_CHARS}个字符，"
                "不是Excel能保存的内容（也许是恶意构造的文件），已拒绝读取", sheet.name)

    return check


def _format_by_bytes(path: Path) -> str:
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(b"PK"):
        return "ods" if path.suffix.lower() == ".ods" else "xlsx"
    return "xls"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open_regular(path) as f, os_errors_refused():  # a FIFO or /dev/zero is refused, never read
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# -- applying ---------------------------------------------------------------------------------


def apply_import(store, plan: ImportPlan) -> None:
    """Write a plan without errors in one transaction, with an import record per file."""
    if plan.has_errors:
        raise StoreError("导入的文件有错误，未写入任何数据；请先改正错误")
    if not plan.changes_anything:
        return  # nothing to write: no changeset, no history, the file stays as it was
    if plan.base_changeset is not None and store.last_changeset_id() != plan.base_changeset:
        raise StoreError("检查之后数据库已被修改，请重新检查这些文件后再导入")
    names = "、".join(f.name for f in plan.files)
    with store.write("import", f"导入{names}"):
        streets = {s.name: s.id for s in store.streets()}
        for fp in plan.files:
            store.ensure_term(fp.term)
            for street in fp.new_streets:
                if street not in streets:
                    streets[street] = store.add_street(street).id
            items: list[CongressWrite] = []
            for cp in fp.communities:
                if cp.community_id is None:
                    cp.community_id = store.add_community(streets[cp.street], cp.community, cp.code).id
                elif cp.set_code:
                    store.update_community(cp.community_id, code=cp.set_code)
                if cp.status == "unchanged":
                    continue
                items.append(CongressWrite(cp.community_id, cp.congress, cp.member_list, cp.members, cp.stored))
            store.write_congress_batch(fp.term, items)
            store.record_import(fp.name, fp.sha256, fp.term, fp.counts())


# -- reporting --------------------------------------------------------------------------------


def describe_plan(plan: ImportPlan, unchanged_limit: int = 0) -> list[str]:
    """The plan as lines of Chinese text, for `fdh import` and a log."""
    lines: list[str] = []
    for fp in plan.files:
        kind = {"xlsx": "", "xls": "（.xls）", "ods": "（.ods）"}.get(fp.format, "")
        lines.append(f"文件：{fp.name}{kind}  {term_label(fp.term)}")
        if fp.has_errors:
            lines.append(f"  有{len(fp.errors)}处错误，未导入")
            continue
        if fp.already_imported:
            when = fp.previous_imports[0]["at"].replace("T", " ")
            lines.append(f"  此文件已于{when}导入，之后数据库没有任何改动，无需再次导入")
            continue
        for when in fp.previous_imports[:1]:
            lines.append(f"  此文件已于{when['at'].replace('T', ' ')}导入过")
        counts = fp.counts()
        lines.append(
            f"  社区：新增{counts['communities_added']}个，修改{counts['communities_changed']}个，"
            f"未变{counts['communities_unchanged']}个；班子成员：新增{counts['members_added']}人，"
            f"修改{counts['members_changed']}人，删除{counts['members_removed']}人")
        if fp.new_streets:
            lines.append(f"  将新建街道{len(fp.new_streets)}个：{_some(fp.new_streets)}")
        if fp.new_communities:
            lines.append(f"  将新建社区{len(fp.new_communities)}个：{_some(fp.new_communities)}")
        shown_unchanged = 0
        for cp in fp.communities:
            if cp.status == "unchanged":
                shown_unchanged += 1
                if shown_unchanged <= unchanged_limit:
                    lines.append(f"    {cp.label}：未变")
                continue
            lines.append(f"    {cp.label}：{'新增' if cp.status == 'added' else '修改'}{_member_summary(cp.members)}")
            for field_label, old, new in cp.congress_changes:
                lines.append(f"      {field_label}：{show_value(old) or '（空）'} → {show_value(new) or '（空）'}")
            if cp.set_code:
                lines.append(f"      社区代码：（空） → {cp.set_code}")
            for old, new in cp.members.changed:
                changes = [f"{label(k)} {show_value(v) or '（空）'}→{show_value(new.content()[k]) or '（空）'}"
                           for k, v in old.content().items() if new.content()[k] != v]
                lines.append(f"      修改 {old.name}：{'，'.join(changes)}")
            for old in cp.members.removed:
                lines.append(f"      删除 {old.role} {old.name}")
            if cp.status == "changed":
                for new in cp.members.added:
                    lines.append(f"      新增 {new.role} {new.name}")
            if cp.reordered and cp.members.is_empty and not cp.congress_changes:
                lines.append("      班子成员顺序调整")
        if not fp.changes_anything:
            lines.append("  与数据库一致，没有需要写入的修改")
    return lines


def _some(names: list[str], limit: int = 20) -> str:
    return "、".join(names[:limit]) + (f"等（共{len(names)}个）" if len(names) > limit else "")


def _member_summary(diff: MemberDiff) -> str:
    parts = []
    if diff.added:
        parts.append(f"新增成员{len(diff.added)}人")
    if diff.changed:
        parts.append(f"修改{len(diff.changed)}人")
    if diff.removed:
        parts.append(f"删除{len(diff.removed)}人")
    return "（" + "，".join(parts) + "）" if parts else ""


# -- error copy -------------------------------------------------------------------------------


def error_copy_path(file_plan: FilePlan, out_dir: Path | None = None) -> Path:
    folder = Path(out_dir) if out_dir is not None else file_plan.path.parent
    return folder / f"{file_plan.path.stem}_错误标注.xlsx"


def write_error_copy(file_plan: FilePlan, out_dir: Path | None = None) -> Path:
    """A copy of a faulty workbook with each bad cell marked red and a 错误说明 column."""
    from fdh_desktop.excel.errorcopy import ErrorCopyRefused, write_marked_copy

    if file_plan.workbook is None:
        raise StoreError(f"“{file_plan.name}”无法读取，不能生成标注错误的副本")
    target = error_copy_path(file_plan, out_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_marked_copy(file_plan.workbook, file_plan.problems, target)
    except ErrorCopyRefused as exc:
        raise StoreError(f"“{file_plan.name}”{exc}") from None
    except OSError as exc:
        raise StoreError(f"无法写入标注错误的副本：{target}（{exc.strerror or exc}）") from None
    return target
