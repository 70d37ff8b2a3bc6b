"""The window's resources (style sheet, icon, translations) through services.paths.resource,
which also works inside a PyInstaller bundle."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from fdh_desktop.services.paths import resource


def stylesheet() -> str:
    path = resource("styles", "app.qss")
    return path.read_text(encoding="utf-8") if path.exists() else ""


def app_icon() -> QIcon:
    path = resource("icons", "app.png")
    return QIcon(str(path)) if path.exists() else QIcon()


def install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own Chinese texts (file dialogs, context menus of text fields) and ours, if built."""
    installed = []
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("qtbase", str(resource("translations"))),
        ("fdh_desktop", str(resource("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
