"""The statistics of DOMAIN.md: integer counts in, the documented `stats --json` shape out.

Counting is done twice on purpose: the Store counts with SQL aggregates (fast at city scale) and
`count_records` counts plain records here (the reference the tests hold the SQL to). Shares and
changes are then built only from the integer counts, rounded half up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from . import vocab
from .dates import age_on
from .records import Congress, Member
from .rounding import mean, percent, points
from .rules import derive_is_new


def age_band_labels(bounds: tuple[int, ...]) -> list[str]:
    """(35, 45) → ['35岁及以下', '36至45岁', '46岁及以上']."""
    labels = [f"{bounds[0]}岁及以下"]
    for low, high in zip(bounds, bounds[1:]):
        labels.append(f"{low + 1}至{high}岁")
    labels.append(f"{bounds[-1] + 1}岁及以上")
    return labels


def band_index(age: int, bounds: tuple[int, ...]) -> int:
    for i, bound in enumerate(bounds):
        if age <= bound:
            return i
    return len(bounds)


@dataclass
class Counts:
    """Integer counts for one term and scope; everything a share is computed from."""

    should_establish: int = 0
    established: int = 0
    completed: int = 0
    chairs: int = 0
    post: dict[str, int] = field(default_factory=lambda: dict.fromkeys(vocab.POSTS, 0))
    new: int = 0
    age_bands: list[int] = field(default_factory=list)
    age_sum: int = 0
    age_known: int = 0
    age_max: int | None = None
    age_min: int | None = None
    party: int = 0
    education: dict[str, int] = field(default_factory=lambda: dict.fromkeys(vocab.EDUCATION, 0))
    reps_total: int = 0
    reps_units: int = 0
    reps_migrants: int = 0

    @property
    def key_post(self) -> int:
        return sum(self.post[p] for p in vocab.KEY_POSTS)

    def education_group(self, group: str) -> int:
        return sum(self.education[e] for e in vocab.EDUCATION_GROUPS[group])


@dataclass
class CongressEntry:
    """One congress as the reference counter sees it."""

    congress: Congress
    members: list[Member]
    age_date: date | None
    previous_chair: Member | None = None
    derive_new: bool = False  # the previous term has member records


def count_records(entries: Iterable[CongressEntry], bounds: tuple[int, ...]) -> Counts:
    counts = Counts(age_bands=[0] * (len(bounds) + 1))
    for entry in entries:
        c = entry.congress
        counts.should_establish += bool(c.should_establish)
        if not c.established:
            continue
        counts.established += 1
        counts.completed += c.progress == vocab.PROGRESS_COMPLETED
        counts.reps_total += c.reps_total or 0
        counts.reps_units += c.reps_units or 0
        counts.reps_migrants += c.reps_migrants or 0
        for m in entry.members:
            if m.role != vocab.ROLE_CHAIR:
                continue
            counts.chairs += 1
            if m.rc_post in counts.post:
                counts.post[m.rc_post] += 1
            is_new = derive_is_new(m, entry.previous_chair) if entry.derive_new else m.is_new
            counts.new += bool(is_new)
            counts.party += m.political in vocab.PARTY
            if m.education in counts.education:
                counts.education[m.education] += 1
            if m.birth_date is not None and entry.age_date is not None:
                age = age_on(m.birth_date, entry.age_date)
                counts.age_bands[band_index(age, bounds)] += 1
                counts.age_sum += age
                counts.age_known += 1
                counts.age_max = age if counts.age_max is None else max(counts.age_max, age)
                counts.age_min = age if counts.age_min is None else min(counts.age_min, age)
    return counts


def share(count: int, total: int, decimals: int) -> dict:
    return {"count": count, "pct": percent(count, total, decimals)}


def chair_figures(counts: Counts, bounds: tuple[int, ...], decimals: int) -> dict:
    total = counts.chairs
    return {
        "total": total,
        "post": {p: share(counts.post[p], total, decimals) for p in vocab.POSTS},
        "key_post": share(counts.key_post, total, decimals),
        "new": share(counts.new, total, decimals),
        "age_band": {
            label: share(n, total, decimals)
            for label, n in zip(age_band_labels(bounds), counts.age_bands or [0] * (len(bounds) + 1))
        },
        "age_mean": mean(counts.age_sum, counts.age_known, 1),
        "age_max": counts.age_max,
        "age_min": counts.age_min,
        "party": share(counts.party, total, decimals),
        "education": {g: share(counts.education_group(g), total, decimals) for g in vocab.EDUCATION_GROUPS},
        "education_detail": {e: share(counts.education[e], total, decimals) for e in vocab.EDUCATION},
    }


def term_figures(counts: Counts, bounds: tuple[int, ...], decimals: int) -> dict:
    return {
        "congresses": {
            "should_establish": counts.should_establish,
            "established": counts.established,
            "completed": counts.completed,
        },
        "chairs": chair_figures(counts, bounds, decimals),
        "representatives": {
            "total": counts.reps_total,
            "community_units": share(counts.reps_units, counts.reps_total, decimals),
            "migrants": share(counts.reps_migrants, counts.reps_total, decimals),
        },
    }


def change(current: dict, previous: dict) -> dict:
    return {"count": current["count"] - previous["count"], "pct_points": points(current["pct"], previous["pct"])}


def changes(current: dict, previous: dict) -> dict:
    """比上届: changes in counts and in percentage points, from the two printed shares."""
    cur, prev = current["chairs"], previous["chairs"]
    age_change = None
    if cur["age_mean"] is not None and prev["age_mean"] is not None:
        age_change = points(cur["age_mean"], prev["age_mean"])
    return {
        "key_post": change(cur["key_post"], prev["key_post"]),
        "new": change(cur["new"], prev["new"]),
        "party": change(cur["party"], prev["party"]),
        "age_band": {b: change(cur["age_band"][b], prev["age_band"][b]) for b in cur["age_band"] if b in prev["age_band"]},
        "education": {g: change(cur["education"][g], prev["education"][g]) for g in cur["education"]},
        "post": {p: change(cur["post"][p], prev["post"][p]) for p in cur["post"]},
        "age_mean": age_change,
    }


def build_report(
    *,
    district: str,
    term: int,
    street: str | None,
    counts: Counts,
    previous_counts: Counts | None,
    bounds: tuple[int, ...],
    decimals: int,
) -> dict:
    """The `stats --json` object of DOMAIN.md."""
    report = {
        "district": district,
        "term": term,
        "street": street,
        "previous_term": term - 1 if term > 1 else None,
        **term_figures(counts, bounds, decimals),
        "previous": None,
        "change": None,
    }
    if previous_counts is not None:
        previous = term_figures(previous_counts, bounds, decimals)
        report["previous"] = previous
        report["change"] = changes(report, previous)
    return report
