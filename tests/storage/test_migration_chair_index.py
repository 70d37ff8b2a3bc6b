"""Migration 7: the chairs get an index of their own (members_chair), which the statistics read
the chairs through; a file of schema 6 comes to it with every row kept and the same figures."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

from fdh_desktop.storage import Store, migrations
from fdh_desktop.storage.backup import list_backups

SCHEMA_6_FILE = Path(__file__).resolve().parents[1] / "data" / "stats_unchanged.sqlite"
CHAIRS = "SELECT id FROM members WHERE role IN ('主任', '主席') ORDER BY id"


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_schema_6_file_gets_the_chair_index_after_a_backup_and_keeps_its_rows(tmp_path):
    path = tmp_path / "district.sqlite"
    shutil.copyfile(SCHEMA_6_FILE, path)
    assert _rows(path, "PRAGMA user_version") == [(6,)]
    members_before = _rows(path, "SELECT * FROM members ORDER BY id")

    with Store.open(path) as store:
        assert store.schema_version == migrations.LATEST

    assert [b for b in list_backups(path) if b.schema_version == 6]  # the backup came first
    assert _rows(path, "SELECT * FROM members ORDER BY id") == members_before
    assert _rows(path, "PRAGMA integrity_check") == [("ok",)]
    # The index holds the chairs of both forms, and only them.
    chairs = _rows(path, CHAIRS)
    assert chairs and _rows(path, "SELECT id FROM members INDEXED BY members_chair"
                                  " WHERE role IN ('主任', '主席') ORDER BY id") == chairs
    assert _rows(path, "SELECT COUNT(*) FROM members WHERE role = '主席'")[0][0] > 0
    assert _rows(path, "SELECT COUNT(*) FROM members WHERE role = '主任'")[0][0] > 0


def test_the_statistics_read_the_chairs_through_it_and_a_new_chair_is_in_it(tmp_path):
    path = tmp_path / "district.sqlite"
    shutil.copyfile(SCHEMA_6_FILE, path)
    with Store.open(path) as store:
        plan = " ".join(r[3] for r in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM congresses c CROSS JOIN members m"
            " WHERE c.term = 7 AND m.congress_id = c.id AND m.role IN ('主任', '主席')"))
        assert "members_chair" in plan
        community = store.communities()[0]
        congress, members = store.congresses_of_term(7)[community.id]
        chair = next(m for m in members if m.role == "主席")
        others = [m for m in members if m is not chair]
        # Demote the chair and make the next person the chair, as a clerk would, in one action.
        promoted = [replace(m, role="主席") if i == 0 else m for i, m in enumerate(others)]
        demoted = replace(chair, role="执委")
        store.save_congress(community.id, 7, congress, [*promoted, demoted], action="test")
    names = _rows(path, "SELECT m.name FROM members m INDEXED BY members_chair JOIN congresses c ON c.id = m.congress_id"
                        f" WHERE m.role IN ('主任', '主席') AND c.term = 7 AND c.community_id = {community.id}")
    assert names == [(promoted[0].name,)]
