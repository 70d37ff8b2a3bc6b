"""Widget tests: real windows offscreen, real database files, and no leaked top-level widgets."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget


def live_top_level_widgets(app: QApplication) -> list[QWidget]:
    """Top-level widgets still alive once pending deletions have run."""
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return list(app.topLevelWidgets())


def leaked_since(app: QApplication, before: set[int]) -> list[QWidget]:
    return [w for w in live_top_level_widgets(app) if id(w) not in before]


@pytest.fixture(autouse=True)
def fail_on_leaked_widgets(qapp, request):
    """A test that leaves a window or dialog alive (not closed and deleted, nor registered with
    qtbot.addWidget) fails: leaked widgets keep stores open and slow the suite down."""
    before = {id(w) for w in live_top_level_widgets(qapp)}
    yield
    leaked = leaked_since(qapp, before)
    if leaked and not request.node.get_closest_marker("allow_leaks"):
        names = ", ".join(f"{type(w).__name__}({w.objectName() or w.windowTitle()!r})" for w in leaked)
        for w in leaked:
            w.close()
            w.deleteLater()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        pytest.fail(f"leaked top-level widgets: {names}", pytrace=False)


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "allow_leaks: the test checks the leak detector itself")


@pytest.fixture
def gui_settings(tmp_path: Path) -> QSettings:
    """QSettings in a temporary ini file: tests never touch the user's recent files."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch) -> Path:
    """The user's data and log folders (demo file, crash log) inside the test's tmp dir."""
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "local"))
    monkeypatch.delenv("FDH_DB", raising=False)
    return home


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo" / "宣南区.sqlite"
    path.parent.mkdir()
    shutil.copyfile(demo_db, path)
    return path


@pytest.fixture
def open_window(qtbot, gui_settings) -> Callable:
    """open_window(path) → a shown MainWindow on that database file (showing `term`, when given,
    as the clerk would choose it: the demo's current term is 第七届, its seed figures are 第六届's)."""
    from fdh_desktop.gui.main_window import MainWindow

    def make(path: Path | None = None, size: tuple[int, int] = (1366, 768), term: int | None = None):
        window = MainWindow(settings=gui_settings)
        qtbot.addWidget(window, before_close_func=_discard_edits)
        window.resize(*size)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        if path is not None:
            assert window.open_database(path), f"could not open {path}"
        if term is not None:
            window.set_term(term)
        return window

    return make


def _discard_edits(window) -> None:
    # Closing at teardown must not stop at the unsaved-changes question.
    window.form.clear()
