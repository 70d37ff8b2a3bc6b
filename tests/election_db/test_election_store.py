"""The election kept in a real district file: saved whole, counted, confirmed into the members, undone."""

from __future__ import annotations

import dataclasses

import pytest
from election_db_helpers import (
    BOARD,
    COMMUNITY,
    NEW_CHAIR_FIELDS,
    STREET,
    board_election,
    tied_board_election,
)

from fdh_desktop.services import election as service
from fdh_desktop.services.election_io import ElectionFileError, read_election
from fdh_desktop.services.history import community_changesets, revert_community
from fdh_desktop.services.statistics import statistics
from fdh_desktop.storage import StoreError
from fdh_desktop.storage.election import STATE_CANDIDATES, STATE_CONFIRMED, STATE_TALLIED


def _save(store, data: dict) -> int:
    file = read_election(data, "选举.json")
    community = service.find_community(store, file.street, file.community)
    service.save_election(store, community.id, file.election, term=6)
    return community.id


def _roles(store, community_id: int) -> list[tuple[str, str]]:
    return [(m.role, m.name) for m in store.members(community_id, 6)]


def test_a_saved_election_reads_back_equal_and_a_second_identical_save_writes_nothing(demo_store):
    community_id = _save(demo_store, board_election())
    stored = demo_store.election(community_id, 6)
    again = read_election(board_election(), "选举.json").election
    for sitting in again.sittings:
        sitting.meeting.community = COMMUNITY
    assert stored == again
    assert stored.sittings[0].meeting.scrutineers == ["吴婷", "郑洁"]
    assert stored.sittings[0].rounds[0].role_seats == {"主任": 1, "副主任": 2, "委员": 4}
    before = len(community_changesets(demo_store, community_id))
    assert not service.save_election(demo_store, community_id, again, term=6)
    assert len(community_changesets(demo_store, community_id)) == before


def test_the_states_of_a_term_show_candidates_only_tallied_and_confirmed(demo_store):
    first = _save(demo_store, board_election(tallied=False))
    other = board_election()
    other["community"] = demo_store.communities(demo_store.require_street(STREET).id)[1].name
    second = _save(demo_store, other)
    third_data = board_election()
    third_data["community"] = demo_store.communities(demo_store.require_street(STREET).id)[2].name
    third = _save(demo_store, third_data)
    service.confirm_election(demo_store, third, term=6)
    states = {row["community_id"]: row["state"] for row in demo_store.election_states(6)}
    assert states == {first: STATE_CANDIDATES, second: STATE_TALLIED, third: STATE_CONFIRMED}


def test_undoing_a_save_brings_the_previous_election_back(demo_store):
    community_id = _save(demo_store, board_election(tallied=False))
    changed = board_election()
    changed["meetings"][0]["present"] = 42
    _save(demo_store, changed)
    assert demo_store.election(community_id, 6).sittings[0].meeting.present == 42
    latest = community_changesets(demo_store, community_id)[0]
    revert_community(demo_store, latest.changeset_id, community_id)
    restored = demo_store.election(community_id, 6)
    assert restored.sittings[0].meeting.present == 40
    assert restored.sittings[0].tallies == {}


def test_confirming_makes_the_elected_the_leadership_and_undo_brings_the_old_members_back(demo_store):
    community_id = _save(demo_store, board_election())
    before = _roles(demo_store, community_id)
    old_chair = demo_store.members(community_id, 6)[0]
    old_reps = demo_store.congress(community_id, 6).reps_total or 0
    old_progress = demo_store.congress(community_id, 6).progress
    figures_before = statistics(demo_store, term=6)
    assert ("委员", "沈娜蓉") in before and old_chair.name == "朱兰秀"

    done = service.confirm_election(demo_store, community_id, term=6)

    assert done.changes.congresses == frozenset({community_id})
    assert _roles(demo_store, community_id) == [
        ("主任", "王丽"), ("副主任", "万兰丹"), ("副主任", "朱兰秀"),  # 万 3 strokes before 朱 6
        ("委员", "丁玉兰"), ("委员", "马秀英"), ("委员", "石晓燕"), ("委员", "赵芳")]
    chair, _, former_chair = demo_store.members(community_id, 6)[:3]
    assert (chair.education, chair.political, chair.rc_post) == ("研究生", "中共党员", "居委会主任")
    # The former 主任, re-elected 副主任, is the same record with her details kept.
    assert (former_chair.id, former_chair.id_number, former_chair.phone) == (
        old_chair.id, old_chair.id_number, old_chair.phone)
    assert former_chair.id_number
    congress = demo_store.congress(community_id, 6)
    assert (congress.reps_total, congress.reps_present, congress.election_date.isoformat()) == (45, 40, "2026-03-20")
    # 已选举 now, unless the campaign had already marked the community 已完成.
    assert congress.progress == ("已完成" if old_progress == "已完成" else "已选举")
    figures = statistics(demo_store, term=6)
    graduates = figures_before["chairs"]["education_detail"]["研究生"]["count"]
    assert figures["chairs"]["education_detail"]["研究生"]["count"] == graduates + 1 - (old_chair.education == "研究生")
    assert figures["representatives"]["total"] == figures_before["representatives"]["total"] + 45 - old_reps
    assert demo_store.election(community_id, 6).confirmed
    assert "确认当选" in {e.action for e in community_changesets(demo_store, community_id)}

    message = revert_community(demo_store, done.changeset_id, community_id)
    assert "确认当选" in message
    assert _roles(demo_store, community_id) == before
    assert statistics(demo_store, term=6) == figures_before
    assert not demo_store.election(community_id, 6).confirmed


def test_a_tie_on_the_last_seat_is_refused_and_nothing_is_written(demo_store):
    community_id = _save(demo_store, tied_board_election())
    before = _roles(demo_store, community_id)
    with pytest.raises(service.ElectionRefused, match="第1轮.*票数相等.*重新投票"):
        service.confirm_election(demo_store, community_id, term=6)
    assert _roles(demo_store, community_id) == before
    assert not demo_store.election(community_id, 6).confirmed


def test_sums_that_do_not_add_up_are_refused_naming_the_field(demo_store):
    community_id = _save(demo_store, board_election(valid=39, invalid=0))
    with pytest.raises(service.ElectionRefused, match="有效\\+无效"):
        service.confirm_election(demo_store, community_id, term=6)


def test_an_uncounted_round_is_refused(demo_store):
    community_id = _save(demo_store, board_election(tallied=False))
    with pytest.raises(service.ElectionRefused, match="第1轮.*尚未计票"):
        service.confirm_election(demo_store, community_id, term=6)


def test_a_confirmed_election_cannot_be_saved_over_until_the_confirmation_is_undone(demo_store):
    community_id = _save(demo_store, board_election())
    done = service.confirm_election(demo_store, community_id, term=6)
    with pytest.raises(service.ElectionRefused, match="已确认当选"):
        _save(demo_store, board_election(tallied=False))
    revert_community(demo_store, done.changeset_id, community_id)
    _save(demo_store, board_election(tallied=False))
    assert demo_store.election(community_id, 6).sittings[0].tallies == {}


def _federation_election(demo_store) -> int:
    names = ["丁玉兰", "马秀英", "王丽", "尹红", "石晓燕", "刘佳", "许静"]
    executives = {"number": 1, "kind": "执委", "seats": 7, "method": "等额选举",
                  "candidates": [{"name": n} for n in names],
                  "tally": {"issued": 40, "returned": 40, "valid": 40, "invalid": 0,
                            "votes": {n: [35, 3, 2] for n in names}}}
    chairs = {"number": 2, "kind": "主席副主席", "seats": 3, "method": "等额选举", "role_seats": {"主席": 1, "副主席": 2},
              "candidates": [{"name": "王丽", "role": "主席", "post": "社区党组织书记", "fields": dict(NEW_CHAIR_FIELDS)},
                             {"name": "刘佳", "role": "副主席"}, {"name": "许静", "role": "副主席"}],
              "tally": {"issued": 7, "returned": 7, "valid": 7, "invalid": 0,
                        "votes": {"王丽": [7, 0, 0], "刘佳": [6, 1, 0], "许静": [6, 0, 1]}}}
    data = board_election()
    data["meetings"][0]["rounds"] = [executives]
    data["meetings"].append({"name": "虎坊路社区妇联第一届执行委员会第一次全体会议", "date": "2026-03-20", "expected": 7,
                             "present": 7, "voting": "无记名投票", "method": "等额选举", "voters": "执委",
                             "chief_scrutineer": "周慧", "rounds": [chairs]})
    return _save(demo_store, data)


def test_a_federation_election_in_a_妇代会_term_gives_its_roles_主任_and_委员(demo_store):
    community_id = _federation_election(demo_store)
    service.confirm_election(demo_store, community_id, term=6)
    assert _roles(demo_store, community_id) == [
        ("主任", "王丽"), ("副主任", "刘佳"), ("副主任", "许静"),
        ("委员", "丁玉兰"), ("委员", "马秀英"), ("委员", "尹红"), ("委员", "石晓燕")]


def test_a_federation_election_in_a_妇联_term_gives_主席_副主席_and_执委(demo_store):
    term = demo_store.require_term(6)
    demo_store.save_term(dataclasses.replace(term, form="妇联"))
    community_id = _federation_election(demo_store)
    service.confirm_election(demo_store, community_id, term=6)
    assert _roles(demo_store, community_id) == [
        ("主席", "王丽"), ("副主席", "刘佳"), ("副主席", "许静"),
        ("执委", "丁玉兰"), ("执委", "马秀英"), ("执委", "尹红"), ("执委", "石晓燕")]
    chair = demo_store.members(community_id, 6)[0]
    assert (chair.party_post, chair.rc_post) == ("书记", "社区党组织书记")  # her 两委 post came with her


def test_an_elected_chair_without_the_details_a_chair_needs_is_refused_naming_the_field(demo_store):
    data = board_election()
    data["meetings"][0]["rounds"][0]["candidates"][0]["fields"] = {"birth_date": "1990-05-01"}
    community_id = _save(demo_store, data)
    before = _roles(demo_store, community_id)
    with pytest.raises(service.ElectionRefused, match="当选人王丽（主任）：政治面貌：主任须填写政治面貌"):
        service.confirm_election(demo_store, community_id, term=6)
    assert _roles(demo_store, community_id) == before


def test_round_two_electing_someone_not_elected_in_round_one_is_refused(demo_store):
    data = board_election()
    data["meetings"][0]["rounds"][0] = {
        "number": 1, "kind": "执委", "seats": 1, "method": "等额选举", "candidates": [{"name": "丁玉兰"}],
        "tally": {"issued": 40, "returned": 40, "valid": 40, "invalid": 0, "votes": {"丁玉兰": [35, 3, 2]}}}
    data["meetings"].append({"name": "执委会第一次全体会议", "expected": 1, "present": 1, "method": "等额选举",
                             "voters": "执委", "rounds": [{
                                 "number": 2, "kind": "主席副主席", "seats": 1, "role_seats": {"主席": 1},
                                 "candidates": [{"name": "王丽", "role": "主席"}],
                                 "tally": {"issued": 1, "returned": 1, "valid": 1, "invalid": 0,
                                           "votes": {"王丽": [1, 0, 0]}}}]})
    community_id = _save(demo_store, data)
    with pytest.raises(service.ElectionRefused, match="王丽不是已当选的执委"):
        service.confirm_election(demo_store, community_id, term=6)


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d["meetings"][0].update(expected=-1), "meetings[0].expected"),
    (lambda d: d["meetings"][0].update(voting="鼓掌"), "meetings[0].voting"),
    (lambda d: d["meetings"][0]["rounds"][0].update(seats="七"), "meetings[0].rounds[0].seats"),
    (lambda d: d["meetings"][0]["rounds"][0]["candidates"][2].update(name=""), "meetings[0].rounds[0].candidates[2].name"),
    (lambda d: d["meetings"][0]["rounds"][0]["tally"]["votes"].update(外人=[1, 0, 0]),
     "meetings[0].rounds[0].tally.votes.外人"),
    (lambda d: d["meetings"][0].update(date="2026-02-30"), "meetings[0].date"),
    (lambda d: d.pop("community"), "community"),
    (lambda d: d["meetings"][0]["rounds"][0]["candidates"][1].update(id_number="110101199001011234"),
     "meetings[0].rounds[0].candidates[1].id_number"),
    (lambda d: d["meetings"][0]["rounds"][0]["candidates"][0]["fields"].update(political="党员同志"),
     "meetings[0].rounds[0].candidates[0].fields.political"),
    (lambda d: d["meetings"][0]["rounds"][0]["candidates"][0]["fields"].update(wechat="x"),
     "meetings[0].rounds[0].candidates[0].fields.wechat"),
    (lambda d: d["meetings"][0]["rounds"][0]["candidates"][0].update(post="楼长"),
     "meetings[0].rounds[0].candidates[0].post"),
])
def test_a_bad_field_in_an_election_file_is_refused_by_its_path(change, field):
    data = board_election()
    change(data)
    with pytest.raises(ElectionFileError) as refused:
        read_election(data, "选举.json")
    assert str(refused.value).startswith(f"选举.json：字段 {field} ")
    assert "\n" not in str(refused.value)


def test_undoing_the_deletion_of_a_congress_brings_its_election_back(demo_store):
    community_id = _save(demo_store, board_election())
    demo_store.delete_congress(community_id, 6)
    assert demo_store.election(community_id, 6) is None
    latest = community_changesets(demo_store, community_id)[0]
    revert_community(demo_store, latest.changeset_id, community_id)
    restored = demo_store.election(community_id, 6)
    assert restored.sittings[0].tallies[1].votes["王丽"].yes == 38
    assert [c.name for c in restored.sittings[0].rounds[0].candidates] == [n for n, _ in BOARD]


def test_votes_for_someone_not_standing_are_refused_before_anything_is_written(demo_store):
    file = read_election(board_election(), "选举.json")
    file.election.sittings[0].tallies[1].votes["外人"] = file.election.sittings[0].tallies[1].votes["王丽"]
    community = service.find_community(demo_store, STREET, COMMUNITY)
    with pytest.raises(service.ElectionRefused, match="第1轮计票中的“外人”不是本轮候选人"):
        service.save_election(demo_store, community.id, file.election, term=6)
    assert demo_store.election(community.id, 6) is None


def test_an_unknown_community_is_named(demo_store):
    with pytest.raises(StoreError, match="找不到天桥街道的“无此社区”社区"):
        service.find_community(demo_store, STREET, "无此社区")
