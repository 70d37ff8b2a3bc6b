"""Workbook exchange: a term's rows in the exchange workbook's columns, places to match, import records."""

from __future__ import annotations

import json
from datetime import datetime

from fdh_desktop.domain.records import CONGRESS_FIELDS, MEMBER_FIELDS, PART2_MEMBER_FIELDS

from .base import StoreBase, now_text, to_json

PLACE_COLUMNS = ("street", "community", "community_code")
EXCHANGE_CONGRESS_COLUMNS = PLACE_COLUMNS + CONGRESS_FIELDS
# A 妇代会 term's member columns (Part 1's) and a 妇联 term's (the two 两委 posts and 其他职务 for
# 居委会任职; 是否兼职 and 界别 after 是否新任): excel.layout's orders, checked by services.exporting.
EXCHANGE_MEMBER_COLUMNS = PLACE_COLUMNS + tuple(f for f in MEMBER_FIELDS if f not in PART2_MEMBER_FIELDS)
EXCHANGE_FEDERATION_MEMBER_COLUMNS = PLACE_COLUMNS + (
    "role", "name", "id_number", "birth_date", "ethnicity", "political", "education",
    "party_post", "committee_post", "other_post", "is_new", "part_time", "sector", "phone", "workplace", "note",
)


class ExchangeMixin(StoreBase):
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

    def exchange_rows(self, term: int, street_id: int | None = None,
                      member_columns: tuple[str, ...] = EXCHANGE_MEMBER_COLUMNS) -> tuple[list[tuple], list[tuple]]:
        """A term's congress rows and member rows in the exchange workbook's column order
        (EXCHANGE_CONGRESS_COLUMNS; `member_columns`, EXCHANGE_MEMBER_COLUMNS or
        EXCHANGE_FEDERATION_MEMBER_COLUMNS), as stored: 0/1 and ISO dates."""
        where = "c.term = :term AND (:street IS NULL OR s.id = :street)"
        order = "s.sort_order, s.id, co.sort_order, co.id"
        params = {"term": term, "street": street_id}
        congress_cols = ", ".join(f"c.[{f}]" for f in CONGRESS_FIELDS)
        congresses = self.conn.execute(
            f"SELECT s.name, co.name, co.code, {congress_cols} FROM congresses c"
            f" JOIN communities co ON co.id = c.community_id JOIN streets s ON s.id = co.street_id"
            f" WHERE {where} ORDER BY {order}", params).fetchall()
        if not set(member_columns[len(PLACE_COLUMNS):]) <= set(MEMBER_FIELDS):
            raise ValueError(f"not member fields: {member_columns}")
        member_cols = ", ".join(f"m.[{f}]" for f in member_columns[len(PLACE_COLUMNS):])
        members = self.conn.execute(
            f"SELECT s.name, co.name, co.code, {member_cols} FROM members m JOIN congresses c ON c.id = m.congress_id"
            f" JOIN communities co ON co.id = c.community_id JOIN streets s ON s.id = co.street_id"
            f" WHERE {where} ORDER BY {order}, m.position, m.id", params).fetchall()
        return congresses, members

    def id_numbers_outside(self, term: int, community_ids: list[int]) -> dict[str, list[int]]:
        """身份证号 → community ids of the term where it appears, leaving out `community_ids`."""
        found: dict[str, list[int]] = {}
        for number, community_id in self.conn.execute(
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

    def record_import(self, file_name: str, sha256: str, term: int, counts: dict, at: datetime | None = None) -> int:
        """`at`: when the workbook was imported (now by default; the demo records past returns)."""
        changeset = self._require_write()
        when = now_text() if at is None else at.isoformat(timespec="seconds")
        return self._execute(
            "INSERT INTO imports (changeset_id, file_name, sha256, term, at, counts) VALUES (?, ?, ?, ?, ?, ?)",
            (changeset.id, file_name, sha256, term, when, to_json(counts)),
        ).lastrowid
