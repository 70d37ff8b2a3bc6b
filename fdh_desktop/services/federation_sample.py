"""A 妇联 第七届 written into a district that has the demo's 第六届 but no 妇联 term yet: the plan of
services.demo_federation saved community by community through services.editing, as the form
saves. For the statistics tests and the screenshots until the demo file carries its own 第七届."""

from __future__ import annotations

from fdh_desktop.domain.organisation import FORM_FEDERATION
from fdh_desktop.storage import Store

from . import editing
from .demo_federation import TERM, CommunityTerm, plan_term7


def term6_communities(store: Store) -> list[CommunityTerm]:
    records = store.congresses_of_term(TERM - 1)
    return [CommunityTerm(street.name, community.name, *records.get(community.id, (None, [])))
            for street in store.streets() for community in store.communities(street.id)]


def add_federation_term(store: Store) -> int:
    """Write 第七届 (a 妇联 term) unless the district has it already; returns the term number."""
    existing = store.term(TERM)
    if existing is not None and existing.form == FORM_FEDERATION and store.has_members(TERM):
        return TERM
    plan = plan_term7(term6_communities(store))
    store.ensure_term(TERM, year=plan.term.start.year if plan.term.start else 2026,
                      reference_date=plan.term.start, form=FORM_FEDERATION)
    places = {(s.name, c.name): c.id for s in store.streets() for c in store.communities(s.id)}
    for item in plan.communities:
        if item.congress is not None:
            loaded = editing.load(store, places[(item.street, item.community)], TERM)
            editing.save(store, loaded, item.congress, item.members)
    return TERM
