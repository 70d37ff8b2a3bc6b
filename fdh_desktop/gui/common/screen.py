"""Windows sized to the screen they open on: a 1366x768 laptop with a taskbar has about 1366x728
for a window whose title bar the window manager adds on top of the size we ask for."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The title bar and borders the window manager adds around the client area. Unknown before the
# window is first shown, so leave room for a generous one.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The screen's area without taskbars, for the screen the widget is (or will be) on."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted_size(preferred: QSize, available: QRect) -> QSize:
    """`preferred`, made small enough that the window with its frame fits `available`."""
    return QSize(min(preferred.width(), available.width() - FRAME_ALLOWANCE.width()),
                 min(preferred.height(), available.height() - FRAME_ALLOWANCE.height()))


def fit_window(widget: QWidget, preferred: QSize) -> None:
    """Size a window to at most `preferred` and centre it on the available screen area."""
    available = available_geometry(widget)
    size = fitted_size(preferred, available)
    size = size.expandedTo(widget.minimumSize()).boundedTo(available.size())
    widget.resize(size)
    # move() places the frame's top-left corner: centre the frame, not the client area.
    top_left = available.center() - QPoint((size.width() + FRAME_ALLOWANCE.width()) // 2,
                                           (size.height() + FRAME_ALLOWANCE.height()) // 2)
    widget.move(max(available.left(), top_left.x()), max(available.top(), top_left.y()))


def keep_on_screen(widget: QWidget) -> None:
    """After restoring a geometry saved on a bigger or another screen: shrink and move the window
    so that all of it, frame included, is on the available area."""
    available = available_geometry(widget)
    size = widget.size()
    if size.width() > available.width() - FRAME_ALLOWANCE.width() or \
            size.height() > available.height() - FRAME_ALLOWANCE.height():
        size = fitted_size(size, available)
        widget.resize(size)
    x = min(max(widget.x(), available.left()), available.right() - size.width() - FRAME_ALLOWANCE.width() + 1)
    y = min(max(widget.y(), available.top()), available.bottom() - size.height() - FRAME_ALLOWANCE.height() + 1)
    widget.move(max(x, available.left()), max(y, available.top()))
