"""Size a window to the screen it opens on: never larger than the screen's available area
(taskbar excluded), with room left for the title bar and frame."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The title bar and frame a window manager adds around a window's client area.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """`wanted`, shrunk where needed so that window and frame fit inside `available`."""
    return QSize(min(wanted.width(), available.width() - FRAME_ALLOWANCE.width()),
                 min(wanted.height(), available.height() - FRAME_ALLOWANCE.height()))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width x height or less, centred on the available area of its screen."""
    anchor = widget.parentWidget().window() if widget.parentWidget() is not None else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    size = fitted_size(QSize(width, height), available)
    widget.resize(size)
    top_left = available.center() - QRect(0, 0, size.width(), size.height() + FRAME_ALLOWANCE.height() - 8).center()
    widget.move(max(available.left(), top_left.x()), max(available.top(), top_left.y()))
