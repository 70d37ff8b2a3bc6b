"""`fdh-desktop`: the window. Placeholder until the main window lands."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv if argv is None else argv)
    label = QLabel("妇代会换届管理")
    label.resize(480, 240)
    label.show()
    return app.exec()
