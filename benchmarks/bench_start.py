"""Start-up: process start to the main window's first paint, against a bare PySide6 QMainWindow.

Each measurement is a fresh process; the parent notes time.monotonic() just before starting it and
the child prints time.monotonic() once the window's first paint has finished (an event filter
sees the window's first Paint event, then a zero timer fires after that paint pass).
CLOCK_MONOTONIC is one clock for every process on the machine, so the difference includes the
interpreter's start and every import, as a clerk waits for them.

The child starts the way `fdh-desktop --db FILE` does (gui.app.run: make_application, MainWindow,
start_window: show, then open the file on the event-loop turn after the first paint), with
throwaway QSettings so the user's recent files stay as they are. Two times per run: the first
paint (the window with its menus, an empty tree and "正在打开…" in the status bar), and the
district shown (the database opened, the tree filled, the window repainted).

Also, when dist/fdh-desktop exists: the folder's size, and the frozen program's start, timed to
the end of `--screenshot` (start, open, paint, grab, exit) beside the same command from source.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import datasets
from benchmarks.timing import row

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "fdh-desktop"
REPEAT = 5
AIM = 2.5
SIZE = (1366, 768)

_FIRST_PAINT = r"""
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer


class Probe(QObject):
    # Notes the end of the window's first paint pass and, when `district` is asked for, the
    # moment the district tree is filled and painted; prints both and leaves without tearing down.
    def __init__(self, window, district=False):
        super().__init__()
        self.window = window
        self.marks = {}
        self.wanted = {"paint", "district"} if district else {"paint"}

    def eventFilter(self, obj, event):
        if "paint" not in self.marks and event.type() == QEvent.Type.Paint:
            self.marks["paint"] = None
            QTimer.singleShot(0, lambda: self.mark("paint"))
        return False

    def district_opened(self, _path):
        # The tree was filled in this call; a zero timer lets it reach the screen, repaint makes sure.
        QTimer.singleShot(0, self.district_painted)

    def district_painted(self):
        self.window.repaint()
        self.mark("district")

    def mark(self, name):
        self.marks[name] = time.monotonic()
        if all(self.marks.get(n) for n in self.wanted):
            # VmHWM, not ru_maxrss: that survives exec and would report the parent's peak.
            peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
            print(json.dumps({"t": self.marks["paint"], "district": self.marks.get("district"), "peak_mb": peak}),
                  flush=True)
            os._exit(0)


def watch(app, window, district=False):
    # On the window itself (it is painted first, before its children): an application-wide
    # filter in Python crashes PySide6 6.12 while the district tree fills.
    probe = Probe(window, district)
    window.installEventFilter(probe)
    return probe
"""

BARE = _FIRST_PAINT + r"""
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(WIDTH, HEIGHT)
w = watch(app, window)
window.show()
app.exec()
"""

# The start path of `fdh-desktop --db FILE` (gui.app.run: make_application, MainWindow,
# start_window: show, then open the file after the first paint), with throwaway QSettings.
OURS = _FIRST_PAINT + r"""
import tempfile
from pathlib import Path

from fdh_desktop.gui.app import start_window
from fdh_desktop.gui.application import make_application

app = make_application([sys.argv[0]])
from PySide6.QtCore import QSettings

from fdh_desktop.gui.main_window import MainWindow

settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
window = MainWindow(settings=settings, remember=False)
window.resize(WIDTH, HEIGHT)
start_window(window, Path(DB))
# Watched after start_window: the window's own first-paint hook (which opens the file) was
# installed first, so Qt asks this one first and its mark comes before the open.
w = watch(app, window, district=True)
window.database_opened.connect(w.district_opened)
app.exec()
"""


# Bytecode as an installed program has it (pip and PyInstaller compile it): with
# PYTHONDONTWRITEBYTECODE set (as in some sandboxes) every child would recompile each module it
# imports. Kept in a folder of this run, so the source tree is left as it is; the warm-up run of
# each measurement fills it, for the bare reference and ours alike.
PYCACHE = Path(tempfile.mkdtemp(prefix="fdh-bench-pycache-"))


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


class ChildFailed(RuntimeError):
    pass


def first_paint(code: str, **values: object) -> tuple[float, float, float | None]:
    """(seconds from process start to first paint, peak MB, seconds to the district shown or None)."""
    prelude = "".join(f"{name} = {value!r}\n" for name, value in values.items())
    env = _env()
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, env=env,
                          timeout=300, cwd=ROOT)
    if done.returncode != 0 or not done.stdout.strip():
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        first = next((line for line in lines if "error" in line.lower()), lines[-1] if lines else "")
        raise ChildFailed(f"exit {done.returncode}: {first.strip()}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    district = result.get("district")
    return result["t"] - start, result["peak_mb"], None if district is None else district - start


def best(measure, repeat: int = REPEAT) -> tuple:
    """Best of `repeat` (after one warm-up run that fills the file cache), with its peak MB."""
    measure()
    return min((measure() for _ in range(repeat)), key=lambda r: r[0])


def timed_run(argv: list[str]) -> float:
    """Wall seconds of a whole process (start to exit)."""
    start = time.monotonic()
    subprocess.run(argv, check=True, capture_output=True, env=_env(), timeout=300, cwd=ROOT)
    return time.monotonic() - start


def folder_size(folder: Path) -> tuple[float, int]:
    """(MB, number of files) of a folder, links not followed."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1024 / 1024, len(files)


def run() -> list[dict]:
    width, height = SIZE
    rows = []
    bare, bare_mb, _ = best(lambda: first_paint(BARE, WIDTH=width, HEIGHT=height))
    places = {
        "demo district, 110 communities": datasets.district(),
        "city, 3,000 communities, 45,000 members": datasets.city(),
    }
    for label, db in places.items():
        # A copy: opening takes the writer lock and may migrate, and the cached data set stays as it is.
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / db.name
            copy.write_bytes(db.read_bytes())
            try:
                runs = [first_paint(OURS, DB=str(copy), WIDTH=width, HEIGHT=height) for _ in range(REPEAT + 1)][1:]
            except ChildFailed as exc:
                rows.append(row(f"start to first paint, {label}", None, None, AIM, note=f"FAILED: {exc}"))
                continue
        ours, ours_mb, _ = min(runs, key=lambda r: r[0])
        shown = min(r[2] for r in runs)
        rows.append(row(f"start to first paint, {label}", ours, bare, AIM, ours_mb,
                        note=f"from source; bare QMainWindow {bare_mb:.0f} MB; the file opens after this paint"))
        rows.append(row(f"start to district shown (tree filled and painted), {label}", shown, bare, None,
                        note="same runs; reference: the bare QMainWindow's first paint"))
    exe = DIST / ("fdh-desktop.exe" if os.name == "nt" else "fdh-desktop")
    if exe.exists():
        mb, count = folder_size(DIST)
        rows.append(row("built folder dist/fdh-desktop", None, None, None,
                        note=f"{mb:.0f} MB in {count} files"))
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "district.sqlite"
            copy.write_bytes(datasets.district().read_bytes())
            shot = ["--db", str(copy), "--screenshot", str(Path(tmp) / "shot.png"), "--size", f"{width}x{height}"]
            frozen = min(timed_run([str(exe), *shot]) for _ in range(REPEAT))
            source = min(timed_run([sys.executable, "-m", "fdh_desktop.gui.app", *shot]) for _ in range(REPEAT))
        rows.append(row("frozen start to painted and closed (--screenshot), demo district", frozen, source, None,
                        note="reference: the same --screenshot run from source"))
    else:
        rows.append(row("built folder dist/fdh-desktop", None, None, None, note="not built: run `make dist`"))
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
