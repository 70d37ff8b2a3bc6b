"""A 妇联 term for the guide's pictures and the statistics tests, on a copy of the demo file.

The demo's own 第七届 when it has one (it does since the demo carries it); else a small one written
from 第六届 by services.demo_federation, so older files and pictures never wait for it.
"""

from __future__ import annotations

from pathlib import Path

from fdh_desktop.domain import organisation, vocab
from fdh_desktop.domain.organisation import FORM_FEDERATION
from fdh_desktop.storage import Store

from . import editing
from .demo_federation import TERM, CommunityTerm, plan_term7

def federation_term(db: Path) -> tuple[int, str]:
    """(term number, name of its completed community with the most 执委), made if need be."""
    from .district import open_district

    with open_district(db) as store:
        federation = [t.number for t in store.terms() if t.form == organisation.FORM_FEDERATION]
        number = federation[-1] if federation else add_federation_term(store)
        done = [(len(members), store.community(cid).name) for cid, (congress, members)
                in store.congresses_of_term(number).items() if congress.progress == vocab.PROGRESS_COMPLETED]
    return number, max(done)[1]


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
