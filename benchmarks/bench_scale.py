"""Import at scale: 100,000 and 299,990 members (issue 16: linear time, under 1 GB).

Each return is generated as raw SpreadsheetML (bench_hostile.member_workbook: 15 members per
community, every ID number valid and distinct) and imported (plan + apply, as `fdh import` runs
them) into an empty district in a fresh child process that reports its peak RSS. The bare
reference is python-calamine reading the same file, in its own child. Reported as ratios:
- each import against the bare read of its file;
- time per member at 299,990 (the most a sheet may hold) against 100,000, each as a multiple of its
  own bare read (linear: about 1), with the raw growth of ours and of the bare read beside it;
- peak memory at 299,990 against 1 GB.
`python -m benchmarks.bench_scale [members ...]` prints the measurements as JSON.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_hostile import _BARE, LIMIT_MB, MEMBERS_AT_LIMIT, _database, member_workbook
from benchmarks.timing import in_child, row

SIZES = (100_000, MEMBERS_AT_LIMIT)  # the most the program takes: 299,990 members + a header row

_IMPORT = """
import time
from pathlib import Path
from fdh_desktop.storage import Store
from fdh_desktop.excel.hostile import check_workbook
from fdh_desktop.services.importing import apply_import, plan_import
start = time.perf_counter()
check_workbook(Path({book!r}))  # timed on its own as well: the import runs it again
scanned = time.perf_counter() - start
with Store.open(Path({db!r})) as store:
    start = time.perf_counter()
    plan = plan_import(store, [Path({book!r})])
    planned = time.perf_counter() - start
    fp = plan.files[0]
    if not fp.has_errors:
        apply_import(store, plan)
    RESULT = {{"seconds": time.perf_counter() - start, "plan_seconds": planned, "scan_seconds": scanned,
              "errors": len(fp.errors),
              "members": sum(len(cp.member_list) for cp in fp.communities)}}
"""


def measure(members: int, folder: Path) -> dict:
    book = member_workbook(folder / f"scale{members}.xlsx", members)
    db = folder / f"scale{members}.sqlite"
    empty = folder / "empty.sqlite"
    if not empty.exists():
        _database(folder)
    db.write_bytes(empty.read_bytes())
    result = in_child(_IMPORT.format(db=str(db), book=str(book)))
    if result["errors"] or result["members"] != members:
        raise SystemExit(f"the {members:,}-member return was not imported whole: {result}")
    bare = in_child(_BARE.format(book=str(book)))
    result["bare_seconds"] = bare["seconds"]
    result["bare_peak_mb"] = bare["peak_mb"]
    result["file_mb"] = book.stat().st_size / 2**20
    return result


def run(sizes: tuple[int, ...] = SIZES) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        found = {n: measure(n, Path(tmp)) for n in sizes}
    rows = []
    for n, r in found.items():
        rows.append(row(f"import {n:,} members (plan+apply) vs calamine read", r["seconds"], r["bare_seconds"], None,
                        r["peak_mb"], f"{r['file_mb']:.0f} MB file; planning {r['plan_seconds']:.1f} s "
                                      f"(the hostile-file check {r['scan_seconds']:.1f} s of it); "
                                      f"{r['seconds'] / n * 1e6:.0f} µs per member; bare read peak {r['bare_peak_mb']:.0f} MB"))
    small, large = min(found), max(found)
    if small != large:
        per_small = found[small]["seconds"] / small
        per_large = found[large]["seconds"] / large
        bare_growth = (found[large]["bare_seconds"] / large) / (found[small]["bare_seconds"] / small)
        # Against its own bare read: the two children may meet different loads on a shared machine.
        relative = (found[large]["seconds"] / found[large]["bare_seconds"]) / (found[small]["seconds"] / found[small]["bare_seconds"])
        linear = row(f"time per member, {large:,} vs {small:,}, each against its bare read (linear ≈ 1)",
                     per_large * large, per_small * large, 1.3, None,
                     f"ours per member grew {per_large / per_small:.2f}x, the bare read's {bare_growth:.2f}x")
        linear["ratio"] = relative
        rows.append(linear)
        peak = found[large]["peak_mb"]
        memory = row(f"peak memory, {large:,} members vs 1 GB", 0.0, None, 1.0, peak, f"{peak:.0f} MB of {LIMIT_MB} MB")
        memory.update(seconds=None, ratio=peak / LIMIT_MB)
        rows.append(memory)
    return rows


if __name__ == "__main__":
    sizes = tuple(int(a) for a in sys.argv[1:]) or SIZES
    print(json.dumps(run(sizes), ensure_ascii=False, indent=2, default=str))
