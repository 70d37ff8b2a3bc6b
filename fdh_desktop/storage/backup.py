"""Backups beside the database: made with SQLite's backup API, listed, pruned, and restored.

A backup of district.sqlite is backups/district.2026-11-24T10-30-00.before-import.sqlite with a
sidecar .json (time, reason, size, schema version, check result). Copies are taken through a
read connection, never by copying the file, so a write in progress elsewhere is never half in
them; each is written under a temporary name, synced, then renamed, so a crash leaves no
half-written backup that looks whole.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from typing import Protocol
from datetime import datetime, timedelta
from pathlib import Path

from . import migrations
from .connection import BUSY_TIMEOUT_MS, connect_for_reading, connect_read_only, damage_text
from .errors import StoreError

BACKUP_DIR = "backups"


class OpenStore(Protocol):
    """What a backup needs of a Store (base.StoreBase), without importing it: base imports this module."""

    path: Path | None
    conn: sqlite3.Connection

    def _scalar(self, sql: str, params: tuple = ()) -> object: ...

TIME_FORMAT = "%Y-%m-%dT%H-%M-%S"

REASON_LABELS: dict[str, str] = {
    "manual": "手动备份",
    "daily": "每日自动备份",
    "before-import": "导入前",
    "before-restore": "恢复前",
    "before-migration": "升级前",
    "before-init": "初始化前",
    "before-demo": "装入演示数据前",
    "before-revert": "撤销修改前",
}

# Retention (see choose_kept): everything of the last week, one a day for a month, one a month
# beyond; never fewer than the newest KEEP_LAST, and never the newest.
KEEP_LAST = 10
BUSY_SECONDS = 15  # how long a backup or restore waits for another connection to let go
KEEP_ALL_DAYS = 7
KEEP_DAILY_DAYS = 30

# Tables a restorable database must have (a backup of some other program's file is refused).
REQUIRED_TABLES = frozenset({"settings", "terms", "streets", "communities", "congresses", "members",
                             "changesets", "history"})


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    at: datetime
    reason: str
    size: int
    schema_version: int | None
    check: str  # "ok" | "damaged" | "raw-copy" (an unreadable file copied byte for byte) | "unknown"

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)

    @property
    def good(self) -> bool:
        """Whole when made, and readable by this program."""
        return self.check in ("ok", "unknown") and (self.schema_version or 0) <= migrations.LATEST

    @property
    def size_text(self) -> str:
        return size_text(self.size)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: BackupInfo | None  # the file as it was before the restore


def backup_dir(db_path: str | Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR


def normalise_reason(reason: str) -> str:
    """'import' → 'before-import'; 'manual', 'daily' and 'before-…' stay; always a safe slug."""
    slug = re.sub(r"[^a-z0-9]+", "-", reason.strip().lower()).strip("-") or "manual"
    if slug in ("manual", "daily") or slug.startswith("before-"):
        return slug
    return f"before-{slug}"


# -- making ---------------------------------------------------------------------------------


def make_backup(source: OpenStore | str | Path, reason: str, now: datetime | None = None,
                prune: bool = True) -> BackupInfo:
    """Back up a database file (a Store opened on a file, or its path) into its backups folder."""
    db_path = _source_path(source)
    if not isinstance(source, (str, Path)) and source.conn.in_transaction:
        raise RuntimeError("backup inside a write would copy uncommitted changes")
    if not db_path.exists():
        raise StoreError(f"数据库文件不存在，无法备份：{db_path}")
    reason = normalise_reason(reason)
    now = (now or datetime.now()).replace(microsecond=0)
    folder = backup_dir(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"无法创建备份文件夹：{folder}（{exc.strerror}）") from None
    target = _free_name(folder, db_path, now, reason)
    partial = folder / f".{target.name}.partial"
    try:
        check, version = _copy(db_path, partial)
        _fsync(partial)
        os.replace(partial, target)
        _fsync_dir(folder)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"备份失败：无法写入 {folder}（{exc.strerror or exc}）") from None
    info = BackupInfo(target, now, reason, target.stat().st_size, version, check)
    _write_sidecar(info, db_path)
    if prune:
        prune_backups(db_path, now)
    return info


def backup_before(store: OpenStore, reason: str, now: datetime | None = None) -> BackupInfo | None:
    """The automatic backup before a write (import, restore, revert...): skipped for an empty
    database or one in memory, where there is nothing to lose."""
    if store.path is None or not store.path.exists():
        return None
    if not store._scalar("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'changesets')"):
        return None
    if not store._scalar("SELECT EXISTS (SELECT 1 FROM changesets)"):
        return None
    return make_backup(store, reason, now)


def _source_path(source: OpenStore | str | Path) -> Path:
    if not isinstance(source, (str, Path)):
        if source.path is None:
            raise StoreError("内存中的数据库无法备份")
        return source.path
    return Path(source)


def _copy(db_path: Path, dest: Path) -> tuple[str, int | None]:
    """Copy with the backup API; a file SQLite cannot read at all is copied byte for byte."""
    dest.unlink(missing_ok=True)
    try:
        src = connect_for_reading(db_path)
    except sqlite3.DatabaseError as exc:
        if not _unreadable(exc):
            raise StoreError(f"无法读取数据库，备份未能完成：{exc}") from None
        shutil.copyfile(db_path, dest)  # not a database SQLite can open: nothing can be writing it
        return "raw-copy", None
    try:
        src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        dst = _scratch(dest)
        try:
            # one step: a consistent snapshot under one read lock
            src.backup(dst, progress=_give_up_after(BUSY_SECONDS, "备份"))
        finally:
            dst.close()
    except _Busy as exc:
        src.close()
        dest.unlink(missing_ok=True)
        raise StoreError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        src.close()
        dest.unlink(missing_ok=True)
        if not _unreadable(exc):  # busy, I/O error...: never fall back to copying a live file
            raise StoreError(f"备份未能完成：{exc}") from None
        shutil.copyfile(db_path, dest)
        return "raw-copy", None
    else:
        src.close()
    return _inspect(dest)


def _unreadable(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in str(exc) or "malformed" in str(exc)


class _Busy(Exception):
    pass


def _give_up_after(seconds: float, what: str):
    """A backup progress callback that stops waiting for a busy file: Python's backup() would
    otherwise retry for ever while another connection holds its lock."""
    deadline = time.monotonic() + seconds

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _Busy(f"数据库正被其他程序使用，{what}未能完成，请关闭其他程序后再试")

    return progress


def _scratch(path: Path) -> sqlite3.Connection:
    """A connection to a file under a temporary name: no journal and no syncs while it fills,
    because it is synced once and renamed only when whole (halves the time of a backup)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def _inspect(path: Path) -> tuple[str, int | None]:
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError:
        return "damaged", None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(1)").fetchall()]
        return ("ok" if rows == ["ok"] else "damaged"), version
    except sqlite3.DatabaseError:
        return "damaged", None
    finally:
        conn.close()


def _free_name(folder: Path, db_path: Path, at: datetime, reason: str) -> Path:
    stamp = at.strftime(TIME_FORMAT)
    candidate = folder / f"{db_path.stem}.{stamp}.{reason}.sqlite"
    n = 2
    while candidate.exists():  # two backups in one second: a counter, never an overwrite
        candidate = folder / f"{db_path.stem}.{stamp}-{n}.{reason}.sqlite"
        n += 1
    return candidate


def _write_sidecar(info: BackupInfo, db_path: Path) -> None:
    data = {
        "created": info.at.isoformat(),
        "reason": info.reason,
        "size": info.size,
        "schema_version": info.schema_version,
        "check": info.check,
        "source": str(db_path),
    }
    sidecar = info.path.with_name(info.path.name + ".json")
    tmp = sidecar.with_name("." + sidecar.name + ".partial")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, sidecar)
    except OSError:
        tmp.unlink(missing_ok=True)  # the metadata can be read back from the file itself


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to sync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- listing --------------------------------------------------------------------------------


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """This database's backups, newest first."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = re.compile(
        re.escape(db_path.stem) + r"\.(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d)(?:-(\d+))?\.([a-z0-9-]+)\.sqlite"
    )
    found = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        try:
            at = datetime.strptime(match.group(1), TIME_FORMAT)
            order = (at, int(match.group(2) or 1), path.stat().st_mtime_ns)  # mtime: two in one second
            found.append((order, _read_info(path, at, match.group(3))))
        except (OSError, ValueError):
            continue  # pruned by another program meanwhile, or an impossible date in the name
    found.sort(key=lambda item: item[0], reverse=True)
    return [info for _, info in found]


def latest_good_backup(db_path: str | Path) -> BackupInfo | None:
    return next((b for b in list_backups(db_path) if b.good), None)


def _read_info(path: Path, at: datetime, reason: str) -> BackupInfo:
    size = path.stat().st_size
    sidecar = path.with_name(path.name + ".json")
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        return BackupInfo(path, at, reason, size, data.get("schema_version"), data.get("check", "unknown"))
    except (OSError, ValueError):
        pass
    # No metadata (copied here by hand): read the version from the file's header.
    version = None
    try:
        conn = connect_read_only(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return BackupInfo(path, at, reason, size, None, "damaged")
    return BackupInfo(path, at, reason, size, version, "unknown")


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


# -- retention ------------------------------------------------------------------------------


def choose_kept(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """The backups the retention rule keeps.

    All of the last KEEP_ALL_DAYS days; one a day (the newest good one) up to KEEP_DAILY_DAYS;
    one a month beyond; and always the newest KEEP_LAST, which include the newest of all.
    """
    ordered = sorted(backups, key=lambda b: b.at, reverse=True)
    kept = {b.path for b in ordered[:KEEP_LAST]}
    daily: dict[object, BackupInfo] = {}
    monthly: dict[object, BackupInfo] = {}
    for b in ordered:
        age = now - b.at
        if age <= timedelta(days=KEEP_ALL_DAYS):
            kept.add(b.path)
            continue
        buckets, key = (daily, b.at.date()) if age <= timedelta(days=KEEP_DAILY_DAYS) else (
            monthly, (b.at.year, b.at.month))
        best = buckets.get(key)
        # Newest first, so the first seen is the newest; a good one beats a damaged one.
        if best is None or (b.good and not best.good):
            buckets[key] = b
    kept.update(b.path for b in daily.values())
    kept.update(b.path for b in monthly.values())
    return kept


def prune_backups(db_path: str | Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the retention rule does not keep; returns what was deleted."""
    now = now or datetime.now()
    backups = list_backups(db_path)
    kept = choose_kept(backups, now)
    removed = []
    for b in backups:
        if b.path in kept:
            continue
        try:
            b.path.unlink()
            b.path.with_name(b.path.name + ".json").unlink(missing_ok=True)
            removed.append(b.path)
        except OSError:
            pass  # open in another program: try again next time
    return removed


# -- restoring ------------------------------------------------------------------------------


def check_candidate(path: str | Path) -> int:
    """Refuse (StoreError, Chinese) a file that must not replace the database; else its schema version.

    Full integrity_check, a schema version this program can read, and our tables.
    """
    path = Path(path)
    name = path.name
    keep = "未恢复，当前数据库未作任何改动"
    if not path.is_file():
        raise StoreError(f"备份文件不存在：{path}")
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError:
        raise StoreError(f"无法读取备份文件“{name}”，{keep}") from None
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise StoreError(f"“{name}”不是数据库文件，{keep}") from None
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
                raise StoreError(f"备份文件“{name}”带有未完成写入的日志文件，{keep}") from None
            raise StoreError(f"备份文件“{name}”已损坏（{exc}），{keep}") from None
    finally:
        conn.close()
    if rows != ["ok"]:
        raise StoreError(f"备份文件“{name}”已损坏（{damage_text(rows)}），{keep}")
    if version > migrations.LATEST:
        raise StoreError(f"备份文件“{name}”来自更新版本的程序（数据库第{version}版，本程序支持到第"
                         f"{migrations.LATEST}版），请升级程序后再恢复；{keep}")
    missing = REQUIRED_TABLES - tables
    if version < 1 or missing:
        raise StoreError(f"“{name}”不是本程序的数据库（缺少数据表：{'、'.join(sorted(missing)) or '全部'}），{keep}")
    return version


def restore(db_path: str | Path, backup_file: str | Path, now: datetime | None = None) -> RestoreResult:
    """Replace the database's contents with a checked backup, after backing up the current file.

    The caller holds the writer lock (services.safety.restore_backup does). The copy goes
    through the backup API into the database file itself, inside SQLite's own transaction, so
    a crash half-way leaves the previous contents, and connections open on it stay valid.
    """
    db_path, backup_file = Path(db_path), Path(backup_file)
    if db_path.exists() and backup_file.exists() and db_path.resolve() == backup_file.resolve():
        raise StoreError("所选备份就是当前数据库文件本身，无需恢复")
    check_candidate(backup_file)
    safety_copy = None
    if db_path.exists() and db_path.stat().st_size > 0:
        safety_copy = make_backup(db_path, "before-restore", now, prune=False)
    src = connect_read_only(backup_file)
    try:
        try:
            dst = sqlite3.connect(db_path, isolation_level=None)
            try:
                dst.execute("PRAGMA busy_timeout = 1000")  # then the progress callback decides
                src.backup(dst, progress=_give_up_after(BUSY_SECONDS, "恢复"))
            finally:
                dst.close()
        except _Busy as exc:
            raise StoreError(f"{exc}；当前数据库未改动") from None
        except sqlite3.DatabaseError as exc:
            if "not a database" not in str(exc) and "malformed" not in str(exc):
                raise StoreError(f"恢复失败：{exc}；当前数据库未改动") from None
            # The current file is beyond SQLite's reach (kept in safety_copy byte for byte):
            # build the restored file beside it and swap it in.
            _replace_whole(src, db_path)
    finally:
        src.close()
    prune_backups(db_path, now)
    return RestoreResult(backup_file, safety_copy)


def _replace_whole(src: sqlite3.Connection, db_path: Path) -> None:
    fresh = db_path.with_name(f".{db_path.name}.restoring")
    fresh.unlink(missing_ok=True)
    dst = _scratch(fresh)
    try:
        src.backup(dst)
    finally:
        dst.close()
    _fsync(fresh)
    Path(str(db_path) + "-journal").unlink(missing_ok=True)  # belonged to the broken file
    os.replace(fresh, db_path)
    _fsync_dir(db_path.parent)
