"""The 进度 tab: the campaign board of a term for a chosen week (services.campaign.board).

Per street the communities by stage with a chart; the overdue communities; each 指导员's
communities; each street's last returned workbook. Clicking a figure lists the communities below;
double-clicking one opens it in the 录入 tab (community_requested, as the 统计 drill-down does).
Buttons: the plan dialog, the work-summary draft, and the 周通报 as PDF, print and xlsx.

Interface the main window relies on: ProgressTab(parent=None), set_store(store), set_term(term),
refresh(), on_changes(changes), and the signals community_requested(community_id, term) and
changes_made(Changes).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QWidget

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.vocab import PROGRESS, PROGRESS_COMPLETED
from fdh_desktop.services import campaign as campaign_service
from fdh_desktop.services.changes import Changes
from fdh_desktop.services.statistics import StoreError

from fdh_desktop.gui import messages
from fdh_desktop.gui.common.lazy_refresh import RefreshWhenShown
from fdh_desktop.gui.forms.ui_progress_tab import Ui_ProgressTab
from fdh_desktop.gui.progress.models import DRILL_ROLE, CommunityListModel, FigureRow, FigureTableModel
from fdh_desktop.gui.statistics.drill_dialogs import ask_save_path

STREET_HEADERS = [
    QT_TRANSLATE_NOOP("ProgressTab", "街道"), QT_TRANSLATE_NOOP("ProgressTab", "应换届"), *PROGRESS,
    QT_TRANSLATE_NOOP("ProgressTab", "完成率"), QT_TRANSLATE_NOOP("ProgressTab", "本周新完成"),
    QT_TRANSLATE_NOOP("ProgressTab", "逾期"), QT_TRANSLATE_NOOP("ProgressTab", "最近交回")
]
OVERDUE_HEADERS = [
    QT_TRANSLATE_NOOP("ProgressTab", "街道"), QT_TRANSLATE_NOOP("ProgressTab", "社区"),
    QT_TRANSLATE_NOOP("ProgressTab", "指导员"), QT_TRANSLATE_NOOP("ProgressTab", "现为"),
    QT_TRANSLATE_NOOP("ProgressTab", "应达到"), QT_TRANSLATE_NOOP("ProgressTab", "计划日期"),
    QT_TRANSLATE_NOOP("ProgressTab", "逾期天数")
]
INSTRUCTOR_HEADERS = [
    QT_TRANSLATE_NOOP("ProgressTab", "指导员"), QT_TRANSLATE_NOOP("ProgressTab", "社区数"),
    QT_TRANSLATE_NOOP("ProgressTab", "逾期社区数"), QT_TRANSLATE_NOOP("ProgressTab", "逾期社区")
]
RETURN_HEADERS = [
    QT_TRANSLATE_NOOP("ProgressTab", "街道"), QT_TRANSLATE_NOOP("ProgressTab", "最近交回"),
    QT_TRANSLATE_NOOP("ProgressTab", "文件"), QT_TRANSLATE_NOOP("ProgressTab", "结果"),
    QT_TRANSLATE_NOOP("ProgressTab", "交回次数"), QT_TRANSLATE_NOOP("ProgressTab", "说明")
]
TOTAL = cp.TOTAL
# A city's board takes about a second (benchmarks/bench_progress.py): computed off the GUI thread.
BACKGROUND_ABOVE = 500


class ProgressTab(RefreshWhenShown, QWidget):
    community_requested = Signal(int, int)  # community_id, term
    changes_made = Signal(object)  # services.changes.Changes of an action taken here (the plan)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_tab")
        self.ui = Ui_ProgressTab()
        self.ui.setupUi(self)
        self._store = None
        self._term: int | None = None
        self._day: date | None = None  # the week's day chosen; None: this week
        self._board: campaign_service.Board | None = None
        self._task = None  # gui.common.workers.Task computing a city's board
        self._set_up_refresh()
        from fdh_desktop.gui.progress.chart import ProgressChart  # QtCharts: only when the tab is built

        self.chart = ProgressChart(self.ui.chart_holder)
        self.ui.chart_layout.addWidget(self.chart)
        self._models: dict[str, FigureTableModel] = {}
        for name, headers in (("streets", STREET_HEADERS), ("overdue", OVERDUE_HEADERS),
                              ("instructors", INSTRUCTOR_HEADERS), ("returns", RETURN_HEADERS)):
            model = FigureTableModel([self.tr(h) for h in headers], self)
            view: QTableView = getattr(self.ui, f"{name}_view")
            view.setModel(model)
            view.verticalHeader().hide()
            view.clicked.connect(self._cell_clicked)
            view.activated.connect(self._cell_clicked)
            view.doubleClicked.connect(self._row_double_clicked)
            self._models[name] = model
        self.drill_model = CommunityListModel(self)
        self.ui.drill_view.setModel(self.drill_model)
        self.ui.drill_view.verticalHeader().hide()
        self.ui.drill_view.doubleClicked.connect(self._community_activated)
        self.ui.drill_view.activated.connect(self._community_activated)
        self.ui.open_button.clicked.connect(self._open_selected)
        self.ui.week_edit.dateChanged.connect(self._week_changed)
        for button, slot in ((self.ui.plan_button, self.edit_plan), (self.ui.summary_button, self.show_summary),
                             (self.ui.pdf_button, self.export_pdf), (self.ui.print_button, self.print_bulletin),
                             (self.ui.xlsx_button, self.export_xlsx)):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
        self.ui.main_splitter.setStretchFactor(0, 3)
        self.ui.main_splitter.setStretchFactor(1, 1)
        self.ui.main_splitter.setSizes([480, 160])  # the figures first; the list below is scrolled
        self.ui.streets_splitter.setStretchFactor(0, 3)
        self.ui.streets_splitter.setStretchFactor(1, 2)
        self.refresh()

    # -- interface ------------------------------------------------------------------------------

    def set_store(self, store) -> None:
        if store is not self._store:
            self._day = None
        self._store = store
        self._pending.start()

    def set_term(self, term: int | None) -> None:
        self._term = term
        self._pending.start()

    def board(self) -> campaign_service.Board | None:
        return self._board

    @property
    def _size(self) -> int:
        """Communities of the board shown (0 before the first): a city's is computed in the background."""
        return len(self._board.campaign.communities) if self._board is not None else 0

    def model(self, name: str) -> FigureTableModel:
        """The table model of a section: streets, overdue, instructors or returns."""
        return self._models[name]

    def refresh(self) -> None:
        """Recompute the board: at once for a district; off the GUI thread for a city (the last
        board had more than BACKGROUND_ABOVE communities), the figures shown staying until then."""
        self._pending.stop()
        self._stale = False
        self._cancel_task()
        path = self._store.path if self._store is not None else None
        if path is not None and self._size > BACKGROUND_ABOVE:
            from fdh_desktop.gui.common.workers import start_task

            term, day = self._term, self._day
            self._task = start_task(self, Path(path), lambda store, _p, _c: (
                store.path, term, day, campaign_service.board(store, term, day)))
            # Bound methods only: PySide would run a lambda slot in the worker thread.
            self._task.succeeded.connect(self._board_ready)
            self._task.failed.connect(self._board_failed)
            self._show_message(self.tr("正在计算…"))
            return
        self._board = None
        error = ""
        if self._store is None:
            error = self.tr("尚未打开数据库")
        else:
            try:
                self._board = campaign_service.board(self._store, self._term, self._day)
            except StoreError as exc:
                error = str(exc)
        self._show_message(error)
        self._fill()

    def is_busy(self) -> bool:
        """A board is being computed off the GUI thread."""
        return self._task is not None

    def _board_ready(self, result: tuple) -> None:
        path, term, day, board = result
        store = self._store
        self._task = None
        if store is None or (str(path), term, day) != (str(store.path), self._term, self._day):
            return  # made for another file, term or week: a newer one is on its way or shown
        self._board = board
        self._show_message("")
        self._fill()

    def _board_failed(self, message: str) -> None:
        self._task = None
        self._board = None
        self._show_message(message)
        self._fill()

    def _cancel_task(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()

    def wait_for_task(self, ms: int = 30000) -> None:
        """Block until a background computation has finished (closing the window)."""
        if self._task is not None:
            self._task.wait(ms)

    # -- filling --------------------------------------------------------------------------------

    def _fill(self) -> None:
        board = self._board
        ui = self.ui
        for button in (ui.plan_button, ui.summary_button, ui.pdf_button, ui.print_button, ui.xlsx_button):
            button.setEnabled(board is not None)
        ui.plan_button.setEnabled(board is not None and not self._store.read_only)
        self.drill_model.set_rows([], None)
        ui.open_button.setEnabled(False)
        ui.drill_title_label.setText(self.tr("单击一个数字，列出这些社区"))
        if board is None:
            for model in self._models.values():
                model.set_rows([])
            self.chart.set_streets([])
            ui.week_hint_label.setText("")
            return
        edit = ui.week_edit
        edit.blockSignals(True)
        edit.setMinimumDate(QDate(board.campaign.plan.start))
        edit.setDate(QDate(self._day or min(date.today(), board.week.end)))
        edit.blockSignals(False)
        w = board.week
        plan_note = "" if board.campaign.plan_saved else self.tr("（尚未设定换届计划，按默认计划计算）")
        ui.week_hint_label.setText(self.tr("第{0}周（{1}月{2}日—{3}月{4}日），统计截至{5}{6}").format(
            w.number, w.start.month, w.start.day, w.end.month, w.end.day, board.as_of.isoformat(), plan_note))
        self._models["streets"].set_rows(self._street_rows(board))
        self._models["overdue"].set_rows(self._overdue_rows(board))
        self._models["instructors"].set_rows(self._instructor_rows(board))
        self._models["returns"].set_rows(self._return_rows(board))
        self.chart.set_streets([(s.street, {p: len(v) for p, v in s.by_stage.items()}) for s in board.stages])
        for name in self._models:
            view: QTableView = getattr(ui, f"{name}_view")
            view.resizeColumnsToContents()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.section_tabs.setTabText(1, self.tr("逾期社区（{0}）").format(len(board.overdue)))
        ui.section_tabs.setTabText(3, self.tr("工作簿交回（{0}个街道未交）").format(len(board.missing_returns))
                                   if board.missing_returns else self.tr("工作簿交回"))

    def _street_rows(self, board) -> list[FigureRow]:
        late = {o.community.community_id for o in board.overdue}
        returns = {r.street: r for r in board.returns}
        week = board.week
        rows = []
        everyone: dict[str, list[cp.CommunityProgress]] = {p: [] for p in PROGRESS}
        for street, figures in zip(board.stages, board.bulletin.rows):
            label = self.tr("{0}（试点）").format(street.street) if street.street in board.pilots else street.street
            ret = returns.get(street.street)
            last = ret.last if ret else None
            returned = f"{last.at:%m-%d} {last.result_label}" if last else self.tr("尚未交回")
            members = [c for v in street.by_stage.values() for c in v]
            for p, v in street.by_stage.items():
                everyone[p].extend(v)
            rows.append(self._figures(label, street.street, street.by_stage, members, figures, late, week, board,
                                      returned, last is None))
        all_members = [c for v in everyone.values() for c in v]
        rows.append(self._figures(TOTAL, self.tr("全区"), everyone, all_members, board.bulletin.total, late, week,
                                  board, "", False, total=True))
        return rows

    def _figures(self, label, where, by_stage, members, figures, late, week, board, returned, missing,
                 total=False) -> FigureRow:
        rate = figures.rate(board.decimals)
        new = [c for c in members if c.reached(PROGRESS_COMPLETED, board.as_of)
               and (d := c.stage_dates.get(PROGRESS_COMPLETED)) is not None and week.start <= d <= board.as_of]
        overdue = [c for c in members if c.community_id in late]
        cells = [label, len(members), *(len(by_stage[p]) for p in PROGRESS), "—" if rate is None else f"{rate}%",
                 len(new), len(overdue), returned]
        drills = {1: (self.tr("{0}应换届的社区").format(where), members)}
        for i, p in enumerate(PROGRESS, start=2):
            drills[i] = (self.tr("{0}换届进度为“{1}”的社区").format(where, p), by_stage[p])
        n = len(PROGRESS) + 3
        drills[n] = (self.tr("{0}本周新完成的社区").format(where), new)
        drills[n + 1] = (self.tr("{0}逾期的社区").format(where), overdue)
        if not total:
            drills[n + 2] = (self.tr("{0}的社区").format(where), members)
        return FigureRow(cells, drills, total=total, late=missing)

    def _overdue_rows(self, board) -> list[FigureRow]:
        return [FigureRow([o.community.street, o.community.community, o.community.instructor, o.current,
                           o.missed, o.planned.isoformat(), o.days_late], community=o.community, late=True)
                for o in board.overdue]

    def _instructor_rows(self, board) -> list[FigureRow]:
        rows = []
        for g in board.instructors:
            late = [o.community for o in g.overdue]
            rows.append(FigureRow(
                [g.instructor, len(g.communities), len(late), "、".join(c.community for c in late)],
                {1: (self.tr("{0}指导的社区").format(g.instructor), g.communities),
                 2: (self.tr("{0}指导的逾期社区").format(g.instructor), late)},
                late=bool(late)))
        return rows

    def _return_rows(self, board) -> list[FigureRow]:
        by_street = {s.street: [c for v in s.by_stage.values() for c in v] for s in board.stages}
        rows = []
        for r in board.returns:
            last = r.last
            drill = {0: (self.tr("{0}的社区").format(r.street), by_street.get(r.street, []))}
            if last is None:
                rows.append(FigureRow([r.street, self.tr("尚未交回"), "", "", 0, ""], drill, late=True))
            else:
                rows.append(FigureRow([r.street, f"{last.at:%Y-%m-%d %H:%M}", last.file_name, last.result_label,
                                       r.count, last.message], drill, late=last.result == cp.RESULT_REFUSED))
        return rows

    def _show_message(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    def _week_changed(self, qdate: QDate) -> None:
        self._day = qdate.toPython()
        self.refresh()

    def set_week(self, day: date) -> None:
        """Show the week holding `day` (the week picker does the same)."""
        self._day = day
        self.refresh()

    # -- drill-down ------------------------------------------------------------------------------

    def _cell_clicked(self, index: QModelIndex) -> None:
        drill = index.data(DRILL_ROLE)
        if drill is not None:
            self.show_communities(*drill)

    def show_communities(self, title: str, communities: list[cp.CommunityProgress]) -> None:
        board = self._board
        self.drill_model.set_rows(communities, board.as_of if board else None)
        text = self.tr("{0}：{1}个").format(title, len(communities))
        if communities:
            text += self.tr("（双击一行打开该社区）")
        self.ui.drill_title_label.setText(text)
        self.ui.drill_view.resizeColumnsToContents()
        self.ui.open_button.setEnabled(bool(communities))

    def drill_title(self) -> str:
        return self.ui.drill_title_label.text()

    def _row_double_clicked(self, index: QModelIndex) -> None:
        row = index.model().row_object(index.row())
        if row.community is not None:
            self._open(row.community)

    def _community_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.drill_model.row_object(index.row()))

    def _open_selected(self) -> None:
        rows = self.ui.drill_view.selectionModel().selectedRows() or self.ui.drill_view.selectionModel().selectedIndexes()
        index = rows[0] if rows else self.drill_model.index(0, 0)
        self._community_activated(index)

    def _open(self, community: cp.CommunityProgress) -> None:
        if self._board is not None:
            self.community_requested.emit(community.community_id, self._board.campaign.term)

    # -- the plan and the summary ------------------------------------------------------------------

    def edit_plan(self) -> None:
        from fdh_desktop.gui.progress.plan_dialog import PlanDialog

        board = self._board
        if board is None:
            return
        dialog = PlanDialog(self._store, board.campaign, self)
        if dialog.exec() and dialog.changes:
            self._changed(dialog.changes)

    def _changed(self, changes: Changes) -> None:
        if changes:
            self.refresh()
            self.changes_made.emit(changes)

    def show_summary(self) -> None:
        from fdh_desktop.gui.progress.summary import show_work_summary

        if self._board is not None:
            show_work_summary(self, self._store, self._board.campaign.term)

    # -- the bulletin ------------------------------------------------------------------------------

    def sections(self) -> list:
        return campaign_service.bulletin_sections(self._store, self._board)

    def _suggested(self, suffix: str) -> str:
        folder = Path.home() / "Documents"
        folder = folder if folder.is_dir() else Path.home()
        return str(folder / f"{campaign_service.bulletin_file_stem(self._board)}{suffix}")

    def _save_path(self, title: str, suffix: str, file_filter: str, path: str | None) -> str:
        path = path or ask_save_path(self, title, self._suggested(suffix), file_filter)
        if not path:
            return ""
        return path if path.lower().endswith(suffix) else path + suffix

    def _write(self, title: str, path: str, work, done: str) -> str:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = work()
        except (OSError, StoreError) as exc:
            QApplication.restoreOverrideCursor()
            messages.error(self, title, self.tr("无法写入{0}").format(path), str(exc))
            return ""
        QApplication.restoreOverrideCursor()
        self._show_message(done.format(path, result))
        return path

    def export_pdf(self, path: str | None = None) -> str:
        """周通报PDF…; returns the file written ('' when cancelled or refused)."""
        from fdh_desktop.gui.common.printing import write_pdf

        if self._board is None:
            return ""
        path = self._save_path(self.tr("周通报PDF"), ".pdf", self.tr("PDF 文件 (*.pdf)"), path)
        if not path:
            return ""
        return self._write(self.tr("无法导出PDF"), path, lambda: write_pdf(path, self.sections(), a3=False),
                           self.tr("已导出周通报PDF（{1}页）：{0}"))

    def export_xlsx(self, path: str | None = None) -> str:
        from fdh_desktop.reports.stats_xlsx import write_stats_workbook
        from fdh_desktop.services.statistics import report_signature

        if self._board is None:
            return ""
        path = self._save_path(self.tr("导出周通报xlsx"), ".xlsx", self.tr("Excel 工作簿 (*.xlsx)"), path)
        if not path:
            return ""
        return self._write(self.tr("无法导出Excel"), path, lambda: write_stats_workbook(
            path, self.sections(), report_signature(self._store)), self.tr("已导出周通报Excel：{0}"))

    def print_bulletin(self) -> None:
        from fdh_desktop.gui.common.printing import print_with_dialog

        if self._board is not None:
            print_with_dialog(self, self.sections(), a3=False)
