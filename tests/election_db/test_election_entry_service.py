"""services.election_entry on the demo district: a new election shaped by the organisation form,
candidates cleaned and checked by the members' rules, and the people offered from the previous term."""

from __future__ import annotations

from datetime import date

import pytest
from election_db_helpers import COMMUNITY, STREET, board_election

from fdh_desktop.domain.election import KIND_BOARD, KIND_CHAIRS, KIND_EXECUTIVE, Round
from fdh_desktop.services import election as service
from fdh_desktop.services import election_entry as entry
from fdh_desktop.services.election_io import read_election
from fdh_desktop.storage import StoreError


def _community(store) -> int:
    return service.find_community(store, STREET, COMMUNITY).id


def test_a_new_congress_election_takes_the_congress_record_and_one_board_round(demo_store):
    community = _community(demo_store)
    election = entry.new_election(demo_store, community, term=6)
    assert entry.term_form(demo_store, 6) == "妇代会"  # the demo's terms record no form: the legacy one
    [sitting] = election.sittings
    meeting = sitting.meeting
    assert (meeting.name, meeting.day, meeting.expected, meeting.present, meeting.voting, meeting.method) == (
        "天桥街道虎坊路社区第六次妇女代表大会", date(2023, 3, 10), 57, 55, "举手表决", "等额选举")
    [round_] = sitting.rounds
    assert (round_.kind, round_.seats, round_.role_seats) == (KIND_BOARD, 7, {"主任": 1, "副主任": 2, "委员": 4})
    service.save_election(demo_store, community, election, term=6)
    with pytest.raises(StoreError, match="本届已录入选举"):
        entry.new_election(demo_store, community, term=6)


def test_a_new_federation_election_has_the_executives_then_the_chairs_among_them(demo_store):
    election = entry.new_election(demo_store, _community(demo_store), term=6, form="妇联")
    congress, plenary = election.sittings
    assert [(r.number, r.kind, r.seats) for r in congress.rounds] == [(1, KIND_EXECUTIVE, 15)]
    assert [(r.number, r.kind, r.role_seats, r.method) for r in plenary.rounds] == [
        (2, KIND_CHAIRS, {"主席": 1, "副主席": 2}, "等额选举")]
    assert (plenary.meeting.voters, plenary.meeting.expected) == ("执委", 15)
    assert congress.meeting.voters == "代表"


def test_a_typed_candidate_is_cleaned_and_checked_like_a_member():
    candidate, problems = entry.clean_candidate(
        {"name": " 石晓燕 ", "id_number": "110102199001011241", "political": "党员", "education": "大专",
         "rc_post": "居委会副主任", "phone": "13800000000"}, "主任", date(2026, 3, 20))
    assert candidate is not None and not [p for p in problems if p.is_error]
    assert (candidate.name, candidate.role, candidate.post) == ("石晓燕", "主任", "居委会副主任")
    assert candidate.fields == {"birth_date": "1990-01-01", "political": "中共党员", "education": "大学专科",
                                "phone": "13800000000", "committee_post": "副主任"}  # the 两委 field behind it

    missing, problems = entry.clean_candidate({"name": "赵芳"}, "主任", date(2026, 3, 20))
    assert missing is None
    assert {p.field for p in problems if p.is_error} >= {"political", "education", "rc_post", "birth_date"}

    wrong, problems = entry.clean_candidate({"name": "赵芳", "id_number": "110102199001011241",
                                             "birth_date": date(1990, 2, 1)}, "委员", None)
    assert wrong is None
    assert [(p.field, p.message) for p in problems if p.is_error] == [
        ("birth_date", "出生日期1990-02-01与身份证号中的1990-01-01不一致")]

    young, problems = entry.clean_candidate({"name": "赵芳", "birth_date": "2010-01-01"}, "", date(2026, 3, 20))
    assert young is None and [p.message for p in problems if p.is_error] == ["按换届日期计算年龄为16岁，不满18岁"]


def test_the_offered_people_are_last_terms_leadership_then_this_terms_without_those_standing(demo_store):
    community = _community(demo_store)
    previous = demo_store.members(community, 5)
    current = demo_store.members(community, 6)
    round_ = Round(KIND_BOARD, 7, role_seats={"主任": 1, "副主任": 2, "委员": 4})
    offered = entry.nominees(demo_store, community, round_, term=6)
    assert [n.member.name for n in offered] == [m.name for m in previous] + [m.name for m in current]
    assert offered[0].source == "上届" and offered[-1].source == "本届"

    round_.candidates.append(entry.candidate_from_member(previous[0], "主任"))
    assert previous[0].name not in [n.member.name for n in entry.nominees(demo_store, community, round_, term=6)]

    chairs = Round(KIND_CHAIRS, 3, role_seats={"主席": 1, "副主席": 2})
    assert entry.seat_for(chairs, "主任") == "主席" and entry.seat_for(chairs, "委员") == ""
    assert entry.seat_for(Round(KIND_EXECUTIVE, 15), "主任") == ""


def test_a_picked_candidate_keeps_her_member_fields_through_saving_and_confirming(demo_store):
    community = _community(demo_store)
    data = board_election()
    file = read_election(data, "选举.json")
    round_ = file.election.sittings[0].rounds[0]
    picked = demo_store.members(community, 5)[1]  # 钱兰芳, a 副主任 of 第五届
    old = next(c for c in round_.candidates if c.name == "万兰丹")
    round_.candidates[round_.candidates.index(old)] = entry.candidate_from_member(picked, "副主任")
    tally = file.election.sittings[0].tallies[1]
    tally.votes[picked.name] = tally.votes.pop("万兰丹")
    service.save_election(demo_store, community, file.election, term=6)
    service.confirm_election(demo_store, community, term=6)
    stored = next(m for m in demo_store.members(community, 6) if m.name == picked.name)
    assert (stored.role, stored.id_number, stored.political, stored.education) == (
        "副主任", picked.id_number, picked.political, picked.education)


def test_a_federation_picks_its_chairs_from_the_executive_candidates_first(demo_store):
    community = _community(demo_store)
    election = entry.new_election(demo_store, community, term=6, form="妇联")
    executives, chairs = election.sittings[0].rounds[0], election.sittings[1].rounds[0]
    previous = demo_store.members(community, 5)
    executives.candidates = [entry.candidate_from_member(m) for m in previous[:3]]
    executives.candidates.append(entry.candidate_from_member(demo_store.members(community, 6)[0]))
    offered = entry.nominees(demo_store, community, chairs, term=6, election=election)
    standing = [c.name for c in executives.candidates]
    assert [n.member.name for n in offered[:4]] == standing
    assert offered[0].label == f"{previous[0].name}（执委候选人，{previous[0].rc_post}）"
    rest = [n.member.name for n in offered[4:]]
    assert not set(standing) & set(rest) and previous[3].name in rest  # each person once
