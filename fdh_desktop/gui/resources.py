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


# Texts of Qt's own dialogs that qtbase_zh_CN.qm (as PySide6 ships it) leaves in English: the
# widget-based file dialog used on Linux showed "Look in:" and "Files of type:".
QT_GAPS = {
    "&Look in:": "查找范围(&L)：",  # not UI text: a translation itself
    "Files of &type:": "文件类型(&T)：",  # not UI text
    "Page &Set:": "页面集(&S)：",  # not UI text
}


class QtGapsTranslator(QTranslator):
    """Fills the few gaps of Qt's Chinese catalogue; installed last, so it is asked first."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt signature)
        return QT_GAPS.get(source_text)  # None (a null string): ask the next translator

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


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
    gaps = QtGapsTranslator(app)
    app.installTranslator(gaps)
    installed.append(gaps)
    return installed
