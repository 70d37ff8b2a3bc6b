"""The tables a 妇联 term adds to the statistics (DOMAIN.md Part 2): the chairs' posts in the 两委,
every 执委, and the district's targets. Rows follow reports.tables (this term, 上届, 比上届)."""

from __future__ import annotations

from collections.abc import Callable

from fdh_desktop.domain.federation_statistics import mapped_roles
from fdh_desktop.domain.organisation import FORM_FEDERATION, labels
from fdh_desktop.domain.rounding import percent, points

from .table_parts import Table, _mark, _signed, _signed_text

Row = Callable[[str, dict, "dict | None", "dict | None"], list]

CHAIR_ROWS = (
    ("进社区“两委”", "two_committees"),
    ("　其中：进社区党组织", "party_org"),
    ("　其中：进居委会", "residents_committee"),
    ("社区党组织书记、居委会主任“一肩挑”", "one_shoulder"),
    ("45岁及以下", "age_45_or_under"),
    ("少数民族", "minority"),
)
ROLE_ROWS = (("　其中：主席", "主席"), ("　其中：副主席", "副主席"), ("　其中：兼职副主席", "兼职副主席"),
             ("　其中：其他执委", "执委"))
TWO_COMMITTEES_NAME, EXECUTIVES_NAME, TARGETS_NAME = "主席进两委", "执委情况", "目标完成情况"
FEDERATION_TABLE_NAMES = (TWO_COMMITTEES_NAME, EXECUTIVES_NAME, TARGETS_NAME)
TARGET_HEADERS = ["目标", "目标值", "实际", "是否达到", "未达到的社区"]
MET_TEXT = {True: "达到", False: "未达到", None: "尚无数据"}
# Drill categories (reports.federation_drill): the chairs' additions and every 执委.
CHAIR_PREFIX = "chair2:"
EXECUTIVE_PREFIX = "executive:"


def federation_tables(report: dict, row: Row, has_prev: bool, headers: list[str], decimals: int) -> list:
    prev = report.get("previous") or {}
    change = report.get("change") or {}
    chairs, pchairs = report["chairs"], prev.get("chairs")
    title = labels(FORM_FEDERATION).chair_title

    two = Table(f"{title}进社区“两委”情况", headers, name=TWO_COMMITTEES_NAME)
    for name, key in CHAIR_ROWS:
        two.rows.append(row(name, chairs[key], pchairs.get(key) if pchairs else None, change.get(key)))
    _mark(two, [CHAIR_PREFIX + key for _, key in CHAIR_ROWS], has_prev)

    ex = report["executives"]
    pex = prev.get("executives")
    cex = change.get("executives") or {}
    people = Table("执委情况", headers, name=EXECUTIVES_NAME)
    total_row: list[object] = ["执委总数（人）", ex["total"], ""]
    if has_prev:
        total_row += [pex["total"] if pex else "", "", _signed(cex["total"]) if "total" in cex else "", ""]
    people.rows.append(total_row)
    categories = [EXECUTIVE_PREFIX + "all"]
    previous_roles = mapped_roles(pex["roles"], FORM_FEDERATION) if pex else None
    for name, role in ROLE_ROWS:
        cur = _share(ex["roles"].get(role, 0), ex["total"], decimals)
        prv = _share(previous_roles[role], pex["total"], decimals) if pex else None
        people.rows.append(row(name, cur, prv, _change(cur, prv)))
        categories.append(f"{EXECUTIVE_PREFIX}role:{role}")
    figures = [("新当选", "new"), ("中共党员（含预备党员）", "party"), ("少数民族", "minority")]
    for name, key in figures:
        people.rows.append(row(name, ex[key], pex[key] if pex else None, cex.get(key)))
        categories.append(EXECUTIVE_PREFIX + key)
    for group, share in ex["education"].items():
        people.rows.append(row(group, share, pex["education"].get(group) if pex else None,
                               (cex.get("education") or {}).get(group)))
        categories.append(f"{EXECUTIVE_PREFIX}education:{group}")
    for band, share in ex["age_band"].items():
        people.rows.append(row(band, share, pex["age_band"].get(band) if pex else None,
                               (cex.get("age_band") or {}).get(band)))
        categories.append(f"{EXECUTIVE_PREFIX}age_band:{band}")
    people.rows.append(row("45岁及以下", ex["age_45_or_under"], pex["age_45_or_under"] if pex else None,
                           cex.get("age_45_or_under")))
    categories.append(EXECUTIVE_PREFIX + "age_45_or_under")
    mean_row: list[object] = ["平均年龄（岁）", ex["age_mean"] or "—", ""]
    if has_prev:
        mean_row += [(pex["age_mean"] or "—") if pex else "", "", _signed_text(cex["age_mean"]) if cex.get("age_mean") else "", ""]
    people.rows.append(mean_row)
    _mark(people, categories, has_prev)
    tables = [two, people]
    if report.get("targets"):
        tables.append(targets_table(report["targets"]))
    return tables


def targets_table(targets: list[dict]) -> Table:
    table = Table("目标完成情况", TARGET_HEADERS, name=TARGETS_NAME)
    for t in targets:
        missing = "、".join(t["missing"]) if t["missing"] else ("—" if t["met"] is not None else "")
        table.rows.append([t["name"], t["aim"] + "%", "—" if t["actual"] is None else t["actual"] + "%",
                           MET_TEXT[t["met"]], missing])
    return table


def _share(count: int, total: int, decimals: int) -> dict:
    return {"count": count, "pct": percent(count, total, decimals)}


def _change(cur: dict, prv: dict | None) -> dict | None:
    if prv is None:
        return None
    return {"count": cur["count"] - prv["count"], "pct_points": points(cur["pct"], prv["pct"])}
