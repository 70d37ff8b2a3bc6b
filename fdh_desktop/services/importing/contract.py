"""The import contract: the plan types `fdh import` and the import dialog share.

INTERFACE CONTRACT shared by the `fdh import` command and the GUI import dialog: the names and
fields of FileProblem, CommunityPlan, FilePlan, ImportPlan and ImportCancelled are fixed; fields
were only added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from fdh_desktop.domain.text import display_name
from fdh_desktop.domain.diffing import MemberDiff
from fdh_desktop.domain.problems import ERROR
from fdh_desktop.domain.records import Congress, Member, yes_no
from fdh_desktop.excel.reader import WorkbookData
from fdh_desktop.storage.congresses import StoredCongress

# progress(done, total, message): called from the worker thread; cheap.
Progress = Callable[[int, int, str], None]
# cancelled(): True when the user pressed 取消; the planner stops at the next row or file.
Cancelled = Callable[[], bool]

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
    stage_dates: dict[str, date] = field(default_factory=dict, repr=False)  # from stage-date columns

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
