"""帮助 → 使用说明: the user guide (docs/guide.md and its pictures) in a window of its own.

The guide ships in the folder build as _internal/docs/ beside _internal/resources/ (build.spec),
and sits beside resources/ in a source checkout, so both are found from resource_root().
For the main window: `show_guide(self)` from a 帮助 menu action (F1).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from fdh_desktop.services.paths import resource_root
from fdh_desktop.gui.common.screen import fit_window

from fdh_desktop.gui import messages

GUIDE_SIZE = (960, 760)


def docs_dir() -> Path:
    return resource_root().parent / "docs"


def guide_path() -> Path:
    return docs_dir() / "guide.md"


class GuideDialog(QDialog):
    """Non-modal: the clerk reads along while working in the main window."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用说明"))
        fit_window(self, QSize(*GUIDE_SIZE))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(True)
        # Relative links and pictures (images/*.png, data-safety.md) resolve against the file.
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        messages.chinese_buttons(buttons)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def show_guide(parent: QWidget | None = None) -> GuideDialog | None:
    """Open the guide; says where it was looked for when this copy has none."""
    path = guide_path()
    if not path.is_file():
        messages.error(parent, QCoreApplication.translate("GuideDialog", "使用说明"),
                       QCoreApplication.translate("GuideDialog", "找不到使用说明文件。"), str(path))
        return None
    dialog = GuideDialog(path, parent)
    dialog.show()
    return dialog
