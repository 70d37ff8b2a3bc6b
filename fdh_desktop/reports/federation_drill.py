"""The people behind a figure of a 妇联 term's tables (reports.federation_tables): the chairs'
两委 figures ("chair2:two_committees") and every 执委 ("executive:party", "executive:role:副主席").

Rows are the Store's people_details; they are filtered with the rules federation_counts counts by.
"""

from __future__ import annotations

from fdh_desktop.domain import organisation as org
from fdh_desktop.domain import vocab
from fdh_desktop.domain.federation_statistics import YOUNG_AGE
from fdh_desktop.domain.statistics import age_band_labels, band_index

from .federation_tables import CHAIR_PREFIX, EXECUTIVE_PREFIX

_CHAIR_NAMES = {
    "two_committees": "进社区“两委”的妇联主席", "party_org": "进社区党组织的妇联主席",
    "residents_committee": "进居委会的妇联主席", "one_shoulder": "“一肩挑”的妇联主席",
    "age_45_or_under": "45岁及以下的妇联主席", "minority": "少数民族妇联主席",
}
_EXECUTIVE_NAMES = {
    "all": "执委", "new": "新当选执委", "party": "中共党员（含预备党员）执委", "minority": "少数民族执委",
    "age_45_or_under": "45岁及以下执委",
}


def is_people_category(category: str) -> bool:
    return category.startswith((CHAIR_PREFIX, EXECUTIVE_PREFIX))


def describe_people(category: str) -> str:
    if category.startswith(CHAIR_PREFIX):
        return _CHAIR_NAMES[category.removeprefix(CHAIR_PREFIX)]
    kind, _, value = category.removeprefix(EXECUTIVE_PREFIX).partition(":")
    if kind == "role":
        return "执委中的" + value if value != org.ROLE_EXECUTIVE else "执委（不含主席、副主席）"
    if kind == "education":
        return f"文化程度为{value}的执委"
    if kind == "age_band":
        return f"{value}的执委"
    return _EXECUTIVE_NAMES[kind]


def _matches(kind: str, value: str, row: dict, bounds: tuple[int, ...]) -> bool:
    age = row["age"]
    tests = {
        "all": lambda: True,
        "new": lambda: bool(row["is_new"]),
        "party": lambda: row["political"] in vocab.PARTY,
        "minority": lambda: bool(row["minority"]),
        "age_45_or_under": lambda: age is not None and age <= YOUNG_AGE,
        "two_committees": lambda: bool(row["party_org"] or row["residents"]),
        "party_org": lambda: bool(row["party_org"]),
        "residents_committee": lambda: bool(row["residents"]),
        "one_shoulder": lambda: bool(row["one_shoulder"]),
        "education": lambda: row["education"] in vocab.EDUCATION_GROUPS.get(value, ()),
        "age_band": lambda: age is not None and age_band_labels(bounds)[band_index(age, bounds)] == value,
    }
    return tests[kind]()


def filter_people(category: str, rows: list[dict], bounds: tuple[int, ...], form: str) -> list[dict]:
    """The rows behind `category`; chairs' figures keep the chairs only."""
    if category.startswith(CHAIR_PREFIX):
        key = category.removeprefix(CHAIR_PREFIX)
        return [r for r in rows if org.is_chair(r["role"]) and _matches(key, "", r, bounds)]
    kind, _, value = category.removeprefix(EXECUTIVE_PREFIX).partition(":")
    if kind == "role":
        return [r for r in rows if org.role_in_form(r["role"], form) == value]
    return [r for r in rows if _matches(kind, value, r, bounds)]
