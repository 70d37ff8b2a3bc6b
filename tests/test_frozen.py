"""The frozen folder: build it with build.spec, then run what a clerk's PC would run.

Slow (a PyInstaller build: about a minute here, see docs/readme-build.md): `pytest -m slow
tests/test_frozen.py`. Needs the build extra (`pip install -e '.[build]'`, as `make dist` does).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import fdh_desktop

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if os.name == "nt" else ""


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller", reason="the build extra is not installed: pip install -e '.[build]'")
    base = tmp_path_factory.mktemp("frozen")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(base / "dist"), "--workpath", str(base / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=1800,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return base / "dist" / fdh_desktop.APP_NAME


def _env(tmp_path: Path) -> dict[str, str]:
    """The frozen program on its own (no virtualenv), with the user folders in tmp_path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               LOCALAPPDATA=str(tmp_path / "local"), APPDATA=str(tmp_path / "roaming"))
    return env


def test_frozen_self_test_passes(folder, tmp_path):
    out = tmp_path / "out"
    run = subprocess.run(
        [str(folder / f"{fdh_desktop.APP_NAME}{EXE}"), "--self-test", "--self-test-dir", str(out)],
        capture_output=True, text=True, encoding="utf-8", env=_env(tmp_path), timeout=300, cwd=tmp_path,
    )
    # The report file, not stdout: the windowed program has no console on Windows.
    report = (out / "self-test.txt").read_text(encoding="utf-8")
    assert run.returncode == 0, report + run.stderr
    assert "打包版" in report and "自检通过" in report
    for name in ("main_window.png", "statistics.png", "统计表.pdf", "统计表.xlsx", "交换工作簿.xlsx"):
        assert (out / name).stat().st_size > 0, name


def test_frozen_command_line_gives_the_same_statistics(folder, tmp_path):
    db = tmp_path / "demo.sqlite"
    fdh = str(folder / f"fdh{EXE}")
    env = _env(tmp_path)
    version = subprocess.run([fdh, "--version"], capture_output=True, text=True, encoding="utf-8", env=env)
    assert version.stdout.strip() == f"fdh {fdh_desktop.__version__}"
    subprocess.run([fdh, "--db", str(db), "demo"], check=True, capture_output=True, env=env, timeout=120)
    frozen = subprocess.run([fdh, "--db", str(db), "stats", "--json"], capture_output=True, text=True,
                            encoding="utf-8", env=env, timeout=120)
    source = subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(db), "stats", "--json"],
                            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert frozen.returncode == 0, frozen.stderr
    assert json.loads(frozen.stdout) == json.loads(source.stdout)


def test_folder_holds_only_what_the_program_needs(folder):
    files = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink()]
    assert not [f for f in files if "/tests/" in f or f.startswith("tests/") or "pytest" in f.lower()]
    heavy = ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Qt6Multimedia", "Qt6Pdf", "Qt6Network", "Qt6WaylandClient",
             "libgtk-3", "libcups.so")
    assert not [f for f in files if any(h in f for h in heavy)]
    platforms = {Path(f).stem.split(".")[0].removeprefix("lib") for f in files if "/plugins/platforms/" in f}
    assert platforms <= {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}
    assert "qoffscreen" in platforms
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"
    translations = [f for f in files if f.endswith(".qm") and "/translations/" in f and "PySide6" in f]
    assert translations and all("_zh_CN" in f for f in translations)
    assert any(f.endswith("resources/icons/app.png") for f in files)
    assert any(f.endswith("resources/fonts/FDHSansSC-Regular.otf") for f in files)
