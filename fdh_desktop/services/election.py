"""The election of a community, stored: load, save, check, count and 确认当选 (no Qt).

确认当选 makes the term's leadership exactly the elected, with their roles (a 妇联's round 2 roles
主席/副主席 as the stored 主任/副主任, the other 执委 as 委员; a 妇代会's single round as elected),
through the one congress writer, in one transaction with the confirmation mark, so that undoing
that changeset (services.history.revert_community) brings the previous members back.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from datetime import date

from fdh_desktop.domain import organisation
from fdh_desktop.domain.federation_rules import check_executive
from fdh_desktop.domain.election import (
    KIND_CHAIRS,
    KIND_EXECUTIVE,
    Candidate,
    Meeting,
    Round,
    Tally,
    Thresholds,
    Verdict,
    check_candidates,
    count,
)
from fdh_desktop.domain.labels import label
from fdh_desktop.domain.problems import Problem
from fdh_desktop.domain.records import MEMBER_FIELDS, Community, Congress, Member
from fdh_desktop.domain.rules import check_member, is_same_person
from fdh_desktop.domain.strokes import sort_by_strokes
from fdh_desktop.storage import Store, StoreError
from fdh_desktop.storage.election import Election, Sitting

from .changes import Changes
from .statistics import term_or_current

_ELECTED_PROGRESS = "已选举"
_FINAL_PROGRESS = "已完成"


class ElectionRefused(StoreError):
    """确认当选 or a paper refused: the message names the round and the fault."""


@dataclass
class RoundState:
    """One round of the election as a screen or a command shows it."""

    meeting: Meeting
    round: Round
    tally: Tally | None
    verdict: Verdict | None  # None: not counted yet
    candidate_problems: list[Problem]


def find_community(store: Store, street: str, community: str) -> Community:
    found = store.find_community(street, community)
    if found is None:
        raise StoreError(f"找不到{street}街道的“{community}”社区")
    return found


def community_name(store: Store, community_id: int) -> str:
    return store.community(community_id).name


def load_election(store: Store, community_id: int, term: int | None = None) -> Election | None:
    term = term_or_current(store, term)
    return store.election(community_id, term)


def require_election(store: Store, community_id: int, term: int | None = None) -> Election:
    election = load_election(store, community_id, term)
    if election is None:
        raise StoreError(f"{store.community(community_id).name}本届尚未录入选举")
    return election


def save_election(store: Store, community_id: int, election: Election, term: int | None = None) -> Changes:
    """Store the community's election (sittings, rounds, candidates, tallies) in one transaction.

    Refused once the result is confirmed: the members came from it, undo the confirmation first.
    """
    term = term_or_current(store, term)
    stored = store.election(community_id, term)
    if stored is not None and stored.confirmed:
        raise ElectionRefused("本届选举结果已确认当选，不能再修改；如需修改，请先在修改记录中撤销“确认当选”")
    _check_shape(election)
    name = store.community(community_id).name
    election = dataclasses.replace(copy.deepcopy(election), confirmed_changeset=None)  # the caller's stays as is
    for sitting in election.sittings:
        sitting.meeting.community = name  # not stored: always the community's own name
    if stored == election:
        return Changes()
    store.save_election(community_id, term, election, f"保存{name}的选举")
    return Changes(congresses=frozenset({community_id}))


def _check_shape(election: Election) -> None:
    """What the tables cannot hold: a round number twice, or votes for someone not standing."""
    seen: set[int] = set()
    for sitting in election.sittings:
        for round_ in sitting.rounds:
            if round_.number in seen:
                raise ElectionRefused(f"第{round_.number}轮重复，各轮的轮次应不同")
            seen.add(round_.number)
            names = {c.name for c in round_.candidates}
            tally = sitting.tallies.get(round_.number)
            for name in tally.votes if tally is not None else {}:
                if name not in names:
                    raise ElectionRefused(f"第{round_.number}轮计票中的“{name}”不是本轮候选人")


def load_thresholds(store: Store) -> Thresholds:
    """The district's election thresholds (选举规则), the defaults until the clerk changes them."""
    return store.election_thresholds()


def save_thresholds(store: Store, chosen: Thresholds) -> Changes:
    """Store the district's thresholds in one transaction; refused (one message naming the setting)
    when a value cannot be applied."""
    problems = chosen.problems()
    if problems:
        raise ElectionRefused(f"{problems[0].field}{problems[0].message}")
    return Changes(settings=True) if store.save_election_thresholds(chosen) else Changes()


def term_elections(store: Store, term: int | None = None) -> list[dict]:
    """The communities of a term with a stored election and its state (已提名候选人, 已计票, 已确认当选)."""
    return store.election_states(term_or_current(store, term))


def round_states(election: Election, thresholds: Thresholds = Thresholds()) -> list[RoundState]:
    states = []
    for sitting in election.sittings:
        for round_ in sitting.rounds:
            tally = sitting.tallies.get(round_.number)
            verdict = None if tally is None else count(sitting.meeting, round_, tally, thresholds)
            states.append(RoundState(sitting.meeting, round_, tally, verdict,
                                     check_candidates(sitting.meeting, round_, thresholds)))
    return states


def find_round(election: Election, number: int) -> tuple[Sitting, Round]:
    for sitting in election.sittings:
        for round_ in sitting.rounds:
            if round_.number == number:
                return sitting, round_
    have = "、".join(str(r.number) for s in election.sittings for r in s.rounds) or "无"
    raise ElectionRefused(f"没有第{number}轮选举（已录入的轮次：{have}）")


def round_state(election: Election, number: int, thresholds: Thresholds = Thresholds()) -> RoundState:
    find_round(election, number)  # refuses an unknown number
    return next(s for s in round_states(election, thresholds) if s.round.number == number)


# ---------------------------------------------------------------------------------- 确认当选


def _refusal(state: RoundState) -> str | None:
    where = f"第{state.round.number}轮（{state.round.title}）"
    if state.verdict is None:
        return f"{where}尚未计票"
    errors = [p for p in state.verdict.problems if p.is_error]
    if errors:
        return f"{where}计票有误：{errors[0].field}：{errors[0].message}"
    if state.verdict.tied:
        names = "、".join(o.name for o in state.verdict.tied)
        return f"{where}{names}票数相等，需就这几人重新投票后才能确认当选"
    if state.verdict.seats_left:
        return f"{where}尚缺{state.verdict.seats_left}个名额未选出，需另行选举后才能确认当选"
    return None


def stored_role(role: str, form: str = organisation.FORM_CONGRESS) -> str:
    """The role as the term's form names it (主席 → 主任 in a 妇代会 term, 主任 → 主席 in a 妇联
    term); a blank one is the form's plain member (委员, 执委)."""
    if not role:
        return organisation.roles(form)[-1]
    return organisation.role_in_form(role, form)


def member_from_candidate(candidate: Candidate | None, name: str, role: str) -> Member:
    """The member a candidate (or a write-in, None) becomes: her ID number and recorded fields."""
    member = Member(role=role, name=name)
    if candidate is None:  # a write-in: only the name is known
        return member
    member.id_number = candidate.id_number or None
    for key, value in candidate.fields.items():
        if key in MEMBER_FIELDS and key not in ("role", "name", "id_number"):
            setattr(member, key, date.fromisoformat(value) if key == "birth_date" and value else value)
    if candidate.post and not member.rc_post:
        member.rc_post = candidate.post
    return member


def _merged(earlier: Candidate | None, later: Candidate | None) -> Candidate | None:
    """One person standing in two rounds (执委, then 主席): what either round recorded, the later first."""
    if earlier is None or later is None:
        return later or earlier
    return Candidate(later.name, later.id_number or earlier.id_number, later.role, later.post or earlier.post,
                     {**earlier.fields, **{k: v for k, v in later.fields.items() if v not in (None, "")}})


def _filled(stored: Member, fresh: Member) -> Member:
    """A stored member's details, with the blanks filled from her candidate record."""
    for key, value in fresh.content().items():
        if getattr(stored, key) in (None, "") and value not in (None, ""):
            setattr(stored, key, value)
    return stored


def elected_members(states: list[RoundState], current: list[Member],
                    form: str = organisation.FORM_CONGRESS) -> list[Member]:
    """The term's new leadership from the counted rounds: chair, deputies, members, each in 姓氏笔画
    order. A person already a member keeps her stored details (phone, workplace …), with her new role."""
    for state in states:
        reason = _refusal(state)
        if reason:
            raise ElectionRefused(reason)
    people: dict[str, tuple[Candidate | None, str]] = {}
    executives: set[str] = set()
    for state in states:
        candidates = {c.name: c for c in state.round.candidates}
        for outcome in state.verdict.elected:  # type: ignore[union-attr]
            if state.round.kind == KIND_CHAIRS and executives and outcome.name not in executives:
                raise ElectionRefused(f"第{state.round.number}轮当选的{outcome.name}不是已当选的执委，"
                                      "主席、副主席应从当选执委中选举")
            candidate = _merged(people.get(outcome.name, (None, ""))[0], candidates.get(outcome.name))
            if state.round.kind == KIND_EXECUTIVE:
                role = organisation.roles(form)[-1]  # a 妇联's round 2 gives the 执委 their offices
                executives.add(outcome.name)
            else:
                role = stored_role(outcome.role or (candidate.role if candidate else ""), form)
            people[outcome.name] = (candidate, role)
    members = []
    for name, (candidate, role) in people.items():
        fresh = member_from_candidate(candidate, name, role)
        same = next((m for m in current if is_same_person(m, fresh)
                     or (not fresh.id_number and m.name == fresh.name)), None)
        members.append(fresh if same is None else _filled(dataclasses.replace(same, role=role), fresh))
    ordered = sort_by_strokes(members, key=lambda m: m.name)
    return sorted(ordered, key=lambda m: organisation.role_rank(m.role))  # stable: strokes within a role


def member_rules(member: Member, day: date | None) -> list:
    """The rules of one member, by her role's form (a 主席's are the 妇联's, a 主任's Part 1's)."""
    if member.role in organisation.FEDERATION_ROLES:
        return check_executive(member, day)
    return check_member(member, day)


def _check_elected(members: list[Member], day: date | None) -> None:
    """The members' own rules (a chair needs 政治面貌, 文化程度 …): the leadership must be one the
    form could save."""
    for m in members:
        errors = [p for p in member_rules(m, day) if p.is_error]
        if errors:
            raise ElectionRefused(f"当选人{m.name}（{m.role}）：{label(errors[0].field)}：{errors[0].message}；"
                                  "请先在候选人信息中补全后再确认当选")


def _congress_after(congress: Congress | None, meeting: Meeting) -> Congress:
    congress = dataclasses.replace(congress) if congress is not None else Congress()
    congress.established = True
    congress.election_date = meeting.day or congress.election_date
    congress.election_method = meeting.method
    congress.voting_method = meeting.voting
    congress.reps_total = meeting.expected
    congress.reps_present = meeting.present
    if congress.progress != _FINAL_PROGRESS:
        congress.progress = _ELECTED_PROGRESS
    return congress


@dataclass
class Confirmation:
    changes: Changes
    changeset_id: int
    members: list[Member]

    @property
    def message(self) -> str:
        return f"已确认当选：{len(self.members)}名班子成员已写入本届记录"


def confirm_election(store: Store, community_id: int, term: int | None = None,
                     rules: Thresholds | None = None) -> Confirmation:
    """确认当选: the elected become the term's leadership members, in one transaction kept in the
    history; counted with the district's stored thresholds unless `rules` are given."""
    term = term_or_current(store, term)
    rules = rules if rules is not None else load_thresholds(store)
    election = require_election(store, community_id, term)
    if election.confirmed:
        raise ElectionRefused("本届选举结果已确认当选，无需再次确认")
    states = round_states(election, rules)
    if not states:
        raise ElectionRefused("本届选举没有录入任何一轮")
    members = elected_members(states, store.members(community_id, term), store.require_term(term).form)
    _check_elected(members, election.sittings[0].meeting.day)
    name = store.community(community_id).name
    congress = _congress_after(store.congress(community_id, term), election.sittings[0].meeting)
    with store.write("confirm_election", f"{name}确认当选（{len(members)}名）") as changeset:
        store.save_congress(community_id, term, congress, members)
        store.mark_election_confirmed(community_id, term, changeset.id)
    return Confirmation(Changes(congresses=frozenset({community_id})), changeset.id, members)
