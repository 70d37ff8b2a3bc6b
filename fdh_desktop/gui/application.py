"""The QApplication as every entry point makes it, and rendering the window to a PNG (the
--screenshot option, the self-test and the guide's pictures share it)."""

from __future__ import annotations

from pathlib import Path

from fdh_desktop import APP_NAME, APP_TITLE


def make_application(argv: list[str]):
    """The QApplication with our name (for QSettings), style and Chinese Qt texts."""
    from PySide6.QtWidgets import QApplication

    from fdh_desktop.gui.resources import app_icon, install_translators

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    install_translators(app)
    return app


def render(window, out: Path, tab: str, size: tuple[int, int], community: str | None = None) -> None:
    """Lay the window out at `size` on `tab`, with a community selected, and save it as PNG."""
    from PySide6.QtWidgets import QApplication

    from fdh_desktop.gui.main_window import TAB_NAMES

    window.resize(*size)
    window.show()
    index = TAB_NAMES[tab]
    cid = pick_community(window, community)
    if cid is not None:
        window.jump_to(cid, window.term)
    if index == 1:
        window.show_statistics()
    else:
        window.show_tab(index)
    for _ in range(3):
        QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out), "PNG"):
        raise OSError(f"无法写入 {out}")  # not UI text: --screenshot reports it on the console


def pick_community(window, name: str | None) -> int | None:
    from fdh_desktop.services.places import PROBLEMS

    from fdh_desktop.services.district import communities as communities_of

    if window.store is None:
        return None
    communities = communities_of(window.store)
    if name:
        found = next((c.id for c in communities if c.name == name or name in c.name), None)
        if found is not None:
            return found
    for c in communities:
        status = window.panel.status(c.id)
        if status is not None and status.kind == PROBLEMS:
            return c.id
    return communities[0].id if communities else None
