"""One writer per file: a second program is told who writes, a crashed holder does not block."""

from __future__ import annotations

import getpass
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from safety_helpers import dump, integrity

from fdh_desktop.services import locking
from fdh_desktop.services.locking import LockHeld, WriterLock, network_drive_warning, writer_lock
from fdh_desktop.storage import Store
from fdh_desktop.storage.backup import list_backups, make_backup

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from fdh_desktop.services.locking import WriterLock
    lock = WriterLock({db!r}, program="妇代会换届管理窗口")
    lock.acquire()
    print("locked", flush=True)
    sys.stdin.readline()  # hold until told (or killed)
    lock.release()
    print("released", flush=True)
""")


def _holder(db: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT), db=str(db))],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    return child


def _fdh(fdh_cmd, db: Path, *args: str, wait: float, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "FDH_LOCK_WAIT": str(wait), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([*fdh_cmd, "--db", str(db), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", env=env, cwd=ROOT, **kwargs)


def test_a_second_writer_is_refused_with_the_holder_named(district, fdh_cmd):
    before = district.read_bytes()
    holder = _holder(district)
    try:
        refused = _fdh(fdh_cmd, district, "init", "--district", "别的区", "--term", "7", wait=0)
        out, err = refused.communicate(timeout=60)
        assert refused.returncode == 1
        line = err.strip()
        assert "\n" not in line, err
        assert "妇代会换届管理窗口" in line and str(holder.pid) in line
        assert socket.gethostname() in line and getpass.getuser() in line
        # In this process too: the exception carries who holds it.
        with pytest.raises(LockHeld) as info:
            WriterLock(district).acquire(timeout=0)
        assert info.value.owner.pid == holder.pid
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert district.read_bytes() == before
    assert list_backups(district) == []  # refused before anything, not even a backup


def test_a_waiting_writer_completes_once_the_holder_is_done(district, fdh_cmd):
    target = make_backup(district, "manual")
    with Store.open(district) as store:
        store.add_street("后来加的街道")
    holder = _holder(district)
    waiting = _fdh(fdh_cmd, district, "restore", str(target.path), wait=60)
    time.sleep(0.5)  # let it start and find the file locked (if it is slower, it simply does not wait)
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "released"
    holder.wait(timeout=30)
    out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, err
    assert dump(district) == dump(target.path)
    # nothing lost: the street added before the restore is in the before-restore backup
    kept = next(b for b in list_backups(district) if b.reason == "before-restore")
    assert any(row[1] == "后来加的街道" for row in dump(kept.path)["streets"])


def test_two_fdh_writers_at_once_run_one_after_the_other(district, fdh_cmd):
    original = dump(district)
    first = make_backup(district, "manual")
    with Store.open(district) as store:
        store.add_street("甲街道")
    second = make_backup(district, "manual")
    with Store.open(district) as store:
        store.add_street("乙街道")
    current = dump(district)

    runs = [_fdh(fdh_cmd, district, "restore", str(b.path), wait=60) for b in (first, second)]
    results = [r.communicate(timeout=120) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], results
    assert integrity(district) == "ok"
    final = dump(district)
    assert final in (dump(first.path), dump(second.path))
    # Serialised: one safety copy holds the state before both, the other the first restore's result.
    copies = [dump(b.path) for b in list_backups(district) if b.reason == "before-restore"]
    assert len(copies) == 2 and current in copies
    other = next(c for c in copies if c != current)
    assert other in (dump(first.path), dump(second.path)) and other != final
    assert original == dump(first.path)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_lock_of_a_crashed_holder_is_taken_over(district):
    holder = _holder(district)
    assert locking.read_owner(district).pid == holder.pid
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    with writer_lock(district, timeout=0, program="fdh import"):
        owner = locking.read_owner(district)
        assert owner.pid == os.getpid() and owner.program == "fdh import"
    assert locking.read_owner(district) is None


def test_the_lock_is_reentrant_within_one_process(district):
    window = WriterLock(district, program="妇代会换届管理窗口")
    window.acquire()
    try:
        done = []

        def worker():  # the window's import worker, in another thread, takes it again
            with writer_lock(district, timeout=0):
                done.append(locking.holds_lock(district))

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert done == [True]
        assert locking.holds_lock(district)  # still the window's
    finally:
        window.release()
    assert not locking.holds_lock(district)


# -- network drives ------------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//server/share /mnt/street\\040office cifs rw,vers=3.0 0 0
fileserver:/export /home/clerk/nfs nfs4 rw 0 0
"""


def test_a_database_on_a_network_drive_is_warned_about():
    warning = network_drive_warning(Path("/mnt/street office/district.sqlite"), mounts=MOUNTS)
    assert warning and "网络" in warning and "cifs" in warning
    assert "nfs4" in network_drive_warning(Path("/home/clerk/nfs/a/district.sqlite"), mounts=MOUNTS)
    assert network_drive_warning(Path("/home/clerk/district.sqlite"), mounts=MOUNTS) is None
    assert network_drive_warning(Path("/home/clerk/nfsx/district.sqlite"), mounts=MOUNTS) is None
    assert "网络路径" in network_drive_warning("\\\\server\\share\\district.sqlite", mounts=MOUNTS)


def test_a_local_database_is_not_warned_about(district):
    assert network_drive_warning(district) is None
