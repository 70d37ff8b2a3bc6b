"""What the data-safety settings cost: synchronous FULL against NORMAL (and OFF) on a form save of
one congress, the quick_check on open, and a backup.

Why FULL: in rollback-journal mode FULL syncs the journal once more before the database is
written, so a power cut during a commit cannot leave a journal that does not match the file.
The price is a few milliseconds per save, which a clerk saving a form cannot notice.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.timing import row
from benchmarks.timing import best_of
from fdh_desktop.storage import Store
from fdh_desktop.storage.backup import make_backup
from fdh_desktop.storage.base import check_file

SAVES = 40


def _demo(folder: Path) -> Path:
    from fdh_desktop.services.demo import build_demo

    path = folder / "district.sqlite"
    with Store.open(path, create=True) as store:
        build_demo(store)
    return path


def _median_save(path: Path, synchronous: str) -> float:
    """Median wall time of saving one congress form (one changed field, one transaction)."""
    with Store.open(path) as store:
        store.conn.execute(f"PRAGMA synchronous = {synchronous}")
        community = store.communities()[0]
        congress, members = store.congress(community.id, 6), store.members(community.id, 6)
        times = []
        for i in range(SAVES):
            start = time.perf_counter()
            store.save_congress(community.id, 6, replace(congress, note=f"第{i}次保存"), members)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def _synced_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def _best(fn, repeat: int = 3) -> float:
    return best_of(fn, repeat)


def run() -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent / "out") as tmp:
        folder = Path(tmp)
        db = _demo(folder)
        results = {}
        for mode in ("OFF", "NORMAL", "FULL", "NORMAL", "FULL"):  # interleaved: a warm cache for both
            results[mode] = _median_save(db, mode)
        rows.append(row("form save, synchronous=FULL", results["FULL"], results["NORMAL"], 1.5,
                        note=f"median of {SAVES}: FULL {results['FULL'] * 1000:.2f} ms, NORMAL {results['NORMAL'] * 1000:.2f} ms, "
                             f"OFF (no sync) {results['OFF'] * 1000:.2f} ms"))

        rows.append(row("quick_check on open (demo district)", _best(lambda: check_file(db)), None, None))
        city = Path(__file__).resolve().parent / "data" / "city100k.sqlite"
        if city.exists():
            copy = folder / "city100k.sqlite"
            shutil.copyfile(city, copy)
            rows.append(row("quick_check on open (100,000 members)", _best(lambda: check_file(copy)), None, None,
                            note=f"{copy.stat().st_size / 2**20:.0f} MB file"))
            bare = _best(lambda: _synced_copy(copy, folder / "plain-copy.sqlite"))
            rows.append(row("backup (100,000 members)", _best(lambda: make_backup(copy, "manual", prune=False)),
                            bare, 5.0, note="reference: file copy + fsync (unsafe on a live file); ours adds the backup API and a quick_check"))
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
