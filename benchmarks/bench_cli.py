"""Whole `fdh` processes against bare Python processes, medians, measured in turns in one run.

- `fdh --help` vs `python -c "import sqlite3"`: what every command pays before it does anything;
- `fdh stats --json` on the city data set (45,000 members) vs a bare process that opens the file
  and runs one GROUP BY over the members.

Each pair runs in alternation (ours, bare, ours, bare...), so a busy moment of the machine falls on
both; the ratio is of the medians.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import datasets
from benchmarks.timing import row

RUNS = 15


def fdh_command() -> list[str]:
    """The installed `fdh` console script (what a clerk runs), else the module."""
    script = Path(sys.executable).with_name("fdh")
    return [str(script)] if script.exists() else [sys.executable, "-m", "fdh_desktop"]


# An installed program runs from compiled bytecode; a shell that sets PYTHONDONTWRITEBYTECODE (this
# workplace's does) would have every `fdh` process compile its modules again, about 0.15 s each time.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _time(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_ENV)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{argv} exited {done.returncode}: {done.stderr.decode(errors='replace')[-300:]}")
    return elapsed


def paired_medians(ours: list[str], bare: list[str], runs: int = RUNS) -> tuple[float, float]:
    _time(ours), _time(bare)  # warm the file cache and the .pyc files
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(_time(ours))
        theirs.append(_time(bare))
    return statistics.median(mine), statistics.median(theirs)


GROUP_BY = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
            " c.execute('SELECT role, rc_post, education, COUNT(*) FROM members GROUP BY role, rc_post, education')"
            ".fetchall()")


def run() -> list[dict]:
    fdh = fdh_command()
    rows = []
    ours, bare = paired_medians([*fdh, "--help"], [sys.executable, "-c", "import sqlite3"])
    rows.append(row("fdh --help vs python -c 'import sqlite3' (processes)", ours, bare, 2.0,
                    note=f"medians of {RUNS}"))
    city = datasets.city("city")
    ours, bare = paired_medians([*fdh, "--db", str(city), "stats", "--json"],
                                [sys.executable, "-c", GROUP_BY, str(city)])
    rows.append(row("fdh stats --json, 45,000 members vs bare GROUP BY (processes)", ours, bare, 3.0,
                    note=f"medians of {RUNS}; includes the open check (PRAGMA quick_check)"))
    return rows


if __name__ == "__main__":
    for r in run():
        print(f"{r['name']:<66} {r['seconds']:.3f} s  ref {r['reference_seconds']:.3f} s  {r['ratio']:.2f}x (aim ≤ {r['aim']}x)")
