"""The district tree 区 → 街道 → 社区 with a filter box, a status mark per community, and the
actions that add, rename, move and remove streets and communities (through services.places)."""

from __future__ import annotations


from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from fdh_desktop.domain import organisation
from fdh_desktop.services import places
from fdh_desktop.services.places import (
    COMPLETE, IN_PROGRESS, LABELS, NOT_REQUIRED, NOT_STARTED, PROBLEMS, WARNINGS_LABEL, Status, count,
)

from fdh_desktop.gui import messages
from fdh_desktop.gui.entry.place_dialog import PlaceDialog
from fdh_desktop.gui.forms.ui_district_panel import Ui_DistrictPanel

KIND_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11
NAME_ROLE = Qt.ItemDataRole.UserRole + 12
DISTRICT, STREET, COMMUNITY = "district", "street", "community"

STATUS_COLORS = {
    NOT_STARTED: "#9e9e9e",
    IN_PROGRESS: "#1e88e5",
    COMPLETE: "#43a047",
    PROBLEMS: "#e53935",
    NOT_REQUIRED: "#d0d0d0",
}
WARNING_ONLY_COLOR = "#fb8c00"
# The legend: every mark the tree can show, in the drop-down's words.
_LEGEND = ((NOT_STARTED, STATUS_COLORS[NOT_STARTED]), (IN_PROGRESS, STATUS_COLORS[IN_PROGRESS]),
           (COMPLETE, STATUS_COLORS[COMPLETE]), ("warning", WARNING_ONLY_COLOR), (PROBLEMS, STATUS_COLORS[PROBLEMS]))
# A district has about a hundred communities: show them all. A city's tree starts folded.
EXPAND_ALL_UP_TO = 400


def dot_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(130))
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class DistrictFilter(QSortFilterProxyModel):
    """Matches any part of a street's or community's name; a matching street shows all its
    communities, a matching community shows its street."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterRole(NAME_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class DistrictPanel(QWidget):
    community_selected = Signal(int)  # the current item became a community (or -1: not a community)
    changes_made = Signal(object)  # services.changes.Changes of an add, rename, move or removal
    removing = Signal(list)  # community ids about to be removed (after the clerk confirmed)
    community_activated = Signal(int)  # Enter / double-click on a community

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DistrictPanel()
        self.ui.setupUi(self)
        self._store = None
        self._term: int | None = None
        self._icons = {kind: dot_icon(color) for kind, color in STATUS_COLORS.items()}
        self._icons["warning"] = dot_icon(WARNING_ONLY_COLOR)
        self._community_items: dict[int, QStandardItem] = {}
        self._street_items: dict[int, QStandardItem] = {}
        self._statuses: dict[int, Status] = {}
        self._writable = True
        # Asked before a community is removed (the window may hold its unsaved edits).

        self.model = QStandardItemModel(self)
        self.proxy = DistrictFilter(self)
        self.proxy.setSourceModel(self.model)
        tree = self.ui.district_tree
        tree.setModel(self.proxy)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.selectionModel().currentChanged.connect(self._current_changed)
        tree.activated.connect(self._activated)
        tree.customContextMenuRequested.connect(self._context_menu)
        self.ui.filter_edit.textChanged.connect(self._filter_changed)
        self.ui.filter_edit.returnPressed.connect(self._filter_return)
        self.ui.filter_edit.installEventFilter(self)

        self.add_street_action = QAction(self.tr("新增街道…"), self)
        self.add_community_action = QAction(self.tr("新增社区…"), self)
        self.add_community_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_action = QAction(self.tr("重命名或修改代码…"), self)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.move_action = QAction(self.tr("移动到其他街道…"), self)
        self.remove_action = QAction(self.tr("删除…"), self)
        for action in (self.add_community_action, self.edit_action, self.remove_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions([self.add_community_action, self.edit_action])
        tree.addAction(self.remove_action)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.add_street_action.triggered.connect(self.add_street)
        self.add_community_action.triggered.connect(self.add_community)
        self.edit_action.triggered.connect(self.edit_current)
        self.move_action.triggered.connect(self.move_current)
        self.remove_action.triggered.connect(self.remove_current)
        add_menu = QMenu(self)
        add_menu.addActions([self.add_street_action, self.add_community_action])
        self.ui.add_button.setMenu(add_menu)
        edit_menu = QMenu(self)
        edit_menu.addActions([self.edit_action, self.move_action])
        self.ui.edit_button.setMenu(edit_menu)
        self.ui.remove_button.clicked.connect(self.remove_current)
        self._set_legend()
        self._update_actions()

    def _set_legend(self) -> None:
        cells = [
            f'<td><span style="color:{color}">●</span>&nbsp;'
            f'{self.tr(WARNINGS_LABEL) if kind == "warning" else self.tr(LABELS[kind])}</td>'
            for kind, color in _LEGEND
        ]
        gap = "<td>&nbsp;&nbsp;</td>"
        self.ui.legend_label.setText(
            f"<table cellspacing='0' cellpadding='1'><tr>{gap.join(cells[:3])}</tr>"
            f"<tr>{gap.join(cells[3:])}</tr></table>"
        )

    # -- loading --------------------------------------------------------------------------------

    def set_store(self, store) -> None:
        self._store = store

    def set_term(self, term: int) -> None:
        self._term = term

    def _members_label(self) -> str:
        """班子成员 of a 妇代会 term, 执委 of a 妇联 term (the tooltips' word)."""
        from fdh_desktop.services import district  # late: storage is off the start path

        term = district.term(self._store, self._term) if self._store is not None and self._term else None
        return organisation.labels(term.form if term else organisation.LEGACY_FORM).members

    def reload(self, statuses: dict[int, Status] | None = None, select: int | None = None) -> None:
        """Rebuild the tree from the store; keeps the current community unless `select` is given."""
        if self._store is None:
            return
        keep = select if select is not None else self.current_community_id()
        keep_street = self.current_street_id() if keep is None else None
        tree = self.ui.district_tree
        tree.selectionModel().blockSignals(True)
        try:
            self.model.clear()
            self._community_items.clear()
            self._street_items.clear()
            place_tree = places.tree(self._store)
            root = self._item(place_tree.district or self.tr("本区"), DISTRICT, 0)
            root.setToolTip(self.tr("全区"))
            # The whole tree is built before it joins the model: one insertion for the filter
            # and the view to digest, not one per community (thousands in a city).
            communities = place_tree.communities
            children: dict[int, list[QStandardItem]] = {}
            for community in communities:
                item = self._item(community.name, COMMUNITY, community.id)
                children.setdefault(community.street_id, []).append(item)
                self._community_items[community.id] = item
            streets = []
            for street in place_tree.streets:
                item = self._item(street.name, STREET, street.id)
                if street.id in children:
                    item.appendRows(children[street.id])
                streets.append(item)
                self._street_items[street.id] = item
            root.appendRows(streets)
            if statuses is not None:
                self._statuses = statuses
            self._apply_statuses()
            self.model.appendRow(root)
            root_index = self.proxy.mapFromSource(root.index())
            tree.expand(root_index)
            if len(communities) <= EXPAND_ALL_UP_TO:
                tree.expandAll()
        finally:
            tree.selectionModel().blockSignals(False)
        if keep is not None and self.select_community(keep, emit=False):
            return
        if keep_street is not None and keep_street in self._street_items:
            tree.setCurrentIndex(self.proxy.mapFromSource(self._street_items[keep_street].index()))

    def _item(self, text: str, kind: str, item_id: int) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(kind, KIND_ROLE)
        item.setData(item_id, ID_ROLE)
        item.setData(text, NAME_ROLE)
        item.setToolTip(text)  # the whole name, when the column is too narrow for it
        item.setEditable(False)
        return item

    def set_statuses(self, statuses: dict[int, Status]) -> None:
        self._statuses = dict(statuses)
        self._apply_statuses()

    def set_status(self, community_id: int, status: Status) -> None:
        self._statuses[community_id] = status
        self._apply_statuses([community_id])

    def community_count(self) -> int:
        """Communities in the tree (since the last reload)."""
        return len(self._community_items)

    def status(self, community_id: int) -> Status | None:
        return self._statuses.get(community_id)

    def _apply_statuses(self, only: list[int] | None = None) -> None:
        ids = only if only is not None else list(self._community_items)
        members = self.tr(self._members_label())
        for cid in ids:
            item = self._community_items.get(cid)
            if item is None:
                continue
            # A community not yet looked at (a new one, statuses still coming) shows 未启动.
            status = self._statuses.get(cid) or Status(NOT_STARTED)
            name = item.data(NAME_ROLE)
            if status.warnings and not status.errors:
                icon = self._icons["warning"]  # orange: a mark of its own, the kind still counts
            else:
                icon = self._icons[status.kind]
            item.setIcon(icon)
            tip = name + "\n" + self.tr("状态：{0}").format(self.tr(status.label))
            if status.errors or status.warnings:
                tip += self.tr("（{0}个错误，{1}个警告）").format(status.errors, status.warnings)
            if status.progress:
                tip += "\n" + self.tr("换届进度：{0}").format(status.progress)
            tip += "\n" + self.tr("{0}：{1}人").format(members, status.member_count)
            item.setToolTip(tip)
        for street_item in self._street_items.values():
            counted = count([self._statuses.get(street_item.child(r).data(ID_ROLE))
                             for r in range(street_item.rowCount())])
            name = street_item.data(NAME_ROLE)
            # 已完成/应建, counted as the statistics count them.
            street_item.setText(f"{name}（{counted.completed}/{counted.should_establish}）"
                                if counted.communities else name)
            street_item.setToolTip(self.tr("{0}：应建{1}个，已完成{2}个（共{3}个社区）").format(
                name, counted.should_establish, counted.completed, counted.communities))

    # -- selection ------------------------------------------------------------------------------

    def _source_item(self, proxy_index: QModelIndex) -> QStandardItem | None:
        if not proxy_index.isValid():
            return None
        return self.model.itemFromIndex(self.proxy.mapToSource(proxy_index))

    def current_item(self) -> tuple[str | None, int | None]:
        item = self._source_item(self.ui.district_tree.currentIndex())
        if item is None:
            return None, None
        return item.data(KIND_ROLE), item.data(ID_ROLE)

    def current_community_id(self) -> int | None:
        kind, item_id = self.current_item()
        return item_id if kind == COMMUNITY else None

    def current_street_id(self) -> int | None:
        kind, item_id = self.current_item()
        if kind == STREET:
            return item_id
        if kind == COMMUNITY and self._store is not None:
            item = self._community_items.get(item_id)
            if item is not None and item.parent() is not None:
                return item.parent().data(ID_ROLE)
        return None

    def select_community(self, community_id: int, emit: bool = True) -> bool:
        item = self._community_items.get(community_id)
        if item is None:
            return False
        index = self.proxy.mapFromSource(item.index())
        if not index.isValid():
            # Hidden by the filter: clear it so the community can be shown.
            self.ui.filter_edit.clear()
            index = self.proxy.mapFromSource(item.index())
        tree = self.ui.district_tree
        selection = tree.selectionModel()
        if not emit:
            selection.blockSignals(True)
        try:
            tree.setCurrentIndex(index)
            tree.scrollTo(index)
        finally:
            if not emit:
                selection.blockSignals(False)
        self._update_actions()
        return True

    def community_ids(self) -> list[int]:
        return list(self._community_items)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        item = self._source_item(current)
        if item is not None and item.data(KIND_ROLE) == COMMUNITY:
            self.community_selected.emit(item.data(ID_ROLE))
        else:
            self.community_selected.emit(-1)

    def _activated(self, index: QModelIndex) -> None:
        item = self._source_item(index)
        if item is not None and item.data(KIND_ROLE) == COMMUNITY:
            self.community_activated.emit(item.data(ID_ROLE))

    def set_writable(self, writable: bool) -> None:
        """A read-only database (damaged, or another program writes it) offers no changes."""
        self._writable = writable
        self._update_actions()

    def _update_actions(self) -> None:
        kind, _ = self.current_item()
        writable = self._writable and self._store is not None
        self.add_street_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and kind in (STREET, COMMUNITY))
        self.move_action.setEnabled(writable and kind == COMMUNITY)
        self.remove_action.setEnabled(writable and kind in (STREET, COMMUNITY))
        self.ui.remove_button.setEnabled(writable and kind in (STREET, COMMUNITY))
        self.add_community_action.setEnabled(writable and bool(self._street_items))
        self.ui.add_button.setEnabled(writable)
        self.ui.edit_button.setEnabled(writable)

    # -- filter ---------------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip() or len(self._community_items) <= EXPAND_ALL_UP_TO:
            self.ui.district_tree.expandAll()

    def _filter_return(self) -> None:
        """Enter in the filter: go to the first community shown."""
        index = self._first_community(QModelIndex())
        if index is not None:
            self.ui.district_tree.setCurrentIndex(index)
            self.ui.district_tree.setFocus()

    def _first_community(self, parent: QModelIndex) -> QModelIndex | None:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            item = self._source_item(index)
            if item is not None and item.data(KIND_ROLE) == COMMUNITY:
                return index
            found = self._first_community(index)
            if found is not None:
                return found
        return None

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self.ui.filter_edit and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.ui.district_tree.setFocus()
            if not self.ui.district_tree.currentIndex().isValid():
                self._filter_return()
            return True
        return super().eventFilter(obj, event)

    def focus_filter(self) -> None:
        self.ui.filter_edit.setFocus()
        self.ui.filter_edit.selectAll()

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addActions([self.add_street_action, self.add_community_action])
        menu.addSeparator()
        menu.addActions([self.edit_action, self.move_action, self.remove_action])
        menu.exec(self.ui.district_tree.viewport().mapToGlobal(pos))

    # -- changes --------------------------------------------------------------------------------

    def add_street(self) -> None:
        dialog = PlaceDialog(self._store, self.window())
        if dialog.exec():
            self.reload()
            self._select_street(dialog.result_place.id)
            self._changed(dialog.changes)

    def add_community(self) -> None:
        if self._store is None or not self._street_items:
            return
        dialog = PlaceDialog(self._store, self.window(), new_community_street=self.current_street_id()
                             or next(iter(self._street_items)))
        if dialog.exec():
            cid = dialog.result_place.id
            self._statuses[cid] = places.community_status(self._store, cid, self._term) if self._term else Status(NOT_STARTED)
            self.reload()
            self._changed(dialog.changes)
            self.select_community(cid)  # opens the new community in the form

    def edit_current(self, move: bool = False) -> None:
        kind, item_id = self.current_item()
        if kind == STREET:
            dialog = PlaceDialog(self._store, self.window(), street=places.street(self._store, item_id))
        elif kind == COMMUNITY:
            dialog = PlaceDialog(self._store, self.window(), community=places.community(self._store, item_id))
            if move:
                dialog.setWindowTitle(self.tr("移动社区到其他街道"))
                dialog.ui.street_combo.setFocus()
        else:
            return
        if dialog.exec():
            self.reload()
            self._changed(dialog.changes)

    def move_current(self) -> None:
        self.edit_current(move=True)

    def remove_current(self) -> None:
        StoreError = places.store_error()  # noqa: N806 (storage is off the start path)

        kind, item_id = self.current_item()
        store = self._store
        if kind == STREET:
            street = places.street(store, item_id)
            ids = places.community_ids(store, item_id)
            text = self.tr("删除街道“{0}”及其{1}个社区的全部届次记录？").format(street.name, len(ids))
        elif kind == COMMUNITY:
            community = places.community(store, item_id)
            ids = [item_id]
            text = self.tr("删除社区“{0}”及其全部届次的妇代会和班子成员记录？").format(community.name)
        else:
            return
        detail = self.tr("删除的内容保留在历史记录中（数据 → 历史记录）。")
        if not messages.confirm(self.window(), self.tr("删除"), text, self.tr("删除"), detail):
            return
        self.removing.emit(ids)  # the form lets go of a community about to be removed
        try:
            if kind == STREET:
                changes = places.remove_street(store, item_id)
            else:
                changes = places.remove_community(store, item_id)
        except StoreError as exc:
            messages.error(self.window(), self.tr("删除失败"), str(exc))
            return
        for cid in ids:
            self._statuses.pop(cid, None)
        self.reload()
        self._changed(changes)

    def _changed(self, changes) -> None:
        self.changes_made.emit(changes)

    def _select_street(self, street_id: int) -> None:
        item = self._street_items.get(street_id)
        if item is not None:
            self.ui.district_tree.setCurrentIndex(self.proxy.mapFromSource(item.index()))
