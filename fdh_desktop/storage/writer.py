"""Workbook exchange: a term's records in bulk, written in bulk with history, and import records.

An import of a city's return touches tens of thousands of rows; they are written with executemany
and their history rows built by SQLite (json_object) in one statement, inside the caller's
`store.write()` transaction. The history rows carry the same facts as base._insert/_update/_delete.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date

from fdh_desktop.domain.diffing import MemberDiff
from fdh_desktop.domain.records import CONGRESS_FIELDS, MEMBER_FIELDS, Congress, Member

from .base import Conflict, StoreBase, _integrity_message, now_text, to_json
from .convert import congress_row, member_row

_CONGRESS_COLUMNS = ("id", "community_id", "term") + CONGRESS_FIELDS
_MEMBER_COLUMNS = ("id", "congress_id", "position") + MEMBER_FIELDS
_BOOL = {"should_establish", "established", "is_new"}
_DATE = {"election_date", "birth_date"}

PLACE_COLUMNS = ("street", "community", "community_code")
EXCHANGE_CONGRESS_COLUMNS = PLACE_COLUMNS + CONGRESS_FIELDS
EXCHANGE_MEMBER_COLUMNS = PLACE_COLUMNS + MEMBER_FIELDS


def _json_object(columns, alias: str = "") -> str:
    """SQLite's json_object over columns, keys sorted as base.to_json sorts them."""
    prefix = f"{alias}." if alias else ""
    return "json_object(" + ", ".join(f"'{c}', {prefix}[{c}]" for c in sorted(columns)) + ")"


@dataclass
class StoredCongress:
    congress_id: int
    congress: Congress
    members: list[Member] = field(default_factory=list)  # in position order, each with its id
    positions: dict[int, int] = field(default_factory=dict)  # member id → position


@dataclass
class CongressWrite:
    """Make one community's congress and members of a term exactly these."""

    community_id: int
    congress: Congress
    members: list[Member]  # the new list in order; position = index
    diff: MemberDiff  # diff_members(stored members, members)
    stored: StoredCongress | None  # None: the congress is inserted


def _congress(row: tuple) -> Congress:
    values = dict(zip(CONGRESS_FIELDS, row))
    for name in ("should_establish", "established"):
        if values[name] is not None:
            values[name] = bool(values[name])
    if values["election_date"] is not None:
        values["election_date"] = date.fromisoformat(values["election_date"])
    return Congress(**values)


def _member(row: tuple) -> Member:
    member = Member(*row[3:])
    member.id = row[0]
    if member.birth_date is not None:
        member.birth_date = date.fromisoformat(member.birth_date)
    if member.is_new is not None:
        member.is_new = bool(member.is_new)
    return member


class ImportsMixin(StoreBase):
    # -- reading ------------------------------------------------------------------------------

    def last_changeset_id(self) -> int:
        """Grows with every write: a plan made at one value is stale at another."""
        return self._scalar("SELECT COALESCE(MAX(id), 0) FROM changesets")

    def place_index(self) -> tuple[list[dict], list[dict]]:
        """(streets, communities with their street's name), for matching a workbook's places."""
        streets = self._query("SELECT id, name, code FROM streets ORDER BY sort_order, id")
        communities = self._query(
            "SELECT c.id, c.street_id, s.name AS street, c.name, c.code FROM communities c"
            " JOIN streets s ON s.id = c.street_id ORDER BY s.sort_order, s.id, c.sort_order, c.id"
        )
        return streets, communities

    def term_snapshot(self, term: int) -> dict[int, StoredCongress]:
        """Every congress of a term with its members, by community id, in two queries."""
        cols = ", ".join(f"[{c}]" for c in _CONGRESS_COLUMNS)
        snapshot: dict[int, StoredCongress] = {}
        by_id: dict[int, StoredCongress] = {}
        for row in self.db.conn.execute(f"SELECT {cols} FROM congresses WHERE term = ?", (term,)):
            stored = StoredCongress(row[0], _congress(row[3:]))
            snapshot[row[1]] = stored
            by_id[row[0]] = stored
        mcols = ", ".join(f"m.[{c}]" for c in _MEMBER_COLUMNS)
        for row in self.db.conn.execute(
            f"SELECT {mcols} FROM members m JOIN congresses c ON c.id = m.congress_id WHERE c.term = ?"
            " ORDER BY m.congress_id, m.position, m.id",
            (term,),
        ):
            stored = by_id[row[1]]
            stored.members.append(_member(row))
            stored.positions[row[0]] = row[2]
        return snapshot

    def exchange_rows(self, term: int, street_id: int | None = None) -> tuple[list[tuple], list[tuple]]:
        """A term's congress rows and member rows in the exchange workbook's column order
        (EXCHANGE_CONGRESS_COLUMNS, EXCHANGE_MEMBER_COLUMNS), as stored: 0/1 and ISO dates."""
        where = "c.term = :term AND (:street IS NULL OR s.id = :street)"
        order = "s.sort_order, s.id, co.sort_order, co.id"
        params = {"term": term, "street": street_id}
        congress_cols = ", ".join(f"c.[{f}]" for f in CONGRESS_FIELDS)
        congresses = self.db.conn.execute(
            f"SELECT s.name, co.name, co.code, {congress_cols} FROM congresses c"
            f" JOIN communities co ON co.id = c.community_id JOIN streets s ON s.id = co.street_id"
            f" WHERE {where} ORDER BY {order}", params).fetchall()
        member_cols = ", ".join(f"m.[{f}]" for f in MEMBER_FIELDS)
        members = self.db.conn.execute(
            f"SELECT s.name, co.name, co.code, {member_cols} FROM members m JOIN congresses c ON c.id = m.congress_id"
            f" JOIN communities co ON co.id = c.community_id JOIN streets s ON s.id = co.street_id"
            f" WHERE {where} ORDER BY {order}, m.position, m.id", params).fetchall()
        return congresses, members

    def id_numbers_outside(self, term: int, community_ids: list[int]) -> dict[str, list[int]]:
        """身份证号 → community ids of the term where it appears, leaving out `community_ids`."""
        found: dict[str, list[int]] = {}
        for number, community_id in self.db.conn.execute(
            "SELECT m.id_number, c.community_id FROM members m JOIN congresses c ON c.id = m.congress_id"
            " WHERE c.term = ? AND m.id_number IS NOT NULL"
            " AND c.community_id NOT IN (SELECT value FROM json_each(?))",
            (term, json.dumps(community_ids)),
        ):
            found.setdefault(number, []).append(community_id)
        return found

    def imports(self, sha256: str | None = None, limit: int = 200) -> list[dict]:
        """Import records, newest first (optionally of one file content), counts decoded."""
        rows = self._query(
            "SELECT * FROM imports WHERE (:sha IS NULL OR sha256 = :sha) ORDER BY id DESC LIMIT :limit",
            {"sha": sha256, "limit": limit},
        )
        for row in rows:
            row["counts"] = json.loads(row["counts"])
        return rows

    # -- writing ------------------------------------------------------------------------------

    def record_import(self, file_name: str, sha256: str, term: int, counts: dict) -> int:
        changeset = self._require_write()
        return self._execute(
            "INSERT INTO imports (changeset_id, file_name, sha256, term, at, counts) VALUES (?, ?, ?, ?, ?, ?)",
            (changeset.id, file_name, sha256, term, now_text(), to_json(counts)),
        ).lastrowid

    def write_congress_batch(self, term: int, items: list[CongressWrite]) -> None:
        """Apply many communities' congresses and member lists at once, every change in the history."""
        changeset = self._require_write()
        conn = self.db.conn
        next_congress = self._next_id("congresses")
        next_member = self._next_id("members")
        first_congress, first_member = next_congress, next_member
        congress_inserts: list[tuple] = []
        member_inserts: list[tuple] = []
        member_updates: list[tuple[int, dict, dict, int]] = []  # (id, old, new, community id)
        member_deletes: list[int] = []
        for item in items:
            if item.stored is None:
                congress_id = next_congress
                next_congress += 1
                values = congress_row(item.congress)
                congress_inserts.append((congress_id, item.community_id, term, *values.values()))
                positions = {id(m): i for i, m in enumerate(item.members)}
                for member in item.members:
                    member_inserts.append((next_member, congress_id, positions[id(member)], *_member_values(member)))
                    member.id = next_member
                    next_member += 1
                continue
            stored = item.stored
            congress_id = stored.congress_id
            if stored.congress != item.congress:
                self._update("congresses", congress_id, congress_row(item.congress), item.community_id, term)
            positions = {id(m): i for i, m in enumerate(item.members)}
            member_deletes.extend(old.id for old in item.diff.removed)
            for old, new in item.diff.changed + item.diff.unchanged:
                old_values = {**member_row(old), "position": stored.positions.get(old.id)}
                new_values = {**member_row(new), "position": positions[id(new)]}
                changed = {k: v for k, v in new_values.items() if old_values[k] != v}
                if changed:
                    member_updates.append((old.id, {k: old_values[k] for k in changed}, changed, item.community_id))
                new.id = old.id
            for new in item.diff.added:
                member_inserts.append((next_member, congress_id, positions[id(new)], *_member_values(new)))
                new.id = next_member
                next_member += 1
        if member_deletes:
            self._log_deletes(changeset.id, member_deletes)
            conn.executemany("DELETE FROM members WHERE id = ?", [(i,) for i in member_deletes])
        for member_id, old, new, community_id in member_updates:
            assignments = ", ".join(f"[{k}] = ?" for k in new)
            conn.execute(f"UPDATE members SET {assignments} WHERE id = ?", (*new.values(), member_id))
        if member_updates:
            conn.executemany(
                "INSERT INTO history (changeset_id, table_name, row_id, operation, community_id, term, old, new)"
                " VALUES (?, 'members', ?, 'update', ?, ?, ?, ?)",
                [(changeset.id, i, cid, term, to_json(old), to_json(new)) for i, old, new, cid in member_updates],
            )
        if congress_inserts:
            marks = ", ".join("?" for _ in _CONGRESS_COLUMNS)
            cols = ", ".join(f"[{c}]" for c in _CONGRESS_COLUMNS)
            self._executemany(f"INSERT INTO congresses ({cols}) VALUES ({marks})", congress_inserts)
            conn.execute(
                "INSERT INTO history (changeset_id, table_name, row_id, operation, community_id, term, old, new)"
                f" SELECT ?, 'congresses', id, 'insert', community_id, term, NULL,"
                f" {_json_object(('community_id', 'term') + CONGRESS_FIELDS)} FROM congresses WHERE id >= ?",
                (changeset.id, first_congress),
            )
        if member_inserts:
            marks = ", ".join("?" for _ in _MEMBER_COLUMNS)
            cols = ", ".join(f"[{c}]" for c in _MEMBER_COLUMNS)
            self._executemany(f"INSERT INTO members ({cols}) VALUES ({marks})", member_inserts)
            conn.execute(
                "INSERT INTO history (changeset_id, table_name, row_id, operation, community_id, term, old, new)"
                " SELECT ?, 'members', m.id, 'insert', c.community_id, c.term, NULL,"
                f" {_json_object(('congress_id', 'position') + MEMBER_FIELDS, 'm')}"
                " FROM members m JOIN congresses c ON c.id = m.congress_id WHERE m.id >= ?",
                (changeset.id, first_member),
            )

    def _next_id(self, table: str) -> int:
        """The id AUTOINCREMENT would give next: never one a deleted row had (history names rows by id)."""
        return self._scalar(
            f"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
            f" COALESCE((SELECT MAX(id) FROM [{table}]), 0)) + 1",
            (table,),
        )

    def _log_deletes(self, changeset_id: int, member_ids: list[int]) -> None:
        self.db.conn.executemany(
            "INSERT INTO history (changeset_id, table_name, row_id, operation, community_id, term, old, new)"
            " SELECT ?, 'members', m.id, 'delete', c.community_id, c.term,"
            f" {_json_object(_MEMBER_COLUMNS, 'm')}, NULL"
            " FROM members m JOIN congresses c ON c.id = m.congress_id WHERE m.id = ?",
            [(changeset_id, i) for i in member_ids],
        )

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        try:
            self.db.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            raise Conflict(_integrity_message(exc)) from None


def _member_values(member: Member) -> tuple:
    """member_row(member).values() without the dict: one tuple per inserted member."""
    return (
        member.role, member.name, member.id_number,
        None if member.birth_date is None else member.birth_date.isoformat(),
        member.ethnicity, member.political, member.education, member.rc_post,
        None if member.is_new is None else int(member.is_new),
        member.phone, member.workplace, member.note,
    )

