"""Migrations run after a backup, in a transaction; a failing one changes nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from safety_helpers import dump, integrity

from fdh_desktop.domain.records import Member
from fdh_desktop.storage import Store, StoreError, migrations
from fdh_desktop.storage.backup import list_backups


def _add_migrations(monkeypatch, *steps):
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, *steps])
    monkeypatch.setattr(migrations, "LATEST", len(migrations.MIGRATIONS))


def _good_step(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE members ADD COLUMN wechat TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE members SET wechat = 'wx'")


def _failing_step(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT")
    conn.execute("DELETE FROM history")
    raise ValueError("deliberate failure in a migration")


def test_a_failing_migration_leaves_the_file_and_its_version_as_they_were(district, monkeypatch):
    version = migrations.LATEST
    before_bytes = district.read_bytes()
    _add_migrations(monkeypatch, _good_step, _failing_step)
    with pytest.raises(StoreError) as info:
        Store.open(district)
    message = str(info.value)
    assert "升级失败" in message and f"保持第{version}版" in message
    assert district.read_bytes() == before_bytes
    assert integrity(district) == "ok"
    # The backup taken before the attempt is named in the message and holds the data.
    made = list_backups(district)
    assert len(made) == 1 and made[0].reason == "before-migration" and made[0].path.name in message
    assert dump(made[0].path) == dump(district)


def test_a_migration_runs_after_a_backup_and_is_kept(district, monkeypatch):
    before = dump(district)
    _add_migrations(monkeypatch, _good_step)
    with Store.open(district) as store:
        assert store.schema_version == migrations.LATEST
        assert store.conn.execute("SELECT DISTINCT wechat FROM members").fetchall() == [("wx",)]
    backup = list_backups(district)[0]
    assert backup.reason == "before-migration" and backup.schema_version == migrations.LATEST - 1
    assert dump(backup.path) == before


def test_a_migration_that_breaks_a_reference_is_rolled_back(district, monkeypatch):
    before_bytes = district.read_bytes()

    def orphan(conn):
        conn.execute("DELETE FROM congresses WHERE id = (SELECT MIN(congress_id) FROM members)")

    _add_migrations(monkeypatch, orphan)
    with pytest.raises(StoreError) as info:
        Store.open(district)
    assert "不存在的数据" in str(info.value)
    assert district.read_bytes() == before_bytes


def test_a_new_file_needs_no_backup_before_its_first_migration(tmp_path):
    path = tmp_path / "new.sqlite"
    with Store.open(path, create=True) as store:
        assert store.schema_version == migrations.LATEST
    assert list_backups(path) == []


RELEASE_FILE = Path(__file__).resolve().parents[1] / "data" / "district_0.1.0_schema2.sqlite"


def _rows(path: Path) -> dict:
    return dump(path, ("streets", "communities", "congresses", "members", "changesets", "history", "imports",
                       "settings", "terms", "baselines"))


def test_a_file_made_by_release_0_1_0_comes_to_the_latest_version_with_every_row_id_and_sequence_kept(tmp_path):
    """The file was made by fdh-desktop 0.1.0 (schema 2): a district, three communities, one
    congress deleted and two members removed, so the sequences run past the highest ids."""
    path = tmp_path / "district.sqlite"
    shutil.copyfile(RELEASE_FILE, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    sequences = dict(conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
    conn.close()
    before = _rows(path)
    assert sequences["members"] > max(r[0] for r in before["members"])

    with Store.open(path) as store:
        assert store.schema_version == migrations.LATEST
        community = store.communities()[0]
        members = store.members(community.id, 6)
        store.save_congress(community.id, 6, store.congress(community.id, 6), [*members, Member("委员", "新成员")])
        new_id = store.members(community.id, 6)[-1].id
    assert new_id == sequences["members"] + 1  # not an id a deleted member had
    after = _rows(path)
    for table in ("streets", "communities", "settings", "baselines"):
        assert after[table] == before[table], table
    # Version 6: the release's terms were 妇代会 terms, without start and end dates.
    assert after["terms"] == [(*row, "妇代会", None, None) for row in before["terms"]]
    # Version 5 appended columns: no stage dates yet; earlier imports were written, street unknown.
    assert after["congresses"] == [(*row, None, None, None, None) for row in before["congresses"]]
    assert after["imports"] == [(*row, "", "written", 0, "") for row in before["imports"]]
    # Version 6 appended the 两委 fields, read from each member's one 居委会任职 value, to the rows
    # and to the history's member states (so an undo brings both back); nothing else changed.
    width = len(before["members"][0])
    kept = after["members"][:len(before["members"])]
    assert [row[:width] for row in kept] == before["members"]
    for row in kept:
        member = Member("委员", "x", rc_post=row[10])
        assert row[width:] == (member.party_post, member.committee_post, int(member.other_post), None, ""), row
    for old, new in zip(before["history"], after["history"]):
        assert new[:7] == old[:7]
        for b, a in zip(old[7:], new[7:]):
            if b is None or '"rc_post"' not in b:
                assert a == b
            else:
                before_state, after_state = json.loads(b), json.loads(a)
                assert {k: after_state[k] for k in before_state} == before_state
                assert Member("委员", "x", rc_post=before_state["rc_post"]).party_post == after_state["party_post"]
    assert integrity(path) == "ok"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        assert {"members_congress", "members_id_number", "congresses_term", "history_row"} <= indexes
        assert not {"members_name", "members_chairs"} & indexes
        assert " IN (" not in " ".join(r[0] for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE name IN ('congresses', 'members', 'history')"))
        # The rewritten checks still refuse what the old ones refused.
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE members SET role = '组长' WHERE id = ?", (new_id,))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE members SET political = '党员' WHERE id = ?", (new_id,))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE congresses SET established = 2")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE history SET operation = 'upsert'")
        # Deleting a community still takes its congresses and members with it.
        conn.execute("BEGIN")
        conn.execute("DELETE FROM communities WHERE id = ?", (community.id,))
        assert conn.execute("SELECT COUNT(*) FROM members m JOIN congresses c ON c.id = m.congress_id"
                            " WHERE c.community_id = ?", (community.id,)).fetchone()[0] == 0
        conn.execute("ROLLBACK")
    finally:
        conn.close()
