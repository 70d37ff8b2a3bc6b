"""An election as JSON, for scripting (`fdh election-import`, `fdh election --json`).

The file names the community and holds its meetings (sittings), each with its rounds,
candidates and, once counted, the tally:

    {"street": "天桥", "community": "永安社区", "term": 7,
     "meetings": [{"name": "…第一次妇女代表大会", "date": "2026-03-20", "expected": 45, "present": 40,
                   "voting": "无记名投票", "method": "差额选举", "chief_scrutineer": "周慧",
                   "scrutineers": ["吴婷"], "counters": ["冯雪"], "host": "韩梅", "voters": "代表",
                   "rounds": [{"number": 1, "kind": "执委", "seats": 15, "method": "", "role_seats": {},
                               "candidates": [{"name": "丁玉兰", "id_number": "", "role": "", "post": ""}],
                               "tally": {"issued": 40, "returned": 40, "valid": 40, "invalid": 0,
                                         "votes": {"丁玉兰": [38, 1, 1]},
                                         "write_ins": [{"name": "某某", "yes": 3, "role": ""}]}}]}]}

Reading refuses the first fault with one line naming the field by its path (meetings[0].rounds[1].seats).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from fdh_desktop.domain.election import (
    ROUND_KINDS,
    VOTING_BALLOT,
    Candidate,
    Meeting,
    Round,
    Tally,
    Votes,
    WriteIn,
)
from fdh_desktop.domain.idcard import IdNumberError, parse_id_number
from fdh_desktop.domain.labels import MEMBER_LABELS
from fdh_desktop.domain.records import MEMBER_FIELDS
from fdh_desktop.domain.vocab import ELECTION_METHODS, POSTS, VOCABULARIES, VOTING_METHODS, canonical
from fdh_desktop.storage import StoreError
from fdh_desktop.storage.election import Election, Sitting

_VOTERS = ("代表", "执委")
# A candidate's member fields besides name, ID number, role and 两委职务 (kept on the candidate).
CANDIDATE_FIELDS = tuple(f for f in MEMBER_FIELDS if f not in ("role", "name", "id_number", "rc_post"))


class ElectionFileError(StoreError):
    """A JSON election file refused: the message names the field."""


@dataclass
class ElectionFile:
    street: str
    community: str
    term: int | None
    election: Election


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, message: str) -> ElectionFileError:
        return ElectionFileError(f"{self.source}：字段 {path} {message}")

    def obj(self, value: Any, path: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(path, "应为对象（{…}）")
        return value

    def items(self, value: Any, path: str) -> list:
        if not isinstance(value, list):
            raise self.fail(path, "应为列表（[…]）")
        return value

    def text(self, data: dict, key: str, path: str, required: bool = False, default: str = "") -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"{path}.{key}".lstrip("."), "不能为空")
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{path}.{key}".lstrip("."), "应为非空文字" if required else "应为文字")
        return value.strip()

    def count(self, data: dict, key: str, path: str, required: bool = True) -> int | None:
        value = data.get(key)
        where = f"{path}.{key}".lstrip(".")
        if value is None:
            if required:
                raise self.fail(where, "不能为空")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(where, f"应为不小于0的整数（现为 {value!r}）")
        return value

    def choice(self, data: dict, key: str, path: str, choices: tuple[str, ...], default: str) -> str:
        value = self.text(data, key, path, default=default)
        if value not in choices:
            raise self.fail(f"{path}.{key}", f"应为{'、'.join(c for c in choices if c)}之一（现为“{value}”）")
        return value

    def names(self, data: dict, key: str, path: str) -> list[str]:
        values = self.items(data.get(key, []), f"{path}.{key}")
        for i, v in enumerate(values):
            if not isinstance(v, str) or not v.strip():
                raise self.fail(f"{path}.{key}[{i}]", "应为非空的姓名")
        return [v.strip() for v in values]

    def day(self, data: dict, key: str, path: str) -> date | None:
        text = self.text(data, key, path)
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise self.fail(f"{path}.{key}", f"应为日期，如 2026-03-20（现为“{text}”）") from None


def read_election(data: Any, source: str) -> ElectionFile:
    """The records in a parsed JSON election file; ElectionFileError naming the first bad field."""
    r = _Reader(source)
    top = r.obj(data, "（整个文件）")
    term = r.count(top, "term", "", required=False)
    if term == 0:
        raise r.fail("term", "应为不小于1的整数")
    sittings = []
    meetings = r.items(top.get("meetings"), "meetings")
    if not meetings or len(meetings) > 2:
        raise r.fail("meetings", "应有1次（妇代会、妇女代表大会）或2次（另有执委会第一次全体会议）会议")
    numbers: set[int] = set()
    for i, m in enumerate(meetings):
        sittings.append(_sitting(r, r.obj(m, f"meetings[{i}]"), f"meetings[{i}]", numbers))
    return ElectionFile(r.text(top, "street", "", required=True), r.text(top, "community", "", required=True),
                        term, Election(sittings))


def _sitting(r: _Reader, m: dict, path: str, numbers: set[int]) -> Sitting:
    meeting = Meeting(name=r.text(m, "name", path, required=True), day=r.day(m, "date", path),
                      expected=r.count(m, "expected", path) or 0, present=r.count(m, "present", path) or 0,
                      voting=r.choice(m, "voting", path, VOTING_METHODS, VOTING_BALLOT),
                      method=r.choice(m, "method", path, ELECTION_METHODS, ELECTION_METHODS[0]),
                      chief_scrutineer=r.text(m, "chief_scrutineer", path),
                      scrutineers=r.names(m, "scrutineers", path), counters=r.names(m, "counters", path),
                      host=r.text(m, "host", path), voters=r.choice(m, "voters", path, _VOTERS, "代表"))
    sitting = Sitting(meeting)
    for j, raw in enumerate(r.items(m.get("rounds", []), f"{path}.rounds")):
        where = f"{path}.rounds[{j}]"
        round_, tally = _round(r, r.obj(raw, where), where)
        if round_.number in numbers:
            raise r.fail(f"{where}.number", f"第{round_.number}轮重复")
        numbers.add(round_.number)
        sitting.rounds.append(round_)
        if tally is not None:
            sitting.tallies[round_.number] = tally
    return sitting


def _round(r: _Reader, data: dict, path: str) -> tuple[Round, Tally | None]:
    number = r.count(data, "number", path) or 0
    if number < 1:
        raise r.fail(f"{path}.number", "应为不小于1的整数")
    role_seats = r.obj(data.get("role_seats", {}), f"{path}.role_seats")
    for role in role_seats:
        r.count(role_seats, role, f"{path}.role_seats")
    candidates = [_candidate(r, r.obj(raw, f"{path}.candidates[{k}]"), f"{path}.candidates[{k}]")
                  for k, raw in enumerate(r.items(data.get("candidates", []), f"{path}.candidates"))]
    round_ = Round(r.choice(data, "kind", path, ROUND_KINDS, ""), r.count(data, "seats", path) or 0, candidates,
                   dict(role_seats), r.choice(data, "method", path, ("",) + ELECTION_METHODS, ""), number)
    if data.get("tally") is None:
        return round_, None
    return round_, _tally(r, r.obj(data["tally"], f"{path}.tally"), f"{path}.tally", round_)


def _candidate(r: _Reader, c: dict, where: str) -> Candidate:
    """A candidate checked with the members' rules: a valid ID number, known words, real dates."""
    id_number = r.text(c, "id_number", where)
    if id_number:
        try:
            id_number = parse_id_number(id_number).number
        except IdNumberError as exc:
            raise r.fail(f"{where}.id_number", str(exc)) from None
    post = r.text(c, "post", where)
    if post and canonical("post", post) is None:
        raise r.fail(f"{where}.post", f"应为{'、'.join(POSTS)}之一（现为“{post}”）")
    fields = {}
    for key, value in r.obj(c.get("fields", {}), f"{where}.fields").items():
        at = f"{where}.fields.{key}"
        if key not in CANDIDATE_FIELDS:
            raise r.fail(at, f"不是候选人的字段（可用：{'、'.join(CANDIDATE_FIELDS)}）")
        if value is None or value == "":
            continue
        if key == "birth_date":
            fields[key] = r.day({key: value}, key, f"{where}.fields").isoformat()
        elif key in VOCABULARIES:
            if canonical(key, value) is None:
                raise r.fail(at, f"“{value}”不是可用的{MEMBER_LABELS.get(key, key)}")
            fields[key] = canonical(key, value)
        elif key == "is_new":
            if not isinstance(value, bool):
                raise r.fail(at, "应为 true 或 false")
            fields[key] = value
        else:
            fields[key] = r.text({key: value}, key, f"{where}.fields")
    return Candidate(r.text(c, "name", where, required=True), id_number, r.text(c, "role", where),
                     canonical("post", post) or "", fields)


def _tally(r: _Reader, data: dict, path: str, round_: Round) -> Tally:
    names = {c.name for c in round_.candidates}
    votes = {}
    for name, raw in r.obj(data.get("votes", {}), f"{path}.votes").items():
        where = f"{path}.votes.{name}"
        if name not in names:
            raise r.fail(where, f"“{name}”不是本轮候选人")
        if isinstance(raw, list) and len(raw) == 3:
            raw = dict(zip(("yes", "no", "abstain"), raw))
        counts = r.obj(raw, where)
        votes[name] = Votes(*(r.count(counts, k, where) or 0 for k in ("yes", "no", "abstain")))
    write_ins = []
    for i, raw in enumerate(r.items(data.get("write_ins", []), f"{path}.write_ins")):
        where = f"{path}.write_ins[{i}]"
        w = r.obj(raw, where)
        write_ins.append(WriteIn(r.text(w, "name", where, required=True), r.count(w, "yes", where) or 0,
                                 r.text(w, "role", where)))
    return Tally(votes, write_ins, *(r.count(data, k, path, required=False)
                                     for k in ("issued", "returned", "valid", "invalid")))


def election_json(street: str, community: str, term: int, election: Election) -> dict:
    """The election in the file's own form (what read_election reads back)."""
    return {"street": street, "community": community, "term": term, "confirmed": election.confirmed,
            "meetings": [_sitting_json(s) for s in election.sittings]}


def _sitting_json(s: Sitting) -> dict:
    m = s.meeting
    return {"name": m.name, "date": m.day.isoformat() if m.day else "", "expected": m.expected,
            "present": m.present, "voting": m.voting, "method": m.method, "chief_scrutineer": m.chief_scrutineer,
            "scrutineers": m.scrutineers, "counters": m.counters, "host": m.host, "voters": m.voters,
            "rounds": [_round_json(r, s.tallies.get(r.number)) for r in s.rounds]}


def _round_json(r: Round, tally: Tally | None) -> dict:
    data: dict[str, Any] = {
        "number": r.number, "kind": r.kind, "seats": r.seats, "method": r.method, "role_seats": r.role_seats,
        "candidates": [{"name": c.name, "id_number": c.id_number, "role": c.role, "post": c.post, "fields": c.fields}
                       for c in r.candidates]}
    if tally is not None:
        data["tally"] = {"issued": tally.issued, "returned": tally.returned, "valid": tally.valid,
                         "invalid": tally.invalid,
                         "votes": {n: [v.yes, v.no, v.abstain] for n, v in tally.votes.items()},
                         "write_ins": [{"name": w.name, "yes": w.yes, "role": w.role} for w in tally.write_ins]}
    return data
