"""The campaign (换届进程, DOMAIN.md Part 2): stage dates, the district plan, overdue congresses,
per-指导员 groups, street returns and the weekly bulletin's figures, all from plain records.

Nothing here reads the store: a caller builds `CommunityProgress` and `ImportRecord` values
(from the Store, or from a demo plan) and gets plain results back.

Stage dates. A congress keeps the date it reached each stage (STAGES). `record_stage` is the one
rule for a change of 换届进度:
- forward: the new stage gets today's date, and so does every stage skipped on the way without
  a date (reaching 已选举 means 已提名 was reached, at the latest today);
- back: the dates of the stages after the new one are cleared (they were not, after all, reached);
  the new stage keeps its date;
- 未启动: every date is cleared.
A stage the current 换届进度 has reached but with no date (records from before stage dates) counts
as reached, at an unknown date: it is never overdue and never "新完成" in a week.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .rounding import percent
from .vocab import PROGRESS, PROGRESS_COMPLETED, PROGRESS_NOT_STARTED

# The stages that carry a date and a planned date: every 换届进度 after 未启动.
STAGES = PROGRESS[1:]
NO_INSTRUCTOR = "未指定指导员"

# Import results (DOMAIN.md: "the last imported workbook (date, file, result)").
RESULT_WRITTEN = "written"
RESULT_WARNINGS = "warnings"
RESULT_REFUSED = "refused"
RESULT_LABELS = {RESULT_WRITTEN: "已写入", RESULT_WARNINGS: "已写入（有警告）", RESULT_REFUSED: "已拒绝"}


def stage_index(stage: str | None) -> int:
    """0 for 未启动 (or nothing), 1 for 筹备中 … 4 for 已完成."""
    return PROGRESS.index(stage) if stage in PROGRESS else 0


# -- stage dates ---------------------------------------------------------------------------------


def record_stage(dates: Mapping[str, date], new_stage: str | None, today: date,
                 old_stage: str | None = None) -> dict[str, date]:
    """The stage dates after the 换届进度 becomes `new_stage` on `today` (rules in the module doc).

    `old_stage` is the progress before the change; a stage it had reached keeps its (possibly
    unknown) date rather than getting today's."""
    new = stage_index(new_stage)
    old = stage_index(old_stage)
    result: dict[str, date] = {}
    for i, stage in enumerate(STAGES, start=1):
        if i > new:
            continue
        if stage in dates:
            result[stage] = dates[stage]
        elif i > old:
            result[stage] = today
    return result


def date_problems(dates: Mapping[str, date]) -> list[str]:
    """Stage dates out of order (a clerk's edit): one Chinese message per pair, naming both fields."""
    problems = []
    known = [(s, dates[s]) for s in STAGES if s in dates]
    for (a, da), (b, db) in zip(known, known[1:]):
        if db < da:
            problems.append(f"{b}日期（{_day(db)}）早于{a}日期（{_day(da)}）")
    return problems


def stage_date_problems(progress: str | None, dates: Mapping[str, date]) -> list[str]:
    """Stage dates that do not fit a congress at `progress`: a stage it has not reached, or out of order."""
    reached = STAGES[:stage_index(progress)]
    beyond = [s for s in dates if s not in reached]
    if beyond:
        return [f"换届进度为“{progress or PROGRESS_NOT_STARTED}”，不能填写“{beyond[0]}”日期"]
    return date_problems(dates)


# -- the plan ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignPlan:
    """The district's plan: a planned date per stage, earlier ones for pilot streets (试点)."""

    start: date
    dates: Mapping[str, date]
    pilot_dates: Mapping[str, date]

    def planned(self, stage: str, pilot: bool = False) -> date | None:
        return (self.pilot_dates if pilot else self.dates).get(stage)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month(start: date, n: int) -> tuple[int, int]:
    """(year, month) of the campaign's n-th month, the start's month being the first."""
    index = start.year * 12 + start.month - 1 + n - 1
    return index // 12, index % 12 + 1


def _mid(start: date, n: int) -> date:
    return max(start, date(*_month(start, n), 15))


def _end(start: date, n: int) -> date:
    return month_end(*_month(start, n))


def default_plan(start: date, months: int = 5, pilot_months: int = 3) -> CampaignPlan:
    """The plan a clerk expects for a campaign starting on `start`: `months` months in all (the
    seed's five), pilot streets done by the end of their `pilot_months`-th month (the seed's end of
    March for a January start), the other streets preparing while the pilots run.

    Pilots: 筹备中 two weeks in, 已提名 at the end of the month before their last, 已选举 mid-way
    through their last month, 已完成 at its end. Others: 筹备中 by the end of the second month,
    已提名 by the end of the month before the last, 已选举 mid last month, 已完成 at its end."""
    if months < 2 or not 1 <= pilot_months <= months:
        raise ValueError("换届工作至少两个月，试点月数应在1至总月数之间")
    pilot = {
        "筹备中": start + timedelta(days=14),
        "已提名": _end(start, pilot_months - 1) if pilot_months > 1 else _mid(start, 1),
        "已选举": _mid(start, pilot_months),
        PROGRESS_COMPLETED: _end(start, pilot_months),
    }
    regular = {
        "筹备中": _end(start, 2),
        "已提名": _end(start, months - 1),
        "已选举": _mid(start, months),
        PROGRESS_COMPLETED: _end(start, months),
    }
    # A start late in its month can put a stage before the one it follows; a short campaign can
    # put a pilot's date after the others'. Stages keep their order and pilots are never later.
    pilot, regular = _in_order(pilot), _in_order(regular)
    pilot = {s: min(pilot[s], regular[s]) for s in STAGES}
    return CampaignPlan(start, regular, pilot)


def _in_order(dates: dict[str, date]) -> dict[str, date]:
    result: dict[str, date] = {}
    previous = date.min
    for stage in STAGES:
        result[stage] = previous = max(dates[stage], previous)
    return result


def plan_problems(plan: CampaignPlan) -> list[str]:
    """What is wrong with a plan a clerk typed, one Chinese message per fault naming the field."""
    problems = []
    for label, dates in (("计划", plan.dates), ("试点街道计划", plan.pilot_dates)):
        for stage in STAGES:
            if stage not in dates:
                problems.append(f"{label}：缺少“{stage}”的计划日期")
            elif dates[stage] < plan.start:
                problems.append(f"{label}：“{stage}”的计划日期（{_day(dates[stage])}）早于开始日期（{_day(plan.start)}）")
        known = [(s, dates[s]) for s in STAGES if s in dates]
        for (a, da), (b, db) in zip(known, known[1:]):
            if db < da:
                problems.append(f"{label}：“{b}”的计划日期（{_day(db)}）早于“{a}”（{_day(da)}）")
    for stage in STAGES:
        p, r = plan.pilot_dates.get(stage), plan.dates.get(stage)
        if p and r and p > r:
            problems.append(f"试点街道计划：“{stage}”的计划日期（{_day(p)}）晚于其他街道（{_day(r)}）")
    return problems


# -- the communities -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CommunityProgress:
    """One community's congress in the campaign's term, as the store (or a demo) gives it."""

    community_id: int
    street: str
    community: str
    progress: str | None = PROGRESS_NOT_STARTED  # the current 换届进度
    stage_dates: Mapping[str, date] = field(default_factory=dict)
    instructor: str = ""
    pilot: bool = False  # the street is a pilot street (试点)
    should_establish: bool = True  # 应换届: only these count

    @property
    def place(self) -> str:
        return f"{self.street} › {self.community}"

    def reached(self, stage: str, on: date | None = None) -> bool:
        """Has the congress reached `stage` (by the end of `on`, when given)?"""
        if stage_index(self.progress) < stage_index(stage):
            return False
        if on is None:
            return True
        when = self.stage_dates.get(stage)
        return when is None or when <= on

    def stage_on(self, on: date | None = None) -> str:
        """The furthest stage reached by `on` (today's progress when None)."""
        index = stage_index(self.progress)
        if on is None:
            return PROGRESS[index]
        current = 0  # the last stage up to the progress whose date (if known) is not after `on`
        for i in range(1, index + 1):
            when = self.stage_dates.get(PROGRESS[i])
            if when is None or when <= on:
                current = i
        return PROGRESS[current]


def counted(communities: Iterable[CommunityProgress]) -> list[CommunityProgress]:
    """The communities that must hold the election (应换届)."""
    return [c for c in communities if c.should_establish]


@dataclass(frozen=True)
class Overdue:
    """A community behind the plan on `as_of`: it should be at `expected` but is at `current`;
    `missed` is the first stage it has not reached although its planned date has passed."""

    community: CommunityProgress
    current: str
    expected: str
    missed: str
    planned: date
    days_late: int

    @property
    def text(self) -> str:
        return (f"{self.community.place}：应于{_day(self.planned)}前达到“{self.missed}”，"
                f"现为“{self.current}”，逾期{self.days_late}天")


def overdue_of(community: CommunityProgress, plan: CampaignPlan, as_of: date) -> Overdue | None:
    """The community's lateness on `as_of` (end of day), None when it is on time."""
    if not community.should_establish:
        return None
    missed = expected = None
    for stage in STAGES:
        planned = plan.planned(stage, community.pilot)
        if planned is None or planned >= as_of:
            continue
        expected = stage
        if missed is None and not community.reached(stage, as_of):
            missed = stage
    if missed is None or expected is None:
        return None
    planned = plan.planned(missed, community.pilot)
    assert planned is not None
    return Overdue(community, community.stage_on(as_of), expected, missed, planned, (as_of - planned).days)


def overdue(communities: Iterable[CommunityProgress], plan: CampaignPlan, as_of: date) -> list[Overdue]:
    """Every late community on `as_of`, the latest first (then by street and community as given)."""
    found = [o for c in communities if (o := overdue_of(c, plan, as_of)) is not None]
    return sorted(found, key=lambda o: -o.days_late)


@dataclass(frozen=True)
class StreetStages:
    """One street's communities by their stage today."""

    street: str
    by_stage: dict[str, list[CommunityProgress]]

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.by_stage.values())


def by_street(communities: Iterable[CommunityProgress], on: date | None = None) -> list[StreetStages]:
    """Per street (in the order first met), the 应换届 communities under each 换届进度."""
    streets: dict[str, dict[str, list[CommunityProgress]]] = {}
    for c in counted(communities):
        stages = streets.setdefault(c.street, {s: [] for s in PROGRESS})
        stages[c.stage_on(on)].append(c)
    return [StreetStages(name, stages) for name, stages in streets.items()]


@dataclass(frozen=True)
class InstructorGroup:
    """One 指导员: the communities she guides and those of them behind the plan."""

    instructor: str
    communities: list[CommunityProgress]
    overdue: list[Overdue]


def by_instructor(communities: Iterable[CommunityProgress], plan: CampaignPlan, as_of: date) -> list[InstructorGroup]:
    """Per 指导员 (most overdue first, then by name; communities without one last, together)."""
    groups: dict[str, list[CommunityProgress]] = {}
    for c in counted(communities):
        groups.setdefault(c.instructor.strip() or NO_INSTRUCTOR, []).append(c)
    result = []
    for name, members in groups.items():
        late = [o for c in members if (o := overdue_of(c, plan, as_of)) is not None]
        result.append(InstructorGroup(name, members, late))
    return sorted(result, key=lambda g: (g.instructor == NO_INSTRUCTOR, -len(g.overdue), g.instructor))


# -- returns ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRecord:
    """One workbook a street returned and the district imported (or refused)."""

    street: str
    at: datetime
    file_name: str
    result: str  # RESULT_WRITTEN, RESULT_WARNINGS or RESULT_REFUSED
    warnings: int = 0
    message: str = ""  # the refusal's reason, for a refused one

    @property
    def result_label(self) -> str:
        label = RESULT_LABELS[self.result]
        if self.result == RESULT_WARNINGS and self.warnings:
            label = f"已写入（{self.warnings}条警告）"
        return label


@dataclass(frozen=True)
class StreetReturn:
    street: str
    last: ImportRecord | None  # None: nothing received yet
    count: int = 0  # workbooks received from the street


def returns_status(streets: Iterable[str], imports: Iterable[ImportRecord]) -> list[StreetReturn]:
    """Per street (in the given order) its last imported workbook; streets with none have last=None."""
    latest: dict[str, ImportRecord] = {}
    counts: dict[str, int] = {}
    for record in imports:
        counts[record.street] = counts.get(record.street, 0) + 1
        if record.street not in latest or record.at >= latest[record.street].at:
            latest[record.street] = record
    return [StreetReturn(s, latest.get(s), counts.get(s, 0)) for s in streets]


def missing_returns(status: Iterable[StreetReturn]) -> list[str]:
    return [r.street for r in status if r.last is None]


# -- the weekly bulletin -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Week:
    number: int  # 第N周 of the campaign, the start's week being the first
    start: date  # Monday
    end: date  # Sunday


def week_of(day: date, campaign_start: date) -> Week:
    monday = day - timedelta(days=day.weekday())
    first = campaign_start - timedelta(days=campaign_start.weekday())
    return Week((monday - first).days // 7 + 1, monday, monday + timedelta(days=6))


@dataclass(frozen=True)
class BulletinRow:
    """One line of the 周通报: a street's counts at the end of the week, or the district's (合计)."""

    street: str
    should: int  # 应换届
    stages: dict[str, int]  # every 换届进度 (未启动 … 已完成) → communities at it; they add up to `should`
    new_completed: int  # 本周新完成
    overdue: int  # 逾期 at the end of the week

    @property
    def completed(self) -> int:
        return self.stages[PROGRESS_COMPLETED]

    def rate(self, decimals: int = 1) -> str | None:
        """完成率 in percent, ROUND_HALF_UP; None when nothing is to be done."""
        return percent(self.completed, self.should, decimals)


TOTAL = "合计"


@dataclass(frozen=True)
class Bulletin:
    week: Week
    rows: list[BulletinRow]  # per street
    total: BulletinRow  # the district
    as_of: date  # the figures' day: the week's Sunday, or today for the week still running


def bulletin(communities: Iterable[CommunityProgress], plan: CampaignPlan, week: Week,
             streets: Iterable[str] | None = None, today: date | None = None) -> Bulletin:
    """The 周通报's figures at the end of `week` (or `today`, if earlier: the week still running);
    rows in the order of `streets` (every street, even one with no community to elect), else in the
    order first met."""
    as_of = min(week.end, today) if today else week.end
    items = counted(communities)
    names = list(streets) if streets is not None else list(dict.fromkeys(c.street for c in items))
    by_name: dict[str, list[CommunityProgress]] = {}
    for c in items:  # grouped once: a city has hundreds of streets
        by_name.setdefault(c.street, []).append(c)
    rows = [_row(name, by_name.get(name, []), plan, week.start, as_of) for name in names]
    wanted = set(names)
    total = _row(TOTAL, [c for c in items if c.street in wanted], plan, week.start, as_of)
    return Bulletin(week, rows, total, as_of)


def _row(name: str, items: list[CommunityProgress], plan: CampaignPlan, start: date, end: date) -> BulletinRow:
    stages = {s: 0 for s in PROGRESS}
    new = late = 0
    for c in items:
        stages[c.stage_on(end)] += 1
        done = c.stage_dates.get(PROGRESS_COMPLETED)
        if done is not None and start <= done <= end and c.reached(PROGRESS_COMPLETED):
            new += 1
        if overdue_of(c, plan, end) is not None:
            late += 1
    return BulletinRow(name, len(items), stages, new, late)


# -- summary facts -------------------------------------------------------------------------------------


BASICALLY_DONE_SHARE = 90  # percent of 应换届 completed: "基本完成"


def basically_completed(communities: Iterable[CommunityProgress], share: int = BASICALLY_DONE_SHARE) -> date | None:
    """The day the completed congresses first reached `share`% of those to elect, None if never."""
    items = counted(communities)
    days = sorted(d for c in items if c.reached(PROGRESS_COMPLETED)
                  and (d := c.stage_dates.get(PROGRESS_COMPLETED)) is not None)
    needed = -(-len(items) * share // 100)  # ceiling: 90% of 106 is 96 congresses
    if not items or len(days) < needed:
        return None
    return days[needed - 1]


def pilots_finished(communities: Iterable[CommunityProgress]) -> date | None:
    """The day the last pilot community held its election (已选举), None unless every pilot did."""
    pilots = [c for c in counted(communities) if c.pilot]
    days = []
    for c in pilots:
        when = c.stage_dates.get("已选举") or c.stage_dates.get(PROGRESS_COMPLETED)
        if not c.reached("已选举") or when is None:
            return None
        days.append(when)
    return max(days) if days else None


def campaign_start(communities: Iterable[CommunityProgress]) -> date | None:
    """The earliest stage date of any community: when the work began, for want of a plan."""
    days = [d for c in counted(communities) for d in c.stage_dates.values()]
    return min(days) if days else None


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


@dataclass(frozen=True)
class Meeting:
    """A meeting the district held for the campaign (现场示范会, 街道妇联主席会议, 指导员培训会…)."""

    kind: str
    day: date
    place: str = ""  # e.g. the community of a 现场示范会


def instructors(communities: Iterable[CommunityProgress]) -> list[str]:
    """The distinct 指导员 named for the communities to elect, in the order first met."""
    return list(dict.fromkeys(c.instructor.strip() for c in counted(communities) if c.instructor.strip()))
