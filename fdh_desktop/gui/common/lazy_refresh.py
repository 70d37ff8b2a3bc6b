"""A screen that recomputes when the district changes, but only while it is shown: changes seen
while hidden mark it stale, and showing it recomputes. Calls in a row (set_store then set_term, as
the window does) recompute once, on the next turn of the event loop."""

from __future__ import annotations

from PySide6.QtCore import QTimer


class RefreshWhenShown:
    """Mixin for a QWidget with refresh(); call _set_up_refresh() in __init__ before using it."""

    def _set_up_refresh(self) -> None:
        self._stale = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)

    def on_changes(self, changes) -> None:
        """A user action changed the district (services.changes.Changes): recompute now when
        shown, else when next shown."""
        if not changes.touches_statistics():
            return
        if self.isVisible():
            self._pending.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._pending.start()

    def is_stale(self) -> bool:
        """Whether the figures shown are out of date (changed while the screen was hidden)."""
        return self._stale
