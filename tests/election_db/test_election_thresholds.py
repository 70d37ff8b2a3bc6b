"""The district's election thresholds (选举规则) kept in the settings table of a real file: saved in one
transaction kept in the history, read back after reopening, applied by the counting services and by
`fdh tally` and `fdh confirm`, and set from the command line with `fdh election-rules`."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from election_db_helpers import COMMUNITY, STREET, board_election, demo_file, fdh  # noqa: F401 (fixtures)

from fdh_desktop.domain.election import Thresholds, check_candidates
from fdh_desktop.services import election as service
from fdh_desktop.services.election_io import read_election
from fdh_desktop.services.history import recent_history
from fdh_desktop.storage import Store, StoreError

WHERE = ["--street", STREET, "--community", COMMUNITY, "--term", "6"]  # the demo's 第六届


def test_thresholds_start_at_the_defaults_and_come_back_after_reopening(demo_store):
    assert service.load_thresholds(demo_store) == Thresholds()
    chosen = Thresholds("过半数", "收回", Decimal("0.25"))
    changes = service.save_thresholds(demo_store, chosen)
    assert changes.settings
    latest = recent_history(demo_store, 1)[0]
    assert (latest.summary, latest.table) == ("修改选举规则", "settings")
    path = demo_store.path
    demo_store.close()
    with Store.open(path) as reopened:
        assert service.load_thresholds(reopened) == chosen
        assert not service.save_thresholds(reopened, chosen)  # the same values: nothing written


def test_a_threshold_that_cannot_apply_is_refused_naming_the_setting_and_nothing_is_written(demo_store):
    with pytest.raises(StoreError, match="^差额比例应为0%至100%"):
        service.save_thresholds(demo_store, Thresholds(surplus=Decimal("1.5")))
    with pytest.raises(StoreError, match="^当选票数基数应为应到、实到、收回之一"):
        service.save_thresholds(demo_store, Thresholds(majority_base="到会"))
    assert service.load_thresholds(demo_store) == Thresholds()


def test_a_value_spoilt_in_the_file_falls_back_to_its_default_alone(demo_store):
    service.save_thresholds(demo_store, Thresholds("过半数", "实到", Decimal("0.2")))
    with demo_store.write("test", "spoil"):
        demo_store._execute("UPDATE settings SET value = 'abc' WHERE key = 'election_surplus_percent'")
    assert service.load_thresholds(demo_store) == Thresholds("过半数", "实到", Decimal("0.10"))


def test_the_stored_rules_decide_the_count_and_the_confirmation(demo_store):
    data = board_election()
    data["meetings"][0]["rounds"][0]["tally"]["votes"]["赵芳"] = [21, 12, 7]  # > 40/2, not > 45/2
    file = read_election(data, "选举.json")
    community = service.find_community(demo_store, STREET, COMMUNITY).id
    service.save_election(demo_store, community, file.election, term=6)
    with pytest.raises(StoreError, match="尚缺1个名额"):
        service.confirm_election(demo_store, community, term=6)  # 应到, the default base
    service.save_thresholds(demo_store, Thresholds(majority_base="实到"))
    done = service.confirm_election(demo_store, community, term=6)
    assert "赵芳" in [m.name for m in done.members]


def test_the_surplus_share_decides_how_many_candidates_a_surplus_round_needs(demo_store):
    file = read_election(board_election(tallied=False), "选举.json")
    sitting = file.election.sittings[0]
    round_ = sitting.rounds[0]
    sitting.meeting.method = round_.method = "差额选举"
    round_.role_seats = {}
    round_.seats = 5  # seven candidates for five seats
    assert not [p for p in check_candidates(sitting.meeting, round_, Thresholds(surplus=Decimal("0.4")))
                if p.is_error]
    problems = check_candidates(sitting.meeting, round_, Thresholds(surplus=Decimal("0.5")))
    assert [p.message for p in problems if p.is_error] == [
        "差额选举应选5名，候选人应不少于8名（多于应选名额50%，至少多1名），现有7名"]


def test_fdh_election_rules_shows_sets_and_refuses(fdh):
    shown = fdh("election-rules")
    assert shown.returncode == 0
    assert "实到代表超过应到代表的三分之二" in shown.stdout and "赞成票超过应到的半数" in shown.stdout
    saved = fdh("election-rules", "--quorum", "过半数", "--surplus", "20")
    assert saved.returncode == 0 and saved.stdout.startswith("已保存本区的选举规则")
    assert json.loads(fdh("election-rules", "--json").stdout) == {
        "quorum": "过半数", "majority_base": "应到", "surplus_percent": "20"}
    again = fdh("election-rules", "--quorum", "过半数")
    assert again.stdout.startswith("选举规则与保存的相同，未写入任何修改")
    refused = fdh("election-rules", "--surplus", "150")
    assert refused.returncode == 2 and "--surplus 应为0至100的整数" in refused.stderr
    assert json.loads(fdh("election-rules", "--json").stdout)["surplus_percent"] == "20"


def test_fdh_tally_and_confirm_count_with_the_stored_rules(fdh, tmp_path):
    data = board_election()
    data["meetings"][0]["rounds"][0]["tally"]["votes"]["赵芳"] = [21, 12, 7]
    election = tmp_path / "选举.json"
    election.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert fdh("election-import", str(election), "--term", "6").returncode == 0

    def zhao_fang() -> str:
        verdict = json.loads(fdh("tally", *WHERE, "--round", "1", "--json").stdout)
        return next(o["status"] for o in verdict["outcomes"] if o["name"] == "赵芳")

    assert zhao_fang() == "未当选"
    assert fdh("election-rules", "--base", "实到").returncode == 0
    assert zhao_fang() == "当选"
    once = json.loads(fdh("tally", *WHERE, "--round", "1", "--json", "--base", "应到").stdout)
    assert next(o["status"] for o in once["outcomes"] if o["name"] == "赵芳") == "未当选"
    confirmed = fdh("confirm", *WHERE)
    assert confirmed.returncode == 0 and "7名班子成员" in confirmed.stdout
