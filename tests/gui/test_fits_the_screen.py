"""Issue 12, finding 7 and 11: every window fits a 1366x768 screen with a taskbar, and Qt's own
dialogs speak Chinese."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSize

from fdh_desktop.gui.common.screen import FRAME_ALLOWANCE, fitted_size

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = QRect(0, 0, 1366, 728)  # 1366x768 less a 40-pixel taskbar


def test_a_window_with_its_frame_fits_the_available_area():
    size = fitted_size(QSize(1366, 768), LAPTOP)
    assert size.width() + FRAME_ALLOWANCE.width() <= 1366
    assert size.height() + FRAME_ALLOWANCE.height() <= 728
    assert fitted_size(QSize(800, 500), LAPTOP) == QSize(800, 500)  # a small window keeps its size


PROBE = r'''
import json, sys
from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QApplication
from fdh_desktop.gui.application import make_application
app = make_application([])
from fdh_desktop.gui.main_window import MainWindow
from fdh_desktop.gui.dialogs.guide_view import GuideDialog, guide_path
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
seen = {}
first = MainWindow(settings=settings)
seen["first_run"] = [first.x(), first.y(), first.width(), first.height()]
# a geometry saved on a 1920x1080 screen
first.resize(1900, 1040); first.move(10, 10)
settings.setValue("window/geometry", first.saveGeometry())
first._remember = False; first.close()
second = MainWindow(settings=settings)
seen["restored"] = [second.x(), second.y(), second.width(), second.height()]
guide = GuideDialog(guide_path(), second)
seen["guide"] = [guide.x(), guide.y(), guide.width(), guide.height()]
from PySide6.QtWidgets import QFileDialog, QLabel
dialog = QFileDialog(second); dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
seen["file_dialog"] = [l.text() for l in dialog.findChildren(QLabel) if l.text()]
screen = app.primaryScreen().availableGeometry()
seen["screen"] = [screen.x(), screen.y(), screen.width(), screen.height()]
second._remember = False
print(json.dumps(seen, ensure_ascii=False))
'''


def test_windows_fit_a_1366x768_screen_and_qt_dialogs_are_chinese(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                                "logicalDpi": 96}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "settings.ini")], capture_output=True,
                          text=True, env=env, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    sx, sy, sw, sh = seen["screen"]
    assert (sw, sh) == (1366, 768)
    for name in ("first_run", "restored", "guide"):
        x, y, w, h = seen[name]
        # with the window manager's frame added, the whole window is on the screen
        assert x >= sx and y >= sy, name
        assert x + w + FRAME_ALLOWANCE.width() <= sx + sw, (name, seen[name])
        assert y + h + FRAME_ALLOWANCE.height() <= sy + sh, (name, seen[name])
    assert seen["restored"][2] < 1900  # the 1920x1080 geometry came back shrunk
    labels = seen["file_dialog"]
    assert labels and not [t for t in labels if re.search("[A-Za-z]{2}", t)], labels
