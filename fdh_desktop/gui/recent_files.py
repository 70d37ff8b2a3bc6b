"""The recently opened district databases, kept in QSettings; the last one reopens at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
_KEY = "files/recent"


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def files(self) -> list[Path]:
        value = self._settings.value(_KEY, [])
        if isinstance(value, str):  # QSettings returns a lone entry as a plain string
            value = [value]
        return [Path(v) for v in (value or []) if v]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        files = [p for p in self.files() if p != path]
        self._settings.setValue(_KEY, [str(p) for p in [path, *files][:MAX_RECENT]])
        self._settings.sync()

    def remove(self, path: Path) -> None:
        path = Path(path).resolve()
        self._settings.setValue(_KEY, [str(p) for p in self.files() if p != path])
        self._settings.sync()

    def last(self) -> Path | None:
        """The most recent file that still exists."""
        return next((p for p in self.files() if p.is_file()), None)
