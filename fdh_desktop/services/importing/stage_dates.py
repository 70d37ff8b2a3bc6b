"""Stage dates read from a returned workbook (DOMAIN.md Part 2, "The campaign"): the date each
congress reached 筹备中, 已提名, 已选举 and 已完成, when the 社区妇代会 sheet has such columns.

The columns are optional and not in the template; they are found by header next to the reader's
(excel.layout), spelled 筹备中日期 / 筹备日期, 已提名日期 / 提名日期, 已选举日期, 已完成日期 /
完成日期 (选举日期 alone already means 换届日期). A date for a stage the row's 换届进度 has not
reached, a cell that is no date, or dates out of order are errors at their cell; nothing is written.
"""

from __future__ import annotations

from datetime import date

from fdh_desktop.domain.campaign import STAGES, date_problems, stage_index
from fdh_desktop.domain.cleaning import CleanError, clean_date, is_blank
from fdh_desktop.domain.problems import ERROR
from fdh_desktop.excel.layout import header_key
from fdh_desktop.excel.reader import SheetRows

from .contract import CommunityPlan, FilePlan, FileProblem

STAGE_HEADERS: dict[str, tuple[str, ...]] = {
    "筹备中": ("筹备中日期", "筹备日期", "开始筹备日期"),
    "已提名": ("已提名日期", "提名日期"),
    "已选举": ("已选举日期",),
    "已完成": ("已完成日期", "完成日期", "换届完成日期"),
}
_BY_KEY = {header_key(h): stage for stage, headers in STAGE_HEADERS.items() for h in headers}


def stage_columns(sheet: SheetRows) -> dict[str, tuple[int, str]]:
    """stage → (0-based column, header as written), for the stage-date columns the sheet has."""
    if not 0 < sheet.header_row <= len(sheet.grid):
        return {}
    found: dict[str, tuple[int, str]] = {}
    for c, cell in enumerate(sheet.grid[sheet.header_row - 1]):
        stage = _BY_KEY.get(header_key(cell)) if isinstance(cell, str) else None
        if stage is not None and stage not in found:
            found[stage] = (c, cell.strip())
    return found


def add_stage_dates(store, plan: FilePlan, sheet: SheetRows, date1904: bool) -> None:
    """Read each planned community's stage dates into plan (CommunityPlan.stage_dates), a changed
    date counting as a change of the congress; problems go to plan.problems at their cells."""
    columns = stage_columns(sheet)
    if not columns:
        return
    stored = {c.community_id: c.stage_dates for c in store.campaign_communities(plan.term)}
    for cp in plan.communities:
        row = sheet.grid[cp.row - 1] if 0 < cp.row <= len(sheet.grid) else []
        dates = _row_dates(plan, sheet, cp, row, columns, date1904)
        if dates is None or not dates:
            continue
        progress = cp.congress.progress if cp.congress else None
        reached = STAGES[:stage_index(progress)]
        beyond = [s for s in dates if s not in reached]
        for stage in beyond:
            _problem(plan, sheet, cp, columns[stage], dates[stage],
                     f"换届进度为“{progress or '未启动'}”，还没有达到“{stage}”，不能填写它的日期")
        if beyond:
            continue
        old = stored.get(cp.community_id, {}) if cp.community_id is not None else {}
        merged = {s: d for s, d in old.items() if s in reached} | dates
        problems = date_problems(merged)
        if problems:
            first = next(s for s in STAGES if s in dates)
            _problem(plan, sheet, cp, columns[first], dates[first], "；".join(problems))
            continue
        cp.stage_dates = dates
        changed = [s for s in STAGES if s in dates and old.get(s) != dates[s]]
        for stage in changed:
            cp.congress_changes.append((f"{stage}日期", old.get(stage), dates[stage]))
        if changed and cp.status == "unchanged":
            cp.status = "changed"


def _row_dates(plan: FilePlan, sheet: SheetRows, cp: CommunityPlan, row: list,
               columns: dict[str, tuple[int, str]], date1904: bool) -> dict[str, date] | None:
    """The row's dates; None when a cell is no date (its problem added)."""
    dates: dict[str, date] = {}
    ok = True
    for stage, (col, header) in columns.items():
        value = row[col] if col < len(row) else None
        if is_blank(value):
            continue
        try:
            dates[stage] = clean_date(header, value, date1904)
        except CleanError as exc:
            plan.problems.append(FileProblem(ERROR, plan.name, sheet.name, cp.row, header, value, str(exc), col))
            ok = False
    return dates if ok else None


def _problem(plan: FilePlan, sheet: SheetRows, cp: CommunityPlan, column: tuple[int, str], value: object,
             message: str) -> None:
    col, header = column
    plan.problems.append(FileProblem(ERROR, plan.name, sheet.name, cp.row, header, value, message, col))


def write_stage_dates(store, term: int, communities: list[CommunityPlan]) -> None:
    """After the congresses are written (the writer dated any change of 换届进度 today): the
    workbook's dates over them, in the import's transaction."""
    for cp in communities:
        if cp.stage_dates and cp.community_id is not None:
            merged = store.stage_dates(cp.community_id, term) | cp.stage_dates
            store.set_stage_dates(cp.community_id, term, merged)
