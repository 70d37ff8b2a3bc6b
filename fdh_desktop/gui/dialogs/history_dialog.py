"""修改历史: a community's (or a person's) history, with 恢复 for a deleted member and 撤销 for
one change (an import, a form save) of the community.

Thin: rows come from services.history; each way back is one service call (one transaction,
itself in the history). Emits `changed` after a successful restore so the window reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fdh_desktop.services import district, history
from fdh_desktop.services.district import StoreError

from fdh_desktop.gui import messages
from fdh_desktop.gui.common.screen import fit_window
from fdh_desktop.gui.common.list_model import ListTableModel, list_table_view


class HistoryTableModel(ListTableModel):
    TIME, ACTOR, ACTION, PLACE, TARGET, FIELD, OLD, NEW = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("HistoryTableModel", "时间"), QT_TRANSLATE_NOOP("HistoryTableModel", "操作人"),
               QT_TRANSLATE_NOOP("HistoryTableModel", "操作"), QT_TRANSLATE_NOOP("HistoryTableModel", "社区"),
               QT_TRANSLATE_NOOP("HistoryTableModel", "对象"), QT_TRANSLATE_NOOP("HistoryTableModel", "字段"),
               QT_TRANSLATE_NOOP("HistoryTableModel", "原值"), QT_TRANSLATE_NOOP("HistoryTableModel", "新值"))
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._places: dict[int, str] = {}

    def set_entries(self, rows: list[history.HistoryEntry], places: dict[int, str] | None = None) -> None:
        self._places = places or {}
        self.replace_rows(rows)

    def place(self, entry: history.HistoryEntry) -> str:
        return self._places.get(entry.community_id, "") if entry.community_id is not None else ""

    def entry(self, row: int) -> history.HistoryEntry:
        return self.row_object(row)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == self.EntryRole:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            return (e.at, e.actor, e.action, self.place(e), f"{e.operation}{e.target}", e.field, e.old,
                    e.new)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.summary or None
        return None


class HistoryDialog(QDialog):
    changed = Signal()  # the database changed (a member or a community's state was brought back)

    def __init__(self, store, community_id: int | None = None, parent: QWidget | None = None, *,
                 member_id: int | None = None, id_number: str | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.community_id = community_id
        self.member_id = member_id
        self.id_number = id_number
        fit_window(self, QSize(900, 480))
        if community_id is not None:
            title = self.tr("修改历史 — {0}").format(district.community(store, community_id).name)
        elif member_id is not None or id_number:
            title = self.tr("个人修改历史")
        else:
            title = self.tr("修改历史")
        self.setWindowTitle(title)

        self.model = HistoryTableModel(self)
        # A district's history runs to thousands of rows: a filter on every column narrows it.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("筛选：输入社区、姓名、字段或操作人…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = list_table_view(self.proxy, "history_table", self)
        self.table.setColumnHidden(HistoryTableModel.PLACE, community_id is not None)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)

        self.restore_member_button = QPushButton(self.tr("恢复所选成员"), self)
        self.restore_member_button.setObjectName("restore_member_button")
        self.restore_member_button.setToolTip(self.tr("把被删除的班子成员放回原来的妇代会"))
        self.revert_button = QPushButton(self.tr("撤销这次修改"), self)
        self.revert_button.setObjectName("revert_button")
        self.revert_button.setToolTip(self.tr("把该社区恢复到所选这次修改（如一次导入）之前的状态"))
        self.revert_button.setVisible(community_id is not None)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        messages.chinese_buttons(close)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_member_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.restore_member_button.clicked.connect(self.restore_member)
        self.revert_button.clicked.connect(self.revert_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        if self.community_id is not None:
            entries = history.community_history(self.store, self.community_id)
        elif self.member_id is not None or self.id_number:
            entries = history.person_history(self.store, self.member_id, self.id_number)
        else:
            entries = history.recent_history(self.store)
        self.model.set_entries(entries, district.place_names(self.store))
        if not entries:
            self.status_label.setText(self.tr("没有修改记录。"))
        elif self.store.read_only:
            self.status_label.setText(self.store.read_only_reason)
        self._update_buttons()

    def selected_entry(self) -> history.HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def restore_member(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.can_restore:
            return
        self._run(lambda: history.restore_member(self.store, entry.history_id))

    def revert_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.community_id is None:
            return
        question = self.tr("撤销 {0} {1}的“{2}”对该社区所做的全部修改？").format(entry.at, entry.actor, entry.action)
        detail = self.tr("该社区的妇代会和班子成员将恢复到这次修改之前的样子；撤销本身也记入历史，可以再撤销。")
        if not messages.confirm(self, self.tr("撤销修改"), question, self.tr("撤销"), detail):
            return
        self._run(lambda: history.revert_community(self.store, entry.changeset_id, self.community_id))

    def _run(self, action) -> None:
        try:
            done = action()
        except StoreError as exc:
            messages.error(self, self.tr("未能恢复"), str(exc))
            return
        self.refresh()
        self.status_label.setText(done)
        self.changed.emit()

    def _update_buttons(self, *args) -> None:
        entry = self.selected_entry()
        writable = not self.store.read_only
        self.restore_member_button.setEnabled(writable and entry is not None and entry.can_restore)
        self.revert_button.setEnabled(writable and entry is not None and self.community_id is not None)
