"""The 统计 tab: the statistics of a term for the district or one street, last term beside,
every count clickable down to the people behind it, charts, consistency checks, and the
printed tables (print, PDF, Excel), the 基本情况 text and the roster.

The layout is the Designer form ui/stats_tab.ui; everything it shows comes from
services.statistics (the tab never touches the store itself).

Interface the main window relies on: StatisticsTab(parent=None), set_store(store),
set_term(term), refresh(), on_changes(changes), and the signals
community_requested(community_id, term) and changes_made(Changes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QHeaderView, QListWidgetItem, QStyle, QWidget

from fdh_desktop.domain.records import term_label
from fdh_desktop.reports.checks import ERROR, INFO, OK, WARNING
from fdh_desktop.domain.organisation import FORM_CONGRESS, FORM_FEDERATION
from fdh_desktop.reports.drill import Drill, is_congress_category
from fdh_desktop.reports.federation_drill import is_people_category
from fdh_desktop.reports.federation_tables import FEDERATION_TABLE_NAMES
from fdh_desktop.reports.naming import street_place
from fdh_desktop.reports.report import previous_source
from fdh_desktop.reports.tables import Table
from fdh_desktop.services import statistics as stats_service
from fdh_desktop.services.changes import Changes
from fdh_desktop.services.statistics import StoreError

from fdh_desktop.gui import messages
from fdh_desktop.gui.common.lazy_refresh import RefreshWhenShown
from fdh_desktop.gui.forms.ui_stats_tab import Ui_StatsTab
from fdh_desktop.gui.statistics.drill_dialogs import ask_save_path
from fdh_desktop.gui.statistics.models import DRILL_ROLE, PeopleModel, StatsTableModel

_KIND_ROLE = Qt.ItemDataRole.UserRole + 20
CHART_AGE = "age_band"
CHART_EDUCATION = "education"
CHART_EXECUTIVE_AGE = "executive_age_band"


class StatisticsTab(RefreshWhenShown, QWidget):
    community_requested = Signal(int, int)  # community_id, term
    changes_made = Signal(object)  # services.changes.Changes of an action taken here (上届基数, 落款)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statistics_tab")
        self.ui = Ui_StatsTab()
        self.ui.setupUi(self)
        self._store = None  # an open district, handed to the services as it is
        self._term: int | None = None
        self._street: str | None = None
        self._overview: stats_service.Overview | None = None
        self._tables: list[tuple[str, Table, bool]] = []  # (group, table, has a 合计 row)
        self._charts: dict[str, QWidget] = {}
        self._list_fitted = False
        self._set_up_refresh()
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        self.table_model = StatsTableModel(self)
        ui.table_view.setModel(self.table_model)
        ui.table_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        ui.table_view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        ui.table_view.clicked.connect(self._cell_clicked)
        ui.table_view.activated.connect(self._cell_clicked)
        self.people_model = PeopleModel(self)
        ui.people_view.setModel(self.people_model)
        ui.people_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        ui.people_view.doubleClicked.connect(self._person_activated)
        ui.open_button.clicked.connect(self._open_selected)
        ui.scope_combo.currentIndexChanged.connect(self._scope_changed)
        ui.term_combo.currentIndexChanged.connect(self._term_changed)
        ui.table_list.currentItemChanged.connect(self._show_current)
        ui.checks_list.itemClicked.connect(self._check_clicked)
        for button, slot in ((ui.baselines_button, self.edit_baselines), (ui.summary_button, self.show_summary),
                             (ui.signature_button, self.edit_signature), (ui.preview_button, self.print_preview),
                             (ui.print_button, self.print_tables), (ui.pdf_button, self.export_pdf),
                             (ui.excel_button, self.export_excel), (ui.roster_button, self.roster),
                             (ui.targets_button, self.edit_targets)):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
        ui.main_splitter.setStretchFactor(0, 1)
        ui.main_splitter.setStretchFactor(1, 5)
        ui.main_splitter.setStretchFactor(2, 2)
        ui.main_splitter.setSizes([170, 880, 280])
        ui.centre_splitter.setStretchFactor(0, 3)
        ui.centre_splitter.setStretchFactor(1, 2)

    # -- interface ------------------------------------------------------------------------------

    def set_store(self, store) -> None:
        if store is not self._store:
            self._street = None
            self._term = None
        self._store = store
        self._pending.start()

    def set_term(self, term: int) -> None:
        self._term = term
        self._pending.start()

    def refresh(self) -> None:
        """Recompute everything (after an import, an edit, a new term...)."""
        self._pending.stop()
        self._stale = False
        self._fill_combos()
        self._clear_people()
        self._overview, self._tables = None, []
        error = ""
        if self._store is None:
            error = self.tr("尚未打开数据库")
        else:
            try:
                self._compute()
            except StoreError as exc:
                error = str(exc)
        self._show_message(error)
        ui = self.ui
        report = self.report()
        for button in (ui.summary_button, ui.preview_button, ui.print_button, ui.pdf_button,
                       ui.excel_button, ui.roster_button, ui.signature_button, ui.baselines_button,
                       ui.targets_button):
            button.setEnabled(report is not None)
        if report is not None and report["term"] <= 1:
            ui.baselines_button.setEnabled(False)
        self._fill_table_list()
        self._fill_checks()
        self._update_previous_label()

    def report(self) -> dict | None:
        """The `stats --json` object shown, None when there is none."""
        return self._overview.report if self._overview is not None else None

    # -- computing ------------------------------------------------------------------------------

    def _compute(self) -> None:
        overview = stats_service.overview(self._store, self._term, self._street)
        self._overview = overview
        self._term = overview.report["term"]
        # A 妇联 term's chairs in the 两委, its 执委 and the targets get a section of their own.
        self._tables = [(self.tr("本届与上届对比"), t, False) for t in overview.tables
                        if t.name not in FEDERATION_TABLE_NAMES]
        self._tables += [(self.tr("妇联主席与执委"), t, False) for t in overview.tables
                         if t.name in FEDERATION_TABLE_NAMES]
        self._tables += [(self.tr("分街道"), t, True) for t in overview.street_tables]

    def _fill_combos(self) -> None:
        scope, term = self.ui.scope_combo, self.ui.term_combo
        for combo in (scope, term):
            combo.blockSignals(True)
            combo.clear()
        try:
            choices = stats_service.choices(self._store) if self._store is not None else None
        except StoreError:
            choices = None
        if choices is not None and choices.terms:
            scope.addItem(self.tr("全区"), None)
            for name in choices.streets:
                scope.addItem(name, name)
            for number, label in choices.terms:
                term.addItem(label, number)
            if self._term is None:
                self._term = choices.current_term
        if scope.findData(self._street) < 0:
            self._street = None
        scope.setCurrentIndex(max(scope.findData(self._street), 0))
        term.setCurrentIndex(term.findData(self._term))
        for combo in (scope, term):
            combo.blockSignals(False)

    def _scope_changed(self) -> None:
        self._street = self.ui.scope_combo.currentData()
        self.refresh()

    def _term_changed(self) -> None:
        if self.ui.term_combo.currentIndex() >= 0:
            self._term = self.ui.term_combo.currentData()
            self.refresh()

    def _update_previous_label(self) -> None:
        report = self.report()
        if report is None or report["term"] <= 1:
            self.ui.previous_label.setText("")
            return
        label = term_label(report["term"] - 1)
        source = previous_source(report)
        if source == stats_service.SOURCE_BASELINES:
            text = self.tr("上届（{0}）：录入的上届基数").format(label)
        elif source == stats_service.SOURCE_RECORDS:
            text = self.tr("上届（{0}）：人员记录").format(label)
        else:
            text = self.tr("上届（{0}）：无数据，可录入上届基数").format(label)
        self.ui.previous_label.setText(text)

    def _show_message(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    # -- tables and charts ----------------------------------------------------------------------

    def _fill_table_list(self) -> None:
        table_list = self.ui.table_list
        current = table_list.currentItem()
        keep = current.text() if current is not None else None
        keep_row = table_list.currentRow()
        table_list.blockSignals(True)
        table_list.clear()
        group = None
        for i, (name, table, _) in enumerate(self._tables):
            if name != group:
                self._list_heading(name)
                group = name
            item = QListWidgetItem(table.short_name(), table_list)
            item.setData(_KIND_ROLE, ("table", i))
            item.setToolTip(table.title)
        if self._overview is not None:
            self._list_heading(self.tr("图表"))
            charts = [(CHART_AGE, self.tr("年龄结构图")), (CHART_EDUCATION, self.tr("文化程度图"))]
            if self._overview.report.get("form") == FORM_FEDERATION:
                charts.append((CHART_EXECUTIVE_AGE, self.tr("执委年龄结构图")))
            for kind, title in charts:
                QListWidgetItem(title, table_list).setData(_KIND_ROLE, ("chart", kind))
        table_list.blockSignals(False)
        same = table_list.item(keep_row) if keep_row >= 0 else None
        match = table_list.findItems(keep, Qt.MatchFlag.MatchExactly) if keep else []
        selectable = [table_list.item(i) for i in range(table_list.count()) if table_list.item(i).data(_KIND_ROLE)]
        if same is not None and same.text() == keep:
            target = same
        else:
            target = match[0] if match else (selectable[0] if selectable else None)
        if target is not None:
            table_list.setCurrentItem(target)
        self._show_current()
        self._fit_list_width()

    def _fit_list_width(self) -> None:
        """Once there are entries: the list at least as wide as its longest entry (within reason)."""
        table_list = self.ui.table_list
        if self._list_fitted or table_list.count() == 0:
            return
        self._list_fitted = True
        wanted = table_list.sizeHintForColumn(0) + 2 * table_list.frameWidth() + 8
        table_list.setMinimumWidth(min(wanted, 260))

    def _list_heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.ui.table_list)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _show_current(self, *_) -> None:
        ui = self.ui
        item = ui.table_list.currentItem()
        kind = item.data(_KIND_ROLE) if item is not None else None
        if not kind:
            self.table_model.set_table(None)
            ui.table_title_label.setText("")
            ui.view_stack.setCurrentWidget(ui.table_page)
            return
        if kind[0] == "table":
            _, table, total = self._tables[kind[1]]
            self.table_model.set_table(table, total)
            ui.table_title_label.setText(table.title)
            ui.table_view.resizeColumnsToContents()
            ui.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            ui.view_stack.setCurrentWidget(ui.table_page)
        else:
            ui.view_stack.setCurrentWidget(self._chart(kind[1]))

    def _chart(self, kind: str) -> QWidget:
        from fdh_desktop.gui.statistics.charts import ChartPanel  # QtCharts loads only when a chart is first shown

        panel = self._charts.get(kind)
        if panel is None:
            panel = ChartPanel(kind, self)
            panel.setObjectName(f"chart_{kind}")
            self._charts[kind] = panel
            self.ui.view_stack.addWidget(panel)
        overview = self._overview
        if overview is not None:
            decimals = overview.decimals
            if self._street is None and overview.streets:
                rows = [(s.name if s.street_id is not None else self.tr("全区"), s.report) for s in overview.streets]
                panel.set_rows(rows, per_street=True, decimals=decimals)
            else:
                panel.set_rows([(self._street or self.tr("全区"), overview.report)], per_street=False,
                               decimals=decimals)
        return panel

    def current_table(self) -> Table | None:
        return self.table_model.table()

    def select_table(self, title_part: str) -> bool:
        """Show the first table (or chart) whose list entry contains `title_part`."""
        table_list = self.ui.table_list
        for i in range(table_list.count()):
            item = table_list.item(i)
            if item.data(_KIND_ROLE) and title_part in item.text():
                table_list.setCurrentItem(item)
                return True
        return False

    # -- drill-down -----------------------------------------------------------------------------

    def _cell_clicked(self, index: QModelIndex) -> None:
        drill = index.data(DRILL_ROLE)
        if drill is not None:
            self.show_drill(drill)

    def show_drill(self, drill: Drill) -> list[dict]:
        """List the records behind a figure below the table; returns them."""
        overview = self._overview
        if self._store is None or overview is None:
            return []
        report = overview.report
        term = report["term"] - 1 if drill.previous else report["term"]
        rows = stats_service.drill_rows(self._store, report["term"], overview.street_id, drill)
        congresses = is_congress_category(drill.category)
        self.people_model.set_rows(rows, congresses, term, people=is_people_category(drill.category))
        where = self._place_name(drill.street_id if drill.street_id is not None else overview.street_id)
        unit = self.tr("个") if congresses else self.tr("人")
        text = self.tr("{0}{1}{2}：{3}{4}").format(term_label(term), where, stats_service.describe_drill(drill.category),
                                                         len(rows), unit)
        if drill.previous and previous_source(report) == stats_service.SOURCE_BASELINES:
            text = self.tr("{0}的数字来自录入的上届基数，没有人员名单。").format(term_label(term))
        elif rows:
            text += self.tr("（双击一行打开该社区）")
        self.ui.people_title_label.setText(text)
        self.ui.people_view.resizeColumnsToContents()
        self.ui.open_button.setEnabled(bool(rows))
        return rows

    def _place_name(self, street_id: int | None) -> str:
        if street_id is None:
            return self.tr("全区")
        for s in self._overview.streets if self._overview else []:
            if s.street_id == street_id:
                return street_place(s.name)
        return street_place(self._street or "")

    def _clear_people(self) -> None:
        self.people_model.set_rows([], False, None)
        self.ui.open_button.setEnabled(False)

    def _person_activated(self, index: QModelIndex) -> None:
        row = self.people_model.row_object(index.row())
        if row is not None and self.people_model.term is not None:
            self.community_requested.emit(int(row["community_id"]), int(self.people_model.term))

    def _open_selected(self) -> None:
        rows = self.ui.people_view.selectionModel().selectedRows()
        index = rows[0] if rows else self.people_model.index(0, 0)
        if index.isValid():
            self._person_activated(index)

    # -- checks ---------------------------------------------------------------------------------

    def _fill_checks(self) -> None:
        checks_list = self.ui.checks_list
        checks_list.clear()
        if self._overview is None:
            return
        style = self.style()
        icons = {
            ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            OK: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
        }
        for check in self._overview.checks:
            item = QListWidgetItem(icons[check.level], check.message, checks_list)
            item.setData(DRILL_ROLE, check.drill)
            if check.drill is not None:
                item.setToolTip(self.tr("单击查看名单"))

    def checks(self) -> list:
        """The consistency checks shown (reports.checks.Check), errors first."""
        return list(self._overview.checks) if self._overview is not None else []

    def _check_clicked(self, item: QListWidgetItem) -> None:
        drill = item.data(DRILL_ROLE)
        if drill is not None:
            self.show_drill(drill)

    # -- printing and files ---------------------------------------------------------------------

    def _file_stem(self) -> str:
        report = self.report() or {}
        return stats_service.report_title(report.get("district", ""), self._street, report.get("term", 1),
                                          report.get("form") or FORM_CONGRESS)

    def _suggested(self, suffix: str, stem: str | None = None) -> str:
        folder = Path.home() / "Documents"
        folder = folder if folder.is_dir() else Path.home()
        return str(folder / f"{stem or self._file_stem()}{suffix}")

    def _sections(self) -> list:
        return stats_service.printable_sections(self._store, self.report()["term"], self._street)

    def _busy(self, work):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QApplication.restoreOverrideCursor()

    def print_preview(self) -> None:
        from fdh_desktop.gui.common.printing import preview

        if self.report() is not None:
            preview(self, self._busy(self._sections), self.ui.a3_check.isChecked(), self._file_stem())

    def print_tables(self) -> None:
        from fdh_desktop.gui.common.printing import print_with_dialog

        if self.report() is not None:
            print_with_dialog(self, self._busy(self._sections), self.ui.a3_check.isChecked())

    def _save_path(self, title: str, suffix: str, file_filter: str, path: str | None, stem: str | None = None) -> str:
        """The file to write: `path` when given (tests, scripts), else asked; '' when cancelled."""
        path = path or ask_save_path(self, title, self._suggested(suffix, stem), file_filter)
        if not path:
            return ""
        return path if path.lower().endswith(suffix) else path + suffix

    def _write(self, title: str, path: str, work, done: str) -> bool:
        """Run one file-writing job; a refusal is one message naming the file, never a traceback."""
        try:
            result = self._busy(work)
        except OSError as exc:
            messages.error(self, title, self.tr("无法写入{0}").format(path), str(exc))
            return False
        self._show_message(done.format(path, result))
        return True

    def export_pdf(self, path: str | None = None) -> str:
        """导出PDF; returns the file written ('' when cancelled or refused)."""
        from fdh_desktop.gui.common.printing import write_pdf

        if self.report() is None:
            return ""
        path = self._save_path(self.tr("导出PDF"), ".pdf", self.tr("PDF 文件 (*.pdf)"), path)
        if not path:
            return ""
        a3 = self.ui.a3_check.isChecked()
        written = self._write(self.tr("无法导出PDF"), path, lambda: write_pdf(path, self._sections(), a3=a3),
                              self.tr("已导出PDF（{1}页）：{0}"))
        return path if written else ""

    def export_excel(self, path: str | None = None) -> str:
        from fdh_desktop.reports.stats_xlsx import write_stats_workbook

        if self.report() is None:
            return ""
        path = self._save_path(self.tr("导出Excel"), ".xlsx", self.tr("Excel 工作簿 (*.xlsx)"), path)
        if not path:
            return ""
        written = self._write(self.tr("无法导出Excel"), path, lambda: write_stats_workbook(
            path, self._sections(), stats_service.report_signature(self._store)), self.tr("已导出Excel：{0}"))
        return path if written else ""

    def summary_text(self) -> str:
        return stats_service.summary(self._store, self.report()["term"], self._street)

    def show_summary(self) -> None:
        from fdh_desktop.gui.statistics.drill_dialogs import SummaryDialog

        if self.report() is None:
            return
        report = self.report()
        stem = stats_service.summary_title(report["district"], self._street, report["term"],
                                           report.get("form") or FORM_CONGRESS)
        SummaryDialog(self.summary_text(), self._suggested(".docx", stem), self).exec()

    def edit_signature(self) -> None:
        from fdh_desktop.gui.statistics.drill_dialogs import SignatureDialog

        if self._store is None:
            return
        dialog = SignatureDialog(stats_service.report_signature(self._store), self)
        if dialog.exec():
            try:
                changes = stats_service.save_report_signature(self._store, dialog.values())
            except StoreError as exc:
                messages.error(self, self.tr("无法保存落款"), str(exc))
                return
            self._changed(changes)

    def edit_baselines(self) -> None:
        from fdh_desktop.gui.statistics.baselines_dialog import BaselinesDialog

        report = self.report()
        if report is None or report["term"] <= 1:
            return
        dialog = BaselinesDialog(self._store, report["term"] - 1, self._street, self)
        if dialog.exec():
            self._changed(dialog.changes)

    def edit_targets(self) -> None:
        from fdh_desktop.gui.statistics.targets_dialog import TargetsDialog

        if self._store is None:
            return
        dialog = TargetsDialog(self._store, self)
        if dialog.exec():
            self._changed(dialog.changes)

    def _changed(self, changes: Changes) -> None:
        """An action of this tab changed the district: show it here, tell the window."""
        if changes:
            self.on_changes(changes)
            self.changes_made.emit(changes)

    def roster(self) -> None:
        from fdh_desktop.gui.common.printing import preview, write_pdf
        from fdh_desktop.gui.statistics.drill_dialogs import RosterDialog

        report = self.report()
        if report is None:
            return
        dialog = RosterDialog(stats_service.choices(self._store).streets, self._street, self)
        if not dialog.exec():
            return
        term = report["term"]
        sections = self._busy(lambda: stats_service.roster_sections(self._store, term, dialog.street(), dialog.masked()))
        if not sections:
            messages.information(self, self.tr("班子成员名册"), self.tr("{0}没有班子成员记录").format(term_label(term)))
            return
        stem = stats_service.roster_title(report["district"], dialog.street(), term)
        if dialog.choice == "preview":
            preview(self, sections, True, stem)
            return
        path = self._save_path(self.tr("导出名册PDF"), ".pdf", self.tr("PDF 文件 (*.pdf)"), None, stem)
        if path:
            self._write(self.tr("无法导出PDF"), path, lambda: write_pdf(path, sections), self.tr("已导出名册：{0}"))
