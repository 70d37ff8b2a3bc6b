"""上届基数: the published figures of a term whose member records were never entered.

A clerk copies them from last term's summary (应建 110, 担任居委会主任 37人, 35岁及以下 18人, ...)
so that this term can still be compared. Records win: figures are used only for a scope whose
term has no member records. The whole district falls back to the sum of the streets' figures
when only streets were entered.
"""

from __future__ import annotations

from dataclasses import dataclass

from fdh_desktop.domain import vocab
from fdh_desktop.domain.statistics import Counts, age_band_labels
from fdh_desktop.storage import Store, StoreError

from .changes import Changes

# The mean age is not a count: it is kept in tenths of a year so that 42.9 survives exactly.
AGE_MEAN_KEY = "age_mean_x10"


@dataclass(frozen=True)
class BaselineField:
    key: str
    label: str
    group: str
    unit: str = "人"


def baseline_fields(bounds: tuple[int, ...]) -> list[BaselineField]:
    """Every figure the dialog asks for, in the order of the printed tables."""
    fields = [
        BaselineField("should_establish", "应建社区妇代会", "组建情况", "个"),
        BaselineField("established", "实建社区妇代会", "组建情况", "个"),
        BaselineField("completed", "已完成换届", "组建情况", "个"),
        BaselineField("chairs", "妇代会主任", "主任人数"),
    ]
    fields += [BaselineField(f"post:{p}", _post_label(p), "主任任职") for p in vocab.POSTS]
    fields.append(BaselineField("new", "新任", "新任"))
    fields += [BaselineField(f"age_band:{label}", label, "年龄结构") for label in age_band_labels(bounds)]
    fields += [
        BaselineField(AGE_MEAN_KEY, "平均年龄", "年龄结构", "岁"),
        BaselineField("age_max", "年龄最大", "年龄结构", "岁"),
        BaselineField("age_min", "年龄最小", "年龄结构", "岁"),
        BaselineField("party", "中共党员（含预备党员）", "政治面貌"),
    ]
    fields += [BaselineField(f"education:{g}", g, "文化程度") for g in vocab.EDUCATION_GROUPS]
    fields += [
        BaselineField("reps_total", "妇女代表总数", "代表结构"),
        BaselineField("reps_units", "社区单位代表", "代表结构"),
        BaselineField("reps_migrants", "外来人员代表", "代表结构"),
    ]
    return fields


def _post_label(post: str) -> str:
    return {"其他": "其他职务", "无": "无职务"}.get(post, f"担任{post}")


def counts_from_baselines(values: dict[str, int], bounds: tuple[int, ...]) -> Counts:
    """Counts as the statistics engine takes them. Figures not entered count as 0.

    Only education groups are published, so each group's count is put on its first level; the
    report marks such a term (reports.report.SOURCE_BASELINES) and drops its education details.
    """
    counts = Counts(age_bands=[values.get(f"age_band:{label}", 0) for label in age_band_labels(bounds)])
    counts.should_establish = values.get("should_establish", 0)
    counts.established = values.get("established", 0)
    counts.completed = values.get("completed", 0)
    counts.post = {p: values.get(f"post:{p}", 0) for p in vocab.POSTS}
    counts.new = values.get("new", 0)
    counts.party = values.get("party", 0)
    counts.education = dict.fromkeys(vocab.EDUCATION, 0)
    for group, levels in vocab.EDUCATION_GROUPS.items():
        counts.education[levels[0]] = values.get(f"education:{group}", 0)
    if AGE_MEAN_KEY in values:
        counts.age_sum, counts.age_known = values[AGE_MEAN_KEY], 10
    counts.age_max = values.get("age_max")
    counts.age_min = values.get("age_min")
    counts.reps_total = values.get("reps_total", 0)
    counts.reps_units = values.get("reps_units", 0)
    counts.reps_migrants = values.get("reps_migrants", 0)
    counts.chairs = values.get("chairs") or max(
        sum(counts.post.values()), sum(counts.age_bands), sum(counts.education.values())
    )
    return counts


def scope_baselines(store: Store, term: int, street_id: int | None) -> dict[str, int]:
    """The figures of a scope; for the district, the sum of the streets' when it has none itself."""
    if street_id is not None:
        return store.baselines(term, street_id)
    scopes = store.baselines_by_scope(term)
    if None in scopes:
        return scopes[None]
    total: dict[str, int] = {}
    for values in scopes.values():
        for key, count in values.items():
            if key in (AGE_MEAN_KEY, "age_max", "age_min"):
                continue  # a mean or an extreme does not add up across streets
            total[key] = total.get(key, 0) + count
    return total


def baseline_counts(store: Store, term: int, street_id: int | None, bounds: tuple[int, ...]) -> Counts | None:
    values = scope_baselines(store, term, street_id)
    return counts_from_baselines(values, bounds) if values else None


def save_baselines(store: Store, term: int, street: str | None, values: dict[str, int]) -> bool:
    """Store the figures of last term (`term`) for the district (street None) or one street."""
    if term < 1:
        raise StoreError("届次应为不小于1的整数")
    known = {f.key for f in baseline_fields(tuple(store.settings().age_bands))}
    unknown = sorted(set(values) - known)
    if unknown:
        raise StoreError(f"不认识的上届基数项目：{'、'.join(unknown)}")
    street_id = store.require_street(street).id if street else None
    return store.save_baselines(term, street_id, values)


def load_baselines(store: Store, term: int, street: str | None) -> dict[str, int]:
    street_id = store.require_street(street).id if street else None
    return store.baselines(term, street_id)


def fields_of(store: Store) -> list[BaselineField]:
    """The figures asked for in this district (its own age bands)."""
    return baseline_fields(tuple(store.settings().age_bands))


def has_records(store: Store, term: int, street: str | None) -> bool:
    """Whether the scope has member records for the term: then they win over 上届基数."""
    street_id = store.require_street(street).id if street else None
    return store.has_members(term, street_id)


def save_baselines_by_scope(store: Store, term: int, figures: dict[str | None, dict[str, int]]) -> Changes:
    """The 上届基数 of several scopes (None: the district) as one action; unchanged scopes untouched."""
    changed = {street: values for street, values in figures.items() if values != load_baselines(store, term, street)}
    if not changed:
        return Changes()
    with store.write("save_baselines", f"第{term}届上届基数"):
        for street, values in changed.items():
            save_baselines(store, term, street, values)
    return Changes(baselines=True)
