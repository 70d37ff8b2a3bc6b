"""Per-street tables: one row per street and 合计, counts and shares, last term beside.

Each table is a list of column specs read from the street's statistics report (the `stats
--json` shape), so every figure here is one the JSON also states.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fdh_desktop.domain import vocab
from fdh_desktop.domain.organisation import FORM_CONGRESS, FORM_FEDERATION, labels
from fdh_desktop.domain.records import term_label
from fdh_desktop.domain.rounding import percent

from .drill import Drill
from .tables import Table

SUMMARY_NAME = "统计总表"
PCT = "占比（%）"
COUNT = "人数"
DASH = "—"


@dataclass(frozen=True)
class StreetRow:
    street_id: int | None  # None: 合计 (the whole district)
    name: str
    report: dict


@dataclass(frozen=True)
class Col:
    group: str  # upper header; "" for a column whose header takes both rows
    header: str
    value: Callable[[dict], object]  # from a report; may raise KeyError/TypeError when absent
    drill: str | None = None
    previous: bool = False


def _share_pct(share: dict | None) -> str:
    if not share or share.get("pct") is None:
        return DASH
    return share["pct"]


def _signed(n: int) -> str:
    return f"+{n}" if n > 0 else str(n)


def _signed_text(text: str | None) -> str:
    if text is None:
        return DASH
    return text if text.startswith("-") or set(text) <= {"0", "."} else "+" + text


def _rate(count: int, total: int, decimals: int) -> str:
    return percent(count, total, decimals) or DASH


def _prev(report: dict) -> dict:
    if report.get("previous") is None:
        raise KeyError("previous")
    return report["previous"]


def _chg(report: dict) -> dict:
    if report.get("change") is None:
        raise KeyError("change")
    return report["change"]


def _build(title: str, cols: list[Col], streets: list[StreetRow], paper: str = "A4",
           unit: str = "单位：人、%") -> Table:
    table = Table(title, [c.header for c in cols], unit=unit, paper=paper)
    table.header_groups = _groups(cols)
    for r, street in enumerate(streets):
        cells: list[object] = []
        for c, col in enumerate(cols):
            try:
                value = col.value(street.report)
            except (KeyError, TypeError):
                value = ""
            cells.append(value)
            if col.drill and value not in ("", DASH):
                table.drill[(r, c)] = Drill(col.drill, street.street_id, col.previous)
        table.rows.append(cells)
    return table


def _groups(cols: list[Col]) -> list[tuple[str, int]]:
    groups: list[tuple[str, int]] = []
    for col in cols:
        if col.group and groups and groups[-1][0] == col.group:
            groups[-1] = (col.group, groups[-1][1] + 1)
        else:
            groups.append((col.group, 1))
    return groups


def _share_cols(group: str, get: Callable[[dict], dict], drill: str | None, previous: bool = False) -> list[Col]:
    return [
        Col(group, COUNT, lambda r: get(r)["count"], drill, previous),
        Col(group, PCT, lambda r: _share_pct(get(r))),
    ]


def _change_cols(group: str, get: Callable[[dict], dict]) -> list[Col]:
    return [
        Col(group, "增减人数", lambda r: _signed(get(r)["count"])),
        Col(group, "增减百分点", lambda r: _signed_text(get(r)["pct_points"])),
    ]


def _previous_chair_cols(share_group: str, change_group: str, key: str) -> list[Col]:
    """The 上届 count and share of one chair statistic, and its change since (比上届)."""
    return (_share_cols(share_group, lambda r: _prev(r)["chairs"][key], key, True)
            + _change_cols(change_group, lambda r: _chg(r)[key]))


def street_tables(streets: list[StreetRow], decimals: int = 1) -> list[Table]:
    """The wide summary table (A3) and one table per topic, each with 上届 and 比上届 columns."""
    if not streets:
        return []
    first = streets[-1].report
    label = term_label(first["term"])
    form = first.get("form") or FORM_CONGRESS
    names = labels(form)
    organisation, chair_title = names.community_organisation, names.chair_title
    has_prev = any(s.report.get("previous") is not None for s in streets)
    bands = list(first["chairs"]["age_band"])
    groups = list(vocab.EDUCATION_GROUPS)
    street = Col("", "街道", lambda r: "")
    chairs = Col("", f"{names.chair}（人）", lambda r: r["chairs"]["total"], "chairs")
    prev_label = "上届"
    tables = [summary_table(streets, decimals)]

    cols = [street,
            Col("", "应建（个）", lambda r: r["congresses"]["should_establish"], "should_establish"),
            Col("", "实建（个）", lambda r: r["congresses"]["established"], "established"),
            Col("", "建立率（%）", lambda r: _rate(r["congresses"]["established"], r["congresses"]["should_establish"], decimals)),
            Col("", "已完成换届（个）", lambda r: r["congresses"]["completed"], "completed"),
            Col("", "完成率（%）", lambda r: _rate(r["congresses"]["completed"], r["congresses"]["should_establish"], decimals))]
    if has_prev:
        cols += [
            Col(prev_label, "应建（个）", lambda r: _prev(r)["congresses"]["should_establish"], "should_establish", True),
            Col(prev_label, "实建（个）", lambda r: _prev(r)["congresses"]["established"], "established", True),
            Col(prev_label, "建立率（%）", lambda r: _rate(_prev(r)["congresses"]["established"],
                                                        _prev(r)["congresses"]["should_establish"], decimals)),
            Col("比上届", "实建增减（个）", lambda r: _signed(r["congresses"]["established"] - _prev(r)["congresses"]["established"])),
        ]
    tables.append(_build(f"{organisation}组建情况（分街道，{label}）", cols, streets, unit="单位：个、%"))

    cols = [street, chairs]
    for post in vocab.POSTS:
        name = {"其他": "其他职务", "无": "无职务"}.get(post, post)
        cols += _share_cols(name, lambda r, p=post: r["chairs"]["post"][p], f"post:{post}")
    cols += _share_cols("担任重要职务", lambda r: r["chairs"]["key_post"], "key_post")
    if has_prev:
        cols += _previous_chair_cols("上届担任重要职务", "比上届", "key_post")
    tables.append(_build(f"{chair_title}任职情况（分街道，{label}）", cols, streets, paper="A3"))

    cols = [street, chairs]
    cols += _share_cols("新任", lambda r: r["chairs"]["new"], "new")
    cols += [
        Col("连任", COUNT, lambda r: r["chairs"]["total"] - r["chairs"]["new"]["count"], "continuing"),
        Col("连任", PCT, lambda r: _rate(r["chairs"]["total"] - r["chairs"]["new"]["count"], r["chairs"]["total"], decimals)),
    ]
    if has_prev:
        cols += _previous_chair_cols("上届新任", "新任比上届", "new")
    tables.append(_build(f"{chair_title}新任与连任情况（分街道，{label}）", cols, streets))

    cols = [street, chairs]
    for band in bands:
        cols += _share_cols(band, lambda r, b=band: r["chairs"]["age_band"][b], f"age_band:{band}")
    cols += [
        Col("", "平均年龄（岁）", lambda r: r["chairs"]["age_mean"] or DASH),
        Col("", "最大（岁）", lambda r: r["chairs"]["age_max"] if r["chairs"]["age_max"] is not None else DASH, "age_max"),
        Col("", "最小（岁）", lambda r: r["chairs"]["age_min"] if r["chairs"]["age_min"] is not None else DASH, "age_min"),
    ]
    if has_prev:
        cols.append(Col("", "上届平均年龄（岁）", lambda r: _prev(r)["chairs"]["age_mean"] or DASH))
        cols.append(Col("比上届", "平均年龄增减（岁）", lambda r: _signed_text(_chg(r)["age_mean"])))
        for band in bands:
            cols.append(Col("比上届", f"{band}增减百分点", lambda r, b=band: _signed_text(_chg(r)["age_band"][b]["pct_points"])))
    tables.append(_build(f"{chair_title}年龄结构（分街道，{label}）", cols, streets, unit="单位：人、岁、%"))

    cols = [street, chairs]
    cols += _share_cols("中共党员（含预备党员）", lambda r: r["chairs"]["party"], "party")
    if has_prev:
        cols += _previous_chair_cols("上届中共党员", "比上届", "party")
    tables.append(_build(f"{chair_title}中共党员情况（分街道，{label}）", cols, streets))

    cols = [street, chairs]
    for group in groups:
        cols += _share_cols(group, lambda r, g=group: r["chairs"]["education"][g], f"education:{group}")
    if has_prev:
        for group in groups:
            cols.append(Col("上届占比（%）", group, lambda r, g=group: _share_pct(_prev(r)["chairs"]["education"][g])))
        for group in groups:
            cols.append(Col("比上届增减百分点", group, lambda r, g=group: _signed_text(_chg(r)["education"][g]["pct_points"])))
    tables.append(_build(f"{chair_title}文化程度（分街道，{label}）", cols, streets))

    cols = [street, chairs]
    for level in vocab.EDUCATION:
        cols += _share_cols(level, lambda r, e=level: r["chairs"]["education_detail"][e], f"education_detail:{level}")
    tables.append(_build(f"{chair_title}文化程度明细（分街道，{label}）", cols, streets))

    cols = [street,
            Col("", "妇女代表（人）", lambda r: r["representatives"]["total"], "reps_total")]
    cols += _share_cols("社区单位代表", lambda r: r["representatives"]["community_units"], "reps_units")
    cols += _share_cols("外来人员代表", lambda r: r["representatives"]["migrants"], "reps_migrants")
    if has_prev:
        cols += [
            Col("上届", "妇女代表（人）", lambda r: _prev(r)["representatives"]["total"], "reps_total", True),
            Col("上届", "社区单位占比（%）", lambda r: _share_pct(_prev(r)["representatives"]["community_units"])),
            Col("上届", "外来人员占比（%）", lambda r: _share_pct(_prev(r)["representatives"]["migrants"])),
        ]
    tables.append(_build(f"{organisation}妇女代表结构（分街道，{label}）", cols, streets))
    if form == FORM_FEDERATION:
        tables += federation_street_tables(streets, label, has_prev)

    for table in tables[1:]:
        table.name = _topic(table.title)
    for table in tables:
        for r, s in enumerate(streets):
            table.rows[r][0] = s.name
    return tables


def _topic(title: str) -> str:
    """妇代会主任年龄结构（分街道，第六届） → 年龄结构."""
    for prefix in ("社区妇代会", "妇代会主任", "妇代会", "社区妇联", "妇联主席", "妇联"):
        if title.startswith(prefix):
            title = title[len(prefix):]
            break
    return title.split("（")[0]


def summary_table(streets: list[StreetRow], decimals: int = 1) -> Table:
    """The one wide table a district hands in: every street on a row, every topic across (A3)."""
    first = streets[-1].report
    district = first["district"]
    names = labels(first.get("form") or FORM_CONGRESS)
    cols = [
        Col("", "街道", lambda r: ""),
        Col("", "应建（个）", lambda r: r["congresses"]["should_establish"], "should_establish"),
        Col("", "实建（个）", lambda r: r["congresses"]["established"], "established"),
        Col("", "已完成换届（个）", lambda r: r["congresses"]["completed"], "completed"),
        Col("", f"{names.chair}（人）", lambda r: r["chairs"]["total"], "chairs"),
    ]
    cols += _share_cols("担任重要职务", lambda r: r["chairs"]["key_post"], "key_post")
    cols += _share_cols("新任", lambda r: r["chairs"]["new"], "new")
    for band in first["chairs"]["age_band"]:
        cols += _share_cols(band, lambda r, b=band: r["chairs"]["age_band"][b], f"age_band:{band}")
    cols.append(Col("", "平均年龄（岁）", lambda r: r["chairs"]["age_mean"] or DASH))
    cols += _share_cols("中共党员", lambda r: r["chairs"]["party"], "party")
    for group in vocab.EDUCATION_GROUPS:
        cols += _share_cols(group, lambda r, g=group: r["chairs"]["education"][g], f"education:{group}")
    if first.get("form") == FORM_FEDERATION:
        cols += _share_cols("进两委", lambda r: r["chairs"]["two_committees"], "chair2:two_committees")
        cols += _share_cols("一肩挑", lambda r: r["chairs"]["one_shoulder"], "chair2:one_shoulder")
        cols.append(Col("", "执委（人）", lambda r: r["executives"]["total"], "executive:all"))
    table = _build(f"{district}{names.community_organisation}换届选举情况统计表（{term_label(first['term'])}）", cols, streets,
                   paper="A3", unit="单位：个、人、岁、%")
    table.name = SUMMARY_NAME
    for r, s in enumerate(streets):
        table.rows[r][0] = s.name
    return table


def federation_street_tables(streets: list[StreetRow], label: str, has_prev: bool) -> list[Table]:
    """A 妇联 term's two more tables by street: the chairs in the 两委, and the 执委."""
    chairs = Col("", "主席（人）", lambda r: r["chairs"]["total"], "chairs")
    cols = [Col("", "街道", lambda r: ""), chairs]
    for name, key in (("进两委", "two_committees"), ("进党组织", "party_org"), ("进居委会", "residents_committee"),
                      ("一肩挑", "one_shoulder"), ("45岁及以下", "age_45_or_under"), ("少数民族", "minority")):
        cols += _share_cols(name, lambda r, k=key: r["chairs"][k], f"chair2:{key}")
    if has_prev:
        cols.append(Col("比上届", "进两委增减百分点", lambda r: _signed_text(_chg(r)["two_committees"]["pct_points"])))
    tables = [_build(f"妇联主席进社区“两委”情况（分街道，{label}）", cols, streets, paper="A3")]
    cols = [Col("", "街道", lambda r: ""), Col("", "执委（人）", lambda r: r["executives"]["total"], "executive:all")]
    for role in ("主席", "副主席", "兼职副主席"):
        cols.append(Col("", f"{role}（人）", lambda r, x=role: r["executives"]["roles"].get(x, 0), f"executive:role:{role}"))
    for name, key in (("新当选", "new"), ("中共党员", "party"), ("45岁及以下", "age_45_or_under"), ("少数民族", "minority")):
        cols += _share_cols(name, lambda r, k=key: r["executives"][k], f"executive:{key}")
    cols += _share_cols("大专及以上", lambda r: r["executives"]["education"]["大专及以上"], "executive:education:大专及以上")
    cols.append(Col("", "平均年龄（岁）", lambda r: r["executives"]["age_mean"] or DASH))
    tables.append(_build(f"执委情况（分街道，{label}）", cols, streets, paper="A3"))
    return tables
