"""The demo's 第七届 妇联 term, planned from the real 第六届 demo records (read once from the demo file)."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from fdh_desktop.domain import organisation as org
from fdh_desktop.domain.federation_rules import check_federation
from fdh_desktop.domain.federation_statistics import FederationEntry, TermRecords, full_report
from fdh_desktop.domain.idcard import parse_id_number
from fdh_desktop.domain.problems import errors
from fdh_desktop.services.demo import PILOT_STREETS
from fdh_desktop.services.demo_federation import LOCAL_UNITS, CommunityTerm, plan_term7


@pytest.fixture(scope="module")
def term6(demo_db, tmp_path_factory) -> list[CommunityTerm]:
    from fdh_desktop.storage import Store

    copy = tmp_path_factory.mktemp("fed") / "demo.sqlite"
    shutil.copyfile(demo_db, copy)
    with Store.open(copy) as store:
        records = store.congresses_of_term(6)
        result = []
        for street in store.streets():
            for community in store.communities(street.id):
                congress, members = records.get(community.id, (None, []))
                result.append(CommunityTerm(street.name, community.name, congress, members))
    return result


@pytest.fixture(scope="module")
def plan(term6):
    return plan_term7(term6)


def _elected(plan):
    return [c for c in plan.communities if c.congress.established]


def test_the_plan_is_deterministic(term6, plan):
    again = plan_term7(term6)
    assert again == plan
    assert plan_term7(term6, seed=1) != plan


def test_a_federation_term_of_five_years(plan):
    assert (plan.term.number, plan.term.form) == (7, "妇联")
    assert plan.term.end_or_default.year - plan.term.start.year == 5


def test_half_way_through_the_campaign(term6, plan):
    assert [(c.street, c.community) for c in plan.communities] == [(c.street, c.community) for c in term6]
    stages = Counter(c.congress.progress for c in plan.communities)
    assert set(stages) == {"已完成", "已选举", "已提名", "筹备中", "未启动"}
    assert 0.3 < stages["已完成"] / len(plan.communities) < 0.7
    assert all(c.congress.progress == "已完成" for c in plan.communities if c.street in PILOT_STREETS)
    for c in plan.communities:
        assert bool(c.members) == (c.congress.progress in ("已完成", "已选举"))


def test_every_elected_federation_is_a_proper_one(plan):
    for c in _elected(plan):
        roles = Counter(m.role for m in c.members)
        assert 11 <= len(c.members) <= 19 and len(c.members) % 2 == 1
        assert roles["主席"] == 1 and roles["副主席"] >= 1 and roles["兼职副主席"] >= 1
        assert set(roles) <= set(org.FEDERATION_ROLES)
        assert errors(check_federation(c.congress, c.members, c.congress.election_date)) == [], c.community
        for vice in (m for m in c.members if m.role == "兼职副主席"):
            assert vice.is_part_time and (vice.workplace, vice.sector) in LOCAL_UNITS


def test_people_are_real_looking_and_unique(term6, plan):
    before = {m.id_number for c in term6 for m in c.members}
    seen = Counter(m.id_number for c in plan.communities for m in c.members)
    assert max(seen.values()) == 1
    for c in plan.communities:
        for m in c.members:
            assert parse_id_number(m.id_number).birth_date == m.birth_date
            assert not parse_id_number(m.id_number).male
            assert (m.id_number in before) == (m.is_new is False)


def test_chairs_partly_continue_from_the_congress_term(term6, plan):
    old_chairs = {(c.street, c.community): next((m for m in c.members if m.role == "主任"), None) for c in term6}
    continuing = 0
    chairs = 0
    for c in _elected(plan):
        chair = next(m for m in c.members if m.role == "主席")
        chairs += 1
        old = old_chairs[(c.street, c.community)]
        if old is not None and chair.id_number == old.id_number:
            continuing += 1
            assert chair.is_new is False and chair.education == old.education
        else:
            assert chair.is_new is True
    assert 0.25 < continuing / chairs < 0.6


def test_statistics_of_the_plan_compare_with_the_congress_term(term6, plan):
    def records(form, communities, previous=None):
        entries = []
        for i, c in enumerate(communities):
            day = c.congress.election_date if c.congress else None
            before = previous[i].members if previous else []
            entries.append(FederationEntry(c.street, c.community, c.congress, c.members, day, before, bool(previous)))
        return TermRecords(form, [e for e in entries if e.congress is not None])

    report = full_report(district="宣南区", term=7, street=None, current=records("妇联", plan.communities, term6),
                         previous=records("妇代会", term6), bounds=(35, 45), decimals=1)
    elected = _elected(plan)
    assert report["form"] == "妇联" and report["previous"]["form"] == "妇代会"
    assert report["chairs"]["total"] == len(elected)
    assert report["executives"]["total"] == sum(len(c.members) for c in elected)
    assert report["previous"]["chairs"]["total"] == 106
    assert report["previous"]["chairs"]["post"]["居委会主任"] == {"count": 39, "pct": "36.8"}  # the seed's figure
    # A real district's first 妇联: chairs in the 两委 as before, some 一肩挑, 执委 mostly new.
    assert float(report["chairs"]["two_committees"]["pct"]) > 90
    assert report["chairs"]["one_shoulder"]["count"] > 0
    assert report["change"]["one_shoulder"]["count"] > 0
    assert float(report["executives"]["new"]["pct"]) > 70
    assert report["change"]["executives"]["roles"]["兼职副主席"] == report["executives"]["roles"]["兼职副主席"]
