"""The district's target checks (目标设置): read with the defaults a district expects, checked and
saved as one action. The figures themselves come from domain.federation_statistics."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from fdh_desktop.domain.federation_statistics import MEASURES, Target, measure_label
from fdh_desktop.domain.organisation import FORM_FEDERATION, executive_range_of
from fdh_desktop.storage import Store, StoreError

from .changes import Changes

# What a district usually sets for its first 妇联 term: the chair in the 两委, a sound 执委会.
DEFAULT_TARGETS = (
    Target("chair_two_committees", "100"),
    Target("executives_odd", "100"),
    Target("executives_in_range", "100"),
    Target("has_deputy", "100"),
)


@dataclass(frozen=True)
class MeasureChoice:
    measure: str
    label: str  # 妇联主席进两委, 执委人数在7至21人之间, ...


def measure_choices(store: Store, form: str = FORM_FEDERATION) -> list[MeasureChoice]:
    """Every measure a target can use, named for the form and the district's 执委 range."""
    limits = executive_range_of(store.settings())
    return [MeasureChoice(m, measure_label(m, form, limits)) for m in MEASURES]


def targets(store: Store) -> list[Target]:
    """The district's targets; the defaults until it saves its own. Unknown measures are skipped."""
    stored = store.stored_targets()
    if stored is None:
        return list(DEFAULT_TARGETS)
    result = []
    for item in stored:
        if item.get("measure") in MEASURES:
            result.append(Target(item["measure"], str(item.get("aim", "100")), item.get("name") or None))
    return result


def check_target(target: Target) -> Target:
    """The target with a canonical aim; StoreError naming the field when it cannot be one."""
    if target.measure not in MEASURES:
        raise StoreError(f"不认识的目标项目“{target.measure}”")
    try:
        aim = Decimal(str(target.aim).strip().removesuffix("%"))
    except InvalidOperation:
        aim = None
    if aim is None or not aim.is_finite() or not 0 <= aim <= 100:
        raise StoreError(f"目标值“{target.aim}”应为0至100之间的百分比")
    name = (target.name or "").strip() or None
    return Target(target.measure, format(aim.normalize(), "f"), name)


def save_targets(store: Store, new: list[Target]) -> Changes:
    """Replace the district's targets as one action."""
    checked = [check_target(t) for t in new]
    values = [{"measure": t.measure, "aim": t.aim, **({"name": t.name} if t.name else {})} for t in checked]
    return Changes(settings=True) if store.save_targets(values) else Changes()


def reset_targets(store: Store) -> Changes:
    """Back to the defaults, as one action."""
    return save_targets(store, list(DEFAULT_TARGETS))
