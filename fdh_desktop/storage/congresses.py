"""Congresses and their members, written with history."""

from __future__ import annotations

from dataclasses import dataclass, field

from fdh_desktop.domain.diffing import MemberDiff, diff_members
from fdh_desktop.domain.records import Congress, Member

from .base import StoreBase
from .convert import congress_from_row, congress_row, member_from_row, member_row


@dataclass
class SaveResult:
    congress_added: bool = False
    congress_changed: bool = False
    members: MemberDiff = field(default_factory=MemberDiff)

    @property
    def changed(self) -> bool:
        return self.congress_added or self.congress_changed or not self.members.is_empty


class CongressMixin(StoreBase):
    def congress_id(self, community_id: int, term: int) -> int | None:
        return self._scalar("SELECT id FROM congresses WHERE community_id = ? AND term = ?", (community_id, term))

    def congress(self, community_id: int, term: int) -> Congress | None:
        rows = self._query("SELECT * FROM congresses WHERE community_id = ? AND term = ?", (community_id, term))
        return congress_from_row(rows[0]) if rows else None

    def members(self, community_id: int, term: int) -> list[Member]:
        rows = self._query(
            "SELECT m.* FROM members m JOIN congresses c ON c.id = m.congress_id"
            " WHERE c.community_id = ? AND c.term = ? ORDER BY m.position, m.id",
            (community_id, term),
        )
        return [member_from_row(r) for r in rows]

    def congresses_of_term(self, term: int) -> dict[int, tuple[Congress, list[Member]]]:
        """Every congress of a term with its members, by community id, in two queries."""
        congress_rows = self._query("SELECT * FROM congresses WHERE term = ?", (term,))
        by_congress: dict[int, list[Member]] = {r["id"]: [] for r in congress_rows}
        for row in self._query(
            "SELECT m.* FROM members m JOIN congresses c ON c.id = m.congress_id WHERE c.term = ?"
            " ORDER BY m.congress_id, m.position, m.id",
            (term,),
        ):
            by_congress[row["congress_id"]].append(member_from_row(row))
        return {r["community_id"]: (congress_from_row(r), by_congress[r["id"]]) for r in congress_rows}

    def save_congress(self, community_id: int, term: int, congress: Congress, members: list[Member],
                      action: str = "save", summary: str = "") -> SaveResult:
        """Make the congress and member list of (community, term) exactly these, in one transaction.

        Members carrying a store id are matched by it; others by 身份证号, else 姓名. Every insert,
        change and removal is kept in the history with the old values.
        """
        result = SaveResult()
        with self.write(action, summary):
            self.ensure_term(term)
            congress_id = self.congress_id(community_id, term)
            values = congress_row(congress)
            if congress_id is None:
                congress_id = self._insert(
                    "congresses", {"community_id": community_id, "term": term, **values}, community_id, term
                )
                result.congress_added = True
            else:
                result.congress_changed = self._update("congresses", congress_id, values, community_id, term)
            existing = self.members(community_id, term)
            result.members = diff_members(existing, members)
            positions = {id(m): i for i, m in enumerate(members)}
            for old in result.members.removed:
                self._delete("members", old.id, community_id, term)
            for old, new in result.members.changed + result.members.unchanged:
                self._update("members", old.id, {**member_row(new), "position": positions[id(new)]}, community_id, term)
                new.id = old.id
            for new in result.members.added:
                new.id = self._insert(
                    "members",
                    {"congress_id": congress_id, "position": positions[id(new)], **member_row(new)},
                    community_id, term,
                )
        return result

    def delete_congress(self, community_id: int, term: int) -> None:
        congress_id = self.congress_id(community_id, term)
        if congress_id is None:
            return
        with self.write("delete_congress", "删除妇代会记录"):
            self._delete_congress(congress_id, community_id, term)

    def _delete_congress(self, congress_id: int, community_id: int, term: int) -> None:
        for row in self._query("SELECT id FROM members WHERE congress_id = ?", (congress_id,)):
            self._delete("members", row["id"], community_id, term)
        self._delete("congresses", congress_id, community_id, term)

    def history(self, community_id: int | None = None, term: int | None = None, limit: int = 500) -> list[dict]:
        """History rows, newest first, with their changeset's time, actor and action."""
        where, params = [], []
        if community_id is not None:
            where.append("(h.community_id = ? OR (h.table_name = 'communities' AND h.row_id = ?))")
            params += [community_id, community_id]
        if term is not None:
            where.append("h.term = ?")
            params.append(term)
        sql = (
            "SELECT h.*, c.at, c.actor, c.action, c.summary FROM history h JOIN changesets c ON c.id = h.changeset_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY h.id DESC LIMIT ?"
        )
        return self._query(sql, (*params, limit))
