"""The records behind one figure: which chairs or congresses a count of a table is made of.

A table cell carries a Drill; the store's detail rows (storage.baselines chair_details and
congress_details) are filtered here with the same rules the SQL counts use, so a clerk can check
any figure against the people.
"""

from __future__ import annotations

from dataclasses import dataclass

from fdh_desktop.domain import vocab
from fdh_desktop.domain.statistics import age_band_labels, band_index


@dataclass(frozen=True)
class Drill:
    """A figure's records: `category` in a scope (street_id None: the table's own scope) and term."""

    category: str
    street_id: int | None = None
    previous: bool = False


CONGRESS_CATEGORIES = {
    "should_establish": "应建社区妇代会",
    "established": "实建社区妇代会",
    "not_established": "应建未建的社区",
    "completed": "已完成换届的妇代会",
    "not_completed": "已建立、未完成换届的妇代会",
    "no_chair": "已完成换届但主任人数不是1人的妇代会",
    "not_chaired": "已建立但没有主任记录的妇代会",
    "reps_total": "妇女代表（按社区）",
    "reps_units": "社区单位代表（按社区）",
    "reps_migrants": "外来人员代表（按社区）",
}


def is_congress_category(category: str) -> bool:
    return category in CONGRESS_CATEGORIES


def describe(category: str) -> str:
    """A Chinese heading for the list of records behind a figure."""
    if category in CONGRESS_CATEGORIES:
        return CONGRESS_CATEGORIES[category]
    kind, _, value = category.partition(":")
    fixed = {
        "chairs": "妇代会主任",
        "key_post": "担任重要职务的主任",
        "post_missing": "未填居委会任职的主任",
        "new": "新任主任",
        "continuing": "连任主任",
        "age_missing": "缺出生日期（无法计算年龄）的主任",
        "age_max": "年龄最大的主任",
        "age_min": "年龄最小的主任",
        "party": "中共党员（含预备党员）主任",
        "education_missing": "未填文化程度的主任",
    }
    if kind in fixed:
        return fixed[kind]
    if kind == "post":
        return {"其他": "居委会任职为其他的主任", "无": "不在居委会任职的主任"}.get(value, f"担任{value}的主任")
    if kind == "age_band":
        return f"{value}的主任"
    if kind in ("education", "education_detail"):
        return f"文化程度为{value}的主任"
    return category


def congress_matches(category: str, row: dict) -> bool:
    established = row["established"] == 1
    if category == "should_establish":
        return row["should_establish"] == 1
    if category == "established":
        return established
    if category == "not_established":
        return row["should_establish"] == 1 and not established
    if category == "completed":
        return established and row["progress"] == vocab.PROGRESS_COMPLETED
    if category == "not_completed":
        return established and row["progress"] != vocab.PROGRESS_COMPLETED
    if category == "no_chair":
        return established and row["progress"] == vocab.PROGRESS_COMPLETED and row["chairs"] != 1
    if category == "not_chaired":
        return established and row["chairs"] == 0
    if category.startswith("reps_"):
        return established and bool(row[category])
    raise ValueError(category)


def chair_matches(category: str, row: dict, bounds: tuple[int, ...], extremes: tuple[int, int] | None = None) -> bool:
    kind, _, value = category.partition(":")
    age = row["age"]
    if kind == "chairs":
        return True
    if kind == "post":
        return row["rc_post"] == value
    if kind == "key_post":
        return row["rc_post"] in vocab.KEY_POSTS
    if kind == "post_missing":
        return row["rc_post"] is None
    if kind == "new":
        return bool(row["is_new"])
    if kind == "continuing":
        return not row["is_new"]
    if kind == "age_band":
        return age is not None and age_band_labels(bounds)[band_index(age, bounds)] == value
    if kind == "age_missing":
        return age is None
    if kind in ("age_max", "age_min"):
        if extremes is None or age is None:
            return False
        return age == (extremes[1] if kind == "age_max" else extremes[0])
    if kind == "party":
        return row["political"] in vocab.PARTY
    if kind == "education":
        return row["education"] in vocab.EDUCATION_GROUPS[value]
    if kind == "education_detail":
        return row["education"] == value
    if kind == "education_missing":
        return row["education"] is None
    raise ValueError(category)


def filter_rows(category: str, rows: list[dict], bounds: tuple[int, ...]) -> list[dict]:
    """The detail rows behind `category` (chair rows or congress rows, as the category needs)."""
    if is_congress_category(category):
        return [r for r in rows if congress_matches(category, r)]
    ages = [r["age"] for r in rows if r["age"] is not None]
    extremes = (min(ages), max(ages)) if ages else None
    return [r for r in rows if chair_matches(category, r, bounds, extremes)]
