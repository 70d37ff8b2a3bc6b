"""The campaign of a term as the 进度 board, the bulletin and `fdh progress` need it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.records import Street
from fdh_desktop.storage import Store, StoreError

from .changes import Changes


@dataclass(frozen=True)
class Campaign:
    term: int
    communities: list[cp.CommunityProgress]
    plan: cp.CampaignPlan
    plan_saved: bool  # False: default_plan, nothing saved yet
    streets: list[Street]
    imports: list[cp.ImportRecord]


def default_start(communities: list[cp.CommunityProgress], today: date) -> date:
    """Where a term's default plan starts: the earliest stage date, else the first of this month."""
    return cp.campaign_start(communities) or today.replace(day=1)


def load_campaign(store: Store, term: int, today: date | None = None) -> Campaign:
    communities = store.campaign_communities(term)
    saved = store.campaign_plan(term)
    plan = saved or cp.default_plan(default_start(communities, today or date.today()))
    return Campaign(term, communities, plan, saved is not None, store.streets(), store.import_records(term))


def save_plan(store: Store, term: int, plan: cp.CampaignPlan) -> Changes:
    """Save the term's plan after the domain's checks; one clear message when it is out of order."""
    problems = cp.plan_problems(plan)
    if problems:
        raise StoreError("；".join(problems))
    store.save_campaign_plan(term, plan)
    return Changes(settings=True)


def edit_stage_dates(store: Store, community_id: int, term: int, dates: dict[str, date]) -> Changes:
    """A clerk corrects the dates a congress reached its stages (refused with one message if out of order)."""
    store.set_stage_dates(community_id, term, dates)
    return Changes(congresses=frozenset({community_id}))
