"""The demo's 第七届 elections (issue 14 item 8): some communities ran their vote with the election
kit, and the demo shows each state a clerk meets (plain records out; services.demo writes them).

- 已确认当选: the first communities of the first pilot street (the 现场示范会 used the kit), one
  差额 election (执委 from more candidates than seats: the ones short of votes are not elected) and
  one 举手表决. Their leadership members are exactly the elected, with the offices the 执委会's
  first meeting gave them.
- 已计票: two nominated communities voted on the snapshot's last days: one awaits 确认当选, one has
  a tie on the last 执委 seat (the same 赞成 and 反对: a new vote between the two).
- 已提名候选人: two nominated communities whose meetings are still ahead: candidates only.

Votes are drawn so that the domain's count (domain.election.count) gives these verdicts; the
members of a confirmed election are read from its verdicts, not from the plan.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from fdh_desktop.domain import organisation as org
from fdh_desktop.domain.election import (
    KIND_CHAIRS, KIND_EXECUTIVE, METHOD_EQUAL, METHOD_SURPLUS, VOTING_BALLOT, VOTING_HANDS, Candidate, Meeting,
    Round, Tally, Votes, WriteIn, count, first_plenary, required_surplus,
)
from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.domain.strokes import sort_by_strokes
from fdh_desktop.storage.election import (
    STATE_CANDIDATES, STATE_CONFIRMED, STATE_TALLIED, Election, Sitting,
)

from .demo_federation import COMPLETED, ELECTED, NOMINATED, CommunityTerm, FederationPlan, extra_candidates
from .demo_people import PILOT_STREETS, _People
from .election_io import CANDIDATE_FIELDS

SEED = 20260514
CONFIRMED_PILOTS = 3  # communities of the first pilot street that used the kit


@dataclass
class DemoElection:
    """One community's election and what it leaves: its congress and leadership of the term."""

    index: int  # the community's place in the plan
    election: Election
    state: str  # storage.election's STATE_*
    congress: Congress
    members: list[Member]  # confirmed: the elected; otherwise the plan's, untouched


def plan_elections(plan: FederationPlan, today: date, taken_ids: set[str], seed: int = SEED) -> list[DemoElection]:
    """The elections of the plan's communities on `today` (the campaign snapshot's day)."""
    rng = random.Random(seed)
    people = _People(rng)
    people.ids.update(taken_ids)
    kit = _Kit(rng, people, today)
    communities = plan.communities

    def where(stage: str, pilot: bool) -> list[int]:
        found = [i for i, c in enumerate(communities) if c.congress is not None and c.congress.progress == stage
                 and (c.street in PILOT_STREETS) == pilot and _distinct(c.members or c.candidates)]
        # One per street first: the kit's users are spread over the district.
        first = list({communities[i].street: i for i in reversed(found)}.values())[::-1]
        return first + [i for i in found if i not in first]

    first_pilot = [i for i in where(COMPLETED, True) if communities[i].street == PILOT_STREETS[0]]
    completed, elected, nominated = where(COMPLETED, False), where(ELECTED, False), where(NOMINATED, False)
    if len(first_pilot) < CONFIRMED_PILOTS or not completed or not elected or len(nominated) < 4:
        raise ValueError("the campaign has too few communities at some stage for the demo's elections")
    surplus = next((i for i in completed if len(communities[i].members) == 15), completed[0])
    result = [kit.confirmed(i, communities[i], VOTING_BALLOT, METHOD_EQUAL) for i in first_pilot[:CONFIRMED_PILOTS]]
    result.append(kit.confirmed(surplus, communities[surplus], VOTING_BALLOT, METHOD_SURPLUS))
    result.append(kit.confirmed(elected[0], communities[elected[0]], VOTING_HANDS, METHOD_EQUAL))
    result.append(kit.tallied(nominated[0], communities[nominated[0]], tie=False))
    result.append(kit.tallied(nominated[1], communities[nominated[1]], tie=True))
    result += [kit.nominated(i, communities[i]) for i in nominated[2:4]]
    return sorted(result, key=lambda e: e.index)


def _distinct(people: list[Member]) -> bool:
    """A ballot cannot hold the same name twice: such a community is left to enter its own."""
    names = [m.name for m in people]
    return bool(names) and len(set(names)) == len(names)


def _candidate(m: Member, role: str = "") -> Candidate:
    """The member as an election file has her (services.election_io reads it back the same): the
    filled fields, text but 是否新任, the birth date as the store gives it back."""
    fields = {k: v for k, v in m.content().items()
              if k in CANDIDATE_FIELDS and v not in (None, "") and (k == "is_new" or not isinstance(v, bool))}
    if m.birth_date is not None:
        fields["birth_date"] = m.birth_date.isoformat()
    return Candidate(m.name, m.id_number or "", role, m.rc_post or "", fields)


def _officers(slate: list[Member]) -> list[Member]:
    return [m for m in slate if m.role in (org.ROLE_PRESIDENT, org.ROLE_VICE_PRESIDENT, org.ROLE_PART_TIME_VICE)]


class _Kit:
    """Meetings, candidates and tallies, from one seeded generator."""

    def __init__(self, rng: random.Random, people: _People, today: date) -> None:
        self.rng, self.people, self.today = rng, people, today

    # -- the three states ------------------------------------------------------------------------

    def confirmed(self, index: int, c: CommunityTerm, voting: str, method: str) -> DemoElection:
        assert c.congress is not None and c.congress.election_date is not None
        slate = c.members
        extras = self._extras(c, len(slate), c.congress.election_date) if method == METHOD_SURPLUS else []
        congress = replace(c.congress, voting_method=voting, election_method=method)
        meeting = self._meeting(c, c.congress.election_date, voting, method, slate + extras,
                                congress.reps_total, congress.reps_present)
        congress.reps_total, congress.reps_present = meeting.expected, meeting.present
        election, verdicts = self._held(meeting, slate, extras, tie=False)
        members = _elected_members(verdicts, slate + extras)
        return DemoElection(index, election, STATE_CONFIRMED, congress, members)

    def tallied(self, index: int, c: CommunityTerm, tie: bool) -> DemoElection:
        assert c.congress is not None
        nominated = c.stage_dates.get(NOMINATED, self.today - timedelta(days=7))
        day = max(nominated + timedelta(days=1), self.today - timedelta(days=self.rng.randrange(0, 3)))
        method = METHOD_SURPLUS if tie else METHOD_EQUAL
        extras = self._extras(c, len(c.candidates), day) if tie else []
        meeting = self._meeting(c, day, VOTING_BALLOT, method, c.candidates + extras)
        election, _ = self._held(meeting, c.candidates, extras, tie=tie)
        return DemoElection(index, election, STATE_TALLIED, c.congress, c.members)

    def nominated(self, index: int, c: CommunityTerm) -> DemoElection:
        assert c.congress is not None
        day = self.today + timedelta(days=self.rng.randrange(3, 13))
        meeting = self._meeting(c, day, VOTING_BALLOT, METHOD_EQUAL, c.candidates)
        first = Round(KIND_EXECUTIVE, len(c.candidates), [_candidate(m) for m in c.candidates], number=1)
        plenary, second = self._chairs_round(meeting, c.candidates, len(c.candidates))
        election = Election([Sitting(meeting, [first]), Sitting(plenary, [second])])
        return DemoElection(index, election, STATE_CANDIDATES, c.congress, c.members)

    # -- parts -----------------------------------------------------------------------------------

    def _extras(self, c: CommunityTerm, seats: int, day: date) -> list[Member]:
        taken = {m.name for m in c.members + c.candidates}
        while True:
            extras = extra_candidates(self.rng, self.people, c.street, required_surplus(seats), day)
            if _distinct(extras) and not taken & {m.name for m in extras}:
                return extras

    def _names(self, count: int, taken: set[str]) -> list[str]:
        names: list[str] = []
        while len(names) < count:
            name = self.people.name(False)
            if name not in taken and name not in names:
                names.append(name)
        return names

    def _meeting(self, c: CommunityTerm, day: date, voting: str, method: str, candidates: list[Member],
                 expected: int | None = None, present: int | None = None) -> Meeting:
        expected = expected or self.rng.randrange(35, 81)
        present = present or expected - self.rng.randrange(0, 5)
        chief, first, second, counter, host = self._names(5, {m.name for m in candidates})
        return Meeting(f"{c.community}第一次妇女代表大会", c.community, day, expected, present, voting, method,
                       chief, [first, second], [counter], host)

    def _chairs_round(self, meeting: Meeting, slate: list[Member], executives: int) -> tuple[Meeting, Round]:
        officers = _officers(slate)
        seats: dict[str, int] = {}
        for m in officers:
            seats[m.role] = seats.get(m.role, 0) + 1
        present = executives - (1 if self.rng.random() < 0.2 else 0)
        plenary = first_plenary(meeting, executives, present)
        return plenary, Round(KIND_CHAIRS, len(officers), [_candidate(m, m.role) for m in officers], seats,
                              METHOD_EQUAL, number=2)

    def _held(self, meeting: Meeting, slate: list[Member], extras: list[Member],
              tie: bool) -> tuple[Election, list]:
        """The rounds held and counted: 执委 (slate elected, extras not, or a tie on the last seat),
        then, unless tied, 主席 and 副主席 among the 执委."""
        seats = len(slate)
        first = Round(KIND_EXECUTIVE, seats, [_candidate(m) for m in slate + extras], number=1)
        if tie:  # the slate's last and the first extra tie; the others of the slate above them
            tally = self._tally(meeting, slate[:-1], [slate[-1], extras[0]], extras[1:])
        else:
            tally = self._tally(meeting, slate, [], extras, write_in=bool(extras))
        verdicts = [count(meeting, first, tally)]
        sittings = [Sitting(meeting, [first], {1: tally})]
        if not tie:
            plenary, second = self._chairs_round(meeting, slate, seats)
            chairs_tally = self._tally(plenary, _officers(slate), [], [])
            verdicts.append(count(plenary, second, chairs_tally))
            sittings.append(Sitting(plenary, [second], {2: chairs_tally}))
        return Election(sittings), verdicts

    def _tally(self, meeting: Meeting, winners: list[Member], tied: list[Member], losers: list[Member],
               write_in: bool = False) -> Tally:
        """Votes giving exactly this outcome with 应到 as the majority base (the default)."""
        rng = self.rng
        if meeting.voting == VOTING_HANDS:  # everyone present raises a hand once per candidate
            issued = returned = valid = meeting.present
            invalid = 0
        else:
            issued = meeting.present
            returned = issued - (rng.randrange(0, 2) if issued > meeting.expected * 3 // 4 else 0)
            invalid = rng.randrange(0, 3) if returned > meeting.expected * 3 // 4 else 0
            valid = returned - invalid
        low = max(meeting.expected // 2 + 1, valid * 85 // 100)  # every winner passes the majority
        floor = low + 1 if tied else low  # the tied hold the lowest winning count alone

        def votes(yes: int) -> Votes:
            no = rng.randrange(0, valid - yes + 1)
            return Votes(yes, no, valid - yes - no)

        others = {m.name: rng.randint(valid * 30 // 100, valid * 50 // 100) for m in losers}
        write_ins = [WriteIn(self._names(1, {m.name for m in winners + tied + losers})[0], rng.randrange(1, 3))
                     ] if write_in else []
        # A ballot marks at most one 赞成 per seat: what the others got, the winners did not.
        room = valid * (len(winners) + min(len(tied), 1)) - sum(others.values()) - sum(w.yes for w in write_ins)
        room -= low * len(tied)
        yes = [rng.randint(floor, valid) for _ in winners]
        while sum(yes) > room:
            top = yes.index(max(yes))
            assert yes[top] > floor, "too few seats for the votes"
            yes[top] -= 1
        result = {m.name: votes(y) for m, y in zip(winners, yes)}
        if tied:
            shared = votes(low)
            result |= {m.name: replace(shared) for m in tied}
        result |= {name: votes(y) for name, y in others.items()}
        if meeting.voting == VOTING_HANDS:
            return Tally(result, write_ins)
        return Tally(result, write_ins, issued, returned, valid, invalid)


def _elected_members(verdicts: list, people: list[Member]) -> list[Member]:
    """The leadership a confirmed election leaves: round 1's elected as 执委, with round 2's offices;
    chair first, then the deputies, then the 执委, each in 姓氏笔画 order."""
    by_name = {m.name: m for m in people}
    offices = {o.name: o.role for o in verdicts[1].elected}
    members = [replace(by_name[o.name], role=offices.get(o.name, org.ROLE_EXECUTIVE)) for o in verdicts[0].elected]
    return sorted(sort_by_strokes(members, key=lambda m: m.name), key=lambda m: org.role_rank(m.role))
