"""The demo's 第七届, read back from a real demo file: the district's first 社区妇联 term after
会改联, half-way through its campaign, with returns and elections in every state a clerk meets."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.election import check_candidates, count
from fdh_desktop.domain.federation_rules import check_in_form
from fdh_desktop.domain.organisation import executive_range_of
from fdh_desktop.domain.problems import errors
from fdh_desktop.storage import Store

START = date(2026, 3, 1)
SNAPSHOT = date(2026, 7, 10)  # the 10th of the campaign's fifth month
PILOTS = {"天桥", "广内"}
OFFICES = {"主席", "副主席", "兼职副主席"}


@pytest.fixture(scope="module")
def demo(demo_db):
    with Store.open(demo_db, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def term7(demo):
    """(street, community name, congress, members) of every community with a 第七届 row."""
    names = {c.id: c for c in demo.communities()}
    streets = {s.id: s.name for s in demo.streets()}
    return {cid: (streets[names[cid].street_id], names[cid].name, congress, members)
            for cid, (congress, members) in demo.congresses_of_term(7).items()}


def test_the_current_term_is_the_first_federation_term(demo):
    assert demo.settings().current_term == 7
    terms = {t.number: t for t in demo.terms()}
    assert [terms[n].form for n in (5, 6, 7)] == ["妇代会", "妇代会", "妇联"]
    assert (terms[7].start_date, terms[7].end_date) == (START, date(2031, 3, 1))


def test_half_way_through_the_campaign(demo, term7):
    progress = demo.campaign_communities(7)
    assert len(progress) == 110 and all(c.should_establish for c in progress)
    stages = Counter(c.progress for c in progress)
    assert set(stages) == {"已完成", "已选举", "已提名", "筹备中", "未启动"}
    assert 0.3 < stages["已完成"] / 110 < 0.6
    assert stages["已选举"] + stages["已提名"] > 30 and stages["未启动"] >= 2
    assert all(c.progress == "已完成" for c in progress if c.pilot)
    assert {c.street for c in progress if c.pilot} == PILOTS
    for street, community, congress, members in term7.values():
        assert bool(members) == (congress.progress in ("已完成", "已选举")), community
        assert congress.established == bool(members)


def test_every_elected_federation_is_a_proper_one(demo, term7):
    elected = [(c, m) for _, _, c, m in term7.values() if m]
    assert len(elected) > 50
    sizes = Counter(len(m) for _, m in elected)
    assert set(sizes) <= {11, 13, 15, 17, 19} and len(sizes) >= 4
    limits = executive_range_of(demo.settings())
    for congress, members in elected:
        roles = Counter(m.role for m in members)
        assert roles["主席"] == 1 and roles["副主席"] >= 1 and roles["兼职副主席"] >= 1
        assert set(roles) <= OFFICES | {"执委"}
        assert errors(check_in_form("妇联", congress, members, congress.election_date, limits)) == []
        for vice in (m for m in members if m.role == "兼职副主席"):
            assert vice.part_time is True and vice.workplace and vice.sector
        chair = next(m for m in members if m.role == "主席")
        assert chair.party_post is not None and chair.committee_post is not None


def test_chairs_in_the_two_committees_and_compared_with_the_congress_term(demo, term7):
    before = {cid: next((m for m in members if m.role == "主任"), None)
              for cid, (_, members) in demo.congresses_of_term(6).items()}
    chairs = {cid: next(m for m in members if m.role == "主席") for cid, (*_, members) in term7.items() if members}
    in_committees = sum(c.posts.in_two_committees for c in chairs.values())
    one_shoulder = sum(c.posts.one_shoulder for c in chairs.values())
    assert in_committees / len(chairs) > 0.9 and 0 < one_shoulder < len(chairs) / 2
    continuing = [cid for cid, c in chairs.items() if before.get(cid) and before[cid].id_number == c.id_number]
    assert 0.25 < len(continuing) / len(chairs) < 0.6  # many 妇代会主任 become the 妇联主席
    for cid, chair in chairs.items():
        assert chair.is_new is (cid not in continuing)
        if cid in continuing:
            assert (chair.name, chair.birth_date, chair.education) == (
                before[cid].name, before[cid].birth_date, before[cid].education)


def test_the_plan_and_the_pilot_streets_that_finished_first(demo):
    plan = demo.campaign_plan(7)
    assert plan == cp.default_plan(START) and cp.plan_problems(plan) == []
    assert all(plan.pilot_dates[s] <= plan.dates[s] for s in cp.STAGES)
    progress = demo.campaign_communities(7)
    pilots_done = [c.stage_dates["已完成"] for c in progress if c.pilot]
    others_done = [c.stage_dates["已完成"] for c in progress if not c.pilot and "已完成" in c.stage_dates]
    assert max(pilots_done) <= plan.pilot_dates["已完成"] < min(others_done)
    assert cp.pilots_finished(progress) <= plan.pilot_dates["已选举"]


def test_stage_dates_follow_the_progress_and_the_plan(demo, term7):
    progress = demo.campaign_communities(7)
    plan = demo.campaign_plan(7)
    for c in progress:
        assert list(c.stage_dates) == list(cp.STAGES[:cp.stage_index(c.progress)]), c.place
        assert cp.date_problems(c.stage_dates) == []
        assert all(START <= d <= SNAPSHOT for d in c.stage_dates.values())
        congress = term7[c.community_id][2]
        if "已选举" in c.stage_dates:
            assert congress.election_date == c.stage_dates["已选举"]
    late = cp.overdue(progress, plan, SNAPSHOT)
    assert 10 < len(late) < 40
    assert {o.current for o in late} >= {"未启动", "筹备中"}
    assert not any(o.community.pilot for o in late)


def test_one_street_sent_nothing_and_one_was_refused(demo, term7):
    streets = [s.name for s in demo.streets()]
    status = cp.returns_status(streets, demo.import_records(7))
    assert cp.missing_returns(status) == ["白纸坊"]
    last = {r.street: r.last for r in status if r.last}
    refused = [s for s, r in last.items() if r.result == cp.RESULT_REFUSED]
    assert refused == ["陶然亭"] and "身份证号" in last["陶然亭"].message
    assert all(r.result in (cp.RESULT_WRITTEN, cp.RESULT_WARNINGS) for s, r in last.items() if s != "陶然亭")
    assert all(r.at.date() <= SNAPSHOT for r in demo.import_records(7))
    # The street that sent nothing has no leadership recorded and is behind the plan.
    silent = [(c, m) for street, _, c, m in term7.values() if street == "白纸坊"]
    assert silent and all(not m and c.progress in ("未启动", "筹备中") for c, m in silent)
    late = {o.community.street for o in cp.overdue(demo.campaign_communities(7), demo.campaign_plan(7), SNAPSHOT)}
    assert "白纸坊" in late


def _rounds(election):
    return [(sitting, round_, sitting.tallies.get(round_.number))
            for sitting in election.sittings for round_ in sitting.rounds]


def test_elections_in_every_state(demo, term7):
    states = {row["community_id"]: row["state"] for row in demo.election_states(7)}
    assert Counter(states.values()) == {"已确认当选": 5, "已计票": 2, "已提名候选人": 2}
    for cid, state in states.items():
        election = demo.election(cid, 7)
        progress = term7[cid][2].progress
        assert progress in (("已完成", "已选举") if state == "已确认当选" else ("已提名",))
        for sitting, round_, tally in _rounds(election):
            assert errors(check_candidates(sitting.meeting, round_)) == [], round_
        if state == "已提名候选人":
            assert all(t is None for *_, t in _rounds(election))
            assert all(s.meeting.day > SNAPSHOT for s in election.sittings)
        else:
            assert all(s.meeting.day <= SNAPSHOT for s in election.sittings)


def test_confirmed_leadership_is_the_elected(demo, term7):
    confirmed = [row["community_id"] for row in demo.election_states(7) if row["state"] == "已确认当选"]
    streets = {term7[cid][0] for cid in confirmed}
    assert "天桥" in streets and len(streets) >= 3
    voting = Counter()
    for cid in confirmed:
        election = demo.election(cid, 7)
        (first_sitting, first, tally1), (second_sitting, second, tally2) = _rounds(election)
        executives, offices = count(first_sitting.meeting, first, tally1), count(second_sitting.meeting, second, tally2)
        assert executives.ok and offices.ok and not executives.tied and not offices.seats_left
        members = term7[cid][3]
        roles = {o.name: o.role for o in offices.elected}
        assert {m.name: m.role for m in members} == {o.name: roles.get(o.name, "执委") for o in executives.elected}
        congress = term7[cid][2]
        meeting = first_sitting.meeting
        assert (congress.election_date, congress.reps_total, congress.reps_present, congress.voting_method,
                congress.election_method) == (meeting.day, meeting.expected, meeting.present, meeting.voting,
                                               meeting.method)
        voting[(meeting.voting, meeting.method)] += 1
        if meeting.method == "差额选举":
            assert len(first.candidates) > first.seats and len(executives.not_elected) >= 2
    assert voting[("举手表决", "等额选举")] == 1 and voting[("无记名投票", "差额选举")] == 1


def test_a_surplus_election_and_a_tie_on_the_last_seat(demo):
    tallied = [row["community_id"] for row in demo.election_states(7) if row["state"] == "已计票"]
    verdicts = []
    for cid in tallied:
        sitting, round_, tally = _rounds(demo.election(cid, 7))[0]
        verdicts.append((round_, count(sitting.meeting, round_, tally)))
    tie = [(r, v) for r, v in verdicts if v.tied]
    assert len(tie) == 1
    round_, verdict = tie[0]
    assert round_.kind == "执委" and len(round_.candidates) == round_.seats + 2
    assert len(verdict.tied) == 2 and verdict.seats_left == 1 and len(verdict.elected) == round_.seats - 1
    assert verdict.tied[0].votes == verdict.tied[1].votes
    ready = [(r, v) for r, v in verdicts if not v.tied]
    assert len(ready) == 1 and ready[0][1].ok and len(ready[0][1].elected) == ready[0][0].seats


def test_every_demo_election_exports_and_reads_back_as_an_election_file(demo):
    """What `fdh election --json` prints for each demo election, `fdh election-import` reads back the same."""
    from fdh_desktop.services.election_io import election_json, read_election

    rows = demo.election_states(7)
    assert rows
    for row in rows:
        stored = demo.election(row["community_id"], 7)
        file = read_election(election_json(row["street"], row["community"], 7, stored), "选举.json")
        for sitting in file.election.sittings:
            sitting.meeting.community = row["community"]
        assert file.term == 7
        assert file.election.sittings == stored.sittings, row["community"]
