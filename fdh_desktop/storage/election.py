"""The election of a community's congress (migration 4): its sittings, rounds, candidates and tally.

An election is saved whole: the stored rows of (community, term) become exactly the given ones,
every insert and delete kept in the history with the community and term, so that undoing the
save (revert_changeset) brings the previous election back like any edit. Children are deleted
before their parents so that the cascade never removes a row the history did not see.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from fdh_desktop.domain.election import Candidate, Meeting, Round, Tally, Thresholds, Votes, WriteIn
from fdh_desktop.domain.records import Congress

from .base import StoreBase, StoreError, to_json

_NAMES_SEPARATOR = "、"
# The district's election thresholds in the settings table (no migration: key/value rows).
_THRESHOLD_KEYS = {"quorum": "election_quorum", "majority_base": "election_majority_base",
                   "surplus": "election_surplus_percent"}


@dataclass
class Sitting:
    """One meeting and the rounds held at it; tallies by round number, only for counted rounds."""

    meeting: Meeting
    rounds: list[Round] = field(default_factory=list)
    tallies: dict[int, Tally] = field(default_factory=dict)


@dataclass
class Election:
    """A congress's election: sitting 1 the 妇女代表大会, sitting 2 (妇联 only) the 执委会第一次全体会议."""

    sittings: list[Sitting] = field(default_factory=list)
    confirmed_changeset: int | None = None  # the changeset of 确认当选; None: not confirmed

    @property
    def confirmed(self) -> bool:
        return self.confirmed_changeset is not None


STATE_NONE = "未录入"
STATE_CANDIDATES = "已提名候选人"
STATE_TALLIED = "已计票"
STATE_CONFIRMED = "已确认当选"


def _percent(share: Decimal) -> str:
    """0.1 → "10", 0.125 → "12.5": the stored text of a share as a percentage, exact."""
    return format((share * 100).normalize(), "f")


def _names(text: str) -> list[str]:
    return [n for n in text.split(_NAMES_SEPARATOR) if n]


def _meeting_row(m: Meeting, sitting: int, congress_id: int) -> dict:
    return {"congress_id": congress_id, "sitting": sitting, "name": m.name,
            "day": None if m.day is None else m.day.isoformat(), "expected": m.expected, "present": m.present,
            "voting": m.voting, "method": m.method, "chief_scrutineer": m.chief_scrutineer,
            "scrutineers": _NAMES_SEPARATOR.join(m.scrutineers), "counters": _NAMES_SEPARATOR.join(m.counters),
            "host": m.host, "voters": m.voters}


def _meeting_from_row(row: dict, community: str) -> Meeting:
    return Meeting(name=row["name"], community=community,
                   day=None if row["day"] is None else date.fromisoformat(row["day"]),
                   expected=row["expected"], present=row["present"], voting=row["voting"], method=row["method"],
                   chief_scrutineer=row["chief_scrutineer"], scrutineers=_names(row["scrutineers"]),
                   counters=_names(row["counters"]), host=row["host"], voters=row["voters"])


class ElectionMixin(StoreBase):
    # -- reading ------------------------------------------------------------------------------

    def election(self, community_id: int, term: int) -> Election | None:
        """The stored election of (community, term), None when there is none."""
        meetings = self._query(
            "SELECT m.*, cm.name AS community FROM election_meetings m JOIN congresses c ON c.id = m.congress_id"
            " JOIN communities cm ON cm.id = c.community_id WHERE c.community_id = ? AND c.term = ? ORDER BY m.sitting",
            (community_id, term))
        if not meetings:
            return None
        election = Election(confirmed_changeset=next(
            (m["confirmed_changeset"] for m in meetings if m["confirmed_changeset"] is not None), None))
        for m in meetings:
            sitting = Sitting(_meeting_from_row(m, m["community"]))
            for r in self._query("SELECT * FROM election_rounds WHERE meeting_id = ? ORDER BY number", (m["id"],)):
                round_, tally = self._round_from_rows(r)
                sitting.rounds.append(round_)
                if tally is not None:
                    sitting.tallies[round_.number] = tally
            election.sittings.append(sitting)
        return election

    def _round_from_rows(self, r: dict) -> tuple[Round, Tally | None]:
        candidates = self._query("SELECT * FROM election_candidates WHERE round_id = ? ORDER BY position", (r["id"],))
        round_ = Round(r["kind"], r["seats"], [
            Candidate(c["name"], c["id_number"] or "", c["role"], c["post"], json.loads(c["fields"]))
            for c in candidates], json.loads(r["role_seats"]) if r["role_seats"] else {}, r["method"], r["number"])
        if not r["tallied"]:
            return round_, None
        write_ins = self._query("SELECT * FROM election_write_ins WHERE round_id = ? ORDER BY position", (r["id"],))
        votes = {c["name"]: Votes(c["yes"] or 0, c["no"] or 0, c["abstain"] or 0)
                 for c in candidates if c["yes"] is not None or c["no"] is not None or c["abstain"] is not None}
        return round_, Tally(votes, [WriteIn(w["name"], w["yes"], w["role"]) for w in write_ins],
                             r["issued"], r["returned"], r["valid"], r["invalid"])

    def election_states(self, term: int) -> list[dict]:
        """Every community of the term with a stored election: street, community, rounds, rounds
        counted, and the state (已提名候选人, 已计票 when every round is counted, 已确认当选)."""
        rows = self._query(
            """SELECT c.community_id, s.name AS street, cm.name AS community,
                      COUNT(r.id) AS rounds, COALESCE(SUM(r.tallied), 0) AS tallied,
                      MAX(m.confirmed_changeset IS NOT NULL) AS confirmed
               FROM election_meetings m JOIN congresses c ON c.id = m.congress_id
               JOIN communities cm ON cm.id = c.community_id JOIN streets s ON s.id = cm.street_id
               LEFT JOIN election_rounds r ON r.meeting_id = m.id
               WHERE c.term = ? GROUP BY c.community_id ORDER BY s.sort_order, s.id, cm.sort_order, cm.id""",
            (term,))
        for row in rows:
            row["confirmed"] = bool(row["confirmed"])
            row["state"] = (STATE_CONFIRMED if row["confirmed"] else
                            STATE_TALLIED if row["rounds"] and row["tallied"] == row["rounds"] else STATE_CANDIDATES)
        return rows

    def election_thresholds(self) -> Thresholds:
        """The district's stored thresholds; a key never saved (or unreadable) keeps its default."""
        keys = tuple(_THRESHOLD_KEYS.values())
        stored = {r["key"]: r["value"] for r in self._query(
            f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(keys))})", keys)}
        try:
            surplus = Decimal(stored[_THRESHOLD_KEYS["surplus"]]) / 100
        except (KeyError, InvalidOperation):
            surplus = Thresholds.surplus
        # Each value on its own: one written by hand into the file falls back to its default, never a guess.
        values = {"quorum": stored.get(_THRESHOLD_KEYS["quorum"], Thresholds.quorum),
                  "majority_base": stored.get(_THRESHOLD_KEYS["majority_base"], Thresholds.majority_base),
                  "surplus": surplus}
        return Thresholds(**{k: v for k, v in values.items() if not Thresholds(**{k: v}).problems()})

    # -- writing ------------------------------------------------------------------------------

    def save_election_thresholds(self, thresholds: Thresholds) -> bool:
        """Store the district's thresholds in one transaction kept in the history; whether any changed."""
        problems = thresholds.problems()
        if problems:
            raise StoreError(f"{problems[0].field}{problems[0].message}")
        old = self.election_thresholds()
        rows = {_THRESHOLD_KEYS["quorum"]: thresholds.quorum,
                _THRESHOLD_KEYS["majority_base"]: thresholds.majority_base,
                _THRESHOLD_KEYS["surplus"]: _percent(thresholds.surplus)}
        before = {_THRESHOLD_KEYS["quorum"]: old.quorum, _THRESHOLD_KEYS["majority_base"]: old.majority_base,
                  _THRESHOLD_KEYS["surplus"]: _percent(old.surplus)}
        changed = {k: v for k, v in rows.items() if before[k] != v}
        if not changed:
            return False
        with self.write("election_thresholds", "修改选举规则"):
            for key, value in changed.items():
                self._execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))
            self._log("settings", 0, "update", {k: before[k] for k in changed}, changed)
        return True

    def save_election(self, community_id: int, term: int, election: Election, summary: str = "") -> None:
        """Make the stored election of (community, term) exactly this one, in one transaction.

        A congress record is created when the community has none yet this term.
        """
        with self.write("save_election", summary or "保存选举"):
            congress_id = self.congress_id(community_id, term)
            if congress_id is None:
                self.save_congress(community_id, term, Congress(), [])
                congress_id = self.congress_id(community_id, term)
            self._delete_election(congress_id, community_id, term)
            for number, sitting in enumerate(election.sittings, start=1):
                row = _meeting_row(sitting.meeting, number, congress_id)
                row["confirmed_changeset"] = election.confirmed_changeset
                meeting_id = self._insert("election_meetings", row, community_id, term)
                for round_ in sitting.rounds:
                    self._insert_round(meeting_id, round_, sitting.tallies.get(round_.number), community_id, term)

    def _insert_round(self, meeting_id: int, round_: Round, tally: Tally | None, community_id: int, term: int) -> None:
        counts = (None, None, None, None) if tally is None else (tally.issued, tally.returned, tally.valid, tally.invalid)
        round_id = self._insert("election_rounds", {
            "meeting_id": meeting_id, "number": round_.number, "kind": round_.kind, "seats": round_.seats,
            "method": round_.method, "role_seats": to_json(round_.role_seats) if round_.role_seats else "",
            "tallied": int(tally is not None), "issued": counts[0], "returned": counts[1], "valid": counts[2],
            "invalid": counts[3]}, community_id, term)
        for position, c in enumerate(round_.candidates):
            votes = tally.votes.get(c.name) if tally is not None else None
            self._insert("election_candidates", {
                "round_id": round_id, "position": position, "name": c.name, "id_number": c.id_number or None,
                "role": c.role, "post": c.post, "fields": to_json(c.fields),
                "yes": None if votes is None else votes.yes, "no": None if votes is None else votes.no,
                "abstain": None if votes is None else votes.abstain}, community_id, term)
        for position, w in enumerate(tally.write_ins if tally is not None else []):
            self._insert("election_write_ins", {"round_id": round_id, "position": position, "name": w.name,
                                                "role": w.role, "yes": w.yes}, community_id, term)

    def _delete_election(self, congress_id: int, community_id: int, term: int) -> None:
        meetings = [r["id"] for r in self._query(
            "SELECT id FROM election_meetings WHERE congress_id = ? ORDER BY id", (congress_id,))]
        for meeting_id in meetings:
            for round_id in [r["id"] for r in self._query(
                    "SELECT id FROM election_rounds WHERE meeting_id = ? ORDER BY id", (meeting_id,))]:
                for table in ("election_write_ins", "election_candidates"):
                    for row in self._query(f"SELECT id FROM {table} WHERE round_id = ? ORDER BY id", (round_id,)):
                        self._delete(table, row["id"], community_id, term)
                self._delete("election_rounds", round_id, community_id, term)
            self._delete("election_meetings", meeting_id, community_id, term)

    def delete_election(self, community_id: int, term: int) -> bool:
        """Remove the stored election of (community, term); whether there was one."""
        congress_id = self.congress_id(community_id, term)
        if congress_id is None or not self._scalar(
                "SELECT COUNT(*) FROM election_meetings WHERE congress_id = ?", (congress_id,)):
            return False
        with self.write("delete_election", "删除选举记录"):
            self._delete_election(congress_id, community_id, term)
        return True

    def mark_election_confirmed(self, community_id: int, term: int, changeset_id: int | None) -> None:
        """Record (or clear, with None) the changeset of 确认当选 on the election's sittings."""
        congress_id = self.congress_id(community_id, term)
        for row in self._query("SELECT id FROM election_meetings WHERE congress_id = ?", (congress_id,)):
            self._update("election_meetings", row["id"], {"confirmed_changeset": changeset_id}, community_id, term)
