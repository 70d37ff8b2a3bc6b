"""The 进度 board as JSON-ready data (`fdh progress --json`), from the campaign's plain records:
per street its communities by stage, 完成率, overdue count and last return; the district total;
every overdue community with how late; per 指导员 her communities and the overdue ones; the
streets that sent nothing. Shares are strings rounded half up, as in `stats --json`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.records import Street
from fdh_desktop.domain.rounding import percent
from fdh_desktop.domain.vocab import PROGRESS, PROGRESS_COMPLETED


def _counts(items: list[cp.CommunityProgress], late: set[int], as_of: date, decimals: int) -> dict:
    stages = {s: 0 for s in PROGRESS}
    for c in items:
        stages[c.stage_on(as_of)] += 1
    return {"should": len(items), "stages": stages, "completed": stages[PROGRESS_COMPLETED],
            "rate": percent(stages[PROGRESS_COMPLETED], len(items), decimals),
            "overdue": sum(c.community_id in late for c in items)}


def _return(record: cp.ImportRecord | None) -> dict | None:
    if record is None:
        return None
    return {"at": record.at.isoformat(timespec="minutes"), "file": record.file_name, "result": record.result,
            "label": record.result_label, "warnings": record.warnings, "message": record.message}


def _plan(plan: cp.CampaignPlan) -> dict:
    return {"start": plan.start.isoformat(),
            "dates": {s: d.isoformat() for s, d in plan.dates.items()},
            "pilot_dates": {s: d.isoformat() for s, d in plan.pilot_dates.items()}}


def progress_dict(communities: Iterable[cp.CommunityProgress], plan: cp.CampaignPlan, as_of: date,
                  streets: list[Street], imports: Iterable[cp.ImportRecord], decimals: int = 1) -> dict:
    items = cp.counted(communities)
    late_list = cp.overdue(items, plan, as_of)
    late = {o.community.community_id for o in late_list}
    returns = {r.street: r for r in cp.returns_status([s.name for s in streets], imports)}
    rows = []
    for street in streets:
        own = [c for c in items if c.street == street.name]
        rows.append({"street": street.name, "pilot": street.pilot, **_counts(own, late, as_of, decimals),
                     "return": _return(returns[street.name].last)})
    names = {s.name for s in streets}
    return {
        "as_of": as_of.isoformat(),
        "plan": _plan(plan),
        "streets": rows,
        "total": _counts([c for c in items if c.street in names], late, as_of, decimals),
        "overdue": [{"street": o.community.street, "community": o.community.community, "current": o.current,
                     "missed": o.missed, "planned": o.planned.isoformat(), "days_late": o.days_late}
                    for o in late_list],
        "instructors": [{"name": g.instructor, "communities": [c.place for c in g.communities],
                         "overdue": [o.community.place for o in g.overdue]}
                        for g in cp.by_instructor(items, plan, as_of)],
        "missing_returns": cp.missing_returns(returns.values()),
    }
