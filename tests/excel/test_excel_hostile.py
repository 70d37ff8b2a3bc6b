"""Files that are not workbooks, are damaged, or are hostile: one clear message each, nothing
written, and memory bounded. The refusals run in a child process that reports the time and the
peak memory (RSS) each took; the table is printed and kept in hostile_refusals.json."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from excel_helpers import dump_db, exchange_book, good_rows, rewrite_part

MB = 2**20


def _base(folder: Path) -> Path:
    congresses, members = good_rows()
    return exchange_book(folder / "base.xlsx", congresses, members)


def _zip_with(base: Path, target: Path, part: str, data_chunks, declare: int | None = None) -> Path:
    """A copy of `base` whose `part` is the deflated `data_chunks`; `declare` lies about its size."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = b"".join(comp.compress(c) for c in data_chunks) + comp.flush()
    size = sum(len(c) for c in data_chunks) if declare is None else declare
    with zipfile.ZipFile(base) as src:
        entries = [(i.filename, src.read(i)) for i in src.infolist() if i.filename != part]
    out = bytearray()
    central = bytearray()
    for name, data, raw_size, deflated in [(n, d, len(d), None) for n, d in entries] + [(part, None, size, body)]:
        if deflated is None:
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            deflated = c.compress(data) + c.flush()
            crc = zlib.crc32(data)
        else:
            crc = 0
        encoded = name.encode()
        offset = len(out)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(deflated), raw_size,
                           len(encoded), 0) + encoded + deflated
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(deflated),
                               raw_size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    count = len(entries) + 1
    out += central + struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(central), len(out), 0)
    target.write_bytes(bytes(out))
    return target


def _zeros(total: int, chunk: int = 4 * MB):
    return [b"<" + b" " * (chunk - 1)] * (total // chunk)


def _billion_laughs(base: Path, target: Path) -> Path:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";" if i > 1 else "&lol;") * 10}">' for i in range(1, 10))
    doctype = f"<!DOCTYPE worksheet [{entities}]>".encode()
    return rewrite_part(base, target, "xl/worksheets/sheet1.xml",
                        lambda xml: doctype + xml.replace("槐柏社区".encode(), b"&lol9;", 1))


def _far_cell(base: Path, target: Path, ref: str, row: int) -> Path:
    cell = f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'.encode()
    return rewrite_part(base, target, "xl/worksheets/sheet2.xml", lambda xml: xml.replace(b"</sheetData>", cell))


def _ods_repeat(target: Path) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
        '<table:table table:name="班子成员"><table:table-row table:number-rows-repeated="1000000">'
        '<table:table-cell office:value-type="string" table:number-columns-repeated="16"><text:p>x</text:p>'
        '</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>'
    )
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    return target


def _ole_loop(target: Path) -> Path:
    """An OLE2 header whose directory chain points at itself."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HH", header, 0x1E, 9, 6)
    struct.pack_into("<IIIIIII", header, 0x2C, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    struct.pack_into("<I", header, 0x4C, 0)
    fat = struct.pack("<128I", *([1, 1] + [0xFFFFFFFF] * 126))  # sector 1 → 1 → 1 ...
    target.write_bytes(bytes(header) + fat + b"\x00" * 512)
    return target


@pytest.fixture(scope="session")
def hostile_files(tmp_path_factory, source_books) -> dict[str, tuple[Path, str]]:
    """name → (file, a fragment of the one message it must get)."""
    folder = tmp_path_factory.mktemp("hostile")
    base = _base(folder)
    files = {
        "zip bomb (declared 600 MB)": (_zip_with(base, folder / "bomb.xlsx", "xl/worksheets/sheet1.xml",
                                                 _zeros(600 * MB)), "解压后达"),
        "zip bomb (ratio 1000:1)": (_zip_with(base, folder / "ratio.xlsx", "xl/worksheets/sheet1.xml",
                                              _zeros(64 * MB)), "压缩比异常"),
        "zip bomb (lies about its size)": (_zip_with(base, folder / "liar.xlsx", "xl/worksheets/sheet1.xml",
                                                     _zeros(64 * MB), declare=1000), "大于其声明的大小"),
        "XML entity bomb": (_billion_laughs(base, folder / "laughs.xlsx"), "DOCTYPE"),
        "truncated zip": (None, "不完整或已损坏"),
        "a million rows": (_far_cell(base, folder / "rows.xlsx", "A1048576", 1048576), "第1048576行"),
        "16,384 columns": (_far_cell(base, folder / "cols.xlsx", "XFD3", 3), "XFD列"),
        "ods rows repeated a million times": (_ods_repeat(folder / "repeat.ods"), "1000000行"),
        "cell over 32,767 characters": (None, "超过Excel单元格的上限"),
        "OLE chain in a loop": (_ole_loop(folder / "loop.xls"), "不完整或已损坏"),
        "PDF renamed .xlsx": (None, "PDF"),
        "web page saved as .xls": (None, "网页"),
        "Word document renamed .xlsx": (None, "Word文档"),
        "empty file": (None, "空的"),
        "text file renamed .xlsx": (None, "不是Excel工作簿"),
    }
    data = base.read_bytes()
    (folder / "cut.xlsx").write_bytes(data[: len(data) // 2])
    files["truncated zip"] = (folder / "cut.xlsx", files["truncated zip"][1])
    long_text = "妇" * 40000
    files["cell over 32,767 characters"] = (rewrite_part(
        base, folder / "long.xlsx", "xl/worksheets/sheet2.xml",
        lambda xml: xml.replace("王芳".encode(), long_text.encode())), files["cell over 32,767 characters"][1])
    (folder / "paper.xlsx").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    files["PDF renamed .xlsx"] = (folder / "paper.xlsx", "PDF")
    (folder / "page.xls").write_text("<html><body><table><tr><td>社区</td></tr></table></body></html>", encoding="utf-8")
    files["web page saved as .xls"] = (folder / "page.xls", "网页")
    with zipfile.ZipFile(folder / "letter.xlsx", "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("[Content_Types].xml", "<Types/>")
    files["Word document renamed .xlsx"] = (folder / "letter.xlsx", "Word文档")
    (folder / "empty.xlsx").write_bytes(b"")
    files["empty file"] = (folder / "empty.xlsx", "空的")
    (folder / "notes.xlsx").write_text("街道,社区\n广安,槐柏社区\n", encoding="utf-8")
    files["text file renamed .xlsx"] = (folder / "notes.xlsx", "不是Excel工作簿")
    return files


_CHILD = r"""
import json, resource, sys, time

def peak_mb():
    # VmHWM: this process's own high-water mark (ru_maxrss would include the forking parent's).
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from pathlib import Path
from fdh_desktop.storage import Store
from fdh_desktop.services.importing import plan_import
store = Store.open(Path(sys.argv[1]))
results = []
for name, path in json.loads(sys.argv[2]):
    start = time.perf_counter()
    plan = plan_import(store, [Path(path)])
    seconds = time.perf_counter() - start
    fp = plan.files[0]
    results.append({"name": name, "seconds": round(seconds, 4), "peak_rss_mb": round(peak_mb(), 1),
        "problems": [[p.level, p.message] for p in fp.problems],
        "communities": len(fp.communities)})
print(json.dumps(results, ensure_ascii=False))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read with resource.getrusage (POSIX)")
def test_hostile_files_get_one_message_and_change_nothing(hostile_files, store, db_path, tmp_path_factory):
    store.close()
    before = dump_db(db_path)
    listing = [[name, str(path)] for name, (path, _) in hostile_files.items()]
    out = subprocess.run([sys.executable, "-c", _CHILD, str(db_path), json.dumps(listing, ensure_ascii=False)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    results = json.loads(out.stdout.strip().splitlines()[-1])
    report = tmp_path_factory.getbasetemp() / "hostile_refusals.json"
    report.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nhostile files (time and peak RSS of the refusing process so far; also in {report}):")
    for r in results:
        print(f"  {r['name']:<36} {r['seconds'] * 1000:8.1f} ms  {r['peak_rss_mb']:7.1f} MB  {r['problems'][0][1][:60]}")
    for r in results:
        _, fragment = hostile_files[r["name"]]
        assert len(r["problems"]) == 1, r
        level, message = r["problems"][0]
        assert level == "error" and fragment in message, r
        assert r["communities"] == 0
    # Nothing was expanded in memory: a 600 MB part, a million rows or 16,384 columns would show.
    assert max(r["peak_rss_mb"] for r in results) < 200
    assert dump_db(db_path) == before


@pytest.mark.parametrize("book", [("handtyped", "xls")], indirect=True, ids=["xls"])
def test_xls_renamed_xlsx_is_read_as_what_it_is(store, book):
    """Sniffed by its bytes, not its name: read, with one note to fix the extension."""
    from excel_helpers import check_figures, prepare_handtyped_district

    from fdh_desktop.services.importing import apply_import, plan_import
    from fdh_desktop.services.statistics import statistics

    renamed = book.with_name("handtyped.xlsx")
    shutil.move(book, renamed)
    prepare_handtyped_district(store)
    plan = plan_import(store, [renamed])
    fp = plan.files[0]
    assert fp.format == "xls" and not fp.has_errors
    assert [p.message for p in fp.warnings if p.row is None] == [
        "文件扩展名为“.xlsx”，实际是.xls格式，已按.xls读取；建议把扩展名改为.xls"]
    apply_import(store, plan)
    check_figures(statistics(store, 6))
