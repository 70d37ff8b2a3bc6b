"""Migration 4 (the election tables) on a file made by release 0.1.0 (schema 2)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from fdh_desktop.storage import Store, migrations
from fdh_desktop.storage.election import Election, Sitting
from fdh_desktop.domain.election import Candidate, Meeting, Round, Tally, Votes

RELEASE_FILE = Path(__file__).resolve().parents[1] / "data" / "district_0.1.0_schema2.sqlite"
FORBIDDEN = ("UPDATE election_meetings SET method = '选举'", "UPDATE election_meetings SET day = '2026-02-30'",
             "UPDATE election_rounds SET tallied = 2", "UPDATE election_rounds SET kind = '理事'",
             "UPDATE election_candidates SET yes = -1", "UPDATE election_candidates SET id_number = '123'")
TABLES = ("election_meetings", "election_rounds", "election_candidates", "election_write_ins")


def _one_round() -> Election:
    round_ = Round("妇代会班子", 1, [Candidate("王丽", role="主任")], {"主任": 1}, "等额选举", 1)
    tally = Tally({"王丽": Votes(30, 0, 0)}, [], 30, 30, 30, 0)
    return Election([Sitting(Meeting("第一次妇女代表大会", expected=35, present=30, method="等额选举"),
                             [round_], {1: tally})])


def test_a_release_file_gets_the_election_tables_and_keeps_its_rows(tmp_path):
    path = tmp_path / "district.sqlite"
    shutil.copyfile(RELEASE_FILE, path)
    conn = sqlite3.connect(path)
    members_before = conn.execute("SELECT * FROM members ORDER BY id").fetchall()
    conn.close()

    with Store.open(path) as store:
        assert store.schema_version == migrations.LATEST  # 4 brought the election tables
        community = store.communities()[0]
        term = store.settings().current_term
        store.save_election(community.id, term, _one_round())
        assert store.election(community.id, term).sittings[0].tallies[1].votes["王丽"].yes == 30

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        # Migration 6 appends the 两委 fields; the release's own columns are kept as they were.
        width = len(members_before[0])
        assert [row[:width] for row in conn.execute("SELECT * FROM members ORDER BY id")] == members_before
        sql = " ".join(r[0] for r in conn.execute(
            f"SELECT sql FROM sqlite_master WHERE name IN {TABLES}"))
        assert sql.count("STRICT") == 4
        assert " IN (" not in sql  # chains of `=`, as migration 3 explains
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for forbidden in FORBIDDEN:
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(forbidden)
        conn.execute("BEGIN")
        conn.execute("DELETE FROM communities WHERE id = ?", (community.id,))
        for table in TABLES:
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
        conn.execute("ROLLBACK")
    finally:
        conn.close()
