"""工作总结初稿…: the work-summary draft of a term (services.campaign.work_summary) in the
基本情况 dialog of the 统计 tab, with its 复制 and 保存为Word…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from fdh_desktop.reports.work_summary import draft_text
from fdh_desktop.services import campaign as campaign_service
from fdh_desktop.services.statistics import StoreError

from fdh_desktop.gui import messages


def work_summary_dialog(parent: QWidget, store, term: int | None):
    """The dialog, not yet shown (None, after a message, when the records cannot be read)."""
    from fdh_desktop.gui.statistics.drill_dialogs import SummaryDialog

    try:
        facts = campaign_service.work_summary(store, term)
    except StoreError as exc:
        messages.error(parent, parent.tr("工作总结初稿"), str(exc))
        return None
    folder = Path.home() / "Documents"
    folder = folder if folder.is_dir() else Path.home()
    dialog = SummaryDialog(draft_text(facts), str(folder / f"{campaign_service.summary_file_stem(facts)}.docx"), parent)
    dialog.setObjectName("work_summary_dialog")
    dialog.setWindowTitle(parent.tr("工作总结初稿"))
    dialog.ui.hint_label.setText(parent.tr("由记录生成的初稿：基本情况和换届工作进程中的数字来自记录，"
                                           "“主要做法”“几点体会”请自行撰写。可复制，或保存为Word后继续修改。"))
    dialog.resize(820, 560)
    return dialog


def show_work_summary(parent: QWidget, store, term: int | None) -> None:
    dialog = work_summary_dialog(parent, store, term)
    if dialog is not None:
        dialog.exec()
