"""Export only: the city's full export beside openpyxl writing the same cells unstyled.

The same data and reference as bench_import's "full export" row, without the import timings
around it, so that work on the writer can be measured in a minute. The city database is imported
once from the cached return and kept in benchmarks/data/. Each export runs right after a bare
write (timing.paired), so the load of a shared machine falls on both alike.

    python -m benchmarks.bench_export          # prints the row
    python -m benchmarks.bench_export profile  # cProfile of one export, top 30 by own time
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_import import (
    DATA, PER_CONGRESS, PER_STREET, STREETS, _row, bare_write, city_return, empty_district, exported_cells, import_into,
)
from benchmarks.timing import best_of, paired

CITY = DATA / "city_export.sqlite"


def city_database() -> Path:
    """An empty district with the city return imported, made once."""
    if not CITY.exists():
        tmp = CITY.with_suffix(".tmp")
        shutil.copyfile(empty_district(), tmp)
        import_into(tmp, city_return())
        tmp.rename(CITY)
    return CITY


def run(pairs: int = 5) -> list[dict]:
    from fdh_desktop.services.exporting import export_term
    from fdh_desktop.storage import Store

    db = city_database()
    work = Path(tempfile.mkdtemp(prefix="fdh-bench-export-"))
    try:
        with Store.open(db) as store:
            export_term(store, work / "export.xlsx")
            cells = exported_cells(work / "export.xlsx")

            def export() -> None:
                export_term(store, work / "export.xlsx")

            def bare() -> None:
                bare_write(cells, work / "bare.xlsx")

            ours, ref, ratio = paired(export, bare, pairs)
            # bench_import's row divides the best of a few runs of each; say that ratio too.
            best = best_of(export, 3) / best_of(bare, 3)
        note = f"{STREETS * PER_STREET:,} communities, {STREETS * PER_STREET * PER_CONGRESS:,} members; " \
               f"medians of {pairs} paired runs; best/best {best:.2f}x"
        return [_row("full export vs openpyxl unstyled (export only)", ours, ref, 1.3, None, note, ratio)]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def profile() -> None:
    import cProfile
    import pstats

    from fdh_desktop.services.exporting import export_term
    from fdh_desktop.storage import Store

    with Store.open(city_database()) as store, tempfile.TemporaryDirectory() as work:
        profiler = cProfile.Profile()
        profiler.runcall(export_term, store, Path(work) / "export.xlsx")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


def main(argv: list[str]) -> int:
    if argv[:1] == ["profile"]:
        profile()
        return 0
    for r in run():
        print(f"{r['name']:<52} {r['seconds']:7.3f} s  ref {r['reference_seconds']:7.3f} s  "
              f"{r['ratio']:.2f}x (aim ≤ {r['aim']}x)  {r['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
