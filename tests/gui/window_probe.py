"""Run as a separate process: open a district file in a real MainWindow (offscreen) and print,
as JSON, what the clerk would see about writing. Used to try a second window or a read-only
folder without the first window's process (whose writer lock is re-entrant) in the way."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fdh_desktop.gui.main_window import MainWindow  # noqa: E402


def main() -> None:
    db, settings_file = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])  # noqa: F841 - the window needs it alive
    window = MainWindow(settings=QSettings(settings_file, QSettings.Format.IniFormat), remember=False)
    opened = window.open_database(db)
    print(json.dumps({
        "opened": opened,
        "read_only": window.store.read_only if window.store is not None else None,
        "notice": window.read_only_notice,
        "import_enabled": window.ui.import_action.isEnabled(),
        "title": window.windowTitle(),
    }, ensure_ascii=False))
    window.close()


if __name__ == "__main__":
    main()
