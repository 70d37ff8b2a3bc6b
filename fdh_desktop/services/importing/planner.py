"""Planning an import: read, clean and check every file, compare with the database; nothing written.

A returned workbook is authoritative for the communities it lists (DOMAIN.md): their congress
and member rows of the term become what it says. All files of one call are planned together.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from fdh_desktop.domain import federation_rules, organisation, rules
from fdh_desktop.domain.diffing import MemberDiff, diff_members
from fdh_desktop.domain.labels import label
from fdh_desktop.domain.places import PlaceIndex, names_key, place_label
from fdh_desktop.domain.problems import ERROR, WARNING, Problem
from fdh_desktop.domain.records import CONGRESS_FIELDS, Congress, Member
from fdh_desktop.excel.layout import CONGRESS_SHEET, FORMAT_NAME, MEMBER_SHEET
from fdh_desktop.excel.reader import SheetPrefetch, SheetRows, WorkbookData, read_workbook
from fdh_desktop.excel.rows import CongressRow, MemberRow, Place, congress_rows, member_rows
from fdh_desktop.domain.text import display_name
from fdh_desktop.excel.hostile import WorkbookRefused, check_workbook, open_regular, os_errors_refused
from fdh_desktop.storage import StoreError
from fdh_desktop.storage.congresses import StoredCongress

from .bulk import cycle_collector_paused
from .cells import located, long_cell_check, reading_order, settle_posts_columns
from .stage_dates import add_stage_dates
from .contract import (
    Cancelled, CommunityPlan, FilePlan, FileProblem, ImportCancelled, ImportPlan, Progress,
)

_STEPS = 100  # progress units per file


def plan_import(store, files: list[Path], term: int | None = None,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportPlan:
    """Read, clean and check every file; compare with the database. Writes nothing."""
    if not store.is_initialised():
        raise StoreError("数据库尚未初始化（没有区名称和届次），请先运行 fdh init 或 fdh demo")
    if term is not None and term < 1:
        raise StoreError("届次应为不小于1的整数")
    planner = _Planner(store, len(files), progress, cancelled)
    plan = ImportPlan(base_changeset=store.last_changeset_id())
    with cycle_collector_paused():
        for index, path in enumerate(files):
            planner.file_index = index
            plan.files.append(planner.plan_file(Path(path), term))
        planner.check_across_files(plan)
    for file_plan in plan.files:
        file_plan.problems.sort(key=reading_order)
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
        self.executive_range = organisation.executive_range_of(self.settings)
        self.places = PlaceIndex(*store.place_index())
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
            sheets = SheetPrefetch(path, facts)
            # While calamine parses (without the GIL), the term the file most likely updates is
            # loaded from the database: the re-check of a city's return needs all of it.
            self.snapshot(term_arg or self.settings.current_term)
            data = read_workbook(path, facts, sheets)
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
        plan.problems += settle_posts_columns(name, data)
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
            congresses = congress_rows(congress_sheet, date1904, long_cell_check(data, congress_sheet))
            members = member_rows(member_sheet, date1904, long_cell_check(data, member_sheet))
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
        add_stage_dates(self.store, plan, congress_sheet, date1904)
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
            names = names_key(place)
            twin = (by_code.get(place.code) if place.code else None) or (
                by_names.get(names) if names and not place.code else None)
            if twin is not None:
                plan.problems.append(located(
                    ERROR, name, congress_sheet, row.row, "community", place.community,
                    f"社区“{place_label(place)}”在第{twin.row.row}行已经出现，一个社区只能填一行"))
                continue
            entry = _Entry(row)
            entries.append(entry)
            if place.code:
                by_code[place.code] = entry
            if names:
                by_names.setdefault(names, entry)
        keys: dict[tuple[str, str], tuple[str, str] | None] = {}  # names_key per written place: rows repeat it
        for row in members:
            self._problems(plan, member_sheet, row.row, row.problems)
            place = row.place
            entry = by_code.get(place.code) if place.code else None
            if entry is None and (place.street or place.community):
                written = (place.street, place.community)
                key = keys[written] if written in keys else keys.setdefault(written, names_key(place))
                entry = by_names.get(key)
            if entry is None:
                if not any(p.level == ERROR and p.field in ("community", "street") for p in row.problems):
                    plan.problems.append(located(
                        ERROR, name, member_sheet, row.row, "community", place.community or place.code,
                        f"社区“{place_label(place)}”不在“{congress_sheet.name}”表中；请先在该表中为这个社区填一行，"
                        "或核对街道、社区名称的写法"))
                continue
            entry.members.append(row)
        kept = []
        for entry in entries:
            if entry.row.empty and not entry.members:
                self.skipped_places.append(entry.row.place)
                plan.skipped.append(place_label(entry.row.place))
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
        names = {names_key(p) for p in places}
        missing = [f"{street} {community}" for street, community, code in data.template_places
                   if not (code and code in codes) and names_key(Place(street, community, None)) not in names]
        if missing:
            shown = "、".join(missing[:5]) + ("等" if len(missing) > 5 else "")
            plan.problems.append(FileProblem(
                WARNING, plan.name, data.sheets[CONGRESS_SHEET].name, None, "", None,
                f"模板中的{len(missing)}个社区没有出现在表中（{shown}），其数据不会改动"))

    def _community(self, plan: FilePlan, entry: _Entry, congress_sheet: SheetRows, member_sheet: SheetRows,
                   term_info, snapshot: dict[int, StoredCongress]) -> None:
        name = plan.name
        place = entry.row.place
        match = self.places.resolve(place)
        for level, message in match.notes:
            plan.problems.append(located(level, name, congress_sheet, entry.row.row,
                                          "community_code" if place.code else "community",
                                          place.code or place.community, message))
        if match.error:
            return
        if match.community_id is not None:
            first = self.planned_ids.setdefault(match.community_id, entry.row.row)
            if first != entry.row.row:
                plan.problems.append(located(
                    ERROR, name, congress_sheet, entry.row.row, "community", place.community,
                    f"第{first}行与本行是同一个社区（{self.places.labels.get(match.community_id, '')}），一个社区只能填一行"))
                return
        congress = entry.row.congress
        members = [m.member for m in entry.members]
        rules.derive_birth_dates(members)
        age_date = rules.age_reference(congress, term_info.reference_date if term_info else None,
                                       term_info.year if term_info else None)
        form = term_info.form if term_info else self.store.term_form(plan.term)
        found = federation_rules.fit_roles(members, form)
        found += federation_rules.check_in_form(form, congress, members, age_date, self.executive_range)
        for problem in found:
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
            cp.members = _member_diff(stored.members, members)
            cp.reordered = _reordered(cp.members, stored, members)
            changed = cp.congress_changes or not cp.members.is_empty or cp.reordered
            cp.status = "changed" if changed else "unchanged"
        plan.communities.append(cp)

    def _problems(self, plan: FilePlan, sheet: SheetRows, row: int, problems: list[Problem]) -> None:
        for p in problems:
            plan.problems.append(located(p.level, plan.name, sheet, row, p.field, p.value, p.message))

    # -- across files -------------------------------------------------------------------------

    def check_across_files(self, plan: ImportPlan) -> None:
        """One community in two files is an error; one ID number in two communities a warning."""
        seen: dict[tuple[int, object], str] = {}
        for fp in plan.files:
            for cp in fp.communities:
                key = (fp.term, cp.community_id if cp.community_id is not None else (cp.street, cp.community))
                if key in seen and seen[key] != fp.name:
                    sheet = fp.workbook.sheets[CONGRESS_SHEET].name if fp.workbook else CONGRESS_SHEET
                    fp.problems.append(FileProblem(
                        ERROR, fp.name, sheet, cp.row, "社区", cp.community,
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
            if len(places) == 1 and number not in where:
                continue  # nearly every number: once in the files, nowhere else
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


def _member_diff(stored: list[Member], members: list[Member]) -> MemberDiff:
    """diff_members, with a re-check's common case first: the same members in the same order
    (Member equality leaves the store id out). They pair up one by one, in the order diff_members
    gives them: those matched by ID number, then those matched by name."""
    if stored != members:
        return diff_members(stored, members)
    pairs = list(zip(stored, members))
    return MemberDiff(unchanged=[p for p in pairs if p[1].id_number] + [p for p in pairs if not p[1].id_number])


def _congress_changes(old: Congress, new: Congress) -> list[tuple[str, object, object]]:
    if old == new:
        return []
    return [(label(name), getattr(old, name), getattr(new, name)) for name in CONGRESS_FIELDS
            if getattr(old, name) != getattr(new, name)]


def _reordered(diff: MemberDiff, stored: StoredCongress, members: list[Member]) -> bool:
    position = {id(m): i for i, m in enumerate(members)}
    return any(stored.positions.get(old.id) != position[id(new)] for old, new in diff.unchanged + diff.changed)


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
