"""The frame of a Designer dialog with a 确定/取消 button box and a red message line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from fdh_desktop.gui.common.screen import fit_window
from fdh_desktop.gui.messages import chinese_buttons

REFUSAL_STYLE = "color: #b71c1c;"


def set_up_form_dialog(dialog: QDialog, ui) -> None:
    """setupUi, sized to the screen, Chinese buttons wired to accept/reject, a red message line."""
    ui.setupUi(dialog)
    fit_window(dialog, dialog.size())  # the form's size, or less on a small screen
    chinese_buttons(ui.button_box)
    ui.button_box.accepted.connect(dialog.accept)
    ui.button_box.rejected.connect(dialog.reject)
    ui.message_label.setStyleSheet(REFUSAL_STYLE)
