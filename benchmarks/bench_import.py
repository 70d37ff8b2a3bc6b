"""Import, re-import, export and template of a city-sized return, each beside its bare reference.

- import (plan + apply into an empty district) vs python-calamine alone reading the same cells;
- re-import of the unchanged file (nothing is written) vs the same bare read;
- full export vs openpyxl writing the same cells with no styling (write-only, as ours);
- template vs openpyxl writing the same cells with no styling.

The return is generated (deterministic: 3,000 communities, 45,000 members) and cached in
benchmarks/data/. Times are the best of a few runs in this process; peak memory (RSS) is measured
in a fresh child process per operation. `python -m benchmarks.bench_import` prints the table.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from benchmarks.timing import best_of, paired

DATA = Path(__file__).resolve().parent / "data"
STREETS, PER_STREET, PER_CONGRESS = 100, 30, 15  # 3,000 communities, 45,000 members
RETURN = DATA / "city_return.xlsx"
EMPTY = DATA / "city_empty.sqlite"

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜"
GIVEN = "秀英桂兰玉华凤霞淑珍红梅丽静敏燕芳娟艳琴云莲洁慧颖雪晶婷琳璐倩雯佳欣怡蕾萍宁丹妍瑾瑜娜芬蓉春香月荣爱"


def city_return() -> Path:
    """The generated return, written once with the application's own exchange writer."""
    if RETURN.exists():
        return RETURN
    from fdh_desktop.domain import vocab
    from fdh_desktop.domain.idcard import check_character
    from fdh_desktop.excel.writer import ExchangeWriter

    rng = random.Random(45000)
    congresses, members = [], []
    serial = 0
    for s in range(STREETS):
        street = f"第{s + 1:03d}街道"
        for c in range(PER_STREET):
            community = f"{street[1:4]}号街{c + 1:02d}社区"
            code = f"3301{s + 1:03d}{c + 1:03d}01"[:12]
            election = date(2023, 3, 1) + timedelta(days=rng.randrange(90))
            total = rng.randrange(30, 61)
            congresses.append([street, community, code, "是", "是", election, "等额选举", "举手表决", total,
                               rng.randrange(2, 9), rng.randrange(1, 6), total - rng.randrange(0, 6), "已完成",
                               rng.choice(SURNAMES) + rng.choice(GIVEN), ""])
            for i in range(PER_CONGRESS):
                serial += 1
                born = election - timedelta(days=365 * rng.randrange(25, 66) + rng.randrange(365))
                first17 = f"330102{born:%Y%m%d}{(serial % 500) * 2:03d}"
                role = vocab.ROLE_CHAIR if i == 0 else vocab.ROLE_VICE if i < 3 else vocab.ROLE_MEMBER
                members.append([
                    street, community, code, role,
                    rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))),
                    first17 + check_character(first17), born, rng.choice(vocab.ETHNICITIES[:4]),
                    rng.choice(vocab.POLITICAL), rng.choice(vocab.EDUCATION),
                    rng.choice(vocab.KEY_POSTS if i == 0 else vocab.POSTS), "是" if rng.random() < 0.7 else "否",
                    f"13{rng.randrange(10**9):09d}", rng.choice(("社区居委会", "辖区单位", "退休", "")), "",
                ])
    DATA.mkdir(parents=True, exist_ok=True)
    writer = ExchangeWriter("测试市", 6, "export")
    writer.congress_sheet(congresses)
    writer.member_sheet(members)
    tmp = RETURN.with_suffix(".tmp.xlsx")
    writer.save(tmp)
    tmp.rename(RETURN)
    return RETURN


def empty_district() -> Path:
    from fdh_desktop.storage import Store

    if not EMPTY.exists():
        from fdh_desktop.services.district import init_district

        DATA.mkdir(parents=True, exist_ok=True)
        with Store.open(EMPTY, create=True) as store:
            init_district(store, "测试市", 6, 2023, form="妇代会")
    else:
        # A file cached by an older release is migrated here once, not in every timed import.
        with Store.open(EMPTY):
            pass
    return EMPTY


def bare_read(path: Path) -> int:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    cells = 0
    for name in ("社区妇代会", "班子成员"):
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        cells += sum(len(r) for r in rows)
    book.close()
    return cells


def import_into(db: Path, path: Path):
    """plan_import + apply_import as `fdh import` runs them; returns the file's plan."""
    from fdh_desktop.services.importing import apply_import, plan_import
    from fdh_desktop.storage import Store

    with Store.open(db) as store:
        plan = plan_import(store, [path])
        if plan.has_errors:
            raise SystemExit("\n".join(p.line() for p in plan.files[0].errors[:20]))
        apply_import(store, plan)
        return plan.files[0]


def floor_parts(path: Path, empty: Path, work: Path) -> tuple[float, float]:
    """The two steps every import must take besides the read, timed alone: the safety scan that
    precedes it (hostile.check_workbook: no cell reaches calamine before it), and inserting the
    return's member rows with one executemany into the district's own table (no cleaning, rules,
    comparison or history). The sum with the bare read is a floor no import can go below."""
    from fdh_desktop.excel.hostile import check_workbook
    from fdh_desktop.storage import Store
    from fdh_desktop.storage.convert import MEMBER_COLUMNS

    scan = _best(lambda: check_workbook(path), 3)
    rows = [(i + 1, 1, i, "委员", f"王{i}", None, "1975-06-03", "汉族", "群众", "大学本科", None, 1, "13800138000",
             "", "", None, None, 0, None, "") for i in range(STREETS * PER_STREET * PER_CONGRESS)]
    db = work / "floor.sqlite"
    shutil.copyfile(empty, db)
    with Store.open(db) as store:
        conn = store.conn
        conn.execute("PRAGMA foreign_keys = OFF")  # no congress rows to point at; a floor may leave a check out
        names = ", ".join(f"[{c}]" for c in MEMBER_COLUMNS)
        marks = ", ".join("?" for _ in MEMBER_COLUMNS)

        def insert() -> None:
            conn.execute("BEGIN")
            conn.executemany(f"INSERT INTO members ({names}) VALUES ({marks})", rows)
            conn.execute("ROLLBACK")

        inserted = _best(insert, 3)
    return scan, inserted


def bare_write(rows: tuple[list, list], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, data in zip(("社区妇代会", "班子成员"), rows):
        ws = wb.create_sheet(name)
        for row in data:
            ws.append(row)
    wb.save(path)


def exported_cells(path: Path) -> tuple[list, list]:
    """The cells of a written workbook's two sheets, as plain Python values."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return tuple(book.get_sheet_by_name(n).to_python() for n in ("社区妇代会", "班子成员"))


def _best(fn, repeat: int) -> float:
    return best_of(fn, repeat)


_PEAK = """
def _peak_mb():
    # VmHWM is this process's own high-water mark; ru_maxrss also counts the RSS of the parent
    # the child was forked from (Linux keeps it across exec), so it is only the fallback.
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(_peak_mb())
"""


def _peak(code: str) -> float:
    """Peak memory (MB) of running `code` in a fresh interpreter."""
    import subprocess

    out = subprocess.run([sys.executable, "-c", code + "\n" + _PEAK], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def _row(name: str, seconds: float, reference: float, aim: float, peak_mb: float, note: str = "",
         ratio: float | None = None) -> dict:
    return {"name": name, "seconds": seconds, "reference_seconds": reference,
            "ratio": seconds / reference if ratio is None else ratio, "aim": aim, "peak_mb": peak_mb, "note": note}


def run(repeat: int = 3, pairs: int = 5) -> list[dict]:
    path = city_return()
    empty = empty_district()
    work = Path(tempfile.mkdtemp(prefix="fdh-bench-import-"))
    try:
        read = _best(lambda: bare_read(path), repeat)
        scan, inserted = floor_parts(path, empty, work)

        def fresh_import() -> None:
            db = work / "city.sqlite"
            shutil.copyfile(empty, db)
            import_into(db, path)

        # Import and re-check each run right after a bare read (timing.paired): medians of times
        # and of per-pair ratios, so the load of a shared machine falls on both alike.
        imported, import_read, import_ratio = paired(fresh_import, lambda: bare_read(path), pairs)
        db = work / "city.sqlite"  # the last fresh import: now holds the whole return

        def recognised() -> None:
            fp = import_into(db, path)
            assert fp.already_imported and not fp.changes_anything

        reimported = _best(recognised, repeat)

        from fdh_desktop.services.exporting import export_term, make_template
        from fdh_desktop.storage import Store

        with Store.open(db) as store:
            store.add_street("另一个街道")  # a write since the import: the file is read and compared again

        def rechecked() -> None:
            fp = import_into(db, path)
            assert not fp.already_imported and not fp.changes_anything
            assert fp.counts()["communities_unchanged"] == STREETS * PER_STREET

        rechecked_seconds, recheck_read, recheck_ratio = paired(rechecked, lambda: bare_read(path), pairs)

        with Store.open(db) as store:
            exported = _best(lambda: export_term(store, work / "export.xlsx"), repeat)
            templated = _best(lambda: make_template(store, work / "template.xlsx"), repeat)
        export_cells = exported_cells(work / "export.xlsx")
        template_cells = exported_cells(work / "template.xlsx")
        export_ref = _best(lambda: bare_write(export_cells, work / "bare_export.xlsx"), repeat)
        template_ref = _best(lambda: bare_write(template_cells, work / "bare_template.xlsx"), repeat)

        root = Path(__file__).resolve().parents[1]
        setup = f"import sys; sys.path.insert(0, {str(root)!r})\nfrom benchmarks.bench_import import *\nimport shutil\n"
        peak_read = _peak(setup + f"bare_read(Path({str(path)!r}))")
        peak_import = _peak(setup + f"shutil.copyfile({str(empty)!r}, {str(work / 'peak.sqlite')!r})\n"
                                    f"import_into(Path({str(work / 'peak.sqlite')!r}), Path({str(path)!r}))")
        peak_reimport = _peak(setup + f"import_into(Path({str(db)!r}), Path({str(path)!r}))")
        peak_export = _peak(setup + "from fdh_desktop.services.exporting import export_term\n"
                                    "from fdh_desktop.storage import Store\n"
                                    f"with Store.open(Path({str(db)!r})) as s: export_term(s, Path({str(work / 'e2.xlsx')!r}))")
        cells = f"{STREETS * PER_STREET:,} communities, {STREETS * PER_STREET * PER_CONGRESS:,} members"
        floor = read + scan + inserted
        return [
            _row("floor of an import: read + safety scan + bare insert vs calamine read", floor, read, 1.5, None,
                 f"before any cleaning, rules, comparison or history: scan {scan / read:.2f}x, "
                 f"one executemany of the member rows {inserted / read:.2f}x"),
            _row("floor of a re-check: read + safety scan vs calamine read", read + scan, read, 1.2, None,
                 "before any cleaning, rules or comparison"),
            _row("import city return (plan+apply) vs calamine read", imported, import_read, 1.5, peak_import,
                 f"{cells}; bare read peak {peak_read:.0f} MB; medians of {pairs} paired runs", import_ratio),
            _row("re-import right after its import vs calamine read", reimported, read, 1.2, None,
                 "same SHA-256, no write since: not read again"),
            _row("re-import unchanged return (full check) vs calamine read", rechecked_seconds, recheck_read, 1.2,
                 peak_reimport, f"read, cleaned, checked and compared; nothing written; medians of {pairs} paired runs",
                 recheck_ratio),
            _row("full export vs openpyxl unstyled", exported, export_ref, 1.3, peak_export, cells),
            _row("template vs openpyxl unstyled", templated, template_ref, 1.3, None,
                 f"{STREETS * PER_STREET:,} communities"),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    for r in run():
        ratio = f"{r['ratio']:.2f}x (aim ≤ {r['aim']}x)"
        peak = "" if r["peak_mb"] is None else f"{r['peak_mb']:.0f} MB"
        print(f"{r['name']:<52} {r['seconds']:7.3f} s  ref {r['reference_seconds']:7.3f} s  {ratio:<20} {peak:>7}  {r['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
