"""The demo's 第七届 written into the demo file, inside build_demo's transaction: the district's
first community 妇联 term after 会改联, seen on the campaign snapshot's day.

One source per fact: the campaign (domain.campaign_demo) decides each community's stage, stage
dates, 指导员 and the streets' returns; the federation plan (services.demo_federation) its congress,
leadership and nominated slate on those dates; the elections (services.demo_elections) the meetings
of some communities, whose confirmed results are those communities' leadership. Nothing depends on
the day the demo is built.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain import organisation as org
from fdh_desktop.domain.campaign_demo import CampaignDemo, demo_campaign
from fdh_desktop.domain.records import Term
from fdh_desktop.storage import Store
from fdh_desktop.storage.election import STATE_CONFIRMED

from .demo_elections import DemoElection, plan_elections
from .demo_federation import START, TERM, CommunityTerm, FederationPlan, plan_term7

PREVIOUS_TERM = TERM - 1
CAMPAIGN_SEED = 7


def add_term7(store: Store, changeset_id: int) -> tuple[CampaignDemo, FederationPlan, list[DemoElection]]:
    """Write 第七届 (term, plan, congresses, elections, returns) into a demo holding 第五届 and
    第六届; `changeset_id` is the demo's own changeset, which 确认当选 is recorded under."""
    streets, communities = store.streets(), store.communities()
    campaign = demo_campaign(streets, communities, START, seed=CAMPAIGN_SEED)
    previous = _previous_term(store, communities)
    taken = _id_numbers(store)
    plan = plan_term7(previous, progress=campaign.communities, start=START, taken_ids=taken)
    taken |= {m.id_number for c in plan.communities for m in c.members + c.candidates if m.id_number}
    elections = plan_elections(plan, campaign.today, taken)
    store.save_term(Term(TERM, year=START.year, form=org.FORM_FEDERATION, start_date=START,
                         end_date=org.default_term_end(START, org.FORM_FEDERATION)))
    store.save_campaign_plan(TERM, campaign.plan)
    held = {e.index: e for e in elections}
    for index, (community, planned) in enumerate(zip(communities, plan.communities)):
        assert planned.congress is not None
        election = held.get(index)
        congress, members = (election.congress, election.members) if election else (planned.congress, planned.members)
        store.save_congress(community.id, TERM, congress, members, action="demo", stage_dates=planned.stage_dates)
    for e in elections:
        community = communities[e.index]
        store.save_election(community.id, TERM, e.election, f"保存{community.name}的选举")
        if e.state == STATE_CONFIRMED:
            store.mark_election_confirmed(community.id, TERM, changeset_id)
    _record_returns(store, campaign)
    return campaign, plan, elections


def _previous_term(store: Store, communities) -> list[CommunityTerm]:
    """第六届 per community in place order (row ids dropped: these are earlier records, not rows to match)."""
    records = store.congresses_of_term(PREVIOUS_TERM)
    names = {s.id: s.name for s in store.streets()}
    result = []
    for community in communities:
        congress, members = records.get(community.id, (None, []))
        result.append(CommunityTerm(names[community.street_id], community.name, congress,
                                    [replace(m, id=None) for m in members]))
    return result


def _id_numbers(store: Store) -> set[str]:
    """Every ID number of the earlier terms: a new person of 第七届 gets none of them by chance."""
    return {m.id_number for term in store.terms() if term.number < TERM
            for _, members in store.congresses_of_term(term.number).values() for m in members if m.id_number}


def _record_returns(store: Store, campaign: CampaignDemo) -> None:
    """The streets' workbooks as the import log has them: written (with warnings or not) or refused."""
    for record in campaign.imports:
        digest = hashlib.sha256(f"{record.street}|{record.file_name}|{record.at.isoformat()}".encode()).hexdigest()
        if record.result == cp.RESULT_REFUSED:
            store.record_refused_import(record.file_name, digest, TERM, [record.street], record.message, at=record.at)
            continue
        import_id = store.record_import(record.file_name, digest, TERM, {"warnings": record.warnings}, at=record.at)
        store.set_import_outcome(import_id, [record.street], record.warnings)

