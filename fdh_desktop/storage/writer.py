"""The one congress writer: a community's congress and member list of a term become exactly these.

A form save is a batch of one (`save_congress`); an import of a city's return is a batch of
thousands (`write_congress_batch`). Both take the same path, so the same change leaves the same
history rows. Rows are written with executemany; the history rows of inserted and deleted rows
are built by SQLite from the rows themselves (base.json_object_sql, the same text as base.to_json),
all inside the caller's `store.write()` transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fdh_desktop.domain.campaign import record_stage, stage_date_problems
from fdh_desktop.domain.diffing import MemberDiff, diff_members
from fdh_desktop.domain.records import MEMBER_FIELDS, Congress, Member

from .base import StoreBase, json_object_sql, to_json
from .congresses import StoredCongress
from .convert import (
    CONGRESS_COLUMNS, MEMBER_COLUMNS, STAGE_COLUMNS, congress_row, congress_values, member_values,
    stage_dates_from_values, stage_row, stage_values,
)
from .errors import StoreError

_POSITION_AND_FIELDS = ("position",) + MEMBER_FIELDS
_CONGRESS_AND_STAGES = CONGRESS_COLUMNS + tuple(STAGE_COLUMNS.values())
_HISTORY_INSERT = (
    "INSERT INTO history (changeset_id, table_name, row_id, operation, community_id, term, old, new)"
)


@dataclass
class CongressWrite:
    """Make one community's congress and members of a term exactly these."""

    community_id: int
    congress: Congress
    members: list[Member]  # the new list in order; position = index
    diff: MemberDiff  # diff_members(stored members, members)
    stored: StoredCongress | None  # None: the congress is inserted
    # The stage dates to keep, when known (the demo's past campaign); None: dated by record_stage.
    stage_dates: dict[str, date] | None = None


@dataclass
class SaveResult:
    congress_added: bool = False
    congress_changed: bool = False
    members: MemberDiff = field(default_factory=MemberDiff)

    @property
    def changed(self) -> bool:
        return self.congress_added or self.congress_changed or not self.members.is_empty


class WriterMixin(StoreBase):
    def save_congress(self, community_id: int, term: int, congress: Congress, members: list[Member],
                      action: str = "save", summary: str = "", stage_dates: dict[str, date] | None = None) -> SaveResult:
        """Make the congress and member list of (community, term) exactly these, in one transaction.

        Members carrying a store id are matched by it; others by 身份证号, else 姓名. Every insert,
        change and removal is kept in the history with the old values. A batch of one.
        `stage_dates`: the days the congress reached its stages, when known (else a changed
        换届进度 is dated today); they must fit its 换届进度 and be in order.
        """
        if stage_dates is not None:
            problems = stage_date_problems(congress.progress, stage_dates)
            if problems:
                raise StoreError("；".join(problems))
        with self.write(action, summary):
            self.ensure_term(term)
            stored = self.stored_congresses(term, community_id).get(community_id)
            diff = diff_members(stored.members if stored else [], members)
            self.write_congress_batch(term, [CongressWrite(community_id, congress, members, diff, stored,
                                                           stage_dates)])
        return SaveResult(congress_added=stored is None,
                          congress_changed=stored is not None and stored.congress != congress, members=diff)

    def write_congress_batch(self, term: int, items: list[CongressWrite]) -> None:
        """Apply many communities' congresses and member lists at once, every change in the history."""
        changeset = self._require_write()
        # A change of 换届进度 dates its stage (domain.campaign.record_stage), in this transaction.
        today = date.today()
        dates = self._stage_dates(term) if any(item.stored for item in items) else {}
        next_congress = self._next_id("congresses")
        next_member = self._next_id("members")
        first_congress, first_member = next_congress, next_member
        congress_inserts: list[tuple] = []
        member_inserts: list[tuple] = []
        member_updates: list[tuple[int, dict, dict, int]] = []  # (id, old, new, community id)
        member_deletes: list[int] = []
        for item in items:
            positions = {id(m): i for i, m in enumerate(item.members)}
            stored = item.stored
            if stored is None:
                congress_id = next_congress
                next_congress += 1
                first_dates = item.stage_dates
                if first_dates is None:
                    first_dates = record_stage({}, item.congress.progress, today)
                congress_inserts.append((congress_id, item.community_id, term, *congress_values(item.congress),
                                         *stage_values(first_dates)))
            else:
                congress_id = stored.congress_id
                old_dates = dates.get(congress_id, {})
                new_dates = old_dates
                if item.stage_dates is not None:
                    new_dates = item.stage_dates
                elif stored.congress.progress != item.congress.progress:
                    new_dates = record_stage(old_dates, item.congress.progress, today, stored.congress.progress)
                if stored.congress != item.congress or new_dates != old_dates:
                    self._update("congresses", congress_id, congress_row(item.congress) | stage_row(new_dates),
                                 item.community_id, term)
                member_deletes.extend(old.id for old in item.diff.removed)
                for old, new in item.diff.changed + item.diff.unchanged:
                    old_values = (stored.positions.get(old.id), *member_values(old))
                    new_values = (positions[id(new)], *member_values(new))
                    if old_values != new_values:
                        changed = {k: (o, n) for k, o, n in zip(_POSITION_AND_FIELDS, old_values, new_values) if o != n}
                        member_updates.append((old.id, {k: o for k, (o, _) in changed.items()},
                                               {k: n for k, (_, n) in changed.items()}, item.community_id))
                    new.id = old.id
            added = item.diff.added if stored is not None else item.members
            for new in added:
                member_inserts.append((next_member, congress_id, positions[id(new)], *member_values(new)))
                new.id = next_member
                next_member += 1
        conn = self.conn
        if member_deletes:
            conn.executemany(
                f"{_HISTORY_INSERT} SELECT ?, 'members', m.id, 'delete', c.community_id, c.term,"
                f" {json_object_sql(MEMBER_COLUMNS, 'm')}, NULL"
                " FROM members m JOIN congresses c ON c.id = m.congress_id WHERE m.id = ?",
                [(changeset.id, i) for i in member_deletes],
            )
            conn.executemany("DELETE FROM members WHERE id = ?", [(i,) for i in member_deletes])
        for member_id, old, new, community_id in member_updates:
            assignments = ", ".join(f"[{k}] = ?" for k in new)
            self._execute(f"UPDATE members SET {assignments} WHERE id = ?", (*new.values(), member_id))
        if member_updates:
            conn.executemany(
                f"{_HISTORY_INSERT} VALUES (?, 'members', ?, 'update', ?, ?, ?, ?)",
                [(changeset.id, i, cid, term, to_json(old), to_json(new)) for i, old, new, cid in member_updates],
            )
        if congress_inserts:
            self._insert_rows("congresses", _CONGRESS_AND_STAGES, congress_inserts)
            conn.execute(
                f"{_HISTORY_INSERT} SELECT ?, 'congresses', id, 'insert', community_id, term, NULL,"
                f" {json_object_sql(_CONGRESS_AND_STAGES[1:])} FROM congresses WHERE id >= ?",
                (changeset.id, first_congress),
            )
        if member_inserts:
            self._insert_rows("members", MEMBER_COLUMNS, member_inserts)
            conn.execute(
                f"{_HISTORY_INSERT} SELECT ?, 'members', m.id, 'insert', c.community_id, c.term, NULL,"
                f" {json_object_sql(MEMBER_COLUMNS[1:], 'm')}"
                " FROM members m JOIN congresses c ON c.id = m.congress_id WHERE m.id >= ?",
                (changeset.id, first_member),
            )

    def _stage_dates(self, term: int) -> dict[int, dict[str, date]]:
        """The stage dates of the term's congresses, by congress id."""
        cols = ", ".join(STAGE_COLUMNS.values())
        return {row[0]: stage_dates_from_values(row[1:])
                for row in self.conn.execute(f"SELECT id, {cols} FROM congresses WHERE term = ?", (term,))}
