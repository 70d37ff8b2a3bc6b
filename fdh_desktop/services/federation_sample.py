"""A 妇联 term to show in the guide's pictures (gui/screenshots.py) on a copy of the demo file.

The demo's own (第七届) when it has one; else a small one written here from 第六届 of one pilot
street by services.demo_federation, so the pictures never wait for the demo to have it.
"""

from __future__ import annotations

from pathlib import Path

from fdh_desktop.domain import organisation, vocab
from fdh_desktop.domain.records import Term

SAMPLE_STREET = "天桥"  # a pilot street: its communities have completed their first 妇联 election


def federation_term(db: Path, street: str = SAMPLE_STREET) -> tuple[int, str]:
    """(term number, name of its completed community with the most 执委), made if need be."""
    from .demo_federation import CommunityTerm, plan_term7
    from .district import open_district

    with open_district(db) as store:
        federation = [t.number for t in store.terms() if t.form == organisation.FORM_FEDERATION]
        if federation:
            number = federation[-1]
        else:
            names = {s.id: s.name for s in store.streets()}
            sixth = store.congresses_of_term(6)
            previous = [CommunityTerm(names[c.street_id], c.name, *sixth[c.id]) for c in store.communities()
                        if c.id in sixth and names[c.street_id] == street]
            plan = plan_term7(previous)
            number = plan.term.number
            ids = {c.name: c.id for c in store.communities()}
            with store.write("demo", "第七届（示例）"):
                store.save_term(Term(number, plan.term.start.year, None, plan.term.form, plan.term.start,
                                     plan.term.end_or_default))
                for community in plan.communities:
                    if community.congress is not None:
                        store.save_congress(ids[community.community], number, community.congress, community.members)
        done = [(len(members), store.community(cid).name) for cid, (congress, members)
                in store.congresses_of_term(number).items() if congress.progress == vocab.PROGRESS_COMPLETED]
    return number, max(done)[1]
