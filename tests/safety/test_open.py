"""Opening a file: settings that survive a power cut, the SQLite version, and damaged files."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from safety_helpers import corrupt_table_page, dump

from fdh_desktop.domain.records import Congress
from fdh_desktop.services import backups
from fdh_desktop.storage import Store, StoreError
from fdh_desktop.storage import connection
from fdh_desktop.storage.errors import Unreadable


def test_a_file_uses_a_rollback_journal_with_full_sync(district):
    with Store.open(district) as store:
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        store.add_street("新街道")
    # Between writes the database is one self-contained file: nothing beside it to lose on a copy.
    assert not Path(str(district) + "-wal").exists()
    assert not Path(str(district) + "-journal").exists()


def test_an_old_sqlite_library_is_refused_before_anything_is_written(monkeypatch, tmp_path):
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    path = tmp_path / "new.sqlite"
    with pytest.raises(StoreError) as info:
        Store.open(path, create=True)
    assert "3.37" in str(info.value) and "3.31.1" in str(info.value)
    assert not path.exists()
    with pytest.raises(StoreError):
        Store.memory()


def test_a_damaged_file_opens_read_only_and_is_never_written(district):
    corrupt_table_page(district, "members")
    before = district.read_bytes()
    store = Store.open(district)
    try:
        assert store.read_only
        assert "完整性检查" in store.damaged_reason
        # What can still be read is shown...
        assert [s.name for s in store.streets()][:1] == ["天桥"]
        # ...but every write is refused with a clear message.
        with pytest.raises(StoreError) as info:
            store.add_street("新街道")
        assert "已损坏" in str(info.value) and "只读" in str(info.value)
        community = store.communities()[0]
        with pytest.raises(StoreError):
            store.save_congress(community.id, 6, Congress(note="改"), [])
        # Even bypassing the Store, the connection cannot write.
        with pytest.raises(sqlite3.DatabaseError):
            store.conn.execute("DELETE FROM streets")
    finally:
        store.close()
    assert district.read_bytes() == before
    assert not Path(str(district) + "-journal").exists()


def test_a_damaged_file_is_offered_the_latest_good_backup(district):
    with Store.open(district) as store:
        good = backups.backup_now(district)
    corrupt_table_page(district, "members")
    with Store.open(district) as store:
        report = backups.on_open(store)
        assert report.latest_good == good
        assert good.path.name in report.damaged and "只读" in report.damaged
        assert report.daily_backup is None  # a damaged file is not backed up as if it were good
        with pytest.raises(StoreError) as info:
            backups.prepare_write(store, "import")
        assert good.path.name in str(info.value)


def test_a_file_that_is_no_database_is_refused_as_unreadable(tmp_path):
    path = tmp_path / "district.sqlite"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)  # a workbook saved under the wrong name
    before = path.read_bytes()
    with pytest.raises(Unreadable) as info:
        Store.open(path)
    assert "不是数据库" in str(info.value)
    assert path.read_bytes() == before


def test_another_programs_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert "不是本程序的数据库" in str(info.value)
    assert path.read_bytes() == before


def test_a_read_only_open_of_a_sound_file_refuses_writes_and_leaves_it_alone(district):
    before = district.read_bytes()
    with Store.open(district, read_only=True) as store:
        assert store.read_only and store.damaged_reason is None
        assert store.settings().district
        with pytest.raises(StoreError) as info:
            store.add_street("新街道")
        assert "只读" in str(info.value)
    assert district.read_bytes() == before


def test_the_sound_file_check_sees_an_interrupted_write_as_sound(district):
    # A crashed write leaves a hot journal; the open rolls it back (as SQLite always does) and
    # the file is then whole and writable, not "damaged".
    original = district.read_bytes()
    conn = sqlite3.connect(district, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill to the file before commit, like a big import
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE members SET note = 'half' ")
    conn.execute("UPDATE congresses SET note = 'half'")
    journal = Path(str(district) + "-journal")
    assert journal.exists()
    # Simulate the crash: keep the journal and the half-written file as they are now.
    saved_db, saved_journal = district.read_bytes(), journal.read_bytes()
    assert saved_db != original  # the half-done change really is in the file
    conn.execute("ROLLBACK")
    conn.close()
    before = dump(district)
    district.write_bytes(saved_db)
    journal.write_bytes(saved_journal)
    assert connection.check_file(district) is None
    with Store.open(district) as store:
        assert not store.read_only
        store.add_street("新街道")
    after = dump(district)
    assert after["members"] == before["members"] and after["congresses"] == before["congresses"]


def test_a_folder_name_with_spaces_hash_and_chinese_is_no_problem(demo_db, tmp_path):
    folder = tmp_path / "街道 #1 备份%"
    folder.mkdir()
    path = folder / "区 数据.sqlite"
    path.write_bytes(demo_db.read_bytes())
    corrupt_table_page(path, "members")
    with Store.open(path) as store:  # the read-only check goes through a file: URI
        assert store.read_only and store.damaged_reason


def test_writes_after_a_reopen_still_work(district):
    with Store.open(district) as store:
        community = store.communities()[0]
        store.save_congress(community.id, 6, Congress(election_date=date(2023, 5, 1)), [])
    with Store.open(district) as store:
        assert store.congress(community.id, 6).election_date == date(2023, 5, 1)
