"""The 基本情况 paragraph of the year's work summary, generated from the statistics report."""

from __future__ import annotations

from decimal import Decimal

from fdh_desktop.domain.records import term_label

from .naming import street_place


def _compare(change: dict | None, people: bool = False) -> str:
    """'，比上届少7人、降低6.8个百分点' from a change; '' when there is nothing to compare."""
    if not change:
        return ""
    clauses = []
    if people:
        n = change["count"]
        clauses.append("人数相同" if n == 0 else f"{'多' if n > 0 else '少'}{abs(n)}人")
    if change.get("pct_points") is not None:
        value = Decimal(change["pct_points"])
        clauses.append("占比持平" if value == 0 else f"{'提高' if value > 0 else '降低'}{abs(value):f}个百分点")
    if not clauses:
        return ""
    if clauses in (["占比持平"], ["人数相同", "占比持平"]):
        return "，与上届持平"
    return "，比上届" + "、".join(clauses)


def _share(label: str, share: dict, suffix: str = "") -> str:
    if share["pct"] is None:
        return f"{label}{share['count']}人"
    return f"{label}{share['count']}人，占{share['pct']}%{suffix}"


def summary_text(report: dict, current_term: int | None = None) -> str:
    """The paragraph in the seed's style, with every comparison the figures allow."""
    which = "本届" if current_term is None or report["term"] == current_term else term_label(report["term"])
    where = street_place(report["street"]) if report.get("street") else "全区"
    cg = report["congresses"]
    chairs = report["chairs"]
    change = report.get("change") or {}
    total = chairs["total"]

    parts = [
        f"{which}{where}应建社区妇代会{cg['should_establish']}个，实建{cg['established']}个，"
        f"已完成换届{cg['completed']}个。"
    ]
    if total == 0:
        parts.append("尚无妇代会主任的统计数据。")
        return "".join(parts)

    posts = [
        _share(f"担任{name}", chairs["post"][name])
        for name in ("居委会主任", "居委会副主任", "社区党组织书记", "社区党组织副书记")
        if chairs["post"][name]["count"]
    ]
    others = total - chairs["key_post"]["count"] - _unknown_posts(chairs)
    posts.append(_share("担任重要职务的共", chairs["key_post"], _compare(change.get("key_post"))))
    if others:
        posts.append(f"其他{others}人")
    parts.append(f"{total}名妇代会主任中，" + "；".join(posts) + "。")

    parts.append(_share("新任妇代会主任", chairs["new"], _compare(change.get("new"))) + "。")

    bands = []
    band_change = change.get("age_band", {})
    for label, share in chairs["age_band"].items():
        c = band_change.get(label)
        bands.append(_share(label, share, _compare(c, people=True)))
    age = "年龄结构：" + "；".join(bands)
    if chairs["age_mean"] is not None:
        age += f"；平均年龄{chairs['age_mean']}岁"
        if change.get("age_mean") is not None:
            delta = Decimal(change["age_mean"])
            if delta == 0:
                age += "，与上届持平"
            else:
                age += f"，比上届{'上升' if delta > 0 else '下降'}{abs(delta):f}岁"
        age += f"；年龄最大{chairs['age_max']}岁，最小{chairs['age_min']}岁"
    parts.append(age + "。")

    parts.append(_share("中共党员", chairs["party"], _compare(change.get("party"))) + "。")

    education_change = change.get("education", {})
    names = {"大专及以上": "大专及以上", "高中/中专": "高中、中专", "初中及以下": "初中及以下"}
    education = [
        _share(names[g], s, _compare(education_change.get(g))) for g, s in chairs["education"].items()
    ]
    parts.append("文化程度：" + "；".join(education) + "。")

    reps = report["representatives"]
    if reps["total"]:
        units, migrants = reps["community_units"], reps["migrants"]
        parts.append(
            f"共选出妇女代表{reps['total']}名，其中社区单位代表{units['count']}名，占{units['pct']}%；"
            f"外来人员代表{migrants['count']}名，占{migrants['pct']}%。"
        )
    return "".join(parts)


def _unknown_posts(chairs: dict) -> int:
    """Chairs whose 居委会任职 is not recorded (not counted as 其他)."""
    return chairs["total"] - sum(s["count"] for s in chairs["post"].values())
