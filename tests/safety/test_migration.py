"""Migrations run after a backup, in a transaction; a failing one changes nothing."""

from __future__ import annotations

import sqlite3

import pytest
from safety_helpers import dump, integrity

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
