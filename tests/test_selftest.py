"""`fdh-desktop --self-test` from source: it passes on a good installation, and it cannot pass
when something is broken or missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fdh_desktop import selftest
from fdh_desktop.selftest import FAILED, MISSING, OK, Context, Result, Step, StepFailed, pdf_pages, run_steps, summary


def _env(tmp_path: Path) -> dict[str, str]:
    # The report goes to the log folder: keep it out of the real user's.
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}


def test_self_test_passes_and_leaves_its_files(tmp_path):
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "fdh_desktop.gui.app", "--self-test", "--self-test-dir", str(out)],
        capture_output=True, text=True, encoding="utf-8", env=_env(tmp_path), timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "自检通过" in run.stdout
    assert "[失败]" not in run.stdout and "[缺失]" not in run.stdout
    for name in ("main_window.png", "statistics.png", "统计表.pdf", "统计表.xlsx", "交换工作簿.xlsx"):
        assert (out / name).stat().st_size > 0, name
    report = tmp_path / "state" / "fdh-desktop" / "log" / "self-test.txt"
    assert "自检通过" in report.read_text(encoding="utf-8")


def test_a_missing_step_is_not_a_pass(tmp_path):
    def absent(ctx):
        raise selftest.Missing("本版本不含 fdh_desktop.reports.stats_xlsx")

    results = run_steps([Step("甲", lambda ctx: "好"), Step("乙", absent)], Context(tmp_path), lambda line: None)
    assert [r.status for r in results] == [OK, MISSING]
    code, verdict = summary(results, 2)
    assert code == 1 and "乙" in verdict


def test_a_failed_step_stops_the_rest_and_says_why(tmp_path):
    lines: list[str] = []

    def broken(ctx):
        raise StepFailed("应建数应为 110，实际为 109")

    steps = [Step("统计", broken), Step("之后", lambda ctx: "不应运行")]
    results = run_steps(steps, Context(tmp_path), lines.append)
    assert [r.status for r in results] == [FAILED]
    assert "应建数应为 110，实际为 109" in lines[0] and lines[0].startswith("[失败]")
    code, verdict = summary(results, 2)
    assert code == 1 and "1 项未运行" in verdict


def test_an_unexpected_error_is_a_failure_with_its_traceback(tmp_path):
    results = run_steps([Step("坏", lambda ctx: 1 / 0)], Context(tmp_path), lambda line: None)
    assert results[0].status == FAILED and "ZeroDivisionError" in results[0].detail


def test_a_module_missing_inside_a_feature_is_a_failure_not_a_gap():
    exc = ModuleNotFoundError("No module named 'openpyxl'", name="openpyxl")
    with pytest.raises(ModuleNotFoundError):
        selftest.missing_module(exc, "fdh_desktop.reports.stats_xlsx")
    own = ModuleNotFoundError("x", name="fdh_desktop.reports.stats_xlsx")
    assert isinstance(selftest.missing_module(own, "fdh_desktop.reports.stats_xlsx"), selftest.Missing)


def test_all_passed_only_when_every_planned_step_ran():
    results = [Result("甲", OK, "", 0.0)]
    assert summary(results, 1)[0] == 0
    assert summary(results, 2)[0] == 1


@pytest.fixture
def qt_pdf(qapp, tmp_path) -> Path:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    path = tmp_path / "three.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for page in range(3):
        if page:
            writer.newPage()
        painter.drawText(100, 100, f"第{page + 1}页")
    painter.end()
    del writer
    return path


def test_pdf_pages_reads_a_qt_pdf(qt_pdf):
    assert pdf_pages(qt_pdf) == 3
    assert selftest.pdf_embeds_fonts(qt_pdf)


def test_pdf_pages_refuses_a_cut_off_or_foreign_file(qt_pdf, tmp_path):
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(qt_pdf.read_bytes()[: qt_pdf.stat().st_size // 2])
    with pytest.raises(StepFailed, match="不完整"):
        pdf_pages(cut)
    text = tmp_path / "text.pdf"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(StepFailed, match="不是 PDF"):
        pdf_pages(text)


def test_read_xlsx_refuses_a_zip_bomb(tmp_path, monkeypatch):
    import zipfile

    path = tmp_path / "big.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (2 * 1024 * 1024))
    monkeypatch.setattr(selftest, "MAX_XLSX_UNPACKED", 1024 * 1024)
    with pytest.raises(StepFailed, match="过大"):
        selftest.read_xlsx(path)
