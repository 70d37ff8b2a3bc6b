"""Backups beside the database, restore with checks, and the retention rule."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from safety_helpers import corrupt_table_page, dump, integrity

from fdh_desktop.services import backups as backup_service
from fdh_desktop.storage import Store, StoreError, migrations
from fdh_desktop.storage import backup as backups
from fdh_desktop.storage.convert import MEMBER_COLUMNS
from fdh_desktop.storage.backup import BackupInfo, choose_kept, list_backups, make_backup, restore


def test_a_backup_is_named_with_time_and_reason_and_described(district):
    at = datetime(2026, 11, 24, 10, 30, 0)
    with Store.open(district) as store:
        info = backup_service.backup_before(store, "import", now=at)
    assert info.path == district.parent / "backups" / "district.2026-11-24T10-30-00.before-import.sqlite"
    assert info.reason_label == "导入前" and info.good
    meta = json.loads(info.path.with_name(info.path.name + ".json").read_text(encoding="utf-8"))
    assert meta["reason"] == "before-import" and meta["created"] == "2026-11-24T10:30:00"
    assert meta["size"] == info.path.stat().st_size and meta["schema_version"] == migrations.LATEST
    assert integrity(info.path) == "ok"
    assert dump(info.path) == dump(district)
    assert list_backups(district) == [info]


def test_two_backups_in_one_second_are_both_kept(district):
    at = datetime(2026, 11, 24, 10, 30, 0)
    first = make_backup(district, "manual", now=at)
    second = make_backup(district, "manual", now=at)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert [b.path for b in list_backups(district)] == [second.path, first.path]


def test_an_empty_database_is_not_backed_up(tmp_path):
    with Store.open(tmp_path / "new.sqlite", create=True) as store:
        assert backup_service.backup_before(store, "import") is None
    assert not (tmp_path / "backups").exists()


def test_the_daily_backup_is_made_once_a_day(district):
    day = datetime(2026, 11, 24, 8, 0, 0)
    with Store.open(district) as store:
        first = backup_service.on_open(store, now=day).daily_backup
        assert first is not None and first.reason == "daily"
        assert backup_service.on_open(store, now=day + timedelta(hours=3)).daily_backup is None
        assert backup_service.on_open(store, now=day + timedelta(days=1)).daily_backup is not None


def test_backup_while_another_connection_holds_a_write_transaction(district, tmp_path):
    committed = dump(district)
    writer = sqlite3.connect(district, isolation_level=None)
    # Its changes stay in its cache (a writer that spills them to the file locks readers out): the
    # demo with 第七届 is larger than SQLite's default 2 MB cache.
    writer.execute("PRAGMA cache_size = -20000")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE members SET note = '未提交的修改'")
    writer.execute("DELETE FROM history")
    try:
        info = backup_service.backup_now(district)  # does not wait for the writer, does not see its changes
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert integrity(info.path) == "ok"
    assert dump(info.path) == committed
    assert dump(district) != committed

    result = backup_service.restore_backup(district, info.path)
    assert dump(district) == committed
    assert integrity(district) == "ok"
    # The state before the restore (with the committed change) was kept.
    assert result.safety_copy is not None
    assert dump(result.safety_copy.path)["members"][0][MEMBER_COLUMNS.index("note")] == "未提交的修改"


def test_restore_refuses_a_bad_candidate_and_leaves_the_database_alone(district, tmp_path):
    good = make_backup(district, "manual")
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(good.path.read_bytes())
    corrupt_table_page(damaged, "members")
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(good.path.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()

    before = district.read_bytes()
    cases = {
        garbage: "不是数据库",
        damaged: "已损坏",
        newer: "更新版本",
        foreign: "不是本程序的数据库",
        tmp_path / "missing.sqlite": "不存在",
        district: "当前数据库文件本身",
    }
    for candidate, words in cases.items():
        with pytest.raises(StoreError) as info:
            restore(district, candidate)
        assert words in str(info.value), (candidate.name, str(info.value))
        assert district.read_bytes() == before, candidate.name
    # Nothing was backed up for a refused restore: the current file was never touched.
    assert [b.path for b in list_backups(district)] == [good.path]


def test_restore_gives_up_on_a_file_another_program_keeps_busy(district, monkeypatch):
    good = make_backup(district, "manual")
    with Store.open(district) as store:
        store.add_street("恢复前加的")
    monkeypatch.setattr(backups, "BUSY_SECONDS", 0.2)
    reader = sqlite3.connect(district, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM members").fetchone()  # holds a read lock, like a report being read
    try:
        with pytest.raises(StoreError) as info:
            restore(district, good.path)
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert "正被其他程序使用" in str(info.value) and "未改动" in str(info.value)
    with Store.open(district) as store:
        assert store.street_by_name("恢复前加的") is not None


def test_restore_repairs_a_damaged_database_and_keeps_the_damaged_file(district):
    good = make_backup(district, "manual")
    expected = dump(district)
    corrupt_table_page(district, "members")
    with Store.open(district) as store:
        assert store.read_only
    result = backup_service.restore_backup(district, good.path)
    assert integrity(district) == "ok" and dump(district) == expected
    with Store.open(district) as store:
        assert not store.read_only
    # The damaged file was kept too (a specialist may still rescue something from it).
    assert result.safety_copy.check == "damaged" and not result.safety_copy.good


def test_restore_over_a_file_that_is_no_longer_a_database(district):
    good = make_backup(district, "manual")
    expected = dump(district)
    district.write_bytes(b"\x00" * 8192)  # first page wiped
    result = restore(district, good.path)
    assert dump(district) == expected
    assert result.safety_copy is not None and result.safety_copy.check == "raw-copy"
    assert result.safety_copy.path.read_bytes() == b"\x00" * 8192


def test_restore_of_an_older_schema_is_migrated_on_the_next_open(district, monkeypatch):
    old = make_backup(district, "manual")
    # pretend the program has since gained a migration
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, lambda conn: conn.execute(
        "CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT")])
    monkeypatch.setattr(migrations, "LATEST", len(migrations.MIGRATIONS))
    with Store.open(district) as store:
        assert store.schema_version == migrations.LATEST
    restore(district, old.path)
    with Store.open(district) as store:
        assert store.schema_version == migrations.LATEST
    assert any(b.reason == "before-migration" for b in list_backups(district))


def test_backups_of_other_databases_and_stray_files_are_not_listed(district):
    folder = district.parent / "backups"
    folder.mkdir()
    (folder / "other.2026-01-01T00-00-00.manual.sqlite").write_bytes(b"x")
    (folder / "notes.txt").write_text("留言", encoding="utf-8")
    (folder / ".district.2026-01-01T00-00-00.manual.sqlite.partial").write_bytes(b"x")
    assert list_backups(district) == []
    mine = make_backup(district, "manual")
    assert list_backups(district) == [mine]
    assert (folder / "other.2026-01-01T00-00-00.manual.sqlite").exists()


# -- retention ----------------------------------------------------------------------------


def _fake(at: datetime, good: bool = True) -> BackupInfo:
    return BackupInfo(Path(f"/b/{at:%Y%m%d%H%M%S}.sqlite"), at, "daily", 1, 1, "ok" if good else "damaged")


NOW = datetime(2026, 11, 24, 12, 0, 0)


def test_retention_keeps_the_last_week_daily_for_a_month_then_monthly():
    # Three backups a day for 120 days.
    infos = [_fake(NOW - timedelta(days=d, hours=h)) for d in range(120) for h in (1, 5, 9)]
    kept = {b.at for b in infos if b.path in choose_kept(infos, NOW)}
    week = {b.at for b in infos if NOW - b.at <= timedelta(days=7)}
    assert week <= kept  # everything of the last 7 days
    for day in range(8, 30):  # one a day, the newest of that day, up to 30 days
        that_day = [b.at for b in infos if b.at.date() == (NOW - timedelta(days=day)).date()]
        assert [at for at in that_day if at in kept] == [max(that_day)], day
    older = [b.at for b in infos if NOW - b.at > timedelta(days=30)]
    months = {(at.year, at.month) for at in older}
    kept_older = [at for at in older if at in kept]
    assert {(at.year, at.month) for at in kept_older} == months
    assert len(kept_older) == len(months)  # one a month


def test_retention_never_keeps_fewer_than_ten_and_always_the_newest():
    infos = [_fake(NOW - timedelta(days=400 + d)) for d in range(12)]  # all old, mostly one month
    kept = choose_kept(infos, NOW)
    assert len(kept) >= 10
    newest = max(infos, key=lambda b: b.at)
    assert newest.path in kept
    assert choose_kept(infos[:1], NOW) == {infos[0].path}


def test_retention_prefers_a_good_backup_as_a_days_representative():
    day = NOW - timedelta(days=20)
    damaged = _fake(day.replace(hour=18), good=False)
    good = _fake(day.replace(hour=9))
    recent = [_fake(NOW - timedelta(hours=h)) for h in range(1, 12)]
    kept = choose_kept([damaged, good, *recent], NOW)
    assert good.path in kept and damaged.path not in kept


def test_pruning_deletes_files_and_their_descriptions(district, monkeypatch):
    start = datetime(2026, 1, 1, 9, 0, 0)
    made = [make_backup(district, "daily", now=start + timedelta(days=d), prune=False) for d in range(15)]
    removed = backups.prune_backups(district, now=start + timedelta(days=60))
    left = list_backups(district)
    assert len(left) == 10 and made[-1] in left  # 15 in one month, all old: the newest ten stay
    for path in removed:
        assert not path.exists() and not path.with_name(path.name + ".json").exists()
