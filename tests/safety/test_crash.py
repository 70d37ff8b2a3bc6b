"""A write killed at random moments (SIGKILL, a PC switched off) leaves all of it or none of it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fdh_desktop.storage import Store

from safety_helpers import dump, integrity, raw

WRITER = Path(__file__).with_name("crash_writer.py")
RUNS = 36
COMMUNITIES = 110

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _state(path: Path, mark: str) -> tuple[int, int]:
    conn = raw(path)
    try:
        congresses = conn.execute("SELECT COUNT(*) FROM congresses WHERE note = ?", (mark,)).fetchone()[0]
        members = conn.execute("SELECT COUNT(*) FROM members WHERE workplace LIKE ?", (mark + "-%",)).fetchone()[0]
    finally:
        conn.close()
    return congresses, members


def _run_and_kill(db: Path, mark: str, how: str, rng: random.Random) -> list[str]:
    """Start the writer, kill it at a moment chosen by `how`; returns the lines it printed."""
    child = subprocess.Popen([sys.executable, str(WRITER), str(db), mark, str(COMMUNITIES)],
                             stdout=subprocess.PIPE, text=True)
    seen: list[str] = []
    try:
        if how == "anytime":  # from start-up on: opening, reading, writing, committing
            time.sleep(rng.uniform(0.0, 0.35))
        else:
            for line in child.stdout:
                seen.append(line.strip())
                if how == "body" and seen[-1] == "begin":
                    time.sleep(rng.uniform(0.0, 0.08))
                    break
                if how == "commit" and seen[-1] == "commit":
                    time.sleep(rng.uniform(0.0, 0.006))  # inside COMMIT: journal, sync, write, delete
                    break
        child.send_signal(signal.SIGKILL)
    finally:
        out, _ = child.communicate()
    return seen + out.split()


@pytest.mark.slow  # kill loops: `make test` runs them, `make test-fast` leaves them out
def test_a_write_killed_at_random_moments_is_all_or_nothing(district, tmp_path):
    rng = random.Random(int(os.environ.get("FDH_KILL_SEED", "6")))
    before = dump(district)
    conn = raw(district)  # the writer touches every congress of the current term and each of its members
    term = int(conn.execute("SELECT value FROM settings WHERE key = 'current_term'").fetchone()[0])
    expected_congresses = conn.execute("SELECT COUNT(*) FROM congresses WHERE term = ?", (term,)).fetchone()[0]
    expected_members = conn.execute(
        "SELECT COUNT(*) FROM members m JOIN congresses c ON c.id = m.congress_id WHERE c.term = ?",
        (term,)).fetchone()[0]
    conn.close()

    outcomes = []
    for run in range(RUNS):
        db = tmp_path / f"run{run}.sqlite"
        shutil.copyfile(district, db)
        mark = f"killed-{run}"
        how = ("body", "commit", "anytime")[run % 3]
        lines = _run_and_kill(db, mark, how, rng)
        hot_journal = Path(str(db) + "-journal").exists()

        # Opening recovers the interrupted write (rolls back the hot journal) and checks the file.
        with Store.open(db) as store:
            assert not store.read_only, (run, how, store.damaged_reason)
        assert integrity(db) == "ok", (run, how)
        state = _state(db, mark)
        if state == (0, 0):
            assert dump(db) == before, (run, how, lines)
            outcomes.append(("none", how, lines, hot_journal))
        else:
            assert state == (expected_congresses, expected_members), (run, how, lines, state)
            outcomes.append(("all", how, lines, hot_journal))
        assert "done" not in lines or state != (0, 0), (run, how, "a finished write must be kept")
        db.unlink()

    # The loop did interrupt writes in the middle (not only before or after them).
    assert any(o[0] == "none" and "begin" in o[2] for o in outcomes), outcomes
