"""The election at a congress (DOMAIN.md Part 2, "The election"): records and rules, no I/O.

A Meeting (妇女代表大会 or 执委会第一次全体会议) holds Rounds; each Round elects its 应选名额 from its
Candidates, optionally per role (主席 1, 副主席 2). check_candidates() runs before ballots are
printed; count() turns a Tally into a Verdict: whether the meeting and the round stand, every sum
that does not add up (naming the field), and who is elected, who is not, which tie needs a new
vote and how many seats are left. Problems reuse domain.problems.Problem; field is one of the
FIELD_* labels, or "候选人:<name>" / "另选:<name>" for one person's counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, Decimal

from . import organisation
from .problems import ERROR, WARNING, Problem
from .strokes import unknown_characters
from .vocab import ELECTION_METHODS, KEY_POSTS, VOTING_METHODS

VOTING_HANDS, VOTING_BALLOT = VOTING_METHODS  # 举手表决, 无记名投票
METHOD_EQUAL, METHOD_SURPLUS = ELECTION_METHODS  # 等额选举, 差额选举

KIND_EXECUTIVE = "执委"  # 妇联 round 1, at the 妇女代表大会
KIND_CHAIRS = "主席副主席"  # 妇联 round 2, at the 执委会第一次全体会议, among the elected 执委
KIND_BOARD = "妇代会班子"  # 妇代会: 主任, 副主任, 委员 in one round
ROUND_KINDS = (KIND_EXECUTIVE, KIND_CHAIRS, KIND_BOARD)
CHAIR_ROLES = ("主席", "主任")
# The seed's rule: the chair comes from the community's 两委 at 副职 or above.
CHAIR_ELIGIBLE_POSTS = KEY_POSTS

QUORUM_TWO_THIRDS = "超过三分之二"
QUORUM_HALF = "过半数"
BASE_EXPECTED = "应到"
BASE_PRESENT = "实到"
BASE_RETURNED = "收回"
DEFAULT_SURPLUS = Decimal("0.10")
QUORUMS = (QUORUM_TWO_THIRDS, QUORUM_HALF)
MAJORITY_BASES = (BASE_EXPECTED, BASE_PRESENT, BASE_RETURNED)
MAX_SURPLUS = Decimal("1")  # 100%: twice as many candidates as seats is already far beyond practice

FIELD_EXPECTED = "应到"
FIELD_PRESENT = "实到"
FIELD_ISSUED = "发出"
FIELD_RETURNED = "收回"
FIELD_VALID = "有效"
FIELD_INVALID = "无效"
FIELD_CANDIDATES = "候选人"
FIELD_SEATS = "应选名额"
FIELD_CHIEF = "总监票人"
FIELD_SCRUTINEERS = "监票人"
FIELD_COUNTERS = "计票人"
FIELD_POST = "两委职务"

ELECTED = "当选"
NOT_ELECTED = "未当选"
TIED = "票数相等，需重新投票"


def candidate_field(name: str) -> str:
    return f"{FIELD_CANDIDATES}:{name}"


def write_in_field(name: str) -> str:
    return f"另选:{name}"


@dataclass
class Candidate:
    """A person standing in a round: a member of the district (name, ID number, member fields)."""

    name: str
    id_number: str = ""
    role: str = ""  # the seat sought where the round has per-role seats: 主席, 副主席, 主任, 委员 …
    post: str = ""  # 两委职务 as recorded for the member (vocab.POSTS), for the chair rule
    fields: dict[str, object] = field(default_factory=dict)  # the other member fields, as stored


@dataclass
class Meeting:
    name: str  # printed on ballots and papers: 某某社区第七次妇女代表大会
    community: str = ""
    day: date | None = None
    expected: int = 0  # 应到代表 (the 代表总数)
    present: int = 0  # 实到 (到会代表数)
    voting: str = VOTING_BALLOT
    method: str = METHOD_SURPLUS
    chief_scrutineer: str = ""  # 总监票人
    scrutineers: list[str] = field(default_factory=list)  # 监票人
    counters: list[str] = field(default_factory=list)  # 计票人
    host: str = ""  # 主持人
    voters: str = "代表"  # who votes: 代表 at the 妇女代表大会, 执委 at the 执委会第一次全体会议

    def supervisors(self) -> list[tuple[str, str]]:
        """(role field, name) of everyone who watches or counts the vote."""
        people = [(FIELD_CHIEF, self.chief_scrutineer)] if self.chief_scrutineer else []
        people += [(FIELD_SCRUTINEERS, n) for n in self.scrutineers if n]
        people += [(FIELD_COUNTERS, n) for n in self.counters if n]
        return people


@dataclass
class Round:
    kind: str
    seats: int  # 应选名额
    candidates: list[Candidate] = field(default_factory=list)
    role_seats: dict[str, int] = field(default_factory=dict)  # {"主席": 1, "副主席": 2}; {} = all alike
    method: str = ""  # "" = the meeting's 选举方式 (round 2 is usually 等额 even after a 差额 round 1)
    number: int = 1

    def method_in(self, meeting: Meeting) -> str:
        return self.method or meeting.method

    @property
    def title(self) -> str:
        return {KIND_EXECUTIVE: "选举执行委员会委员", KIND_CHAIRS: "选举主席、副主席",
                KIND_BOARD: "选举妇代会主任、副主任、委员"}.get(self.kind, f"选举{self.kind}")


@dataclass
class Votes:
    yes: int = 0  # 赞成
    no: int = 0  # 反对
    abstain: int = 0  # 弃权

    @property
    def total(self) -> int:
        return self.yes + self.no + self.abstain


@dataclass
class WriteIn:
    """A person written in on the 另选他人 lines: only 赞成 votes exist for them."""

    name: str
    yes: int
    role: str = ""  # in a round with per-role seats, the role the voters wrote them in for


@dataclass
class Tally:
    """What the 计票人 counted. For 举手表决 the ballot counts stay None: only hands are counted."""

    votes: dict[str, Votes] = field(default_factory=dict)  # per candidate name
    write_ins: list[WriteIn] = field(default_factory=list)
    issued: int | None = None  # 发出
    returned: int | None = None  # 收回
    valid: int | None = None  # 有效
    invalid: int | None = None  # 无效


@dataclass(frozen=True)
class Thresholds:
    """The rules a district applies; each is configurable because districts differ."""

    quorum: str = QUORUM_TWO_THIRDS
    majority_base: str = BASE_EXPECTED
    surplus: Decimal = DEFAULT_SURPLUS  # 差额: candidates beyond the seats, as a share of the seats

    def problems(self) -> list[Problem]:
        """Why these thresholds cannot be applied, naming the setting; [] when they can."""
        found = []
        if self.quorum not in QUORUMS:
            found.append(_error("会议有效人数", f"应为{'、'.join(QUORUMS)}之一（现为“{self.quorum}”）"))
        if self.majority_base not in MAJORITY_BASES:
            found.append(_error("当选票数基数", f"应为{'、'.join(MAJORITY_BASES)}之一（现为“{self.majority_base}”）"))
        if not Decimal(0) <= self.surplus <= MAX_SURPLUS:
            found.append(_error("差额比例", f"应为0%至{MAX_SURPLUS * 100:.0f}%（现为{self.surplus * 100:.0f}%）"))
        return found


def first_plenary(congress: Meeting, executives: int, present: int, day: date | None = None) -> Meeting:
    """The 执委会第一次全体会议 that elects 主席 and 副主席: the elected 执委 are its 应到, and the
    congress's supervisors serve unless the caller changes them."""
    return Meeting(name=f"{congress.community}妇联第一届执行委员会第一次全体会议" if congress.community
                   else "执行委员会第一次全体会议", community=congress.community, day=day or congress.day,
                   expected=executives, present=present, voting=congress.voting, method=METHOD_EQUAL,
                   chief_scrutineer=congress.chief_scrutineer, scrutineers=list(congress.scrutineers),
                   counters=list(congress.counters), host=congress.host, voters="执委")


# The seats a round may name: a 妇代会 elects 主任/副主任/委员, a 妇联's 执委会 its 主席/副主席.
ROUND_ROLES: dict[str, tuple[str, ...]] = {
    KIND_BOARD: organisation.CONGRESS_ROLES,
    KIND_CHAIRS: (organisation.ROLE_PRESIDENT, organisation.ROLE_VICE_PRESIDENT, organisation.ROLE_PART_TIME_VICE),
    KIND_EXECUTIVE: (),
}
_ROLE_SEAT = re.compile(r"\s*([^\d\s:：]+?)\s*[:：]?\s*(\d+)\s*名?\s*")


def default_rounds(form: str) -> list[list[Round]]:
    """The rounds of a new election per sitting, by the term's organisation form (DOMAIN.md):
    a 妇代会 elects 主任, 副主任 and 委员 in one round; a 妇联 its 执委 at the 妇女代表大会, then
    主席 and 副主席 among them at the 执委会第一次全体会议 (等额, as is usual)."""
    if form == organisation.FORM_FEDERATION:
        chairs = {organisation.ROLE_PRESIDENT: 1, organisation.ROLE_VICE_PRESIDENT: 2}
        return [[Round(KIND_EXECUTIVE, 15, number=1)],
                [Round(KIND_CHAIRS, sum(chairs.values()), role_seats=chairs, method=METHOD_EQUAL, number=2)]]
    board = {r: n for r, n in zip(organisation.CONGRESS_ROLES, (1, 2, 4))}
    return [[Round(KIND_BOARD, sum(board.values()), role_seats=board, number=1)]]


def role_seats_text(role_seats: dict[str, int]) -> str:
    """{"主任": 1, "副主任": 2} → "主任1、副主任2" (what parse_role_seats reads back)."""
    return "、".join(f"{role}{seats}" for role, seats in role_seats.items())


def parse_role_seats(text: str, kind: str) -> dict[str, int]:
    """"主任1、副主任2、委员4" (also 主任:1 / 主任1名, separated by 、，, ; or spaces) for a round of
    `kind`; ValueError with the Chinese message naming the part that is wrong. Blank → {}."""
    allowed = ROUND_ROLES.get(kind, ())
    seats: dict[str, int] = {}
    for part in (p for p in re.split(r"[、，,;；\s]+(?=\D)", text.strip()) if p.strip()):
        match = _ROLE_SEAT.fullmatch(part)
        if match is None:
            raise ValueError(f"“{part}”应写成职务加名额，如“副主任2”")
        role, number = match.group(1), int(match.group(2))
        if role not in allowed:
            raise ValueError(f"“{role}”不是本轮可选的职务（{'、'.join(allowed) or '本轮不分职务'}）")
        if role in seats:
            raise ValueError(f"“{role}”写了两次")
        seats[role] = number
    return seats


def required_surplus(seats: int, share: Decimal = DEFAULT_SURPLUS) -> int:
    """How many more candidates than seats a 差额 election needs: the share rounded up, at least 1."""
    return max(1, int((Decimal(seats) * share).to_integral_value(rounding=ROUND_CEILING)))


# ---------------------------------------------------------------------------------------- checks

def _error(field_name: str, message: str) -> Problem:
    return Problem(ERROR, field_name, message)


def _warning(field_name: str, message: str) -> Problem:
    return Problem(WARNING, field_name, message)


def _count_problems(method: str, seats: int, count: int, share: Decimal, what: str) -> list[Problem]:
    if method == METHOD_EQUAL and count != seats:
        return [_error(FIELD_CANDIDATES, f"{what}等额选举应选{seats}名，候选人应为{seats}名，现有{count}名")]
    if method == METHOD_SURPLUS:
        least = seats + required_surplus(seats, share)
        if count < least:
            return [_error(FIELD_CANDIDATES,
                           f"{what}差额选举应选{seats}名，候选人应不少于{least}名"
                           f"（多于应选名额{share * 100:.0f}%，至少多1名），现有{count}名")]
    return []


def check_candidates(meeting: Meeting, round_: Round, thresholds: Thresholds = Thresholds()) -> list[Problem]:
    """Problems of a round's candidate list, to fix before ballots are printed."""
    problems: list[Problem] = []
    method = round_.method_in(meeting)
    names = [c.name.strip() for c in round_.candidates]
    if round_.seats <= 0:
        problems.append(_error(FIELD_SEATS, "应选名额应大于0"))
    if any(not n for n in names):
        problems.append(_error(FIELD_CANDIDATES, "有候选人未填写姓名"))
    for name in sorted({n for n in names if n and names.count(n) > 1}):
        problems.append(_error(candidate_field(name), f"候选人“{name}”重名，选票上无法区分，请在姓名后注明区别"))
    if round_.role_seats:
        if sum(round_.role_seats.values()) != round_.seats:
            problems.append(_error(FIELD_SEATS, f"各职务名额合计{sum(round_.role_seats.values())}名，"
                                                f"与应选名额{round_.seats}名不符"))
        for c in round_.candidates:
            if c.role not in round_.role_seats:
                problems.append(_error(candidate_field(c.name),
                                       f"候选人“{c.name}”未注明所选职务（{'、'.join(round_.role_seats)}）"))
        for role, seats in round_.role_seats.items():
            count = sum(1 for c in round_.candidates if c.role == role)
            problems += _count_problems(method, seats, count, thresholds.surplus, role)
    elif round_.seats > 0:
        problems += _count_problems(method, round_.seats, len(names), thresholds.surplus, "")
    for c in round_.candidates:
        if c.role in CHAIR_ROLES and c.post not in CHAIR_ELIGIBLE_POSTS:
            now = c.post or "未填写"
            problems.append(_warning(FIELD_POST, f"{c.role}候选人“{c.name}”不是社区“两委”副职及以上（现任：{now}）"))
    for role_field, person in meeting.supervisors():
        if person.strip() in names:
            problems.append(_error(role_field, f"{role_field}“{person}”是本轮候选人，候选人不得担任{role_field}"))
    for unknown in unknown_characters(n for n in names if n):
        problems.append(_error(candidate_field(unknown.name), unknown.message))
    return problems


# ----------------------------------------------------------------------------------------- count

@dataclass
class Outcome:
    name: str
    role: str
    votes: Votes
    write_in: bool = False
    status: str = NOT_ELECTED


@dataclass
class Verdict:
    problems: list[Problem]
    meeting_valid: bool
    void: bool  # 收回 > 发出: the round is held again
    base: int  # the number whose half a candidate's 赞成 must exceed
    outcomes: list[Outcome] = field(default_factory=list)  # most 赞成 first
    seats_left: int = 0

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    def _named(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def elected(self) -> list[Outcome]:
        return self._named(ELECTED)

    @property
    def not_elected(self) -> list[Outcome]:
        return self._named(NOT_ELECTED)

    @property
    def tied(self) -> list[Outcome]:
        return self._named(TIED)


def quorum_met(meeting: Meeting, thresholds: Thresholds = Thresholds()) -> bool:
    if thresholds.quorum == QUORUM_HALF:
        return meeting.present * 2 > meeting.expected
    return meeting.present * 3 > meeting.expected * 2


def validity_statement(meeting: Meeting, thresholds: Thresholds = Thresholds()) -> str:
    """What the host reads out: 应到, 实到, and whether the meeting may hold the election."""
    share = "的三分之二" if thresholds.quorum != QUORUM_HALF else "的半数"
    verb = "超过" if quorum_met(meeting, thresholds) else "未超过"
    result = "会议有效，可以进行选举" if verb == "超过" else "会议无效，不能进行选举"
    who = meeting.voters
    body = "大会" if who == "代表" else "会议"
    return (f"本次{body}应到{who}{meeting.expected}名，实到{who}{meeting.present}名，"
            f"{verb}应到{who}{share}，{result}。")


def majority_base(meeting: Meeting, tally: Tally, thresholds: Thresholds = Thresholds()) -> int:
    """应到 by default; 实到; or 收回 (for 举手表决, which has no ballots, 实到 stands in)."""
    if thresholds.majority_base == BASE_PRESENT:
        return meeting.present
    if thresholds.majority_base == BASE_RETURNED:
        return tally.returned if tally.returned is not None else meeting.present
    return meeting.expected


def base_label(meeting: Meeting, thresholds: Thresholds = Thresholds()) -> str:
    """The majority base in words: 应到代表, 实到代表 or 收回选票."""
    if thresholds.majority_base == BASE_RETURNED and meeting.voting != VOTING_HANDS:
        return "收回选票"
    return ("实到" if thresholds.majority_base in (BASE_PRESENT, BASE_RETURNED) else "应到") + meeting.voters


def _meeting_problems(meeting: Meeting, thresholds: Thresholds) -> list[Problem]:
    if meeting.expected <= 0:
        return [_error(FIELD_EXPECTED, f"应到{meeting.voters}人数应大于0")]
    if meeting.present > meeting.expected:
        who = meeting.voters
        return [_error(FIELD_PRESENT, f"实到{who}{meeting.present}名多于应到{who}{meeting.expected}名")]
    if not quorum_met(meeting, thresholds):
        return [_error(FIELD_PRESENT, validity_statement(meeting, thresholds).rstrip("。"))]
    return []


def _ballot_problems(meeting: Meeting, round_: Round, tally: Tally) -> tuple[list[Problem], bool]:
    """(problems, void) of a secret ballot's counts."""
    counts = {FIELD_ISSUED: tally.issued, FIELD_RETURNED: tally.returned,
              FIELD_VALID: tally.valid, FIELD_INVALID: tally.invalid}
    missing = [label for label, value in counts.items() if value is None]
    if missing:
        return [_error(missing[0], f"无记名投票应填写{'、'.join(missing)}选票张数")], False
    issued, returned, valid, invalid = (int(v) for v in counts.values())  # type: ignore[arg-type]
    negative = [label for label, value in counts.items() if int(value) < 0]  # type: ignore[arg-type]
    if negative:
        return [_error(negative[0], f"{negative[0]}票数不能为负数")], False
    if returned > issued:
        return [_error(FIELD_RETURNED, f"收回选票{returned}张，多于发出选票{issued}张，本轮选举无效，应重新选举")], True
    problems = []
    if issued > meeting.present:
        problems.append(_error(FIELD_ISSUED, f"发出选票{issued}张，多于实到{meeting.voters}{meeting.present}名"))
    if valid + invalid != returned:
        problems.append(_error(f"{FIELD_VALID}+{FIELD_INVALID}",
                               f"有效票{valid}张加无效票{invalid}张为{valid + invalid}张，不等于收回选票{returned}张"))
    for name, v in tally.votes.items():
        if v.total != valid:
            problems.append(_error(candidate_field(name), f"候选人“{name}”赞成{v.yes}、反对{v.no}、弃权{v.abstain}，"
                                                          f"合计{v.total}票，不等于有效票{valid}张"))
    total_yes = sum(v.yes for v in tally.votes.values()) + sum(w.yes for w in tally.write_ins)
    if total_yes > valid * round_.seats:
        problems.append(_error(FIELD_VALID, f"赞成票合计{total_yes}票，超过有效票{valid}张×应选{round_.seats}名，"
                                            "多选的选票应计为无效票"))
    for w in tally.write_ins:
        if w.yes > valid:
            problems.append(_error(write_in_field(w.name), f"另选他人“{w.name}”得{w.yes}票，多于有效票{valid}张"))
    return problems, False


def _hands_problems(meeting: Meeting, tally: Tally) -> list[Problem]:
    problems = []
    for name, v in tally.votes.items():
        if v.total > meeting.present:
            problems.append(_error(candidate_field(name), f"候选人“{name}”赞成{v.yes}、反对{v.no}、弃权{v.abstain}，"
                                                          f"合计{v.total}人，多于实到{meeting.voters}{meeting.present}名"))
    return problems


def _tally_problems(meeting: Meeting, round_: Round, tally: Tally) -> tuple[list[Problem], bool]:
    names = [c.name for c in round_.candidates]
    problems = [_error(candidate_field(n), f"候选人“{n}”没有计票结果") for n in names if n not in tally.votes]
    problems += [_error(candidate_field(n), f"“{n}”不是本轮候选人") for n in tally.votes if n not in names]
    for name, v in tally.votes.items():
        if min(v.yes, v.no, v.abstain) < 0:
            problems.append(_error(candidate_field(name), f"候选人“{name}”的票数不能为负数"))
    for w in tally.write_ins:
        if w.name in names:
            problems.append(_error(write_in_field(w.name), f"另选他人“{w.name}”是本轮候选人，应计入其赞成票"))
        if w.yes < 0:
            problems.append(_error(write_in_field(w.name), f"另选他人“{w.name}”的票数不能为负数"))
        if round_.role_seats and w.role not in round_.role_seats:
            problems.append(_error(write_in_field(w.name), f"另选他人“{w.name}”未注明所选职务"))
    if meeting.voting == VOTING_HANDS:
        return problems + _hands_problems(meeting, tally), False
    more, void = _ballot_problems(meeting, round_, tally)
    return (more if void else problems + more), void


def _rank_key(o: Outcome) -> tuple[int, int]:
    """Most 赞成 first, then fewer 反对 (the rule for a tie on the last seat)."""
    return (-o.votes.yes, o.votes.no)


def _fill(outcomes: list[Outcome], seats: int, base: int, base_label: str, role: str) -> tuple[list[Problem], int]:
    """Mark who takes the seats among outcomes (one role); returns (notes, seats left)."""
    notes: list[Problem] = []
    passing = sorted((o for o in outcomes if o.votes.yes * 2 > base), key=_rank_key)
    for o in outcomes:
        if o not in passing:
            notes.append(_warning(write_in_field(o.name) if o.write_in else candidate_field(o.name),
                                  f"“{o.name}”得赞成票{o.votes.yes}票，未超过{base_label}{base}的半数，未当选"))
    if len(passing) <= seats or passing[seats - 1].votes.yes != passing[seats].votes.yes:
        for o in passing[:seats]:
            o.status = ELECTED
        return notes, max(0, seats - len(passing))
    # A tie on the last seat: those above it are in; the tied share the room left by fewer 反对.
    last_yes = passing[seats - 1].votes.yes
    above = [o for o in passing if o.votes.yes > last_yes]
    tied = [o for o in passing if o.votes.yes == last_yes]  # fewer 反对 first
    room = seats - len(above)
    if any(o.write_in for o in tied):
        winners, still = [], tied  # a write-in has no 反对 count: nothing to compare
    else:
        boundary = tied[room - 1].votes.no
        winners = [o for o in tied if o.votes.no < boundary]
        still = [o for o in tied if o.votes.no == boundary]
        if len(winners) + len(still) <= room:
            winners, still = winners + still, []
    for o in above + winners:
        o.status = ELECTED
    for o in still:
        o.status = TIED
    left = room - len(winners)
    if still:
        notes.append(_warning(FIELD_SEATS, f"{role}最后{left}个名额：{'、'.join(o.name for o in still)}"
                                           f"赞成票相同（{last_yes}票），无法按反对票确定，应就这几人重新投票"))
    else:
        notes.append(_warning(FIELD_SEATS, f"{role}最后名额赞成票相同（{last_yes}票），按反对票少者当选："
                                           f"{'、'.join(o.name for o in winners)}"))
    return notes, left


def count(meeting: Meeting, round_: Round, tally: Tally, thresholds: Thresholds = Thresholds()) -> Verdict:
    """The verdict on one round's tally: validity, every inconsistent sum, and the elected."""
    problems = _meeting_problems(meeting, thresholds)
    base = majority_base(meeting, tally, thresholds)
    if problems:
        return Verdict(problems, meeting_valid=False, void=False, base=base)
    problems, void = _tally_problems(meeting, round_, tally)
    if problems:
        return Verdict(problems, meeting_valid=True, void=void, base=base)
    roles = {c.name: c.role for c in round_.candidates}
    outcomes = [Outcome(name, roles.get(name, ""), v) for name, v in tally.votes.items()]
    outcomes += [Outcome(w.name, w.role, Votes(yes=w.yes), write_in=True) for w in tally.write_ins]
    notes: list[Problem] = []
    left = 0
    groups = round_.role_seats or {"": round_.seats}
    for role, seats in groups.items():
        group_notes, group_left = _fill([o for o in outcomes if not round_.role_seats or o.role == role],
                                        seats, base, base_label(meeting, thresholds), role)
        notes += group_notes
        left += group_left
        if group_left:
            elected = seats - group_left
            notes.append(_warning(FIELD_SEATS, f"{role or ''}应选{seats}名，当选{elected}名，尚缺{group_left}名"))
    outcomes.sort(key=_rank_key)
    return Verdict(notes, meeting_valid=True, void=False, base=base, outcomes=outcomes, seats_left=left)
