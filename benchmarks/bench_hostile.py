"""A return at the program's own limits: 299,990 member rows × 15 columns (issue 16, item 4).

The workbook is written as raw SpreadsheetML (openpyxl would take minutes to write it). Planning
it, and asking for the error copy when one cell in it is wrong, run in a child process that reports
its peak RSS; the bare reference is python-calamine reading the same file. Aims: linear time (the
300k run costs about twice the 150k one) and a peak under 1 GB.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks.timing import in_child, row
from fdh_desktop.domain.idcard import check_character
from fdh_desktop.excel.layout import CONGRESS_COLUMNS, MEMBER_COLUMNS, field_header

MEMBERS_AT_LIMIT = 299_990
PER_COMMUNITY = 15
LIMIT_MB = 1024

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
    '</Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="社区妇代会" sheetId="1" r:id="rId1"/><sheet name="班子成员" sheetId="2" r:id="rId2"/></sheets></workbook>')


def _letters(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _sheet_xml(rows) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, values in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(values, start=1):
            if v is None:
                continue
            ref = f"{_letters(c)}{r}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(v))}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out).encode()


def member_workbook(path: Path, members: int, bad_cell: bool = False) -> Path:
    """A return of `members` members, PER_COMMUNITY per community; `bad_cell`: one date is "1975.1"-ambiguous."""
    communities = (members + PER_COMMUNITY - 1) // PER_COMMUNITY
    congress_rows = [[field_header(f) for f in CONGRESS_COLUMNS]]
    for i in range(communities):
        congress_rows.append([f"街道{i // 30 + 1:03d}", f"社区{i + 1:05d}", None, "是", "是", "2023-04-01", "等额选举",
                              "举手表决", 40, 5, 3, 38, "已完成", "张三", None])
    member_rows = [[field_header(f) for f in MEMBER_COLUMNS]]
    born = date(1970, 1, 1)
    for n in range(members):
        i = n // PER_COMMUNITY
        birth = born + timedelta(days=n // 500)  # with the sequence below: every number unique
        first17 = f"110102{birth:%Y%m%d}{(n % 500) * 2:03d}"
        role = "主任" if n % PER_COMMUNITY == 0 else "副主任" if n % PER_COMMUNITY < 3 else "委员"
        member_rows.append([f"街道{i // 30 + 1:03d}", f"社区{i + 1:05d}", None, role, f"成员{n:06d}",
                            first17 + check_character(first17), None, "汉族", "中共党员", "大学本科",
                            "居委会主任" if n % PER_COMMUNITY == 0 else None, "是", f"1390000{n % 10000:04d}", "某单位", None])
    if bad_cell:
        member_rows[2][6] = 1975.1
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", _sheet_xml(congress_rows))
        z.writestr("xl/worksheets/sheet2.xml", _sheet_xml(member_rows))
    return path


_PLAN = """
import time
from pathlib import Path
from fdh_desktop.storage import Store
from fdh_desktop.services.importing import plan_import, write_error_copy
store = Store.open(Path({db!r}))
start = time.perf_counter()
plan = plan_import(store, [Path({book!r})])
fp = plan.files[0]
RESULT = {{"seconds": time.perf_counter() - start, "errors": len(fp.errors),
          "communities": len(fp.communities), "copy": ""}}
if fp.has_errors and fp.can_mark:
    start = time.perf_counter()
    try:
        RESULT["copy"] = str(write_error_copy(fp, Path({out!r})))
    except Exception as exc:
        RESULT["copy"] = "refused: " + str(exc)
    RESULT["copy_seconds"] = time.perf_counter() - start
"""

_BARE = """
import time, python_calamine
start = time.perf_counter()
book = python_calamine.CalamineWorkbook.from_path({book!r})
for name in book.sheet_names:
    book.get_sheet_by_name(name).to_python()
RESULT = {{"seconds": time.perf_counter() - start}}
"""


def _database(folder: Path) -> Path:
    from fdh_desktop.domain.records import Settings
    from fdh_desktop.storage import Store

    path = folder / "empty.sqlite"
    with Store.open(path, create=True) as store, store.write("bench", "empty district"):
        store.save_settings(Settings(district="测试市", current_term=6))
        store.ensure_term(6, year=2023)
    return path


def measure(members: int, bad_cell: bool, folder: Path) -> dict:
    book = member_workbook(folder / f"members{members}{'_bad' if bad_cell else ''}.xlsx", members, bad_cell)
    db = _database(folder) if not (folder / "empty.sqlite").exists() else folder / "empty.sqlite"
    result = in_child(_PLAN.format(db=str(db), book=str(book), out=str(folder / "copies")))
    bare = in_child(_BARE.format(book=str(book)))
    result["bare_seconds"] = bare["seconds"]
    result["bare_peak_mb"] = bare["peak_mb"]
    result["file_mb"] = book.stat().st_size / 2**20
    return result


def run() -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        half = measure(MEMBERS_AT_LIMIT // 2, False, folder)
        full = measure(MEMBERS_AT_LIMIT, False, folder)
        bad = measure(MEMBERS_AT_LIMIT, True, folder)
    for name, r in ((f"plan {MEMBERS_AT_LIMIT // 2:,} members", half), (f"plan {MEMBERS_AT_LIMIT:,} members", full),
                    (f"plan + error copy, {MEMBERS_AT_LIMIT:,} members, one bad cell", bad)):
        note = f"{r['file_mb']:.0f} MB file; bare read peak {r['bare_peak_mb']:.0f} MB; peak aim < {LIMIT_MB} MB"
        if r.get("copy"):
            note += f"; copy: {r['copy'][:60]} ({r.get('copy_seconds', 0):.1f} s)"
        rows.append(row(name, r["seconds"] + r.get("copy_seconds", 0), r["bare_seconds"], None, r["peak_mb"], note))
    # Linear time: doubling the rows doubles the planning time. On a loaded machine the bare read
    # of the same two files shows how much of the growth is the machine, so both are given.
    growth = full["seconds"] / half["seconds"]
    bare_growth = full["bare_seconds"] / half["bare_seconds"]
    rows.append(row("time growth 150k → 300k members (linear ≈ 2)", full["seconds"], half["seconds"], 2.2, None,
                    f"planning time grew {growth:.2f}x; the bare read of the same files {bare_growth:.2f}x"))
    return rows


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=2, default=str))
