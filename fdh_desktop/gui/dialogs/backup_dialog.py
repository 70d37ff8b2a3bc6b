"""备份与恢复: the backups of the open database, 立即备份, and 恢复所选 after a confirmation.

Thin: the list comes from services.backups.list_backups, the work from backup_now and
restore_backup (which take the writer lock; the window already holds it, re-entrantly).
After a restore the dialog emits `restored` so the window reopens the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fdh_desktop.services import backups
from fdh_desktop.services.district import StoreError
from fdh_desktop.gui.common.screen import fit_window

from fdh_desktop.gui import messages
from fdh_desktop.gui.common.list_model import ListTableModel, list_table_view

WINDOW_PROGRAM = "妇代会换届管理窗口"  # not UI text: the lock owner's name others are told


class BackupTableModel(ListTableModel):
    TIME, REASON, SIZE, STATE, FILE = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("BackupTableModel", "时间"), QT_TRANSLATE_NOOP("BackupTableModel", "原因"),
               QT_TRANSLATE_NOOP("BackupTableModel", "大小"), QT_TRANSLATE_NOOP("BackupTableModel", "状态"),
               QT_TRANSLATE_NOOP("BackupTableModel", "文件"))
    BackupRole = Qt.ItemDataRole.UserRole + 1

    def set_backups(self, rows: list[backups.BackupInfo]) -> None:
        self.replace_rows(rows)

    def backup(self, row: int) -> backups.BackupInfo:
        return self.row_object(row)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        if role == self.BackupRole:
            return b
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                b.at.strftime("%Y-%m-%d %H:%M:%S"),
                self.tr(b.reason_label),
                b.size_text,
                self.tr("完好") if b.good else self.tr("已损坏") if b.check in ("damaged", "raw-copy") else self.tr("版本过新"),
                b.path.name,
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        return None


class BackupDialog(QDialog):
    restored = Signal(Path)  # the database file, now holding the restored contents

    def __init__(self, store_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(store_path)
        self.setWindowTitle(self.tr("备份与恢复"))
        fit_window(self, QSize(760, 420))

        intro = QLabel(self.tr("数据库：{0}\n备份文件夹：{1}\n每次导入、恢复和升级之前，以及每天第一次打开时，程序都会自动备份。")
                       .format(self.db_path, backups.backup_dir(self.db_path)))
        intro.setObjectName("intro_label")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = BackupTableModel(self)
        self.table = list_table_view(self.model, "backups_table", self)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.backup_button.setObjectName("backup_button")
        self.restore_button = QPushButton(self.tr("恢复所选"), self)
        self.restore_button.setObjectName("restore_button")
        self.folder_button = QPushButton(self.tr("打开备份文件夹"), self)
        self.folder_button.setObjectName("folder_button")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        messages.chinese_buttons(close)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self._open_folder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_backups(backups.list_backups(self.db_path))
        if self.model.rowCount() == 0:
            self.status_label.setText(self.tr("还没有备份。"))
        self._update_buttons()

    def selected_backup(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def select_path(self, path: Path) -> None:
        for row in range(self.model.rowCount()):
            if self.model.backup(row).path == path:
                self.table.selectRow(row)
                return

    def backup_now(self) -> None:
        try:
            info = backups.backup_now(self.db_path)
        except StoreError as exc:
            messages.error(self, self.tr("备份失败"), str(exc))
            return
        self.refresh()
        self.select_path(info.path)
        self.status_label.setText(self.tr("已备份到：{0}").format(info.path))

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            return
        question = self.tr("把数据库恢复到 {0} 的备份（{1}）？").format(chosen.at.strftime("%Y-%m-%d %H:%M"),
                                                             self.tr(chosen.reason_label))
        detail = self.tr("此后所做的修改将不在恢复后的数据库中；当前数据会先另存为一份“恢复前”备份，可随时再恢复回来。")
        if not messages.confirm(self, self.tr("恢复备份"), question, self.tr("恢复"), detail):
            return
        try:
            result = backups.restore_backup(self.db_path, chosen.path, timeout=0, program=WINDOW_PROGRAM)
        except StoreError as exc:
            messages.error(self, self.tr("未恢复"), str(exc))
            return
        self.refresh()
        saved = result.safety_copy.path.name if result.safety_copy else self.tr("（无）")
        self.status_label.setText(self.tr("已恢复。恢复前的数据另存为：{0}").format(saved))
        self.restored.emit(self.db_path)

    def _update_buttons(self, *args) -> None:
        chosen = self.selected_backup()
        self.restore_button.setEnabled(chosen is not None and chosen.good)

    def _open_folder(self) -> None:
        folder = backups.backup_dir(self.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
