"""The statistics report as printable tables: plain rows of text, shared by terminal, PDF and Excel."""

from __future__ import annotations

import unicodedata

from fdh_desktop.domain.organisation import FORM_CONGRESS, FORM_FEDERATION, labels
from fdh_desktop.domain.records import term_label
from fdh_desktop.domain.rounding import percent

from .federation_tables import federation_tables
from .table_parts import Table, _mark, _signed, _signed_text

__all__ = ["ROUNDING_NOTE", "POST_ROW_LABELS", "Table", "format_text", "report_tables"]


POST_ROW_LABELS = {"其他": "其他职务", "无": "无职务"}

# The usual footnote of printed statistics tables (DOMAIN.md): totals are never forced to 100.
ROUNDING_NOTE = "注：合计数或相对数由于四舍五入产生的计算误差未作机械调整。"


def _pct(share: dict | None) -> str:
    if share is None or share.get("pct") is None:
        return "—"
    return share["pct"] + "%"


def _change_cells(change: dict | None) -> list[object]:
    if not change:
        return ["", ""]
    pts = change.get("pct_points")
    return [_signed(change["count"]), "" if pts is None else _signed_text(pts)]


def report_tables(report: dict, decimals: int = 1) -> list[Table]:
    """组建情况, 主任任职, 新任, 年龄结构, 中共党员, 文化程度, 代表结构 with 上届 and 比上届 columns."""
    prev = report.get("previous")
    change = report.get("change") or {}
    has_prev = prev is not None
    label = term_label(report["term"])
    headers = ["项目", f"{label}人数", "占比"]
    if has_prev:
        headers += ["上届人数", "上届占比", "增减人数", "增减百分点"]

    def row(name: str, cur: dict, prv: dict | None, chg: dict | None) -> list[object]:
        cells: list[object] = [name, cur["count"], _pct(cur)]
        if has_prev:
            cells += [prv["count"] if prv else "", _pct(prv) if prv else ""] + _change_cells(chg)
        return cells

    chairs = report["chairs"]
    pchairs = prev["chairs"] if prev else None
    cg = report["congresses"]
    tables: list[Table] = []
    names = labels(report.get("form") or FORM_CONGRESS)
    organisation_name, chair_title = names.community_organisation, names.chair_title

    organisation = Table("组建情况", ["项目", f"{label}数量", "比率"]
                         + (["上届数量", "上届比率", "增减数量"] if has_prev else []))
    pcg = prev["congresses"] if prev else None
    for name, key, rate in ((f"应建{organisation_name}（个）", "should_establish", False),
                            (f"实建{organisation_name}（个）", "established", True),
                            ("已完成换届（个）", "completed", True)):
        cells: list[object] = [name, cg[key], _rate(cg[key], cg["should_establish"], decimals) if rate else ""]
        if has_prev:
            cells += [pcg[key], _rate(pcg[key], pcg["should_establish"], decimals) if rate else "",
                      _signed(cg[key] - pcg[key])]
        organisation.rows.append(cells)
    chair_row: list[object] = [f"{chair_title}（人）", chairs["total"], ""]
    if has_prev:
        chair_row += [pchairs["total"], "", _signed(chairs["total"] - pchairs["total"])]
    organisation.rows.append(chair_row)
    _mark(organisation, ["should_establish", "established", "completed", "chairs"], has_prev)
    tables.append(organisation)

    posts = Table(f"{chair_title}任职情况", headers)
    for name, share in chairs["post"].items():
        posts.rows.append(row(POST_ROW_LABELS.get(name, f"担任{name}"), share, pchairs["post"][name] if pchairs else None, change.get("post", {}).get(name)))
    posts.rows.append(row("担任重要职务（合计）", chairs["key_post"], pchairs["key_post"] if pchairs else None, change.get("key_post")))
    posts.rows.append(row("新任", chairs["new"], pchairs["new"] if pchairs else None, change.get("new")))
    _mark(posts, [f"post:{p}" for p in chairs["post"]] + ["key_post", "new"], has_prev)
    tables.append(posts)

    ages = Table(f"{chair_title}年龄结构", headers)
    for band, share in chairs["age_band"].items():
        p = pchairs["age_band"].get(band) if pchairs else None
        ages.rows.append(row(band, share, p, change.get("age_band", {}).get(band)))
    blank = ["", "", "", ""] if has_prev else []
    mean_row: list[object] = ["平均年龄（岁）", chairs["age_mean"] or "—", ""]
    if has_prev:
        mean_row += [pchairs["age_mean"] or "—", "", "", ""]
    ages.rows.append(mean_row)
    if has_prev and change.get("age_mean"):
        # A change in years is no percentage point: it gets its own row, in 岁.
        ages.rows.append(["平均年龄比上届增减（岁）", _signed_text(change["age_mean"]), ""] + blank)
    ages.rows.append(["年龄最大 / 最小（岁）", f"{chairs['age_max'] or '—'} / {chairs['age_min'] or '—'}", ""] + blank)
    _mark(ages, [f"age_band:{b}" for b in chairs["age_band"]], has_prev)
    tables.append(ages)

    quality = Table(f"{chair_title}政治面貌与文化程度", headers)
    quality.rows.append(row("中共党员（含预备党员）", chairs["party"], pchairs["party"] if pchairs else None, change.get("party")))
    for group, share in chairs["education"].items():
        quality.rows.append(row(group, share, pchairs["education"][group] if pchairs else None, change.get("education", {}).get(group)))
    for name, share in chairs["education_detail"].items():
        quality.rows.append(row(f"　其中：{name}", share, pchairs["education_detail"].get(name) if pchairs else None, None))
    _mark(quality, ["party"] + [f"education:{g}" for g in chairs["education"]]
          + [f"education_detail:{e}" for e in chairs["education_detail"]], has_prev)
    tables.append(quality)

    reps = report["representatives"]
    representation = Table("代表结构", ["项目", "人数", "占比"])
    representation.rows = [
        ["妇女代表总数", reps["total"], ""],
        ["社区单位代表", reps["community_units"]["count"], _pct(reps["community_units"])],
        ["外来人员代表", reps["migrants"]["count"], _pct(reps["migrants"])],
    ]
    _mark(representation, ["reps_total", "reps_units", "reps_migrants"], False)
    tables.append(representation)
    if report.get("form") == FORM_FEDERATION:
        tables[4:4] = federation_tables(report, row, has_prev, headers, decimals)
    return tables


def _rate(count: int, total: int, decimals: int) -> str:
    value = percent(count, total, decimals)
    return "—" if value is None else value + "%"


def format_text(tables: list[Table], note: str | None = ROUNDING_NOTE) -> str:
    """Plain text for a terminal, columns aligned by display width (CJK counts double), then the note."""
    out: list[str] = []
    for table in tables:
        rows = [table.headers] + [[str(c) for c in r] for r in table.rows]
        widths = [max(_width(r[i]) for r in rows if i < len(r)) for i in range(len(table.headers))]
        out.append(f"【{table.title}】")
        for r in rows:
            out.append("  ".join(_pad(c, w, i == 0) for i, (c, w) in enumerate(zip(r, widths))).rstrip())
        out.append("")
    if note:
        out.append(note)
    return "\n".join(out)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, left: bool) -> str:
    space = " " * (width - _width(text))
    return text + space if left else space + text
