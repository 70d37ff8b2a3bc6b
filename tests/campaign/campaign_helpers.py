"""Plain campaign records for the tests: communities at a stage with dates, the demo's places."""

from __future__ import annotations

from datetime import date

from fdh_desktop.domain.campaign import STAGES, CommunityProgress
from fdh_desktop.domain.records import Community, Street

_ids = iter(range(1, 100000))


def at(street: str, name: str, *days: date, instructor: str = "", pilot: bool = False,
       should: bool = True) -> CommunityProgress:
    """A community that reached the first len(days) stages on those days."""
    stages = ("未启动", *STAGES)
    return CommunityProgress(next(_ids), street, name, stages[len(days)], dict(zip(STAGES, days)),
                             instructor, pilot, should)


def demo_places() -> tuple[list[Street], list[Community]]:
    """The demo district's streets and communities as plain records (services.demo's names)."""
    from fdh_desktop.services.demo import PILOT_STREETS, STREETS

    streets, communities = [], []
    for s_id, (name, names) in enumerate(STREETS.items(), start=1):
        streets.append(Street(s_id, name, pilot=name in PILOT_STREETS))
        for n in names:
            communities.append(Community(len(communities) + 1, s_id, f"{n}社区"))
    return streets, communities
