"""Issue 12, finding 1 and 6: the window holds the district's writer lock for as long as it shows
the file. A second window opens read-only and says who holds it, `fdh import` is refused, and a
file on a read-only file system opens read-only with a plain message."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("window_probe.py")


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FDH_LOCK_WAIT="0.5", PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def _probe(db: Path, tmp_path: Path, wrap: list[str] | None = None) -> dict:
    cmd = (wrap or []) + [sys.executable, str(PROBE), str(db), str(tmp_path / "probe.ini")]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=_env(), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def returned_workbook(demo_copy: Path, tmp_path: Path) -> Path:
    """The demo's term exported as a workbook, with one community's members cut to the chair."""
    from openpyxl import load_workbook

    out = tmp_path / "返回.xlsx"
    done = subprocess.run([sys.executable, "-m", "fdh_desktop.cli", "--db", str(demo_copy), "export", "--out", str(out),
                           "--term", "6"],
                          capture_output=True, text=True, timeout=120, env=_env(), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    sheet = book["班子成员"]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "街道")
    community = sheet.cell(header + 1, 2).value
    rows = [r for r in range(header + 1, sheet.max_row + 1) if sheet.cell(r, 2).value == community]
    for r in reversed(rows[1:]):
        sheet.delete_rows(r)
    book.save(out)
    return out


def test_fdh_import_is_refused_while_a_window_shows_the_file(open_window, demo_copy, returned_workbook):
    window = open_window(demo_copy)
    assert not window.store.read_only and window.read_only_notice is None
    before = demo_copy.read_bytes()
    done = subprocess.run([sys.executable, "-m", "fdh_desktop.cli", "--db", str(demo_copy), "import",
                           str(returned_workbook)], capture_output=True, text=True, timeout=120, env=_env(), cwd=ROOT)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "正被" in lines[0] and "妇代会换届管理窗口" in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert demo_copy.read_bytes() == before  # nothing written
    window.close()
    # Once the window is closed the same import goes through.
    done = subprocess.run([sys.executable, "-m", "fdh_desktop.cli", "--db", str(demo_copy), "import",
                           str(returned_workbook)], capture_output=True, text=True, timeout=120, env=_env(), cwd=ROOT)
    assert done.returncode == 0, done.stderr


def test_a_second_window_opens_read_only_and_names_the_first(open_window, demo_copy, tmp_path):
    window = open_window(demo_copy)
    second = _probe(demo_copy, tmp_path)
    assert second["opened"] and second["read_only"] is True
    assert "妇代会换届管理窗口" in second["notice"] and "只读" in second["notice"]
    assert second["import_enabled"] is False
    assert "（只读）" in second["title"]
    window.close()
    # After the first window closes, a new window may write.
    third = _probe(demo_copy, tmp_path)
    assert third["read_only"] is False and third["notice"] is None and third["import_enabled"] is True


def _read_only_mount_available() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("unshare") is not None


@pytest.mark.skipif(not _read_only_mount_available(), reason="needs root and unshare for a read-only bind mount")
def test_a_district_on_a_read_only_file_system_opens_read_only(demo_copy, tmp_path):
    folder = demo_copy.parent
    script = (f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && '
              f'"{sys.executable}" "{PROBE}" "{demo_copy}" "{tmp_path / "probe.ini"}"')
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120,
                          env=_env(), cwd=ROOT)
    if done.returncode != 0 and "mount" in done.stderr and "Traceback" not in done.stderr:
        pytest.skip(f"read-only bind mount not permitted here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["opened"] and seen["read_only"] is True
    assert "只读" in seen["notice"] and "Errno" not in seen["notice"] and "OperationalError" not in seen["notice"]
    assert seen["import_enabled"] is False
