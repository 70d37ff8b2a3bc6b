"""`fdh import` as a clerk runs it: killed at random moments, and two at once on one file."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from safety_helpers import dump, integrity, raw

from fdh_desktop.storage import Store
from fdh_desktop.storage.backup import list_backups

ROOT = Path(__file__).resolve().parents[2]
KILLS = 8


def _env(wait: float = 60) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "FDH_LOCK_WAIT": str(wait)}


@pytest.fixture(scope="module")
def workbooks(demo_db, tmp_path_factory) -> dict[str, Path]:
    """The demo district exported, then changed: the whole district, and two streets' own returns."""
    folder = tmp_path_factory.mktemp("workbooks")
    exported = folder / "exported.xlsx"
    subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(demo_db), "export", "--out", str(exported),
                    "--term", "6"], check=True,
                   capture_output=True, env=_env(), cwd=ROOT, timeout=120)
    made = {}
    for name, street in (("all", None), ("天桥", "天桥"), ("广内", "广内")):
        wb = openpyxl.load_workbook(exported)
        for sheet, column, value in (("社区妇代会", "备注", f"导入{name}"), ("班子成员", "工作单位", f"导入{name}单位")):
            ws = wb[sheet]
            headers = [str(c.value or "").rstrip("*") for c in ws[1]]
            index = headers.index(column)
            for row in ws.iter_rows(min_row=2):
                if street is None or row[0].value == street:
                    row[index].value = value
            if street is not None:  # a street's own return lists only its communities
                for number in range(ws.max_row, 1, -1):
                    if ws.cell(number, 1).value != street:
                        ws.delete_rows(number)
        made[name] = folder / f"{name}.xlsx"
        wb.save(made[name])
    return made


def _marked(db: Path, name: str) -> tuple[int, int]:
    conn = raw(db)
    try:
        return (conn.execute("SELECT COUNT(*) FROM congresses WHERE note = ?", (f"导入{name}",)).fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM members WHERE workplace = ?", (f"导入{name}单位",)).fetchone()[0])
    finally:
        conn.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.slow  # kill loops: `make test` runs them, `make test-fast` leaves them out
def test_fdh_import_killed_at_random_moments_is_all_or_nothing(district, workbooks, fdh_cmd, tmp_path):
    rng = random.Random(int(os.environ.get("FDH_KILL_SEED", "6")))
    before = dump(district)
    conn = raw(district)
    full = (conn.execute("SELECT COUNT(*) FROM congresses WHERE term = 6").fetchone()[0],
            conn.execute("SELECT COUNT(*) FROM members m JOIN congresses c ON c.id = m.congress_id"
                         " WHERE c.term = 6").fetchone()[0])
    conn.close()
    for run in range(KILLS):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        db = folder / "district.sqlite"
        shutil.copyfile(district, db)
        child = subprocess.Popen([*fdh_cmd, "--db", str(db), "import", str(workbooks["all"])],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(), cwd=ROOT)
        time.sleep(rng.uniform(0.2, 0.8))  # start-up, reading the workbook, backup, writing, commit
        child.send_signal(signal.SIGKILL)
        finished = child.wait(timeout=60) == 0

        with Store.open(db) as store:
            assert not store.read_only, (run, store.damaged_reason)
        assert integrity(db) == "ok", run
        state = _marked(db, "all")
        if state == (0, 0):
            assert not finished, run
            assert dump(db) == before, run
        else:
            assert state == full, (run, state)
        # A backup cut short is never listed as one.
        for b in list_backups(db):
            assert b.good and integrity(b.path) == "ok", (run, b.path.name)


def test_two_fdh_imports_at_once_both_complete_and_nothing_is_lost(district, workbooks, fdh_cmd):
    runs = [subprocess.Popen([*fdh_cmd, "--db", str(district), "import", str(workbooks[name])],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                             env=_env(wait=120), cwd=ROOT)
            for name in ("天桥", "广内")]
    results = [r.communicate(timeout=180) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], results
    assert integrity(district) == "ok"
    with Store.open(district) as store:
        tianqiao = store.require_street("天桥")
        guangnei = store.require_street("广内")
        assert {store.congress(c.id, 6).note for c in store.communities(tianqiao.id)} == {"导入天桥"}
        assert {store.congress(c.id, 6).note for c in store.communities(guangnei.id)} == {"导入广内"}
    # Each import was preceded by its own backup, the second one's holding the first import.
    made = [b for b in list_backups(district) if b.reason == "before-import"]
    assert len(made) == 2
    assert sorted(_marked(b.path, "天桥")[0] > 0 or _marked(b.path, "广内")[0] > 0 for b in made) == [False, True]


def test_an_import_waits_for_or_names_the_window_that_holds_the_file(district, workbooks, fdh_cmd):
    from fdh_desktop.services.locking import WriterLock

    before = district.read_bytes()
    window = WriterLock(district, program="妇代会换届管理窗口")
    window.acquire()
    try:
        refused = subprocess.run([*fdh_cmd, "--db", str(district), "import", str(workbooks["天桥"])],
                                 capture_output=True, text=True, encoding="utf-8", env=_env(wait=0), cwd=ROOT,
                                 timeout=120)
    finally:
        window.release()
    assert refused.returncode == 1
    assert "妇代会换届管理窗口" in refused.stderr and str(os.getpid()) in refused.stderr
    assert district.read_bytes() == before
