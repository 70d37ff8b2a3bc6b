"""Congresses and their members as the form and the reports read them; deleting a congress.

Writing a congress and its members is writer.py's job (one writer for the form and imports)."""

from __future__ import annotations

from dataclasses import dataclass, field

from fdh_desktop.domain.records import Congress, Member

from .base import StoreBase
from .convert import (
    CONGRESS_COLUMNS, MEMBER_COLUMNS, congress_from_row, congress_from_values, member_from_row, member_from_values,
)


@dataclass
class StoredCongress:
    congress_id: int
    congress: Congress
    members: list[Member] = field(default_factory=list)  # in position order, each with its id
    positions: dict[int, int] = field(default_factory=dict)  # member id → position


class CongressMixin(StoreBase):
    def stored_congresses(self, term: int, community_id: int | None = None) -> dict[int, StoredCongress]:
        """The term's congresses (or one community's) with their members, by community id, in two queries."""
        where = "term = :term AND (:cid IS NULL OR community_id = :cid)"
        params = {"term": term, "cid": community_id}
        cols = ", ".join(f"[{c}]" for c in CONGRESS_COLUMNS)
        found: dict[int, StoredCongress] = {}
        by_id: dict[int, StoredCongress] = {}
        for row in self.conn.execute(f"SELECT {cols} FROM congresses WHERE {where}", params):
            stored = StoredCongress(row[0], congress_from_values(row[3:]))
            found[row[1]] = stored
            by_id[row[0]] = stored
        mcols = ", ".join(f"m.[{c}]" for c in MEMBER_COLUMNS)
        for row in self.conn.execute(
            f"SELECT {mcols} FROM members m WHERE m.congress_id IN (SELECT id FROM congresses WHERE {where})"
            " ORDER BY m.congress_id, m.position, m.id",
            params,
        ):
            stored = by_id[row[1]]
            stored.members.append(member_from_values(row[3:], row[0]))
            stored.positions[row[0]] = row[2]
        return found

    def term_snapshot(self, term: int) -> dict[int, StoredCongress]:
        """Every congress of a term with its members, by community id."""
        return self.stored_congresses(term)

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
        """Every congress of a term with its members, by community id."""
        return {cid: (s.congress, s.members) for cid, s in self.stored_congresses(term).items()}

    def delete_congress(self, community_id: int, term: int) -> None:
        congress_id = self.congress_id(community_id, term)
        if congress_id is None:
            return
        with self.write("delete_congress", "删除妇代会记录"):
            self._delete_congress(congress_id, community_id, term)

    def _delete_congress(self, congress_id: int, community_id: int, term: int) -> None:
        # Its election first, row by row, so that undoing the deletion brings the election back too
        # (the cascade would remove those rows without history).
        self._delete_election(congress_id, community_id, term)
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
