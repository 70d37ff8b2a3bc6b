"""Streets and communities: what the district tree shows, and the changes its dialogs make.

Every writing function returns services.changes.Changes. The status of each community (the dot
in the tree) and the counts per street come from here, with the definitions the statistics use
(DOMAIN.md): 应建 = the congress says 是否应建 = 是, 已完成 = 是否建立 = 是 and 换届进度 = 已完成.
Completed with warnings is still completed; warnings are a separate mark.
"""

from __future__ import annotations

from dataclasses import dataclass

from fdh_desktop.domain import vocab
from fdh_desktop.domain.records import Community, Congress, Street
from fdh_desktop.domain.federation_rules import check_in_form
from fdh_desktop.domain.organisation import LEGACY_FORM, ExecutiveRange, executive_range_of
from fdh_desktop.domain.rules import age_reference

from .changes import Changes


def store_error():
    """The refusal the store raises (StoreError), for screens that must not import storage."""
    from fdh_desktop.storage import StoreError

    return StoreError

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETE = "complete"
PROBLEMS = "problems"  # has errors
NOT_REQUIRED = "not_required"  # 是否应建 = 否



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name Qt Linguist looks for)
    """Marks a label for the tree's translation (context DistrictPanel) without importing Qt."""
    return text


LABELS = {
    NOT_STARTED: QT_TRANSLATE_NOOP("DistrictPanel", "未启动"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("DistrictPanel", "进行中"),
    COMPLETE: QT_TRANSLATE_NOOP("DistrictPanel", "已完成"),
    PROBLEMS: QT_TRANSLATE_NOOP("DistrictPanel", "有错误"),
    NOT_REQUIRED: QT_TRANSLATE_NOOP("DistrictPanel", "不应建"),
}
WARNINGS_LABEL = QT_TRANSLATE_NOOP("DistrictPanel", "有警告")


@dataclass(frozen=True)
class Status:
    kind: str
    errors: int = 0
    warnings: int = 0
    progress: str | None = None
    member_count: int = 0
    should_establish: bool = False  # counted in 应建
    completed: bool = False  # counted in 已完成

    @property
    def label(self) -> str:
        return LABELS[self.kind]


@dataclass(frozen=True)
class StreetCount:
    should_establish: int
    completed: int
    communities: int


@dataclass(frozen=True)
class PlaceTree:
    district: str
    streets: list[Street]
    communities: list[Community]


# -- reading ------------------------------------------------------------------------------------

def tree(store) -> PlaceTree:
    return PlaceTree(store.settings().district, store.streets(), store.communities())


def streets(store) -> list[Street]:
    return store.streets()


def street(store, street_id: int) -> Street:
    return store.street(street_id)


def community(store, community_id: int) -> Community:
    return store.community(community_id)


def community_ids(store, street_id: int | None = None) -> list[int]:
    return [c.id for c in store.communities(street_id)]


def is_completed(congress: Congress | None) -> bool:
    """已完成, as the statistics count it."""
    return congress is not None and congress.established is True and congress.progress == vocab.PROGRESS_COMPLETED


def status_of(congress: Congress | None, members, age_date, form: str = LEGACY_FORM,
              executive_range: ExecutiveRange = ExecutiveRange()) -> Status:
    if congress is None:
        return Status(NOT_STARTED)
    problems = check_in_form(form, congress, members, age_date, executive_range)
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    completed = is_completed(congress)
    if errors:
        kind = PROBLEMS
    elif not congress.should_establish:
        kind = NOT_REQUIRED
    elif completed:
        kind = COMPLETE
    elif congress.progress in (None, vocab.PROGRESS_NOT_STARTED) and not members:
        kind = NOT_STARTED
    else:
        kind = IN_PROGRESS
    return Status(kind, errors, warnings, congress.progress, len(members),
                  should_establish=bool(congress.should_establish), completed=completed)


def community_statuses(store, term: int) -> dict[int, Status]:
    """Status of every community of the district for a term, by community id."""
    term_record = store.term(term)
    reference = term_record.reference_date if term_record else None
    year = term_record.year if term_record else None
    form = term_record.form if term_record else LEGACY_FORM
    executive_range = executive_range_of(store.settings())
    records = store.congresses_of_term(term)
    result: dict[int, Status] = {}
    for c in store.communities():
        if c.id not in records:
            result[c.id] = Status(NOT_STARTED)
            continue
        congress, members = records[c.id]
        result[c.id] = status_of(congress, members, age_reference(congress, reference, year), form, executive_range)
    return result


def community_status(store, community_id: int, term: int) -> Status:
    term_record = store.term(term)
    congress = store.congress(community_id, term)
    if congress is None:
        return Status(NOT_STARTED)
    members = store.members(community_id, term)
    age_date = age_reference(congress, term_record.reference_date if term_record else None,
                             term_record.year if term_record else None)
    return status_of(congress, members, age_date, term_record.form if term_record else LEGACY_FORM,
                     executive_range_of(store.settings()))


def count(statuses: list[Status | None]) -> StreetCount:
    """应建 and 已完成 of a set of communities, as the statistics count them."""
    known = [s for s in statuses if s is not None]
    return StreetCount(sum(s.should_establish for s in known), sum(s.completed for s in known), len(statuses))


def search_people(store, text: str, limit: int = 50) -> list[dict]:
    """班子成员 by any part of the name or ID number, across the district and terms, newest term first."""
    text = text.strip()
    return store.search_members(text, limit=limit) if text else []


# -- changes ------------------------------------------------------------------------------------

def add_street(store, name: str, code: str | None = None, pilot: bool = False) -> tuple[Street, Changes]:
    return store.add_street(name, code or None, pilot), Changes(places=True)


def update_street(store, street_id: int, *, name: str, code: str, pilot: bool) -> tuple[Street, Changes]:
    return store.update_street(street_id, name=name, code=code, pilot=pilot), Changes(places=True)


def add_community(store, street_id: int, name: str, code: str | None = None) -> tuple[Community, Changes]:
    """A new community, with its congress of the current term (是否应建 = 是, nothing else yet) in the
    same transaction: from its creation it counts in 应建 everywhere, as the form shows it."""
    with store.write("add_community", f"新增社区{name.strip()}"):
        created = store.add_community(street_id, name, code or None)
        store.save_congress(created.id, store.settings().current_term, Congress(), [])
    return created, Changes(places=True, congresses=frozenset({created.id}))


def update_community(store, community_id: int, *, name: str, street_id: int, code: str) -> tuple[Community, Changes]:
    return store.update_community(community_id, name=name, street_id=street_id, code=code), Changes(places=True)


def remove_street(store, street_id: int) -> Changes:
    ids = community_ids(store, street_id)
    store.remove_street(street_id)
    return Changes(places=True, congresses=frozenset(ids))


def remove_community(store, community_id: int) -> Changes:
    store.remove_community(community_id)
    return Changes(places=True, congresses=frozenset({community_id}))


def missing_place(store) -> str | None:
    """What a new district lacks before a congress can be typed: "street", "community" or None."""
    if not store.streets():
        return "street"
    if not store.communities():
        return "community"
    return None


def uncounted_communities(store, term: int) -> list[str]:
    """Communities with no congress record for the term ("街道 社区"): the statistics leave them out
    of 应建 while the form shows 是否应建 = 是 (files from before each new community got its record,
    or a term added later). For the statistics' consistency check."""
    recorded = set(store.congresses_of_term(term))
    names = {s.id: s.name for s in store.streets()}
    return [f"{names[c.street_id]} {c.name}" for c in store.communities() if c.id not in recorded]
