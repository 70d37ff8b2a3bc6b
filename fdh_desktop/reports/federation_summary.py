"""The 基本情况 paragraph for a 妇联 term (DOMAIN.md Part 2), in the seed's style; a 妇代会 term
keeps Part 1's paragraph (summary.summary_text) word for word.

Input is the `stats --json` report with Part 2's keys merged in (federation_statistics.full_report
or extend_report). Numbers and comparisons are worded by summary.py's own helpers.
"""

from __future__ import annotations

from decimal import Decimal

from fdh_desktop.domain.organisation import FORM_FEDERATION, labels
from fdh_desktop.domain.posts import HIGHEST_ORDER
from fdh_desktop.domain.records import term_label
from fdh_desktop.reports.summary import _compare, _share, summary_text

_EDUCATION_NAMES = {"大专及以上": "大专及以上", "高中/中专": "高中、中专", "初中及以下": "初中及以下"}


def report_summary(report: dict, current_term: int | None = None) -> str:
    """The paragraph for the report's form: Part 2's for a 妇联 term, Part 1's otherwise."""
    if report.get("form") == FORM_FEDERATION:
        return federation_summary_text(report, current_term)
    return summary_text(report, current_term)


def _age_change(delta: str | None) -> str:
    if delta is None:
        return ""
    value = Decimal(delta)
    return "，与上届持平" if value == 0 else f"，比上届{'上升' if value > 0 else '下降'}{abs(value):f}岁"


def _count_change(n: int | None, unit: str) -> str:
    if n is None:
        return ""
    return "，与上届持平" if n == 0 else f"，比上届{'多' if n > 0 else '少'}{abs(n)}{unit}"


def federation_summary_text(report: dict, current_term: int | None = None) -> str:
    which = "本届" if current_term is None or report["term"] == current_term else term_label(report["term"])
    where = f"{report['street']}街道" if report.get("street") else "全区"
    names = labels(FORM_FEDERATION)
    cg = report["congresses"]
    parts = [
        f"{which}{where}应建{names.community_organisation}{cg['should_establish']}个，实建{cg['established']}个，"
        f"已完成换届{cg['completed']}个。"
    ]
    change = report.get("change") or {}
    chairs = report["chairs"]
    if chairs["total"]:
        parts += _chair_sentences(chairs, change, names.chair_title)
    else:
        parts.append(f"尚无{names.chair_title}的统计数据。")
    executives = report.get("executives")
    if executives and executives["total"]:
        parts += _executive_sentences(executives, change.get("executives") or {})
    parts.append(_representatives(report))
    return "".join(parts)


def _representatives(report: dict) -> str:
    """Part 1's sentence on the representatives (共选出妇女代表…), which reads the same for a 妇联."""
    text = summary_text(report)
    start = text.find("共选出妇女代表")
    return text[start:] if start >= 0 else ""


def _chair_sentences(chairs: dict, change: dict, title: str) -> list[str]:
    two = [
        _share("进社区“两委”", chairs["two_committees"], _compare(change.get("two_committees"))),
        _share("其中进社区党组织", chairs["party_org"]),
        _share("进居委会", chairs["residents_committee"]),
        _share("社区党组织书记、居委会主任“一肩挑”", chairs["one_shoulder"], _compare(change.get("one_shoulder"))),
    ]
    sentences = [f"{chairs['total']}名{title}中，" + "；".join(two) + "。"]
    posts = [_share(f"担任{name}", chairs["post"][name]) for name in HIGHEST_ORDER[:4] if chairs["post"][name]["count"]]
    posts.append(_share("担任重要职务的共", chairs["key_post"], _compare(change.get("key_post"))))
    sentences.append("按所任最高职务，" + "；".join(posts) + "。")
    sentences.append(_share(f"新任{title}", chairs["new"], _compare(change.get("new"))) + "。")
    band_change = change.get("age_band", {})
    bands = [_share(label, s, _compare(band_change.get(label), people=True)) for label, s in chairs["age_band"].items()]
    bands.append(_share("45岁及以下", chairs["age_45_or_under"], _compare(change.get("age_45_or_under"))))
    age = "年龄结构：" + "；".join(bands)
    if chairs["age_mean"] is not None:
        age += f"；平均年龄{chairs['age_mean']}岁{_age_change(change.get('age_mean'))}"
        age += f"；年龄最大{chairs['age_max']}岁，最小{chairs['age_min']}岁"
    sentences.append(age + "。")
    sentences.append(_share("中共党员", chairs["party"], _compare(change.get("party"))) + "；"
                     + _share("少数民族", chairs["minority"], _compare(change.get("minority"))) + "。")
    education_change = change.get("education", {})
    education = [_share(_EDUCATION_NAMES[g], s, _compare(education_change.get(g))) for g, s in chairs["education"].items()]
    sentences.append("文化程度：" + "；".join(education) + "。")
    return sentences


def _executive_sentences(ex: dict, change: dict) -> list[str]:
    roles = ex["roles"]
    head = f"共选出执委{ex['total']}名{_count_change(change.get('total'), '名')}"
    head += f"，其中主席{roles['主席']}名、副主席{roles['副主席']}名、兼职副主席{roles['兼职副主席']}名。"
    figures = [
        _share("新当选", ex["new"], _compare(change.get("new"))),
        _share("中共党员", ex["party"], _compare(change.get("party"))),
        _share("大专及以上", ex["education"]["大专及以上"], _compare((change.get("education") or {}).get("大专及以上"))),
        _share("45岁及以下", ex["age_45_or_under"], _compare(change.get("age_45_or_under"))),
        _share("少数民族", ex["minority"], _compare(change.get("minority"))),
    ]
    tail = "执委中，" + "；".join(figures)
    if ex["age_mean"] is not None:
        tail += f"；平均年龄{ex['age_mean']}岁{_age_change(change.get('age_mean'))}"
    return [head, tail + "。"]
