"""Import of returned workbooks: plan first (nothing written), then apply in one transaction.

INTERFACE CONTRACT shared by the `fdh import` command and the GUI import dialog. The Excel helper
implements it; the names and fields below are what the GUI codes against.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fdh_desktop.domain.diffing import MemberDiff

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

    def line(self) -> str:
        """One line: 文件 / 工作表 / 第N行 / 列 / 值: message."""
        raise NotImplementedError


@dataclass
class CommunityPlan:
    street: str
    community: str
    code: str | None
    community_id: int | None  # None: will be created
    status: str  # "added" | "changed" | "unchanged"
    congress_changes: list[tuple[str, object, object]] = field(default_factory=list)  # (field label, old, new)
    members: MemberDiff = field(default_factory=MemberDiff)


@dataclass
class FilePlan:
    path: Path
    sha256: str
    term: int
    communities: list[CommunityPlan] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    new_streets: list[str] = field(default_factory=list)
    new_communities: list[str] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(p.level == "error" for p in self.problems)


@dataclass
class ImportPlan:
    files: list[FilePlan] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(f.has_errors for f in self.files)

    @property
    def changes_anything(self) -> bool:
        raise NotImplementedError


def plan_import(store, files: list[Path], term: int | None = None,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportPlan:
    """Read, clean and check every file; compare with the database. Writes nothing."""
    raise NotImplementedError


def apply_import(store, plan: ImportPlan) -> None:
    """Write a plan without errors in one transaction, with an import record per file."""
    raise NotImplementedError


def write_error_copy(file_plan: FilePlan, out_dir: Path | None = None) -> Path:
    """A copy of a faulty workbook with each bad cell marked red and a 错误说明 column."""
    raise NotImplementedError
