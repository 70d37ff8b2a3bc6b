"""The main window: district tree and congress form (录入), statistics (统计), the district-wide
member list, and the File / Edit / 区划 / 数据 menus.

The window owns one Store (and the database's writer lock) for its session; dialogs and tabs get
it from here. Unsaved form edits are never dropped silently: every way of leaving the form
(another community, another term, another file, an import, closing) asks first.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QWidget

from fdh_desktop import APP_TITLE, __version__
from fdh_desktop.domain import organisation
from fdh_desktop.domain.records import term_label
from fdh_desktop.services import paths
from fdh_desktop.services.places import community_status, community_statuses

from fdh_desktop.gui import messages
from fdh_desktop.gui.forms.ui_main_window import Ui_MainWindow
from fdh_desktop.gui.dialogs.new_district_dialog import DB_FILTER, NewDistrictDialog
from fdh_desktop.gui.entry.person_search import PersonSearch
from fdh_desktop.gui.recent_files import RecentFiles
from fdh_desktop.gui.resources import app_icon, stylesheet
from fdh_desktop.gui.dialogs.settings_dialog import SettingsDialog
from fdh_desktop.gui.common.workers import Task, start_task

if TYPE_CHECKING:
    from fdh_desktop.services.district import Store

log = logging.getLogger(__name__)

WINDOW_PROGRAM = "妇代会换届管理窗口"  # not UI text: the lock owner's name others are told
DEMO_FILE_NAME = "演示区.sqlite"  # not UI text: a file name
# The --tab values of the command line.
TAB_NAMES = {"录入": 0, "统计": 1, "进度": 2, "班子成员": 3, "班子成员名单": 3, "选举": 4,  # not UI text
             "entry": 0, "stats": 1, "progress": 2, "roster": 3, "election": 4}
PROGRESS_TAB = 2  # the 进度 tab, after 统计 (made in code: the Designer form has the others)
# Checking every congress of a city (thousands of communities) takes seconds: do it off the GUI
# thread above this size; a district's hundred are checked at once.
STATUS_IN_BACKGROUND_ABOVE = 500
# The daily backup and file checks wait this long after a file opens, so the tree paints first.
SAFETY_CHECK_DELAY_MS = 300
OPEN_AFTER_PAINT_FALLBACK_MS = 1000
FIRST_RUN_SIZE = QSize(1366, 768)  # at most: smaller screens get what they have room for


class _FirstPaint(QObject):
    """Calls `then` on the event-loop turn after the window's first paint."""

    def __init__(self, window: QWidget, then) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class MainWindow(QMainWindow):
    database_opened = Signal(object)  # Path
    changed = Signal(object)  # services.changes.Changes of each user action, for every screen

    def __init__(self, store: Store | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None, remember: bool = True) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        # The window carries its style sheet (problem marks on fields...), whatever the application.
        self.setStyleSheet(stylesheet())
        self._qsettings = settings if settings is not None else QSettings()
        self._remember = remember
        self.recent = RecentFiles(self._qsettings)
        self.store: Store | None = None
        self.db_path: Path | None = None
        self._owns_store = False
        self._session = None
        self.term: int | None = None
        self._stats_tab = None
        self._progress_tab = None
        self._election_page = None
        self._status_task: Task | None = None
        self._tasks: list[Task] = []
        self._open_after_paint: Path | None = None

        self.panel = self.ui.district_panel
        self.form = self.ui.congress_form
        self.roster = self.ui.roster_view
        self.ui.entry_splitter.setStretchFactor(0, 0)
        self.ui.entry_splitter.setStretchFactor(1, 1)
        self.ui.entry_splitter.setSizes([250, 1100])
        self.panel.setMinimumWidth(200)

        self._read_only_label = QLabel(self)
        self._read_only_label.setObjectName("read_only_label")
        self._read_only_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self._read_only_label.hide()
        self.ui.status_bar.addPermanentWidget(self._read_only_label)
        self._file_label = QLabel(self)
        self.ui.status_bar.addPermanentWidget(self._file_label)
        self._setup_menus()
        self._connect()
        self.search = PersonSearch(self.ui.search_edit)
        self.search.person_chosen.connect(self.jump_to)
        self.search.nothing_found.connect(
            lambda text: self.ui.status_bar.showMessage(self.tr("没有找到“{0}”").format(text), 5000))
        self.panel.removing.connect(self._before_remove)
        # One broadcast of what each action changed; every screen decides what to refresh.
        self.changed.connect(self._on_changes)
        self.changed.connect(self.form.on_changes)
        self.changed.connect(self.roster.on_changes)
        self._restore_geometry()
        if store is not None:
            self.set_store(store, owned=False)
        else:
            self._show_welcome()

    # -- setup ----------------------------------------------------------------------------------

    def _setup_menus(self) -> None:
        ui = self.ui
        undo = self.form.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.form.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.undo_action, self.redo_action = undo, redo
        first = ui.edit_menu.actions()[0] if ui.edit_menu.actions() else None
        ui.edit_menu.insertActions(first, [undo, redo])
        ui.edit_menu.insertSeparator(first)
        self.add_member_action = QAction(self.tr("新增班子成员"), self)
        self.add_member_action.triggered.connect(self.form.add_member)
        ui.edit_menu.insertAction(first, self.add_member_action)
        ui.edit_menu.insertSeparator(first)
        panel = self.panel
        ui.places_menu.addActions([panel.add_street_action, panel.add_community_action])
        ui.places_menu.addSeparator()
        ui.places_menu.addActions([panel.edit_action, panel.move_action, panel.remove_action])
        ui.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # The demo is not only on the welcome page: a clerk may want to try things on it later.
        self.demo_action = QAction(self.tr("打开演示数据(&D)"), self)
        self.demo_action.setObjectName("demo_action")
        self.demo_action.setToolTip(self.tr("打开虚构的“宣南区”演示数据，随意试用，不影响您的数据"))
        self.demo_action.triggered.connect(self.open_demo)
        ui.file_menu.insertAction(ui.recent_menu.menuAction(), self.demo_action)
        ui.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        # 届次设置: the shown term's organisation form (妇联 or 妇代会) and dates.
        self.term_action = QAction(self.tr("届次设置…(&J)"), self)
        self.term_action.setObjectName("term_action")
        self.term_action.setShortcut(QKeySequence("Ctrl+T"))
        self.term_action.setToolTip(self.tr("设置所显示届次的组织形式（社区妇联或妇代会）和任期"))
        self.term_action.triggered.connect(self.edit_term)
        ui.data_menu.insertAction(ui.settings_action, self.term_action)
        self._setup_progress_tab()

    def _connect(self) -> None:
        ui = self.ui
        ui.new_action.triggered.connect(self.new_district)
        ui.open_action.triggered.connect(self.open_file_dialog)
        ui.save_action.triggered.connect(self.save)
        ui.import_action.triggered.connect(self.import_workbooks)
        ui.export_action.triggered.connect(self.export_workbook)
        ui.quit_action.triggered.connect(self.close)
        ui.find_action.triggered.connect(self._focus_search)
        ui.filter_action.triggered.connect(self._focus_filter)
        ui.settings_action.triggered.connect(self.edit_settings)
        ui.backup_action.triggered.connect(self.show_backups)
        ui.history_action.triggered.connect(self.show_history)
        ui.about_action.triggered.connect(self.show_about)
        ui.guide_action.triggered.connect(self.show_guide)
        ui.entry_tab_action.triggered.connect(lambda: self.show_tab(0))
        ui.stats_tab_action.triggered.connect(lambda: self.show_tab(1))
        ui.roster_tab_action.triggered.connect(lambda: self.show_tab(TAB_NAMES["roster"]))
        ui.election_tab_action.triggered.connect(lambda: self.show_tab(TAB_NAMES["election"]))
        ui.new_district_button.clicked.connect(self.new_district)
        ui.open_button.clicked.connect(self.open_file_dialog)
        ui.demo_button.clicked.connect(self.open_demo)
        ui.term_combo.activated.connect(self._term_chosen)
        ui.main_tabs.currentChanged.connect(self._tab_changed)
        self.panel.community_selected.connect(self._community_selected)
        self.panel.community_activated.connect(lambda _cid: self.form.ui.should_establish_combo.setFocus())
        self.panel.changes_made.connect(self.broadcast)
        self.form.changes_made.connect(self.broadcast)
        self.form.dirty_changed.connect(self._dirty_changed)
        self.form.saved.connect(self._saved)
        self.roster.member_activated.connect(self.jump_to)

    # -- opening and closing databases ----------------------------------------------------------

    def open_database(self, path: Path, create: bool = False) -> bool:
        """Open a district file (asking first about unsaved edits); False when it was not opened."""
        # Imported here, not at the top: storage (and sqlite-utils) is off the start path.
        from fdh_desktop.services.district import StoreError, open_session

        if not self._confirm_leave_form():
            return False
        path = Path(path)
        try:
            # Before the file shown now is closed: a file that cannot be opened leaves it shown.
            session = open_session(path, create, WINDOW_PROGRAM)
        except StoreError as exc:
            messages.error(self, self.tr("无法打开"), str(exc))
            if not create:
                self.recent.remove(path)
            return False
        self._close_store()
        self._pending_notice = session.read_only_notice
        self._show_session(session, owned=True)
        return True

    def set_store(self, store: Store, owned: bool = True) -> None:
        """Show a district store opened elsewhere (tests, the self-test). The window closes it
        later only if it owns it; it holds no writer lock for it."""
        from fdh_desktop.services.district import DistrictSession

        self._close_store()
        self._show_session(DistrictSession(store, Path(store.path) if store.path is not None else None), owned)

    def _show_session(self, session, owned: bool) -> None:
        from fdh_desktop.services import district

        self._open_after_paint = None  # another file was opened before the start-up one
        self._session = session
        store = session.store
        self.store = store
        self.db_path = session.path
        self._owns_store = owned
        if not district.is_initialised(store) and not store.read_only:
            dialog = SettingsDialog(store, self)
            dialog.setWindowTitle(self.tr("新区设置：请填写区名称和本届届次"))
            if not dialog.exec():
                self._close_store()
                self._show_welcome()
                return
        self.term = district.settings(store).current_term
        district.ensure_current_term(store)
        self.form.set_store(store)
        self.panel.set_store(store)
        self.panel.set_term(self.term)
        self.search.set_store(store)
        self.roster.set_store(store)
        self.roster.set_term(self.term)
        if self._stats_tab is not None:
            self._stats_tab.set_store(store)
            self._stats_tab.set_term(self.term)
        if self._progress_tab is not None:
            self._progress_tab.set_store(store)
            self._progress_tab.set_term(self.term)
        if self._election_page is not None:
            self._election_page.set_store(store)
            self._election_page.set_term(self.term)
            self._election_page.set_community(None)
        self._fill_terms()
        self._reload_tree()
        self.ui.pages_stack.setCurrentWidget(self.ui.work_page)
        self._update_actions()
        self._update_title()
        if self.db_path is not None and self._remember:
            self.recent.add(self.db_path)
        self._after_open_notices()
        self.database_opened.emit(self.db_path)

    def _after_open_notices(self) -> None:
        notices = []
        pending = getattr(self, "_pending_notice", None)
        if pending:
            notices.append(pending)
            self._pending_notice = None
        if notices:
            # After the window is up, so the message has a parent to sit on.
            QTimer.singleShot(0, lambda: messages.error(self, self.tr("请注意"), "\n\n".join(notices)))
        if self.store is not None and self.store.path is not None and self._owns_store:
            # The daily backup copies the whole file: let the tree paint first.
            store = self.store
            QTimer.singleShot(SAFETY_CHECK_DELAY_MS, self, lambda: self._safety_on_open(store))

    def _safety_on_open(self, store: Store) -> None:
        """The checks and daily backup of a freshly opened file, if it is still the one shown."""
        if store is not self.store:
            return
        from fdh_desktop.services.district import StoreError

        try:
            from fdh_desktop.services.backups import on_open

            report = on_open(store)
        except (ImportError, StoreError) as exc:
            log.warning("on_open failed: %s", exc)
            return
        notices = ([report.damaged] if report.damaged else []) + list(report.warnings)
        if notices:
            messages.error(self, self.tr("请注意"), "\n\n".join(notices))

    def open_database_after_paint(self, path: Path) -> None:
        """The start path: the window paints first (a status line says a file is opening), then
        opens `path` on a later turn of the event loop. open_database itself stays synchronous."""
        self.ui.pages_stack.setCurrentWidget(self.ui.work_page)
        self.ui.status_bar.showMessage(self.tr("正在打开 {0}…").format(Path(path).name))
        self._open_after_paint = Path(path)
        self._paint_watch = _FirstPaint(self, self._open_pending)
        # Should no paint ever come (a minimised start), open anyway.
        QTimer.singleShot(OPEN_AFTER_PAINT_FALLBACK_MS, self._open_pending)

    def _open_pending(self) -> None:
        path = getattr(self, "_open_after_paint", None)
        if path is None:
            return
        self._open_after_paint = None
        self.ui.status_bar.clearMessage()
        if not self.open_database(path):
            self._show_welcome()

    def _close_store(self) -> None:
        self._stop_status_task()
        session, self._session = getattr(self, "_session", None), None
        if self.store is not None:
            self.form.clear()
        self.store = None
        if session is not None:
            if self._owns_store:
                session.close()  # the store, then the writer lock
            elif session.lock is not None:
                session.lock.release()

    def _show_welcome(self) -> None:
        self.ui.pages_stack.setCurrentWidget(self.ui.welcome_page)
        self._update_actions()
        self._update_title()
        self.ui.new_district_button.setFocus()

    def new_district(self) -> None:
        if not self._confirm_leave_form():
            return
        dialog = NewDistrictDialog(self, self.db_path.parent if self.db_path else None)
        if dialog.exec() and dialog.path is not None:
            self.open_database(dialog.path)

    def open_file_dialog(self) -> None:
        start = str(self.db_path.parent if self.db_path else paths.data_dir())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开区数据库"), start, QCoreApplication.translate("NewDistrictDialog", DB_FILTER))
        if path:
            self.open_database(Path(path))

    def open_demo(self) -> None:
        """The demo district in the user's data folder: built once, then reopened."""
        from fdh_desktop.services.demo import make_demo_file
        from fdh_desktop.services.district import StoreError

        path = paths.data_dir() / DEMO_FILE_NAME
        if not path.exists():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                make_demo_file(path)
            except StoreError as exc:
                messages.error(self, self.tr("无法建立演示数据"), str(exc))
                return
            finally:
                QApplication.restoreOverrideCursor()
        self.open_database(path)

    def _fill_recent_menu(self) -> None:
        menu = self.ui.recent_menu
        menu.clear()
        files = self.recent.files()
        if not files:
            action = menu.addAction(self.tr("（无）"))
            action.setEnabled(False)
            return
        for i, path in enumerate(files, start=1):
            action = menu.addAction(f"&{i} {path.name}　{path.parent}")
            action.triggered.connect(lambda _checked=False, p=path: self.open_database(p))

    # -- terms ----------------------------------------------------------------------------------

    def _fill_terms(self) -> None:
        from fdh_desktop.services import district  # late: storage is off the start path

        combo = self.ui.term_combo
        combo.blockSignals(True)
        try:
            combo.clear()
            if self.store is None:
                return
            current = district.settings(self.store).current_term
            numbers = sorted({t.number for t in district.terms(self.store)} | {current}, reverse=True)
            for number in numbers:
                text = term_label(number) + (self.tr("（本届）") if number == current else "")
                combo.addItem(text, number)
            combo.setCurrentIndex(max(0, combo.findData(self.term)))
        finally:
            combo.blockSignals(False)

    def _term_chosen(self, index: int) -> None:
        number = self.ui.term_combo.itemData(index)
        if number is None or number == self.term:
            return
        if not self._confirm_leave_form():
            self.ui.term_combo.setCurrentIndex(self.ui.term_combo.findData(self.term))
            return
        self.set_term(number)

    def set_term(self, number: int) -> None:
        """Show another term; the same community stays selected."""
        self.term = number
        combo = self.ui.term_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(number)))
        combo.blockSignals(False)
        community = self.form.community_id or self.panel.current_community_id()
        self.panel.set_term(number)
        self.roster.set_term(number)
        if self._stats_tab is not None:
            self._stats_tab.set_term(number)
        if self._progress_tab is not None:
            self._progress_tab.set_term(number)
        if self._election_page is not None:
            self._election_page.set_term(number)
        self._reload_tree()
        if community is not None:
            self.form.load(community, number)
        self._update_title()

    # -- the tree and the form ------------------------------------------------------------------

    def _reload_tree(self, select: int | None = None) -> None:
        store, term = self.store, self.term
        if store is None or term is None:
            return
        self._stop_status_task()
        # The tree first, without marks (it counts the communities: no second query for that).
        self.panel.reload({}, select=select)
        if self.panel.community_count() <= STATUS_IN_BACKGROUND_ABOVE:
            self.panel.set_statuses(community_statuses(store, term))
        else:
            self._start_status_task(term)

    def _start_status_task(self, term: int) -> None:
        if self.db_path is None:
            return
        path = self.db_path
        task = start_task(self, path, lambda store, _p, _c: (path, term, community_statuses(store, term)))
        # Bound methods only: PySide would run a lambda slot in the worker thread.
        task.succeeded.connect(self._statuses_ready)
        task.failed.connect(self._show_status_message)
        task.done.connect(self._forget_finished_tasks)
        self._status_task = task
        self._tasks.append(task)

    def _statuses_ready(self, result: tuple) -> None:
        path, term, statuses = result
        if (path, term) == (self.db_path, self.term):  # still the district and term they were made for
            self.panel.set_statuses(statuses)

    def _show_status_message(self, message: str) -> None:
        self.ui.status_bar.showMessage(message, 8000)

    def _forget_finished_tasks(self) -> None:
        self._tasks = [t for t in self._tasks if t.is_running() and t is not self.sender()]

    def _stop_status_task(self) -> None:
        task = self._status_task
        self._status_task = None
        if task is not None:
            task.cancel()

    def _community_selected(self, community_id: int) -> None:
        if community_id < 0 or community_id == self.form.community_id or self.term is None:
            return
        if not self._confirm_leave_form():
            # Stay: put the tree back on the community being edited.
            previous = self.form.community_id
            if previous is not None:
                QTimer.singleShot(0, lambda: self.panel.select_community(previous, emit=False))
            return
        self.form.load(community_id, self.term)
        self._community_shown(community_id)
        self._update_actions()

    def _confirm_leave_form(self) -> bool:
        """No unsaved typing is dropped: the congress form's, then a tally being typed."""
        if not self.form.confirm_leave():
            return False
        return self._election_page is None or self._election_page.confirm_leave()

    def _saved(self, community_id: int, term: int) -> None:
        self.ui.status_bar.showMessage(self.tr("已保存 {0}").format(self.form.describe()), 5000)

    # -- what changed ---------------------------------------------------------------------------

    def broadcast(self, changes) -> None:
        """Tell every screen what a user action changed (services.changes.Changes)."""
        if changes:
            self.changed.emit(changes)

    def _on_changes(self, changes) -> None:
        """The window's own part: the term list, the title and the actions."""
        if self.store is None:
            return
        if changes.settings or changes.terms or changes.all_congresses:
            self._fill_terms()
        self._tree_on_changes(changes)
        self._update_title()
        self._update_actions()

    def _tree_on_changes(self, changes) -> None:
        """The tree's marks: computed here, because a city's are computed off the GUI thread by a
        task the window owns (and cancels when another file or term is shown)."""
        if changes.places or changes.all_congresses or changes.terms or changes.settings:
            self._reload_tree()
            self.search.set_store(self.store)
        elif self.term is not None:
            for community_id in changes.congresses:
                self.panel.set_status(community_id, community_status(self.store, community_id, self.term))

    def save(self) -> bool:
        """Ctrl+S saves what the clerk is looking at: the 选举 page on its tab, else the form."""
        if self._election_page is not None and self.ui.main_tabs.currentWidget() is self.ui.election_tab:
            return self._election_page.save()
        if self.ui.main_tabs.currentIndex() != 0 and not self.form.is_dirty():
            return False
        return self.form.save()

    def _dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)

    def _before_remove(self, community_ids: list) -> None:
        if self.form.community_id in community_ids:
            self.form.clear()

    def jump_to(self, community_id: int, term: int, member_id: int = -1) -> bool:
        """Show a community of a term (asking about unsaved edits first), and the member if given."""
        if self.store is None:
            return False
        if (community_id, term) != (self.form.community_id, self.form.term) and not self._confirm_leave_form():
            return False
        if term != self.term:
            self.set_term(term)
        self.show_tab(0)
        self.panel.select_community(community_id, emit=False)
        if (community_id, term) != (self.form.community_id, self.form.term):
            self.form.load(community_id, term)
            self._community_shown(community_id)
        if member_id is not None and member_id >= 0:
            self.form.select_member(member_id)
        self._update_actions()
        return True

    # -- tabs -----------------------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        self.ui.main_tabs.setCurrentIndex(index)

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self._ensure_stats_tab()  # a stale tab recomputes itself when shown
        elif index == TAB_NAMES["election"]:
            self._ensure_election_page()
        elif index == PROGRESS_TAB:
            self._ensure_progress_tab()

    def _ensure_election_page(self):
        if self._election_page is None:
            # Imported on first use, like the statistics: the start path stays short.
            from fdh_desktop.gui.election.page import ElectionPage

            page = ElectionPage(self.ui.election_tab)
            self.ui.election_layout.addWidget(page)
            page.changes_made.connect(self.broadcast)
            self.changed.connect(page.on_changes)
            self._election_page = page
            if self.store is not None:
                page.set_store(self.store)
                page.set_term(self.term)
                page.set_community(self.form.community_id or self.panel.current_community_id())
        return self._election_page

    def _community_shown(self, community_id: int) -> None:
        if self._election_page is not None:
            self._election_page.set_community(community_id)

    def _ensure_stats_tab(self):
        if self._stats_tab is None:
            # Imported on first use: the statistics page pulls in charts, which the start skips.
            from fdh_desktop.gui.statistics.tab import StatisticsTab

            tab = StatisticsTab(self.ui.stats_tab)
            self.ui.stats_layout.addWidget(tab)
            tab.community_requested.connect(self.jump_to)
            tab.changes_made.connect(self.broadcast)
            self.changed.connect(tab.on_changes)
            self._stats_tab = tab
            if self.store is not None:
                tab.set_store(self.store)
                tab.set_term(self.term)
        return self._stats_tab

    # -- the 进度 tab (issue 15) -------------------------------------------------------------------

    def _setup_progress_tab(self) -> None:
        """The 进度 tab after 统计, its page filled on first show; 视图 → 进度 (Ctrl+5)."""
        from PySide6.QtWidgets import QVBoxLayout

        page = QWidget()
        page.setObjectName("progress_page")
        self._progress_layout = QVBoxLayout(page)
        self._progress_layout.setContentsMargins(0, 0, 0, 0)
        self.ui.main_tabs.insertTab(PROGRESS_TAB, page, self.tr("进度"))
        self.progress_tab_action = QAction(self.tr("进度(&5)"), self)
        self.progress_tab_action.setObjectName("progress_tab_action")
        self.progress_tab_action.setShortcut(QKeySequence("Ctrl+5"))
        self.progress_tab_action.triggered.connect(lambda: self.show_tab(PROGRESS_TAB))
        self.ui.view_menu.insertAction(self.ui.roster_tab_action, self.progress_tab_action)

    def _ensure_progress_tab(self):
        if self._progress_tab is None:
            # Imported on first use, like the statistics: QtCharts stays off the start path.
            from fdh_desktop.gui.progress.tab import ProgressTab

            tab = ProgressTab()
            self._progress_layout.addWidget(tab)
            tab.community_requested.connect(self.jump_to)
            tab.changes_made.connect(self.broadcast)
            self.changed.connect(tab.on_changes)
            self._progress_tab = tab
            if self.store is not None:
                tab.set_store(self.store)
                tab.set_term(self.term)
        return self._progress_tab

    def show_progress(self):
        """Switch to the 进度 tab and return its widget."""
        self.show_tab(PROGRESS_TAB)
        return self._ensure_progress_tab()

    def show_statistics(self):
        """Switch to the 统计 tab and return its widget (the self-test renders it)."""
        self.show_tab(1)
        return self._ensure_stats_tab()

    # -- dialogs --------------------------------------------------------------------------------

    def edit_settings(self) -> None:
        from fdh_desktop.services import district  # late: storage is off the start path

        if self.store is None:
            return
        dialog = SettingsDialog(self.store, self)
        if dialog.exec():
            self.broadcast(dialog.changes)
            current = district.settings(self.store).current_term
            if current != self.term and self._confirm_leave_form():
                self.set_term(current)

    def edit_term(self) -> None:
        if self.store is None or self.term is None or not self._confirm_leave_form():
            return
        from fdh_desktop.gui.dialogs.term_dialog import TermDialog

        dialog = TermDialog(self.store, self.term, self)
        if dialog.exec():
            self.broadcast(dialog.changes)  # the form, the tree and the title follow the term's form

    def import_workbooks(self) -> None:
        if self.store is None or self.db_path is None:
            return
        if not self._confirm_leave_form():
            return
        from fdh_desktop.gui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.db_path, self.store, self.term, self)
        dialog.exec()
        if dialog.applied:
            self._data_changed()

    def _data_changed(self) -> None:
        """Something wrote many records (an import, an undo through the history)."""
        from fdh_desktop.services.changes import Changes

        self.broadcast(Changes(all_congresses=True, places=True, terms=True))

    def export_workbook(self) -> None:
        if self.store is None or self.db_path is None:
            return
        from fdh_desktop.gui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.db_path, self.store, self.term, self, street_id=self.panel.current_street_id())
        if dialog.exec() and dialog.written is not None:
            self.ui.status_bar.showMessage(self.tr("已导出：{0}").format(dialog.written.path), 10000)

    def show_backups(self) -> None:
        if self.db_path is None:
            return
        from fdh_desktop.gui.dialogs.backup_dialog import BackupDialog

        if not self._confirm_leave_form():
            return
        dialog = BackupDialog(self.db_path, self)
        restored = []
        dialog.restored.connect(lambda path: restored.append(path))
        dialog.exec()
        if restored:
            # The file now holds other contents: reopen it.
            path = self.db_path
            self._close_store()
            self.open_database(path)

    def show_history(self) -> None:
        if self.store is None:
            return
        from fdh_desktop.gui.dialogs.history_dialog import HistoryDialog

        if not self._confirm_leave_form():
            return
        dialog = HistoryDialog(self.store, self.form.community_id, self)
        undone = []
        dialog.changed.connect(lambda: undone.append(True))
        dialog.exec()
        if undone:  # a member brought back or a change undone: show what the file holds now
            self._data_changed()

    def show_guide(self) -> None:
        """帮助 → 使用说明 (F1): the user guide beside the window (non-modal)."""
        from fdh_desktop.gui.dialogs.guide_view import show_guide

        self._guide = show_guide(self)

    def show_about(self) -> None:
        messages.information(
            self, self.tr("关于"),
            self.tr("{0}　版本 {1}").format(APP_TITLE, __version__),
            self.tr("社区妇代会换届选举的录入、导入、检查与统计。数据保存在本机的数据库文件中。"),
        )

    # -- window state ---------------------------------------------------------------------------

    def _update_actions(self) -> None:
        has_store = self.store is not None
        writable = has_store and not self.store.read_only
        ui = self.ui
        for action in (ui.import_action, ui.settings_action, self.term_action):
            action.setEnabled(writable)
        for action in (ui.export_action, ui.find_action, ui.filter_action, ui.history_action,
                       ui.entry_tab_action, ui.stats_tab_action, ui.roster_tab_action, ui.election_tab_action,
                       self.progress_tab_action):
            action.setEnabled(has_store)
        ui.backup_action.setEnabled(has_store and self.db_path is not None)
        ui.save_action.setEnabled(writable and self.form.community_id is not None)
        self.add_member_action.setEnabled(writable and self.form.community_id is not None)
        self.panel.set_writable(writable)

    def _update_title(self) -> None:
        from fdh_desktop.services import district  # late: storage is off the start path

        if self.store is None:
            self.setWindowTitle(APP_TITLE)
            self._file_label.setText("")
            self._read_only_label.hide()
            return
        settings = district.settings(self.store)
        parts = [settings.district or self.tr("（未命名）")]
        if self.term is not None:
            parts.append(term_label(self.term) + (self.tr("（本届）") if self.term == settings.current_term else ""))
            term = district.term(self.store, self.term)
            if term is not None:  # 社区妇联 or 妇代会: what every label of the term says
                labels = organisation.labels(term.form)
                parts.append(self.tr(labels.community_organisation))
                members = self.tr(labels.members)
                self.ui.main_tabs.setTabText(self.ui.main_tabs.indexOf(self.ui.roster_tab),
                                             self.tr("{0}名单").format(members))
                self.add_member_action.setText(self.tr("新增{0}").format(members))
        name = self.db_path.name if self.db_path else self.tr("内存数据库")
        read_only = self.tr("（只读）") if self.store.read_only else ""
        self.setWindowTitle(f"{' · '.join(parts)} — {name}[*]{read_only} — {APP_TITLE}")
        self._file_label.setText(str(self.db_path) if self.db_path else "")
        notice = self.read_only_notice
        self._read_only_label.setVisible(notice is not None)
        self._read_only_label.setText(self.tr("只读"))
        self._read_only_label.setToolTip(notice or "")

    @property
    def read_only_notice(self) -> str | None:
        """Why the file shown is read-only (None when the window may write it)."""
        session = getattr(self, "_session", None)
        if session is None or not session.read_only:
            return None
        return session.read_only_notice or session.store.read_only_reason

    def _focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def _focus_filter(self) -> None:
        self.show_tab(0)
        self.panel.focus_filter()

    def _restore_geometry(self) -> None:
        from fdh_desktop.gui.common.screen import fit_window, keep_on_screen

        geometry = self._qsettings.value("window/geometry")
        if geometry is not None and self._remember and self.restoreGeometry(geometry):
            keep_on_screen(self)  # saved on a bigger screen: bring it back whole
        else:
            fit_window(self, FIRST_RUN_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if not self._confirm_leave_form():
            event.ignore()
            return
        self._open_after_paint = None  # closed before the start-up file opened: leave it closed
        for task in list(self._tasks):
            task.cancel()
            task.wait(10000)
        if self._progress_tab is not None:
            self._progress_tab.wait_for_task(10000)
        if self._remember:
            self._qsettings.setValue("window/geometry", self.saveGeometry())
        self._close_store()
        event.accept()
