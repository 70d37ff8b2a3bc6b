"""Data safety for the window and `fdh`: what to do on open, before a write, and on restore.

- on_open(store): the daily backup, a damaged-file notice with the latest good backup, and the
  network-drive warning. The window calls it after opening a district.
- prepare_write(store, reason): refuse a read-only (damaged) store in one line naming the latest
  good backup, then back up ("before-import"...). Call it inside the writer lock, before the write.
- writing(db_path, reason): lock + open + prepare_write, for commands that write.
- restore_backup(db_path, file): under the writer lock, restore a checked backup.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from fdh_desktop.os_errors import describe as describe_os_error
from fdh_desktop.storage import Store, StoreError
from fdh_desktop.storage.backup import (
    BackupInfo,
    RestoreResult,
    backup_before,
    backup_dir,
    latest_good_backup,
    list_backups,
    make_backup,
    restore,
)

from .locking import network_drive_warning, writer_lock

__all__ = [
    "BackupInfo", "OpenReport", "RestoreResult", "backup_before", "backup_dir", "backup_now", "daily_backup",
    "damaged_message", "latest_good_backup",
    "find_backup", "list_backups", "on_open", "prepare_write", "refuse_if_read_only", "restore_backup", "writing",
]


@dataclass
class OpenReport:
    """What the window shows after opening a district (all Chinese)."""

    damaged: str | None = None  # the message for a damaged file opened read-only
    latest_good: BackupInfo | None = None  # the backup to offer for restore
    warnings: list[str] = field(default_factory=list)
    daily_backup: BackupInfo | None = None


def on_open(store: Store, now: datetime | None = None) -> OpenReport:
    report = OpenReport()
    if store.path is None:
        return report
    warning = network_drive_warning(store.path)
    if warning:
        report.warnings.append(warning)
    if store.damaged_reason:
        report.damaged = damaged_message(store)
        report.latest_good = latest_good_backup(store.path)
        return report
    if not store.read_only:
        try:
            report.daily_backup = daily_backup(store, now)
        except StoreError as exc:  # a full disk must not stop the clerk from working
            report.warnings.append(f"今天的自动备份未能完成：{exc}")
    return report


def daily_backup(store: Store, now: datetime | None = None) -> BackupInfo | None:
    """Back up once a day: only when no backup of this database was made today."""
    now = now or datetime.now()
    if store.path is None or store.read_only:
        return None
    if any(b.at.date() == now.date() for b in list_backups(store.path)):
        return None
    return backup_before(store, "daily", now)


def prepare_write(store: Store, reason: str, now: datetime | None = None) -> BackupInfo | None:
    """Before a big write (import, restore, revert): refuse a read-only store, else back it up.

    Returns the backup made (None for an empty database). Raises StoreError with one line.
    """
    refuse_if_read_only(store)
    return backup_before(store, reason, now)


def refuse_if_read_only(store: Store) -> None:
    """Stop a command that will write, before it does any work, when the store cannot be written."""
    if store.read_only:
        raise StoreError(damaged_message(store) if store.damaged_reason else store.read_only_reason)


def damaged_message(store: Store) -> str:
    """One line: the file is damaged, was not written, and which backup to restore."""
    text = f"数据库文件已损坏（{store.damaged_reason}），已以只读方式打开，未作任何修改"
    return text + "；" + restore_hint(store.path)


def restore_hint(db_path: Path | None) -> str:
    good = latest_good_backup(db_path) if db_path is not None else None
    if good is None:
        return "没有找到可用的备份"
    return (f"最近的完好备份：{good.path.name}（{good.at:%Y-%m-%d %H:%M}，{good.reason_label}），"
            f"可在“备份与恢复”中恢复，或运行 fdh restore \"{good.path}\"")


def backup_now(db_path: str | Path) -> BackupInfo:
    """`fdh backup` and 立即备份: a backup of the file as it is (readers are not blocked)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise StoreError(f"数据库文件不存在：{db_path}")
    return make_backup(db_path, "manual")


def find_backup(db_path: str | Path, name: str | Path) -> Path:
    """A path as given, else a file of that name in the database's backups folder."""
    given = Path(name)
    if given.exists():
        return given
    inside = backup_dir(db_path) / given.name
    if inside.exists():
        return inside
    raise StoreError(f"找不到备份文件：{name}（也不在 {backup_dir(db_path)} 中；fdh backups 可列出全部备份）")


def restore_backup(db_path: str | Path, backup_file: str | Path, timeout: float | None = None,
                   program: str | None = None) -> RestoreResult:
    """Restore under the writer lock: refused while another program writes the file."""
    with writer_lock(db_path, timeout, program):
        return restore(db_path, backup_file)


@contextlib.contextmanager
def writing(db_path: str | Path, reason: str, create: bool = False, timeout: float | None = None,
            program: str | None = None) -> Iterator[Store]:
    """Lock, open, refuse if damaged, back up: the frame of every command that writes."""
    from .district import open_district

    db_path = Path(db_path)
    if create:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"无法创建数据库所在文件夹：{db_path.parent}（{describe_os_error(exc)}）") from None
    elif not db_path.exists():
        open_district(db_path)  # raises the usual "no such file" message
    with writer_lock(db_path, timeout, program):
        with open_district(db_path, create=create) as store:
            prepare_write(store, reason)
            yield store
