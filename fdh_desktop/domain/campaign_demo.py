"""The demo district's campaign (issue 15 item 7): pure, seeded data from its streets and communities.

A snapshot of the campaign in its fifth month: the pilot streets (Street.pilot) finished first,
by the end of March; the other streets are nominating and electing, a few communities behind the
plan; one street has sent no workbook yet (its communities are where the district's own kickoff
left them: 筹备中, late) and one street's latest workbook was refused.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .campaign import (
    RESULT_REFUSED,
    RESULT_WARNINGS,
    RESULT_WRITTEN,
    STAGES,
    CampaignPlan,
    CommunityProgress,
    ImportRecord,
    Meeting,
    default_plan,
)
from .records import Community, Street

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏卢蒋蔡丁魏叶"
GIVEN = "秀英桂兰玉华凤霞淑珍红梅丽静敏燕芳娟艳琴云莲洁慧颖雪晶婷琳倩佳欣萍宁丹蓉春香荣"
REFUSAL = "“班子成员”表第7行：身份证号校验位不对，整份工作簿未写入"


@dataclass(frozen=True)
class CampaignDemo:
    plan: CampaignPlan
    today: date  # the day the snapshot shows
    communities: list[CommunityProgress]
    imports: list[ImportRecord]
    meetings: list[Meeting]
    missing_street: str  # sent nothing yet
    refused_street: str  # its latest workbook was refused


def demo_campaign(streets: list[Street], communities: list[Community], start: date,
                  seed: int = 7, today: date | None = None) -> CampaignDemo:
    """The campaign of a term starting on `start` (default plan), seen on `today` (10th of the fifth
    month by default). Needs at least three streets, one of them not a pilot besides the two."""
    rng = random.Random(seed)
    plan = default_plan(start)
    today = today or date(*_fifth_month(start), 10)
    regular = [s for s in streets if not s.pilot]
    if len(regular) < 3:
        raise ValueError("示例需要至少三个非试点街道")
    missing, refused = regular[-1].name, regular[-2].name
    by_street = {s.id: s for s in streets}
    result = []
    names = _names(rng)
    late_left = 4  # communities of returning streets that are behind (besides the missing street)
    for street in streets:
        own = [c for c in communities if c.street_id == street.id]
        team = [next(names) for _ in range(max(2, (len(own) + 3) // 4))]  # one 指导员 per ~4 communities
        for i, community in enumerate(own):
            if street.pilot:
                target = len(STAGES)
            elif street.name == missing:
                target = 1
            elif late_left and i == len(own) - 1:
                late_left -= 1
                target = 1 if late_left % 2 else 0  # behind: still preparing, or not started at all
            else:
                target = rng.choices((2, 3, 4), weights=(3, 4, 3))[0]
            dates = _dates(rng, plan, street.pilot, target, today)
            result.append(CommunityProgress(
                community.id, by_street[community.street_id].name, community.name,
                ("未启动", *STAGES)[target], dates, team[i % len(team)], street.pilot))
    imports = _imports(rng, streets, plan, today, missing, refused)
    pilot_names = [s.name for s in streets if s.pilot]
    first_pilot = next((c.name for c in communities if pilot_names and by_street[c.street_id].name == pilot_names[0]), "")
    meetings = [
        Meeting("街道妇联主席会议", start + timedelta(days=3)),
        Meeting("指导员培训会", start + timedelta(days=10)),
        Meeting("现场示范会", plan.pilot_dates["已选举"] - timedelta(days=5), first_pilot),
        Meeting("街道妇联主席会议", plan.pilot_dates["已完成"] + timedelta(days=3)),
        Meeting("街道妇联主席会议", plan.dates["已提名"] + timedelta(days=2)),
    ]
    return CampaignDemo(plan, today, result, imports, meetings, missing, refused)


def _fifth_month(start: date) -> tuple[int, int]:
    index = start.year * 12 + start.month - 1 + 4
    return index // 12, index % 12 + 1


def _names(rng: random.Random):
    used: set[str] = set()
    while True:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        if name not in used:
            used.add(name)
            yield name


def _dates(rng: random.Random, plan: CampaignPlan, pilot: bool, target: int, today: date) -> dict[str, date]:
    """Dates for the first `target` stages, each on or before its plan (and today), in order."""
    dates: dict[str, date] = {}
    previous = plan.start
    for stage in STAGES[:target]:
        due = min(plan.planned(stage, pilot) or today, today)
        span = max(0, (due - previous).days)
        day = due - timedelta(days=rng.randrange(0, min(span, 12) + 1))
        dates[stage] = previous = max(day, previous)
    return dates


def _imports(rng: random.Random, streets: list[Street], plan: CampaignPlan, today: date,
             missing: str, refused: str) -> list[ImportRecord]:
    records = []
    for index, street in enumerate(streets, start=1):
        if street.name == missing:
            continue
        first = (plan.pilot_dates if street.pilot else plan.dates)["已提名"] - timedelta(days=rng.randrange(1, 6))
        file_name = f"{street.name}街道换届情况.xlsx"
        at = datetime.combine(min(first, today), time(9 + index % 7, 5 * index % 60))
        records.append(ImportRecord(street.name, at, file_name, RESULT_WRITTEN))
        latest = today - timedelta(days=rng.randrange(1, 6))
        if street.pilot:
            latest = plan.pilot_dates["已完成"] + timedelta(days=rng.randrange(1, 4))
        at = datetime.combine(latest, time(14 + index % 3, 10 * index % 60))
        if street.name == refused:
            records.append(ImportRecord(street.name, at, f"{street.name}街道换届情况（更新）.xlsx", RESULT_REFUSED,
                                        message=REFUSAL))
        else:
            warnings = rng.randrange(0, 3)
            records.append(ImportRecord(street.name, at, f"{street.name}街道换届情况（更新）.xlsx",
                                        RESULT_WARNINGS if warnings else RESULT_WRITTEN, warnings))
    return records
