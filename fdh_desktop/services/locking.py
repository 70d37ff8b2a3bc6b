"""One writer per database file, shared by the window and `fdh` (no Qt).

The lock is an OS file lock (filelock: flock on Unix, LockFileEx on Windows) on `<db>.lock`,
so the system releases it when its holder dies: a crashed program never blocks the file. Who
holds it is written to `<db>.lock.owner` (user, computer, program, pid, since), so a second
window or an `fdh import` can say who to ask. Within one process the lock is re-entrant (the
window holds it for its session; its import worker and restore take it again).

Also here: the warning for a database on a network drive.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import filelock

from fdh_desktop.os_errors import describe as describe_os_error
from fdh_desktop.storage import StoreError
from fdh_desktop.storage.base import current_user

LOCK_SUFFIX = ".lock"
OWNER_SUFFIX = ".lock.owner"
WAIT_ENV = "FDH_LOCK_WAIT"
DEFAULT_WAIT = 10.0  # seconds `fdh` waits for another writer to finish before giving up


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str  # ISO time
    program: str

    def describe(self) -> str:
        since = self.since.replace("T", " ")
        return f"{self.user} 在计算机 {self.host} 上的{self.program}（进程 {self.pid}，自 {since} 起）"

    def alive(self) -> bool | None:
        """Whether the holder still runs: known only on this computer."""
        if self.host != socket.gethostname():
            return None
        return pid_alive(self.pid)


class LockHeld(StoreError):
    """Another program writes this database; the message names it."""

    def __init__(self, db_path: Path, owner: LockOwner | None) -> None:
        self.db_path = db_path
        self.owner = owner
        who = owner.describe() if owner else "另一个程序（无法得知是谁）"
        super().__init__(f"数据库正被{who}使用，请等其完成或关闭后再试：{db_path}")


def lock_path(db_path: str | Path) -> Path:
    return Path(str(db_path) + LOCK_SUFFIX)


def owner_path(db_path: str | Path) -> Path:
    return Path(str(db_path) + OWNER_SUFFIX)


def read_owner(db_path: str | Path) -> LockOwner | None:
    try:
        data = json.loads(owner_path(db_path).read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]),
                         str(data.get("program", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def default_program() -> str:
    """A name for the holder when the caller gives none (the CLI and the window name themselves)."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return f"程序 {name}" if name else "程序"


class _Held:
    """The one OS lock this process holds on a file, with a count of nested holders."""

    def __init__(self, lock: filelock.BaseFileLock) -> None:
        self.lock = lock
        self.count = 0


_held: dict[str, _Held] = {}
_registry_lock = threading.RLock()


def _key(db_path: Path) -> str:
    return os.path.normcase(str(db_path.resolve()))


class WriterLock:
    """The writer lock of one database file. acquire() raises LockHeld naming the holder."""

    def __init__(self, db_path: str | Path, program: str | None = None) -> None:
        self.db_path = Path(db_path)
        self.program = program or default_program()
        self._acquired = False

    def acquire(self, timeout: float = 0.0) -> None:
        """Wait up to `timeout` seconds (0: just try) for the lock; LockHeld if another holds it."""
        if self._acquired:
            return
        key = _key(self.db_path)
        with _registry_lock:
            entry = _held.get(key)
            if entry is not None:  # this process already writes this file
                entry.count += 1
                self._acquired = True
                return
            lock = filelock.FileLock(str(lock_path(self.db_path)), thread_local=False)
            try:
                lock.acquire(timeout=max(timeout, 0.0), poll_interval=0.1)
            except filelock.Timeout:
                raise LockHeld(self.db_path, _live_owner(self.db_path)) from None
            except OSError as exc:
                raise StoreError(f"无法在数据库所在文件夹建立锁文件：{lock_path(self.db_path)}（{describe_os_error(exc)}）") from None
            entry = _held[key] = _Held(lock)
            entry.count = 1
            self._acquired = True
            # A leftover owner file from a holder that crashed is simply replaced: the OS lock
            # it held went with it.
            _write_owner(self.db_path, self.program)

    def release(self) -> None:
        if not self._acquired:
            return
        key = _key(self.db_path)
        with _registry_lock:
            self._acquired = False
            entry = _held.get(key)
            if entry is None:
                return
            entry.count -= 1
            if entry.count > 0:
                return
            del _held[key]
            with contextlib.suppress(OSError):
                owner_path(self.db_path).unlink()
            entry.lock.release()

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


@contextlib.contextmanager
def writer_lock(db_path: str | Path, timeout: float | None = None, program: str | None = None) -> Iterator[WriterLock]:
    """Hold the writer lock of a database for a block; waits `timeout` s (default $FDH_LOCK_WAIT or 10)."""
    lock = WriterLock(db_path, program)
    lock.acquire(default_wait() if timeout is None else timeout)
    try:
        yield lock
    finally:
        lock.release()


def default_wait() -> float:
    try:
        return max(float(os.environ.get(WAIT_ENV, DEFAULT_WAIT)), 0.0)
    except ValueError:
        return DEFAULT_WAIT


def holds_lock(db_path: str | Path) -> bool:
    """Whether this process holds the writer lock of the file."""
    with _registry_lock:
        return _key(Path(db_path)) in _held


def _write_owner(db_path: Path, program: str) -> None:
    owner = LockOwner(current_user(), socket.gethostname(), os.getpid(),
                      datetime.now().isoformat(timespec="seconds"), program)
    target = owner_path(db_path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}")
    try:
        tmp.write_text(json.dumps(asdict(owner), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _live_owner(db_path: Path) -> LockOwner | None:
    owner = read_owner(db_path)
    if owner is not None and owner.alive() is False:
        return None  # a stale record; the real holder has not written its own yet
    return owner


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by another user
    return True


# -- network drives -------------------------------------------------------------------------

NETWORK_FILESYSTEMS = frozenset({
    "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "9p", "ceph", "glusterfs",
    "lustre", "gpfs", "davfs", "fuse.sshfs", "fuse.davfs2", "fuse.glusterfs", "fuse.rclone", "fuse.smbnetfs",
})


def network_drive_warning(db_path: str | Path, mounts: str | None = None) -> str | None:
    """A Chinese warning when the database lies on a network drive, else None.

    `mounts` is the text of /proc/self/mounts (for tests); read from the system when None.
    """
    text = str(db_path)
    where = None
    if text.startswith(("\\\\", "//")):
        where = "网络路径"
    elif os.name == "nt":  # pragma: no cover - Windows only
        where = _windows_remote_drive(Path(db_path))
    else:
        where = _posix_network_mount(Path(db_path), mounts)
    if where is None:
        return None
    return (f"数据库文件位于{where}上（{db_path}）。网络断开或多台电脑同时使用时文件可能损坏，"
            "建议把数据库放在本机硬盘上，用“导出”或“备份”与他人交换数据。")


def _windows_remote_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if not drive:
        return None
    if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4:  # DRIVE_REMOTE
        return f"网络驱动器 {drive}"
    return None


def _posix_network_mount(path: Path, mounts: str | None) -> str | None:
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # macOS and others: no mount table to read cheaply
    try:
        target = str(path.resolve())
    except OSError:
        target = os.path.abspath(path)
    best, best_type = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape_mount(parts[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, parts[2]
    if best_type in NETWORK_FILESYSTEMS:
        return f"网络文件系统（{best_type}，{best}）"
    return None


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field
