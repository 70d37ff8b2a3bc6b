"""The demo's campaign: plan dates, two pilot streets finished first, overdue communities, one
street that sent nothing and one whose latest return was refused."""

from __future__ import annotations

from datetime import date

from campaign_helpers import demo_places

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.campaign_demo import demo_campaign

START = date(2028, 1, 1)


def _demo():
    streets, communities = demo_places()
    return streets, demo_campaign(streets, communities, START)


def test_demo_is_seeded_and_covers_every_community_once():
    streets, demo = _demo()
    again = demo_campaign(*demo_places(), START)
    assert demo == again
    assert len(demo.communities) == 110 and len({c.community_id for c in demo.communities}) == 110
    assert demo.today == date(2028, 5, 10) and cp.plan_problems(demo.plan) == []
    for c in demo.communities:
        assert cp.date_problems(c.stage_dates) == []
        assert all(d <= demo.today for d in c.stage_dates.values())
        assert set(c.stage_dates) == set(cp.STAGES[:cp.stage_index(c.progress)])


def test_the_two_pilot_streets_finished_first_by_the_end_of_march():
    streets, demo = _demo()
    pilots = [c for c in demo.communities if c.pilot]
    assert {c.street for c in pilots} == {"天桥", "广内"}
    assert all(c.progress == "已完成" for c in pilots)
    assert cp.pilots_finished(demo.communities) <= date(2028, 3, 31)
    last_pilot = max(c.stage_dates["已完成"] for c in pilots)
    others_done = [c.stage_dates["已完成"] for c in demo.communities if not c.pilot and "已完成" in c.stage_dates]
    assert others_done and min(others_done) > last_pilot


def test_overdue_missing_and_refused():
    streets, demo = _demo()
    late = cp.overdue(demo.communities, demo.plan, demo.today)
    late_streets = {o.community.street for o in late}
    assert demo.missing_street in late_streets and len(late_streets) >= 3
    assert any(o.current == "未启动" for o in late)
    status = cp.returns_status([s.name for s in streets], demo.imports)
    assert cp.missing_returns(status) == [demo.missing_street]
    refused = [r for r in status if r.last and r.last.result == cp.RESULT_REFUSED]
    assert [r.street for r in refused] == [demo.refused_street] and refused[0].last.message
    assert demo.missing_street != demo.refused_street
    assert cp.instructors(demo.communities) and all(c.instructor for c in demo.communities)
    assert any(m.kind == "现场示范会" and m.place == "虎坊路社区" for m in demo.meetings)
