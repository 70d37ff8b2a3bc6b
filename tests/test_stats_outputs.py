"""`fdh stats --pdf/--xlsx` and `fdh summary --docx` on the demo district, read back with the
tools a person would use: poppler (pdffonts, pdftotext, pdfinfo), openpyxl, LibreOffice."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

STREETS = ["天桥", "广内", "牛街", "大栅栏", "广外", "椿树", "陶然亭", "白纸坊"]

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, demo_db) -> dict[str, Path]:
    """The demo district's statistics written once as PDF, Excel and Word by the real command."""
    folder = tmp_path_factory.mktemp("outputs")
    db = folder / "demo.sqlite"
    shutil.copyfile(demo_db, db)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    files = {"pdf": folder / "统计表.pdf", "xlsx": folder / "统计表.xlsx", "docx": folder / "基本情况.docx"}
    fdh = [sys.executable, "-m", "fdh_desktop", "--db", str(db)]
    for args in (["stats", "--pdf", str(files["pdf"]), "--term", "6"], ["stats", "--xlsx", str(files["xlsx"]), "--term", "6"],
                 ["summary", "--docx", str(files["docx"]), "--term", "6"]):
        done = subprocess.run(fdh + args, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    files["db"] = db
    return files


def run(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=60).stdout


@needs_poppler
def test_pdf_embeds_the_bundled_cjk_font(outputs):
    fonts = run(["pdffonts", str(outputs["pdf"])]).splitlines()[2:]
    assert fonts, "no fonts in the PDF"
    for line in fonts:
        name, *_, emb, sub, uni, obj, gen = line.split()
        assert emb == "yes" and uni == "yes", line  # embedded, with a ToUnicode map
    assert any(line.startswith("FDHSansSC") for line in fonts)


@needs_poppler
def test_pdf_text_has_every_name_and_figure(outputs):
    text = run(["pdftotext", "-layout", str(outputs["pdf"]), "-"])
    assert "宣南区社区妇代会换届选举情况统计表（第六届）" in text
    for figure in ("36.8", "94.3", "86.8", "10.4", "45.3", "44.3", "63.2", "65.1", "27.4", "7.5", "45.0"):
        assert re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d])", text), figure
    for street in STREETS:
        assert street in text
    for label in ("填报单位", "单位负责人", "统计负责人", "填表人", "联系电话", "报出日期", "与第五届对比",
                  "合计数或相对数由于四舍五入产生的计算误差未作机械调整", "第 1 页，共"):
        assert label in text
    # Radicals share glyphs with ideographs; the PDF must give back the ideographs (人, not ⼈).
    assert not re.search("[\u2e80-\u2fdf\uf900-\ufaff]", text)
    assert "36.7" not in text and "45.2" not in text  # the seed's truncations


@needs_poppler
def test_pdf_pages_are_landscape_a3_and_a4(outputs):
    info = run(["pdfinfo", "-f", "1", "-l", "99", str(outputs["pdf"])])
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts \((\w+)\)", info)
    assert sizes[0][2] == "A3" and {s[2] for s in sizes} == {"A3", "A4"}
    assert all(float(w) > float(h) for w, h, _ in sizes)
    pages = len(sizes)
    last = run(["pdftotext", "-f", str(pages), "-l", str(pages), str(outputs["pdf"]), "-"])
    assert f"第 {pages} 页，共 {pages} 页" in last


@needs_poppler
def test_long_table_repeats_its_header_on_every_page(tmp_path):
    """A roster longer than a page: each page starts with the header row again."""
    from fdh_desktop.gui.common.printing import write_pdf
    from fdh_desktop.reports.html import Signature, roster_section

    rows = [[n, "虎坊路社区", "委员", f"王{n}", "", "", "", "", "", "", "", "", "", ""] for n in range(1, 121)]
    pages = write_pdf(tmp_path / "r.pdf", [roster_section("名册", rows, Signature(), True)])
    assert pages >= 3
    for page in range(2, pages + 1):
        text = run(["pdftotext", "-f", str(page), "-l", str(page), str(tmp_path / "r.pdf"), "-"])
        assert "身份证号" in text and "联系电话" in text


def test_xlsx_numbers_are_numbers(outputs):
    wb = openpyxl.load_workbook(outputs["xlsx"])
    assert wb.sheetnames[:2] == ["统计总表", "对比表"]
    ws = wb["对比表"]
    rows = {r[0].value: r for r in ws.iter_rows() if isinstance(r[0].value, str)}
    chair = rows["担任居委会主任"]
    assert chair[1].value == 39 and chair[1].data_type == "n"
    assert chair[2].value == pytest.approx(0.368) and chair[2].number_format == "0.0%"
    key = rows["担任重要职务（合计）"]
    assert key[5].value == 7 and key[5].number_format.startswith("+0")
    assert key[6].value == pytest.approx(4.9) and key[6].number_format.startswith("+0.0")
    summary = wb["统计总表"]
    total = next(r for r in summary.iter_rows() if r[0].value == "合计")
    assert [c.value for c in total[1:5]] == [110, 106, 103, 106]
    assert summary.page_setup.orientation == "landscape" and int(summary.page_setup.paperSize) == int(summary.PAPERSIZE_A3)
    assert summary.print_title_rows and summary.freeze_panes


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_reads_the_xlsx_figures(outputs, tmp_path):
    home = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{home}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", str(tmp_path), str(outputs["xlsx"])], capture_output=True, timeout=120, check=True)
    csv = next(tmp_path.glob("*.csv")).read_text(encoding="utf-8", errors="replace")
    assert "合计,110,106,103,106,100,94.3" in csv  # the first sheet, as LibreOffice computes its display


def test_summary_docx_and_text(outputs):
    import zipfile

    with zipfile.ZipFile(outputs["docx"]) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "第六届全区应建社区妇代会110个，实建106个" in xml and "比上届提高4.9个百分点" in xml  # 本届 is 第七届


def test_unwritable_output_is_refused_in_chinese(outputs, tmp_path, fdh_cmd):
    missing = tmp_path / "no-such-folder" / "x.pdf"
    done = subprocess.run(fdh_cmd + ["--db", str(outputs["db"]), "stats", "--pdf", str(missing)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "文件夹不存在" in done.stderr and not missing.exists()
    done = subprocess.run(fdh_cmd + ["--db", str(outputs["db"]), "stats", "--xlsx", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "是文件夹" in done.stderr


@needs_poppler
def test_pdf_all_on_a4_when_asked(outputs, tmp_path):
    """Without an A3 printer the wide table is scaled onto A4, every figure still there."""
    from fdh_desktop.gui.common.printing import write_pdf
    from fdh_desktop.services.statistics import printable_sections
    from fdh_desktop.storage import Store

    with Store.open(outputs["db"]) as store:
        sections = printable_sections(store, 6)
    write_pdf(tmp_path / "a4.pdf", sections, a3=False)
    info = run(["pdfinfo", "-f", "1", "-l", "99", str(tmp_path / "a4.pdf")])
    assert set(re.findall(r"Page\s+\d+ size:.*\((\w+)\)", info)) == {"A4"}
    first = run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(tmp_path / "a4.pdf"), "-"])
    assert "合计" in first and "94.3" in first and "白纸坊" in first


def _gray_page(pdf: Path, dpi: int) -> tuple[int, int, bytes]:
    """Page 1 rendered by poppler as 8-bit grey (PGM): width, height, pixels."""
    out = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-singlefile", str(pdf), str(out)], check=True, timeout=60)
    data = out.with_suffix(".pgm").read_bytes()
    magic, width, height, depth, pixels = data.split(maxsplit=4)
    assert magic == b"P5" and depth == b"255"
    return int(width), int(height), pixels


@needs_poppler
def test_figures_stand_clear_of_the_right_cell_border(tmp_path):
    """A right-aligned figure keeps white space before the cell's border on paper (at least 1 mm)."""
    from fdh_desktop.gui.common.printing import write_pdf
    from fdh_desktop.reports.html import Section, table_html
    from fdh_desktop.reports.tables import Table

    table = Table("对比", ["项目", "第六届人数"], [["担任居委会主任", 100], ["新任", 92]])
    write_pdf(tmp_path / "t.pdf", [Section("对比", "<html><body>" + table_html(table, 9.5) + "</body></html>")])
    dpi = 300
    width, height, pixels = _gray_page(tmp_path / "t.pdf", dpi)
    ink = [[x for x in range(width) if pixels[y * width + x] < 224] for y in range(height)]  # borders are light grey
    right = max(row[-1] for row in ink if row)
    left = min(row[0] for row in ink if row)
    # The table's rows, but not the horizontal rules between them.
    rows = [set(row) for row in ink if row and row[-1] >= right - 8 and len(row) < (right - left) / 2]
    # The right border: the columns inked on (nearly) every row of the table, a line or two.
    on_every_row = [x for x in range(right - 30, right + 1) if sum(x in row for row in rows) >= 0.9 * len(rows)]
    inner = min(x for x in on_every_row if right - x < 12)
    gaps = []
    for row in rows:
        text = max((x for x in row if x < inner and x not in on_every_row), default=None)
        if text is not None and inner - text < dpi:  # within an inch: a right-aligned figure
            gaps.append(inner - text - 1)
    assert gaps, "no figure found beside the border"
    assert min(gaps) / dpi * 25.4 >= 1.0


def test_docs_describe_every_key_of_stats_json(outputs, capsys):
    """docs/cli.md is the project's own description of `stats --json`: no key goes undocumented."""
    import json

    from fdh_desktop import cli

    assert cli.main(["--db", str(outputs["db"]), "stats", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)

    def keys(value) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        return set()

    docs = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    assert sorted(k for k in keys(report) if f'"{k}"' not in docs) == []


def test_xlsx_carries_the_form_header_block_top_right(tmp_path, demo_db):
    """The settings' 统计表表头 (表号, 制表机关…) heads every exported sheet as it heads the printed
    page: at the top right, a blank left for a pen where none is set."""
    from fdh_desktop.reports.html import BLANK
    from fdh_desktop.services.campaign import save_form_settings
    from fdh_desktop.storage import Store

    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_db, db)
    with Store.open(db) as store:
        save_form_settings(store, {"form_number": "妇统3表", "authority": "宣南区妇联"}, {})
    out = tmp_path / "统计表.xlsx"
    done = subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(db), "stats", "--xlsx", str(out),
                           "--term", "6"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        corner = [ws.cell(r, ws.max_column).value for r in range(1, 5)]
        assert corner == ["表　　号：妇统3表", "制表机关：宣南区妇联", f"文　　号：{BLANK}", f"有效期至：{BLANK}"], ws.title
        assert "宣南区" in str(ws.cell(5, 1).value) and ws.cell(5, 1).font.size == 16  # the title follows
