"""Entering an election in the window (no Qt): a new election shaped by the term's organisation
form, candidates typed in (cleaned and checked with the members' own rules) or picked from the
community's leadership of the previous and the current term.

Nothing here writes: the page keeps what is built as its unsaved working copy until 保存.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from fdh_desktop.domain import organisation
from fdh_desktop.domain.cleaning import clean_member
from fdh_desktop.domain.election import (
    KIND_CHAIRS,
    KIND_EXECUTIVE,
    VOTING_BALLOT,
    Candidate,
    Meeting,
    Round,
    default_rounds,
    first_plenary,
)
from fdh_desktop.domain.problems import Problem
from fdh_desktop.domain.records import Member, chinese_number
from fdh_desktop.domain.rules import derive_birth_dates, is_same_person
from fdh_desktop.domain.vocab import ELECTION_METHODS
from fdh_desktop.storage import Store
from fdh_desktop.storage.election import Election, Sitting

from .election import ElectionRefused, member_from_candidate, member_rules, stored_role
from .election_io import CANDIDATE_FIELDS
from .statistics import term_or_current

CURRENT = "本届"
PREVIOUS = "上届"
EXECUTIVE = "执委"  # standing for (or elected) 执委 in round 1: a 妇联 elects its chairs among them


def term_form(store: Store, term: int) -> str:
    """The term's organisation form; 妇代会 for a store whose terms do not record one yet."""
    return getattr(store.term(term), "form", None) or organisation.LEGACY_FORM


def new_election(store: Store, community_id: int, term: int | None = None, form: str | None = None) -> Election:
    """A new election for a community that has none: the meeting filled from its congress record
    (date, 应到 = 代表总数, 实到 = 到会代表数, methods) and the rounds of `form`, by default the term's."""
    term = term_or_current(store, term)
    if store.election(community_id, term) is not None:
        raise ElectionRefused(f"{store.community(community_id).name}本届已录入选举")
    community = store.community(community_id)
    street = next((s.name for s in store.streets() if s.id == community.street_id), "")
    congress = store.congress(community_id, term)
    meeting = Meeting(
        name=f"{street}街道{community.name}第{chinese_number(term)}次妇女代表大会", community=community.name,
        day=congress.election_date if congress else None,
        expected=(congress.reps_total or 0) if congress else 0, present=(congress.reps_present or 0) if congress else 0,
        voting=(congress.voting_method if congress and congress.voting_method else VOTING_BALLOT),
        method=(congress.election_method if congress and congress.election_method else ELECTION_METHODS[0]))
    rounds = default_rounds(form or term_form(store, term))
    sittings = [Sitting(meeting, rounds[0])]
    if len(rounds) > 1:
        executives = rounds[0][0].seats
        sittings.append(Sitting(first_plenary(meeting, executives, executives), rounds[1]))
    return Election(sittings)


def candidate_from_member(member: Member, role: str = "") -> Candidate:
    """A member of a leadership as a candidate: her ID number, 两委职务 and other fields."""
    fields: dict[str, object] = {}
    for key in CANDIDATE_FIELDS:
        value = getattr(member, key, None)
        if value is None or value == "" or (key == "other_post" and not value):
            continue
        fields[key] = value.isoformat() if isinstance(value, date) else value
    return Candidate(member.name, member.id_number or "", role, member.rc_post or "", fields)


def seat_for(round_: Round, member_role: str) -> str:
    """The seat a member is proposed for in a round: her own office where the round elects it
    (主任 → 主席 in a 妇联's round 2), else none (the clerk chooses)."""
    if not round_.role_seats:
        return ""
    form = organisation.FORM_FEDERATION if round_.kind == KIND_CHAIRS else organisation.FORM_CONGRESS
    seat = organisation.role_in_form(member_role, form) if member_role else ""
    return seat if seat in round_.role_seats else ""


@dataclass(frozen=True)
class Nominee:
    """A person the clerk may pick as a candidate, with where she comes from."""

    member: Member
    source: str  # 上届 or 本届
    term: int

    @property
    def label(self) -> str:
        post = f"，{self.member.rc_post}" if self.member.rc_post else ""
        if self.source == EXECUTIVE:
            return f"{self.member.name}（执委候选人{post}）"
        return f"{self.member.name}（{self.source}{self.member.role}{post}）"


def nominees(store: Store, community_id: int, round_: Round, term: int | None = None,
             election: Election | None = None) -> list[Nominee]:
    """Who may be picked for the round: for a 妇联's 主席/副主席 round the 执委 candidates of
    `election` first; then the previous term's leadership of the community and the current term's
    members who are not the same people; never whoever already stands in the round."""
    term = term_or_current(store, term)
    earlier = [t.number for t in store.terms() if t.number < term]
    found: list[Nominee] = []
    if round_.kind == KIND_CHAIRS and election is not None:
        executives = [c for s in election.sittings for r in s.rounds if r.kind == KIND_EXECUTIVE
                      for c in r.candidates]
        found += [Nominee(member_from_candidate(c, c.name, ""), EXECUTIVE, term) for c in executives]
    sources = ([(PREVIOUS, max(earlier))] if earlier else []) + [(CURRENT, term)]
    for source, number in sources:
        for member in organisation_order(store.members(community_id, number)):
            if not member.name or any(is_same_person(member, n.member) or member.name == n.member.name
                                      for n in found):
                continue
            found.append(Nominee(member, source, number))
    standing = {c.name for c in round_.candidates}
    return [n for n in found if n.member.name not in standing]


def organisation_order(members: list[Member]) -> list[Member]:
    return sorted(members, key=lambda m: organisation.role_rank(m.role))  # stable: the stored order within


def clean_candidate(raw: Mapping[str, object], role: str, day: date | None) -> tuple[Candidate | None, list[Problem]]:
    """A candidate typed into the dialog: raw values keyed by member field (name, id_number,
    birth_date, rc_post …) cleaned and checked exactly as a member of the leadership would be
    (role = the seat she stands for); (None, problems) when any problem is an error."""
    member, problems = clean_member(raw)
    member.role = stored_role(role, organisation.FORM_FEDERATION if role in organisation.FEDERATION_ROLES
                              else organisation.FORM_CONGRESS)
    derive_birth_dates([member])
    problems = problems + [p for p in member_rules(member, day) if not (p.field == "role" and not member.role)]
    if any(p.is_error for p in problems):
        return None, problems
    return candidate_from_member(member, role), problems


def candidate_values(candidate: Candidate) -> dict[str, object]:
    """A candidate's values keyed by member field, as the dialog shows them (dates as date)."""
    values: dict[str, object] = {"name": candidate.name, "id_number": candidate.id_number, "rc_post": candidate.post}
    for key, value in candidate.fields.items():
        values[key] = date.fromisoformat(value) if key == "birth_date" and isinstance(value, str) and value else value
    if "party_post" not in values and "committee_post" not in values and candidate.post:
        # A candidate recorded with Part 1's one 居委会任职 value: shown in the two 两委 fields.
        mapped = Member(role="", name="", rc_post=candidate.post)
        values["party_post"], values["committee_post"] = mapped.party_post, mapped.committee_post
    return values
