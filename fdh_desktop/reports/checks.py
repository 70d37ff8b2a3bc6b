"""Consistency checks before printing: parts add up to totals, completed congresses have a chair,
shares that moved more than 20 百分点 since last term are flagged to be explained."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from fdh_desktop.domain.organisation import FORM_CONGRESS, FORM_FEDERATION, FormLabels, labels

from .drill import Drill
from .naming import street_place

ERROR = "error"
WARNING = "warning"
INFO = "info"
OK = "ok"

SHARE_JUMP_POINTS = Decimal(20)


@dataclass(frozen=True)
class Check:
    level: str  # ERROR, WARNING, INFO or OK
    message: str
    drill: Drill | None = None


def consistency_checks(report: dict, streets: list | None = None, no_chair: int = 0,
                       threshold: Decimal = SHARE_JUMP_POINTS, uncounted: list[str] | None = None) -> list[Check]:
    """Checks of one report; with `streets` (reports.street_tables.StreetRow, 合计 last) also that
    the streets add up to the district and every street's share jumps; `uncounted` names the
    communities with no congress record of the term, which no figure counts. Errors first."""
    where = street_place(report["street"]) if report.get("street") else ""
    names = labels(report.get("form") or FORM_CONGRESS)
    found = _parts(report["congresses"], report["chairs"], report["representatives"], where, no_chair, names=names)
    if uncounted:
        shown = "、".join(uncounted[:10]) + (f"等{len(uncounted)}个社区" if len(uncounted) > 10 else "")
        found.append(Check(WARNING, f"{shown}没有本届的{names.organisation}记录，统计表未计入（应建、实建都不含）；"
                                    "请在录入页打开这些社区，填写后保存"))
    if report.get("previous"):
        prev = report["previous"]
        found += [Check(c.level, "上届：" + c.message, None)
                  for c in _parts(prev["congresses"], prev["chairs"], prev["representatives"], where, 0,
                                  previous=True, names=labels(prev.get("form") or FORM_CONGRESS))]
    if report.get("form") == FORM_FEDERATION:
        found += federation_checks(report, where)
    if streets:
        found += _street_sums(streets)
    if not any(c.level in (ERROR, WARNING) for c in found):
        found.append(Check(OK, f"各项之和与总数一致，已完成换届的{names.organisation}都有一名{names.chair}"))
    found += target_checks(report.get("targets") or [])
    jumps = _jumps(report, where, None, threshold)
    found += jumps
    jumped = []
    if streets:
        # Small streets jump easily (1 chair of 12 is 8.3 百分点): name them, not every figure.
        jumped = [s.name for s in streets[:-1] if _jumps(s.report, s.name, s.street_id, threshold)]
        if jumped:
            found.append(Check(INFO, f"{'、'.join(street_place(n) for n in jumped)}有占比比上届变化超过{threshold}个百分点的项目"
                                     "（在“范围”中选择街道查看）"))
    if report.get("change") and not jumps and not jumped:
        found.append(Check(OK, f"各项占比比上届变化均未超过{threshold}个百分点"))
    return sorted(found, key=lambda c: {ERROR: 0, WARNING: 1, INFO: 2, OK: 3}[c.level])


def _parts(cg: dict, chairs: dict, reps: dict, where: str, no_chair: int, previous: bool = False,
           names: FormLabels = labels(FORM_CONGRESS)) -> list[Check]:
    found: list[Check] = []
    org, chair = names.organisation, names.chair
    total = chairs["total"]
    if cg["established"] > cg["should_establish"]:
        found.append(Check(WARNING, f"{where}实建{org}（{cg['established']}个）多于应建（{cg['should_establish']}个）",
                           None if previous else Drill("established")))
    if cg["completed"] > cg["established"]:
        found.append(Check(ERROR, f"{where}已完成换届（{cg['completed']}个）多于实建（{cg['established']}个）"))
    if no_chair:
        found.append(Check(ERROR, f"{where}{no_chair}个已完成换届的{org}{chair}人数不是1人（应有且只有一名{chair}）",
                           Drill("no_chair")))
    if total < cg["established"] and not previous:
        found.append(Check(WARNING, f"{where}实建{org}{cg['established']}个，{chair}只有{total}人："
                                    f"{cg['established'] - total}个{org}没有{chair}记录", Drill("not_chaired")))
    parts = [
        ("居委会任职各项", sum(s["count"] for s in chairs["post"].values()), "post_missing", "未填居委会任职"),
        ("年龄段各项", sum(s["count"] for s in chairs["age_band"].values()), "age_missing", "缺出生日期"),
        ("文化程度各项", sum(s["count"] for s in chairs["education"].values()), "education_missing", "未填文化程度"),
    ]
    if chairs["education_detail"]:
        detail = sum(s["count"] for s in chairs["education_detail"].values())
        groups = parts[2][1]
        if detail != groups:
            found.append(Check(ERROR, f"{where}文化程度明细之和（{detail}）与分组之和（{groups}）不等"))
    for name, added, category, missing in parts:
        if added != total:
            gap = total - added
            text = (f"{where}{name}之和（{added}）与{chair}人数（{total}）不等"
                    + (f"：{gap}名{chair}{missing}" if gap > 0 else ""))
            found.append(Check(WARNING if gap > 0 else ERROR, text,
                               Drill(category) if gap > 0 and not previous else None))
    if reps["community_units"]["count"] + reps["migrants"]["count"] > reps["total"]:
        found.append(Check(ERROR, f"{where}社区单位代表与外来人员代表之和大于代表总数"))
    return found


_SUMMED = (
    ("应建", lambda r: r["congresses"]["should_establish"]),
    ("实建", lambda r: r["congresses"]["established"]),
    ("已完成换届", lambda r: r["congresses"]["completed"]),
    ("主任人数", lambda r: r["chairs"]["total"]),
    ("担任重要职务", lambda r: r["chairs"]["key_post"]["count"]),
    ("新任", lambda r: r["chairs"]["new"]["count"]),
    ("中共党员", lambda r: r["chairs"]["party"]["count"]),
    ("妇女代表", lambda r: r["representatives"]["total"]),
)


def _street_sums(streets: list) -> list[Check]:
    found = []
    *parts, total = streets
    for name, get in _SUMMED:
        added = sum(get(s.report) for s in parts)
        if added != get(total.report):
            found.append(Check(ERROR, f"各街道{name}之和（{added}）与合计（{get(total.report)}）不等"))
    return found


def _jumps(report: dict, where: str, street_id: int | None, threshold: Decimal) -> list[Check]:
    change = report.get("change")
    if not change:
        return []
    named = [("担任重要职务", change["key_post"], "key_post"), ("新任", change["new"], "new"),
             ("中共党员", change["party"], "party")]
    named += [(b, c, f"age_band:{b}") for b, c in change["age_band"].items()]
    named += [(g, c, f"education:{g}") for g, c in change["education"].items()]
    named += [(f"担任{p}", c, f"post:{p}") for p, c in change["post"].items()]
    found = []
    for name, c, category in named:
        pts = c.get("pct_points")
        if pts is None or abs(Decimal(pts)) <= threshold:
            continue
        way = "提高" if Decimal(pts) > 0 else "降低"
        found.append(Check(WARNING, f"{where or '全区'}{name}占比比上届{way}{abs(Decimal(pts)):f}个百分点"
                                    f"（超过{threshold}个百分点），请核实并在总结中说明原因", Drill(category, street_id)))
    return found


def federation_checks(report: dict, where: str) -> list[Check]:
    """Checks between rows of a 妇联 term: 主席 ≤ 执委, the roles add up to the 执委."""
    found = []
    ex, chairs = report["executives"], report["chairs"]["total"]
    if chairs > ex["total"]:
        found.append(Check(ERROR, f"{where}妇联主席（{chairs}人）多于执委（{ex['total']}人）"))
    added = sum(ex["roles"].values())
    if added != ex["total"]:
        found.append(Check(ERROR, f"{where}主席、副主席、兼职副主席、执委之和（{added}）与执委总数（{ex['total']}）不等",
                           Drill("executive:all")))
    return found


def target_checks(targets: list[dict]) -> list[Check]:
    """Each configured target (目标设置): met, missed with the communities that miss it, or not yet measured."""
    found = []
    for t in targets:
        if t["met"] is None:
            found.append(Check(INFO, f"目标“{t['name']}”（{t['aim']}%）：尚无已录入的社区可以衡量"))
        elif t["met"]:
            found.append(Check(OK, f"目标“{t['name']}”已达到：目标{t['aim']}%，实际{t['actual']}%"))
        else:
            shown = "、".join(t["missing"][:10]) + (f"等{len(t['missing'])}个社区" if len(t["missing"]) > 10 else "")
            found.append(Check(WARNING, f"目标“{t['name']}”未达到：目标{t['aim']}%，实际{t['actual']}%；"
                                        f"未达到的社区：{shown}"))
    return found
