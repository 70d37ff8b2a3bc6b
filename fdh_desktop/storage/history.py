"""Reading the change history back, and bringing old states back from it.

Every write keeps the previous values in `history` (base.StoreBase._log). Here: the rows of a
person, the deleted members, the changesets that touched a community, and the two ways back:
re-inserting a deleted member, and undoing one changeset for one community. Each way back is
one write of its own, so it is in the history too (and can itself be undone).
"""

from __future__ import annotations

import json

from .base import NotFound, StoreBase, StoreError

# Columns that point at another table: a row brought back under a new id moves its children along.
_PARENTS: dict[str, dict[str, str]] = {
    "members": {"congress_id": "congresses"},
    "congresses": {"community_id": "communities"},
    "communities": {"street_id": "streets"},
}

_HISTORY_SELECT = (
    "SELECT h.*, c.at, c.actor, c.action, c.summary FROM history h JOIN changesets c ON c.id = h.changeset_id"
)


class HistoryMixin(StoreBase):
    def history_entry(self, history_id: int) -> dict:
        rows = self._query(_HISTORY_SELECT + " WHERE h.id = ?", (history_id,))
        if not rows:
            raise NotFound(f"历史记录不存在（#{history_id}）")
        return rows[0]

    def changeset_info(self, changeset_id: int) -> dict:
        rows = self._query("SELECT * FROM changesets WHERE id = ?", (changeset_id,))
        if not rows:
            raise NotFound(f"修改记录不存在（#{changeset_id}）")
        return rows[0]

    def member_history(self, member_id: int | None = None, id_number: str | None = None,
                       limit: int = 500) -> list[dict]:
        """History of one person, newest first: a member row, or everyone with an ID number
        (the same person across terms and communities)."""
        row_ids = set() if member_id is None else {member_id}
        if id_number:
            row_ids |= self._member_ids_with_id_number(id_number)
        if not row_ids:
            return []
        marks = ", ".join("?" for _ in row_ids)
        return self._query(
            _HISTORY_SELECT + f" WHERE h.table_name = 'members' AND h.row_id IN ({marks}) ORDER BY h.id DESC LIMIT ?",
            (*sorted(row_ids), limit),
        )

    def _member_ids_with_id_number(self, id_number: str) -> set[int]:
        # Update rows keep only the changed columns, so look for the number in the full rows
        # (current members, inserts and deletes) and in changes of the number itself.
        ids = {r["id"] for r in self._query("SELECT id FROM members WHERE id_number = ?", (id_number,))}
        ids |= {r["row_id"] for r in self._query(
            "SELECT DISTINCT row_id FROM history WHERE table_name = 'members'"
            " AND (json_extract(old, '$.id_number') = :n OR json_extract(new, '$.id_number') = :n)",
            {"n": id_number},
        )}
        return ids

    def deleted_members(self, community_id: int | None = None, term: int | None = None) -> list[dict]:
        """Deletions of members that are still gone, newest first (history rows with the old row)."""
        where = ["h.table_name = 'members'", "h.operation = 'delete'",
                 "NOT EXISTS (SELECT 1 FROM members m WHERE m.id = h.row_id)"]
        params: list = []
        if community_id is not None:
            where.append("h.community_id = ?")
            params.append(community_id)
        if term is not None:
            where.append("h.term = ?")
            params.append(term)
        return self._query(_HISTORY_SELECT + " WHERE " + " AND ".join(where) + " ORDER BY h.id DESC", tuple(params))

    def existing_ids(self, table: str, row_ids: list[int]) -> set[int]:
        if not row_ids or table not in ("members", "congresses", "communities", "streets"):
            return set()
        marks = ", ".join("?" for _ in row_ids)
        return {r["id"] for r in self._query(f"SELECT id FROM [{table}] WHERE id IN ({marks})", tuple(row_ids))}

    def row_labels(self, table: str, row_ids: list[int]) -> dict[int, dict]:
        """The current row, else its last known full state from the history, for naming it."""
        if not row_ids:
            return {}
        if table not in ("members", "congresses", "communities", "streets"):
            return {}
        marks = ", ".join("?" for _ in row_ids)
        found = {r["id"]: r for r in self._query(f"SELECT * FROM [{table}] WHERE id IN ({marks})", tuple(row_ids))}
        missing = [i for i in row_ids if i not in found]
        if missing:
            marks = ", ".join("?" for _ in missing)
            for r in self._query(
                f"SELECT row_id, COALESCE(old, new) AS state FROM history WHERE table_name = ? AND row_id IN ({marks})"
                " AND operation IN ('insert', 'delete') ORDER BY id",
                (table, *missing),
            ):
                found[r["row_id"]] = json.loads(r["state"])
        return found

    def community_changesets(self, community_id: int, limit: int = 200) -> list[dict]:
        """The changesets that touched a community (its congresses, members or itself), newest first,
        with how many rows each changed there."""
        return self._query(
            """SELECT c.id, c.at, c.actor, c.action, c.summary, COUNT(*) AS rows_changed,
                      EXISTS (SELECT 1 FROM imports i WHERE i.changeset_id = c.id) AS is_import
               FROM history h JOIN changesets c ON c.id = h.changeset_id
               WHERE h.community_id = :cid OR (h.table_name = 'communities' AND h.row_id = :cid)
               GROUP BY c.id ORDER BY c.id DESC LIMIT :limit""",
            {"cid": community_id, "limit": limit},
        )

    # -- the ways back ------------------------------------------------------------------------

    def restore_deleted_member(self, history_id: int) -> int:
        """Put a deleted member back into her congress; returns her row id."""
        entry = self.history_entry(history_id)
        if entry["table_name"] != "members" or entry["operation"] != "delete":
            raise StoreError("这条记录不是删除班子成员，无法恢复")
        old = json.loads(entry["old"])
        if self._row("members", old["id"]) is not None:
            raise StoreError(f"{old['name']}已在班子成员中，无需恢复")
        if self._row("congresses", old["congress_id"]) is None:
            raise StoreError(f"{old['name']}所在的妇代会记录已不存在（已被删除），请先撤销删除社区或妇代会的那次操作")
        if old.get("id_number") and self._scalar(
            "SELECT COUNT(*) FROM members WHERE congress_id = ? AND id_number = ?", (old["congress_id"], old["id_number"])
        ):
            raise StoreError(f"该妇代会已有身份证号为{old['id_number']}的成员，未恢复{old['name']}")
        with self.write("restore_member", f"恢复班子成员{old['name']}"):
            return self._insert("members", old, entry["community_id"], entry["term"])

    def revert_changeset(self, changeset_id: int, community_id: int) -> int:
        """Undo one changeset for one community: its rows go back to what they were before it.

        Refused when a later change touched the same rows (undo that one first). Returns the
        number of rows put back.
        """
        info = self.changeset_info(changeset_id)
        rows = self._query(
            "SELECT * FROM history WHERE changeset_id = :cs"
            " AND (community_id = :cid OR (table_name = 'communities' AND row_id = :cid)) ORDER BY id DESC",
            {"cs": changeset_id, "cid": community_id},
        )
        if not rows:
            raise StoreError("这次修改没有涉及该社区，无需撤销")
        later = self._later_change(changeset_id, rows)
        if later is not None:
            raise StoreError(
                f"该社区在此之后又有修改（{later['at'].replace('T', ' ')}，{later['actor']}：{later['summary'] or later['action']}），"
                "请先撤销较新的修改"
            )
        when = info["at"].replace("T", " ")
        new_ids: dict[tuple[str, int], int] = {}
        with self.write("revert", f"撤销{when}的修改（{info['summary'] or info['action']}）"):
            for row in rows:  # newest first: children go before parents, parents come back first
                self._undo(row, new_ids)
        return len(rows)

    def _later_change(self, changeset_id: int, rows: list[dict]) -> dict | None:
        keys = {(r["table_name"], r["row_id"]) for r in rows}
        for table, row_id in sorted(keys):
            later = self._query(
                "SELECT c.* FROM history h JOIN changesets c ON c.id = h.changeset_id"
                " WHERE h.table_name = ? AND h.row_id = ? AND h.changeset_id > ? ORDER BY h.id LIMIT 1",
                (table, row_id, changeset_id),
            )
            if later:
                return later[0]
        return None

    def _undo(self, row: dict, new_ids: dict[tuple[str, int], int]) -> None:
        table, row_id, operation = row["table_name"], row["row_id"], row["operation"]
        community_id, term = row["community_id"], row["term"]
        if operation == "insert":
            if self._row(table, row_id) is not None:
                self._delete(table, row_id, community_id, term)
        elif operation == "update":
            self._update(table, row_id, json.loads(row["old"]), community_id, term)
        else:
            values = json.loads(row["old"])
            for column, parent in _PARENTS.get(table, {}).items():
                values[column] = new_ids.get((parent, values[column]), values[column])
            if community_id is not None:
                community_id = new_ids.get(("communities", community_id), community_id)
            if self._row(table, values["id"]) is not None:  # the id went to another row since
                values.pop("id")
            new_ids[(table, row_id)] = self._insert(table, values, community_id, term)
