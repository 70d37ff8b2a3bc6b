"""A 妇联 第七届 written into a copy of the demo file through the services, as a clerk's form would
save it: the plan of services.demo_federation for the demo's 第六届 (until the demo carries its own
第七届; then the tests can read that term directly)."""

from __future__ import annotations

from fdh_desktop.domain.organisation import FORM_FEDERATION
from fdh_desktop.services import editing
from fdh_desktop.services.demo_federation import TERM, CommunityTerm, plan_term7


def term6_communities(store) -> list[CommunityTerm]:
    records = store.congresses_of_term(6)
    return [CommunityTerm(street.name, community.name, *records.get(community.id, (None, [])))
            for street in store.streets() for community in store.communities(street.id)]


def build_term7(store) -> int:
    """Write 第七届 (a 妇联 term) into `store`, one community per save; returns the term number."""
    plan = plan_term7(term6_communities(store))
    store.ensure_term(TERM, year=2026, reference_date=plan.term.start, form=FORM_FEDERATION)
    places = {(s.name, c.name): c.id for s in store.streets() for c in store.communities(s.id)}
    for item in plan.communities:
        if item.congress is None:
            continue
        loaded = editing.load(store, places[(item.street, item.community)], TERM)
        editing.save(store, loaded, item.congress, item.members)
    return TERM
