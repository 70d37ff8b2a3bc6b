"""The election rules: candidate checks and the verdict on a tally, each rule with its message."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from fdh_desktop.domain.election import (
    BASE_PRESENT,
    BASE_RETURNED,
    KIND_BOARD,
    KIND_CHAIRS,
    KIND_EXECUTIVE,
    METHOD_EQUAL,
    METHOD_SURPLUS,
    NOT_ELECTED,
    QUORUM_HALF,
    VOTING_HANDS,
    Candidate,
    Meeting,
    Round,
    Tally,
    Thresholds,
    Votes,
    WriteIn,
    check_candidates,
    count,
    first_plenary,
    required_surplus,
    validity_statement,
)

SEVENTEEN = ["丁玉兰", "马秀英", "王丽", "王桂芳", "尹红", "石晓燕", "刘佳", "刘淑珍", "许静", "孙丽娟",
             "李娜", "李秀梅", "杨敏", "何琳", "张燕", "陈霞", "赵芳"]


def meeting(**changes) -> Meeting:
    base = Meeting(name="天桥街道永安社区第七次妇女代表大会", community="永安社区", day=date(2026, 3, 20),
                   expected=45, present=40, chief_scrutineer="周慧", scrutineers=["吴婷", "郑洁"],
                   counters=["冯雪", "褚萍"], host="韩梅")
    return replace(base, **changes)


def executive(n_candidates: int = 17, seats: int = 15) -> Round:
    return Round(KIND_EXECUTIVE, seats, [Candidate(n) for n in SEVENTEEN[:n_candidates]])


def three_seats() -> Round:
    return Round(KIND_EXECUTIVE, 3, [Candidate(n) for n in ["王丽", "刘佳", "李娜", "张燕"]])


def ballot(votes: dict[str, tuple[int, int, int]], issued=40, returned=40, valid=40, invalid=0, write_ins=()):
    return Tally({n: Votes(*v) for n, v in votes.items()}, list(write_ins), issued, returned, valid, invalid)


def messages(problems, level=None):
    return [p.message for p in problems if level is None or p.level == level]


# -------------------------------------------------------------------------------- candidate checks

@pytest.mark.parametrize(("seats", "surplus"), [(1, 1), (5, 1), (10, 1), (11, 2), (15, 2), (21, 3)])
def test_surplus_is_ten_percent_rounded_up_and_at_least_one(seats, surplus):
    assert required_surplus(seats) == surplus


@pytest.mark.parametrize(("method", "n", "seats", "expected"), [
    (METHOD_SURPLUS, 17, 15, []),
    (METHOD_SURPLUS, 16, 15, ["差额选举应选15名，候选人应不少于17名（多于应选名额10%，至少多1名），现有16名"]),
    (METHOD_SURPLUS, 15, 15, ["差额选举应选15名，候选人应不少于17名（多于应选名额10%，至少多1名），现有15名"]),
    (METHOD_EQUAL, 15, 15, []),
    (METHOD_EQUAL, 16, 15, ["等额选举应选15名，候选人应为15名，现有16名"]),
])
def test_candidate_count_per_method(method, n, seats, expected):
    problems = check_candidates(meeting(method=method), executive(n, seats))
    assert messages(problems) == expected
    assert all(p.field == "候选人" for p in problems)


def test_a_district_may_ask_for_a_bigger_surplus():
    problems = check_candidates(meeting(), executive(17, 15), Thresholds(surplus=Decimal("0.2")))
    assert messages(problems) == ["差额选举应选15名，候选人应不少于18名（多于应选名额20%，至少多1名），现有17名"]


def test_a_supervisor_who_is_a_candidate_is_an_error_naming_the_role():
    problems = check_candidates(meeting(scrutineers=["吴婷", "李娜"], counters=["王丽"]), executive())
    assert [(p.level, p.field) for p in problems] == [("error", "监票人"), ("error", "计票人")]
    assert messages(problems) == ["监票人“李娜”是本轮候选人，候选人不得担任监票人",
                                  "计票人“王丽”是本轮候选人，候选人不得担任计票人"]


def test_a_chair_candidate_below_deputy_in_the_two_committees_is_a_warning():
    chairs = Round(KIND_CHAIRS, 3, [Candidate("王丽", role="主席", post="居委会委员"),
                                    Candidate("刘佳", role="副主席", post="无"),
                                    Candidate("李娜", role="副主席", post="居委会委员")],
                   role_seats={"主席": 1, "副主席": 2}, method=METHOD_EQUAL)
    problems = check_candidates(meeting(), chairs)
    assert [(p.level, p.field, p.message) for p in problems] == [
        ("warning", "两委职务", "主席候选人“王丽”不是社区“两委”副职及以上（现任：居委会委员）")]
    chairs.candidates[0].post = "居委会副主任"
    assert check_candidates(meeting(), chairs) == []


def test_per_role_seats_are_checked_per_role():
    board = Round(KIND_BOARD, 5, [Candidate("王丽", role="主任", post="社区党组织书记"),
                                  Candidate("刘佳", role="副主任"), Candidate("李娜", role="委员"),
                                  Candidate("张燕", role="委员"), Candidate("赵芳")],
                  role_seats={"主任": 1, "副主任": 1, "委员": 3}, method=METHOD_EQUAL)
    assert messages(check_candidates(meeting(), board)) == [
        "候选人“赵芳”未注明所选职务（主任、副主任、委员）",
        "委员等额选举应选3名，候选人应为3名，现有2名"]


def test_a_name_the_stroke_data_does_not_know_is_an_error_before_printing():
    problems = check_candidates(meeting(method=METHOD_EQUAL), Round(KIND_EXECUTIVE, 2, [Candidate("王丽"),
                                                                                       Candidate("李䶮")]))
    assert [(p.field, p.message) for p in problems] == [
        ("候选人:李䶮", "“李䶮”中的“䶮”（U+4DAE）不在笔画数据中，无法按姓氏笔画排序，请核对姓名用字")]


# ------------------------------------------------------------------------------------------ verdict

def test_a_clean_ballot_elects_the_most_approved_up_to_the_seats():
    tally = ballot({"王丽": (38, 1, 1), "刘佳": (30, 6, 4), "李娜": (25, 10, 5), "张燕": (20, 15, 5)})
    verdict = count(meeting(), three_seats(), tally)
    assert verdict.ok and verdict.meeting_valid and not verdict.void
    assert [o.name for o in verdict.elected] == ["王丽", "刘佳", "李娜"]
    assert [(o.name, o.status) for o in verdict.outcomes][-1] == ("张燕", NOT_ELECTED)
    assert verdict.seats_left == 0
    assert messages(verdict.problems) == ["“张燕”得赞成票20票，未超过应到代表45的半数，未当选"]


# Each rule: the tally, the thresholds, then the expected verdict (errors, elected, tied, seats left).
RULES = {
    "no quorum": dict(
        meeting=dict(present=30), tally=ballot({"王丽": (30, 0, 0)}, 30, 30, 30),
        errors=["本次大会应到代表45名，实到代表30名，未超过应到代表的三分之二，会议无效，不能进行选举"],
        fields=["实到"], meeting_valid=False),
    "quorum by half is a district's choice": dict(
        meeting=dict(present=30), thresholds=Thresholds(quorum=QUORUM_HALF, majority_base=BASE_PRESENT),
        tally=ballot({"王丽": (29, 1, 0), "刘佳": (20, 5, 5), "李娜": (16, 10, 4), "张燕": (10, 10, 10)},
                     30, 30, 30),
        elected=["王丽", "刘佳", "李娜"], seats_left=0),
    "more returned than issued voids the round": dict(
        tally=ballot({"王丽": (41, 0, 0)}, issued=40, returned=41, valid=41),
        errors=["收回选票41张，多于发出选票40张，本轮选举无效，应重新选举"], fields=["收回"], void=True),
    "valid plus invalid is not returned": dict(
        tally=ballot({"王丽": (35, 2, 1), "刘佳": (30, 5, 3), "李娜": (25, 10, 3), "张燕": (20, 15, 3)},
                     valid=38, invalid=1),
        errors=["有效票38张加无效票1张为39张，不等于收回选票40张"], fields=["有效+无效"]),
    "a candidate's votes do not add up to the valid ballots": dict(
        tally=ballot({"王丽": (38, 1, 1), "刘佳": (30, 6, 3), "李娜": (25, 10, 5), "张燕": (20, 15, 5)}),
        errors=["候选人“刘佳”赞成30、反对6、弃权3，合计39票，不等于有效票40张"], fields=["候选人:刘佳"]),
    "a candidate short of the majority leaves a seat": dict(
        tally=ballot({"王丽": (38, 1, 1), "刘佳": (30, 6, 4), "李娜": (22, 10, 8), "张燕": (20, 15, 5)}),
        elected=["王丽", "刘佳"], seats_left=1,
        notes=["“李娜”得赞成票22票，未超过应到代表45的半数，未当选",
               "“张燕”得赞成票20票，未超过应到代表45的半数，未当选",
               "应选3名，当选2名，尚缺1名"]),
    "the base of the majority may be the returned ballots": dict(
        thresholds=Thresholds(majority_base=BASE_RETURNED),
        tally=ballot({"王丽": (38, 1, 1), "刘佳": (30, 6, 4), "李娜": (22, 10, 8), "张燕": (20, 15, 5)}),
        elected=["王丽", "刘佳", "李娜"], seats_left=0),
    "a tie on the last seat goes to fewer 反对": dict(
        tally=ballot({"王丽": (36, 3, 1), "刘佳": (30, 6, 4), "李娜": (27, 10, 3), "张燕": (27, 8, 5)}),
        elected=["王丽", "刘佳", "张燕"], not_elected=["李娜"], seats_left=0,
        notes=["最后名额赞成票相同（27票），按反对票少者当选：张燕"]),
    "a tie on 赞成 and 反对 needs a new vote": dict(
        tally=ballot({"王丽": (36, 3, 1), "刘佳": (30, 6, 4), "李娜": (27, 8, 5), "张燕": (27, 8, 5)}),
        elected=["王丽", "刘佳"], tied=["李娜", "张燕"], seats_left=1,
        notes=["最后1个名额：李娜、张燕赞成票相同（27票），无法按反对票确定，应就这几人重新投票",
               "应选3名，当选2名，尚缺1名"]),
    "a write-in with enough votes is elected": dict(
        tally=ballot({"王丽": (37, 2, 1), "刘佳": (30, 6, 4), "李娜": (20, 10, 10), "张燕": (10, 25, 5)},
                     write_ins=[WriteIn("钱芳", 23)]),
        elected=["王丽", "刘佳", "钱芳"], seats_left=0),
    "more approvals than a ballot may give": dict(
        tally=ballot({"王丽": (40, 0, 0), "刘佳": (40, 0, 0), "李娜": (40, 0, 0), "张燕": (40, 0, 0)}),
        errors=["赞成票合计160票，超过有效票40张×应选3名，多选的选票应计为无效票"], fields=["有效"]),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_tally_verdict(rule):
    case = RULES[rule]
    verdict = count(meeting(**case.get("meeting", {})), three_seats(), case["tally"],
                    case.get("thresholds", Thresholds()))
    assert messages(verdict.problems, "error") == case.get("errors", [])
    assert [p.field for p in verdict.problems if p.is_error] == case.get("fields", [])
    assert verdict.meeting_valid is case.get("meeting_valid", True)
    assert verdict.void is case.get("void", False)
    assert [o.name for o in verdict.elected] == case.get("elected", [])
    assert [o.name for o in verdict.tied] == case.get("tied", [])
    if "not_elected" in case:
        assert [o.name for o in verdict.not_elected] == case["not_elected"]
    if "seats_left" in case:
        assert verdict.seats_left == case["seats_left"]
    if "notes" in case:
        assert messages(verdict.problems, "warning") == case["notes"]


def test_show_of_hands_counts_only_hands_against_those_present():
    hands = meeting(voting=VOTING_HANDS, method=METHOD_EQUAL)
    board = Round(KIND_CHAIRS, 2, [Candidate("王丽", role="主席", post="居委会主任"),
                                   Candidate("刘佳", role="副主席")], role_seats={"主席": 1, "副主席": 1})
    verdict = count(hands, board, Tally({"王丽": Votes(40), "刘佳": Votes(35, 3, 2)}))
    assert verdict.ok and [(o.name, o.role) for o in verdict.elected] == [("王丽", "主席"), ("刘佳", "副主席")]
    verdict = count(hands, board, Tally({"王丽": Votes(40, 1), "刘佳": Votes(35, 3, 2)}))
    assert messages(verdict.problems) == ["候选人“王丽”赞成40、反对1、弃权0，合计41人，多于实到代表40名"]


def test_a_missing_count_is_named():
    four = {"王丽": (38, 1, 1), "刘佳": (30, 6, 4), "李娜": (28, 10, 2), "张燕": (20, 15, 5)}
    verdict = count(meeting(), three_seats(), ballot(four, valid=None))
    assert messages(verdict.problems, "error") == ["无记名投票应填写有效选票张数"]
    verdict = count(meeting(), three_seats(), ballot({"王丽": (38, 1, 1), "刘佳": (30, 6, 4), "李娜": (28, 10, 2)}))
    assert messages(verdict.problems, "error") == ["候选人“张燕”没有计票结果"]


def test_the_validity_statement_reads_the_counts():
    assert validity_statement(meeting()) == ("本次大会应到代表45名，实到代表40名，超过应到代表的三分之二，"
                                             "会议有效，可以进行选举。")


def test_a_full_差额_round_of_fifteen_from_seventeen():
    votes = {name: (40 - i, i, 0) for i, name in enumerate(SEVENTEEN)}
    verdict = count(meeting(), executive(), ballot(votes))
    assert verdict.ok and len(verdict.elected) == 15
    assert {o.name for o in verdict.not_elected} == {"陈霞", "赵芳"}


def test_round_two_counts_against_the_elected_executives():
    congress = meeting()
    plenary = first_plenary(congress, executives=15, present=14)
    assert (plenary.expected, plenary.present, plenary.method) == (15, 14, METHOD_EQUAL)
    assert plenary.name == "永安社区妇联第一届执行委员会第一次全体会议"
    chairs = Round(KIND_CHAIRS, 3, [Candidate("王丽", role="主席", post="居委会主任"),
                                    Candidate("刘佳", role="副主席"), Candidate("李娜", role="副主席")],
                   role_seats={"主席": 1, "副主席": 2})
    tally = Tally({"王丽": Votes(13, 1, 0), "刘佳": Votes(8, 5, 1), "李娜": Votes(7, 6, 1)}, [], 14, 14, 14, 0)
    verdict = count(plenary, chairs, tally)
    # 8 of 15 is a majority of the 执委; 7 is not, so one 副主席 seat is left for another vote.
    assert [(o.name, o.role) for o in verdict.elected] == [("王丽", "主席"), ("刘佳", "副主席")]
    assert verdict.seats_left == 1
    assert "“李娜”得赞成票7票，未超过应到执委15的半数，未当选" in messages(verdict.problems)
    assert validity_statement(plenary) == "本次会议应到执委15名，实到执委14名，超过应到执委的三分之二，会议有效，可以进行选举。"
    assert "副主席应选2名，当选1名，尚缺1名" in messages(verdict.problems)
