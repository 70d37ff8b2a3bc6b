"""`fdh progress` as a user runs it, on a file made by `fdh demo`, checked against `fdh export`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fdh_desktop.excel.layout import CONGRESS, FEDERATION_CONGRESS

from fdh_desktop.domain.vocab import PROGRESS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> tuple[Path, Path]:
    """(the demo file, its term exported), both made by the real commands."""
    folder = tmp_path_factory.mktemp("progress")
    db, export = folder / "demo.sqlite", folder / "export.xlsx"
    for args in (("demo",), ("export", "--out", str(export))):
        done = _fdh(folder, "--db", str(db), *args)
        assert done.returncode == 0, done.stderr
    return db, export


def _fdh(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "FDH_DB"}
    env.update(PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen",
               XDG_STATE_HOME=str(cwd / "state"), XDG_DATA_HOME=str(cwd / "data"))
    return subprocess.run([sys.executable, "-m", "fdh_desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, env=env, timeout=120)


def _counted_from_export(export: Path) -> dict[str, Counter]:
    """Per street, the 应建 communities by 换届进度, counted from the exported sheet by hand."""
    book = load_workbook(export, read_only=True)
    # The current term's congress sheet: 社区妇联 for the demo's 第七届, 社区妇代会 for a 妇代会 term.
    sheet = next(ws for ws in book.worksheets if ws.title in (CONGRESS.name, FEDERATION_CONGRESS.name))
    rows = sheet.iter_rows(values_only=True)
    header = list(next(rows))
    street, should, progress = (header.index(h) for h in ("街道", "是否应建", "换届进度"))
    counts: dict[str, Counter] = {}
    for row in rows:
        if row[street] and row[should] != "否":
            counts.setdefault(row[street], Counter())[row[progress] or "未启动"] += 1
    return counts


def test_progress_json_counts_each_street_as_the_export_does(made, tmp_path):
    db, export = made
    done = _fdh(tmp_path, "--db", str(db), "progress", "--json")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    board = json.loads(done.stdout)
    expected = _counted_from_export(export)
    assert [s["street"] for s in board["streets"]] == list(expected)
    for street in board["streets"]:
        want = expected[street["street"]]
        assert street["stages"] == {stage: want[stage] for stage in PROGRESS}, street["street"]
        assert street["should"] == sum(want.values())
    total = Counter()
    for c in expected.values():
        total += c
    assert board["total"]["completed"] == total["已完成"] and board["total"]["should"] == sum(total.values())
    bulletin = board["bulletin"]
    assert [r["street"] for r in bulletin["streets"]] == list(expected)
    assert bulletin["total"]["stages"] == {stage: total[stage] for stage in PROGRESS}


def test_progress_refuses_a_bad_week_and_a_missing_term_in_one_line(made, tmp_path):
    db, _ = made
    for args, code, words in ((("--week", "2027-02-30"), 2, "--week"), (("--term", "99"), 1, "99")):
        done = _fdh(tmp_path, "--db", str(db), "progress", *args)
        assert done.returncode == code and done.stdout == ""
        assert len(done.stderr.strip().splitlines()) == 1 and words in done.stderr, done.stderr
        assert "Traceback" not in done.stderr


def test_progress_text_shows_the_bulletin_table(made, tmp_path):
    db, export = made
    done = _fdh(tmp_path, "--db", str(db), "progress")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("宣南区社区妇联换届工作周通报（第")
    total = next(line for line in lines if line.startswith("合计")).split()
    assert int(total[1]) == sum(sum(c.values()) for c in _counted_from_export(export).values())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_progress_pdf_is_the_bulletin_with_streets_total_and_signatures(made, tmp_path):
    db, export = made
    pdf = tmp_path / "周通报.pdf"
    done = _fdh(tmp_path, "--db", str(db), "progress", "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert "已写入PDF周通报" in done.stdout
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = "".join(text.split())
    assert "宣南区社区妇联换届工作周通报" in flat
    for street in _counted_from_export(export):
        assert street in flat, street
    assert "合计" in flat
    for line in ("填报单位（盖章）：宣南区妇联", "单位负责人", "统计负责人", "填表人", "报出日期"):
        assert line in flat, line


def test_progress_xlsx_has_the_total_row(made, tmp_path):
    db, export = made
    out = tmp_path / "周通报.xlsx"
    done = _fdh(tmp_path, "--db", str(db), "progress", "--xlsx", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(load_workbook(out)["周通报"].iter_rows(values_only=True))
    total = next(r for r in rows if r[0] == "合计")
    assert total[1] == sum(sum(c.values()) for c in _counted_from_export(export).values())
    unwritable = _fdh(tmp_path, "--db", str(db), "progress", "--xlsx", str(tmp_path / "无此文件夹" / "x.xlsx"))
    assert unwritable.returncode == 1 and len(unwritable.stderr.strip().splitlines()) == 1


def test_progress_pdf_carries_the_header_and_names_of_the_settings(made, tmp_path):
    from fdh_desktop.services.campaign import save_form_settings
    from fdh_desktop.storage import Store

    db = tmp_path / "district.sqlite"
    shutil.copyfile(made[0], db)
    with Store.open(db) as store:
        save_form_settings(store, {"form_number": "妇统5表", "authority": "宣南区妇联", "valid_until": "2027年12月31日"},
                           {"statistician": "李静", "preparer": "张丽"})
    pdf = tmp_path / "周通报.pdf"
    done = _fdh(tmp_path, "--db", str(db), "progress", "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    flat = "".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                                  text=True).stdout.split())
    for line in ("妇统5表", "制表机关：宣南区妇联", "有效期至：2027年12月31日", "统计负责人：李静", "填表人：张丽"):
        assert line in flat, line
