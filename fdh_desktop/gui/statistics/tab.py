"""The 统计 tab: the statistics of a term for the district or one street, last term beside,
every count clickable down to the people behind it, charts, consistency checks, and the
printed tables (print, PDF, Excel), the 基本情况 text and the roster.

Interface the main window relies on: StatisticsTab(parent=None), set_store(store),
set_term(term), refresh(), and the signal community_requested(community_id, term).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fdh_desktop.domain.records import term_label
from fdh_desktop.reports.checks import ERROR, INFO, OK, WARNING
from fdh_desktop.reports.drill import Drill, describe, is_congress_category
from fdh_desktop.reports.report import previous_source
from fdh_desktop.reports.street_tables import StreetRow, street_tables
from fdh_desktop.reports.tables import Table, report_tables
from fdh_desktop.services import statistics as stats_service
from fdh_desktop.storage import StoreError

from fdh_desktop.gui import messages
from fdh_desktop.gui.statistics.drill_dialogs import ask_save_path
from fdh_desktop.gui.statistics.models import DRILL_ROLE, PeopleModel, StatsTableModel

_KIND_ROLE = Qt.ItemDataRole.UserRole + 20
CHART_AGE = "age_band"
CHART_EDUCATION = "education"


class StatisticsTab(QWidget):
    community_requested = Signal(int, int)  # community_id, term

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statistics_tab")
        self._store = None
        self._term: int | None = None
        self._street: str | None = None
        self._report: dict | None = None
        self._streets: list[stats_service.StreetReport] = []
        self._tables: list[tuple[str, Table, bool]] = []  # (group, table, has a 合计 row)
        self._charts: dict[str, QWidget] = {}
        self._checks: list = []
        self._drill: Drill | None = None
        # set_store and set_term in a row (as the window does) recompute once, on the next turn
        # of the event loop; refresh() recomputes at once.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self._build()
        self.refresh()

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("scope_combo")
        self.scope_combo.setMinimumContentsLength(8)
        self.term_combo = QComboBox(self)
        self.term_combo.setObjectName("term_combo")
        self.previous_label = QLabel(self)
        self.previous_label.setObjectName("previous_label")
        self.baselines_button = self._button("baselines_button", self.tr("上届基数…"), self.edit_baselines)
        self.baselines_button.setToolTip(self.tr("上届没有人员记录时，录入上届公布的数字用于对比"))
        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        self.term_combo.currentIndexChanged.connect(self._term_changed)

        self.summary_button = self._button("summary_button", self.tr("基本情况文字"), self.show_summary)
        self.signature_button = self._button("signature_button", self.tr("落款…"), self.edit_signature)
        self.preview_button = self._button("preview_button", self.tr("打印预览"), self.print_preview)
        self.print_button = self._button("print_button", self.tr("打印"), self.print_tables)
        self.pdf_button = self._button("pdf_button", self.tr("导出PDF"), self.export_pdf)
        self.excel_button = self._button("excel_button", self.tr("导出Excel"), self.export_excel)
        self.roster_button = self._button("roster_button", self.tr("班子成员名册"), self.roster)
        self.a3_check = QCheckBox(self.tr("PDF宽表用A3纸"), self)
        self.a3_check.setObjectName("a3_check")
        self.a3_check.setChecked(True)
        self.a3_check.setToolTip(self.tr("导出PDF时，分街道宽表用A3纸，其余用A4纸；不勾选则全部A4，宽表缩小。"
                                         "打印时全部用打印对话框中选定的纸张，放不下的表自动缩小。"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("范围"), self))
        bar.addWidget(self.scope_combo)
        bar.addWidget(QLabel(self.tr("届次"), self))
        bar.addWidget(self.term_combo)
        bar.addWidget(self.previous_label)
        bar.addWidget(self.baselines_button)
        bar.addStretch(1)
        for w in (self.summary_button, self.signature_button, self.a3_check, self.preview_button,
                  self.print_button, self.pdf_button, self.excel_button, self.roster_button):
            bar.addWidget(w)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)

        self.table_list = QListWidget(self)
        self.table_list.setObjectName("table_list")
        self.table_list.currentItemChanged.connect(self._show_current)

        self.table_model = StatsTableModel(self)
        self.table_view = QTableView(self)
        self.table_view.setObjectName("table_view")
        self.table_view.setModel(self.table_model)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table_view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_view.clicked.connect(self._cell_clicked)
        self.table_view.activated.connect(self._cell_clicked)
        self.table_title = QLabel(self)
        self.table_title.setObjectName("table_title")
        self.table_title.setStyleSheet("font-weight: bold;")
        hint = QLabel(self.tr("蓝色数字可单击，查看这个数字背后的名单"), self)
        hint.setStyleSheet("color: #666;")
        table_page = QWidget(self)
        tl = QVBoxLayout(table_page)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table_title)
        tl.addWidget(self.table_view, 1)
        tl.addWidget(hint)
        self.view_stack = QStackedWidget(self)
        self.view_stack.setObjectName("view_stack")
        self.view_stack.addWidget(table_page)

        self.people_title = QLabel(self.tr("单击表中的数字，这里列出它背后的人员或社区；双击一行打开该社区。"), self)
        self.people_title.setObjectName("people_title")
        self.people_title.setWordWrap(True)
        self.people_model = PeopleModel(self)
        self.people_view = QTableView(self)
        self.people_view.setObjectName("people_view")
        self.people_view.setModel(self.people_model)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.setSortingEnabled(False)
        self.people_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.people_view.doubleClicked.connect(self._person_activated)
        self.open_button = self._button("open_button", self.tr("打开社区"), self._open_selected)
        people_box = QWidget(self)
        pl = QVBoxLayout(people_box)
        pl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.people_title, 1)
        head.addWidget(self.open_button)
        pl.addLayout(head)
        pl.addWidget(self.people_view, 1)

        centre = QSplitter(Qt.Orientation.Vertical, self)
        centre.addWidget(self.view_stack)
        centre.addWidget(people_box)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 2)

        self.checks_list = QListWidget(self)
        self.checks_list.setObjectName("checks_list")
        self.checks_list.setWordWrap(True)
        self.checks_list.itemClicked.connect(self._check_clicked)
        checks_box = QGroupBox(self.tr("一致性检查（打印前请核对）"), self)
        QVBoxLayout(checks_box).addWidget(self.checks_list)

        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.setObjectName("main_splitter")
        main.addWidget(self.table_list)
        main.addWidget(centre)
        main.addWidget(checks_box)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 5)
        main.setStretchFactor(2, 2)
        main.setSizes([190, 900, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message_label)
        layout.addWidget(main, 1)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

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
        """Recompute everything from the store (after an import, an edit, a new term...)."""
        self._pending.stop()
        self._fill_combos()
        self._clear_people()
        self._report, self._streets, self._tables, self._checks = None, [], [], []
        error = ""
        if self._store is None:
            error = self.tr("尚未打开数据库")
        else:
            try:
                self._compute()
            except StoreError as exc:
                error = str(exc)
        self.message_label.setText(error)
        self.message_label.setVisible(bool(error))
        for button in (self.summary_button, self.preview_button, self.print_button, self.pdf_button,
                       self.excel_button, self.roster_button, self.signature_button, self.baselines_button):
            button.setEnabled(self._report is not None)
        if self._report is not None and self._report["term"] <= 1:
            self.baselines_button.setEnabled(False)
        self._fill_table_list()
        self._fill_checks()
        self._update_previous_label()

    # -- computing ------------------------------------------------------------------------------

    def _compute(self) -> None:
        store = self._store
        term = self._term if self._term is not None else store.settings().current_term
        self._report = stats_service.statistics(store, term, self._street)
        decimals = store.settings().decimals
        self._tables = [(self.tr("本届与上届对比"), t, False) for t in report_tables(self._report, decimals)]
        if self._street is None:
            self._streets = stats_service.street_statistics(store, term)
            rows = [StreetRow(s.street_id, s.name, s.report) for s in self._streets]
            self._tables += [(self.tr("分街道"), t, True) for t in street_tables(rows, decimals)]
        self._checks = stats_service.consistency(
            store, term, self._street, report=self._report,
            streets=[StreetRow(s.street_id, s.name, s.report) for s in self._streets] if self._streets else None,
        )

    def _fill_combos(self) -> None:
        for combo in (self.scope_combo, self.term_combo):
            combo.blockSignals(True)
            combo.clear()
        try:
            if self._store is not None and self._store.is_initialised():
                self.scope_combo.addItem(self.tr("全区"), None)
                for s in self._store.streets():
                    self.scope_combo.addItem(s.name, s.name)
                for t in self._store.terms():
                    self.term_combo.addItem(t.label, t.number)
                if self._term is None:
                    self._term = self._store.settings().current_term
        except StoreError:
            pass
        if self.scope_combo.findData(self._street) < 0:
            self._street = None
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(self._street), 0))
        self.term_combo.setCurrentIndex(self.term_combo.findData(self._term))
        for combo in (self.scope_combo, self.term_combo):
            combo.blockSignals(False)

    def _scope_changed(self) -> None:
        self._street = self.scope_combo.currentData()
        self.refresh()

    def _term_changed(self) -> None:
        if self.term_combo.currentIndex() >= 0:
            self._term = self.term_combo.currentData()
            self.refresh()

    def _update_previous_label(self) -> None:
        report = self._report
        if report is None or report["term"] <= 1:
            self.previous_label.setText("")
            return
        label = term_label(report["term"] - 1)
        source = previous_source(report)
        if source == stats_service.SOURCE_BASELINES:
            text = self.tr("上届（{0}）：录入的上届基数").format(label)
        elif source == stats_service.SOURCE_RECORDS:
            text = self.tr("上届（{0}）：人员记录").format(label)
        else:
            text = self.tr("上届（{0}）：无数据，可录入上届基数").format(label)
        self.previous_label.setText(text)

    # -- tables and charts ----------------------------------------------------------------------

    def _fill_table_list(self) -> None:
        current = self.table_list.currentItem()
        keep = current.text() if current is not None else None
        keep_row = self.table_list.currentRow()
        self.table_list.blockSignals(True)
        self.table_list.clear()
        group = None
        for i, (name, table, _) in enumerate(self._tables):
            if name != group:
                self._list_heading(name)
                group = name
            item = QListWidgetItem(_short_title(table.title), self.table_list)
            item.setData(_KIND_ROLE, ("table", i))
        if self._report is not None:
            self._list_heading(self.tr("图表"))
            for kind, title in ((CHART_AGE, self.tr("年龄结构图")), (CHART_EDUCATION, self.tr("文化程度图"))):
                QListWidgetItem(title, self.table_list).setData(_KIND_ROLE, ("chart", kind))
        self.table_list.blockSignals(False)
        same = self.table_list.item(keep_row) if keep_row >= 0 else None
        match = self.table_list.findItems(keep, Qt.MatchFlag.MatchExactly) if keep else []
        selectable = [self.table_list.item(i) for i in range(self.table_list.count())
                      if self.table_list.item(i).data(_KIND_ROLE)]
        if same is not None and same.text() == keep:
            target = same
        else:
            target = match[0] if match else (selectable[0] if selectable else None)
        if target is not None:
            self.table_list.setCurrentItem(target)
        self._show_current()

    def _list_heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.table_list)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _show_current(self, *_) -> None:
        item = self.table_list.currentItem()
        kind = item.data(_KIND_ROLE) if item is not None else None
        if not kind:
            self.table_model.set_table(None)
            self.table_title.setText("")
            self.view_stack.setCurrentIndex(0)
            return
        if kind[0] == "table":
            _, table, total = self._tables[kind[1]]
            self.table_model.set_table(table, total)
            self.table_title.setText(table.title)
            self.table_view.resizeColumnsToContents()
            self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.view_stack.setCurrentIndex(0)
        else:
            chart = self._chart(kind[1])
            self.view_stack.setCurrentWidget(chart)

    def _chart(self, kind: str) -> QWidget:
        from fdh_desktop.gui.statistics.charts import ChartPanel  # QtCharts loads only when a chart is first shown

        panel = self._charts.get(kind)
        if panel is None:
            panel = ChartPanel(kind, self)
            panel.setObjectName(f"chart_{kind}")
            self._charts[kind] = panel
            self.view_stack.addWidget(panel)
        if self._report is not None:
            if self._street is None and self._streets:
                rows = [(s.name if s.street_id is not None else self.tr("全区"), s.report) for s in self._streets]
                panel.set_rows(rows, per_street=True)
            else:
                panel.set_rows([(self._street or self.tr("全区"), self._report)], per_street=False)
        return panel

    def current_table(self) -> Table | None:
        return self.table_model.table()

    def select_table(self, title_part: str) -> bool:
        """Show the first table (or chart) whose list entry contains `title_part`."""
        for i in range(self.table_list.count()):
            item = self.table_list.item(i)
            if item.data(_KIND_ROLE) and title_part in item.text():
                self.table_list.setCurrentItem(item)
                return True
        return False

    # -- drill-down -----------------------------------------------------------------------------

    def _cell_clicked(self, index: QModelIndex) -> None:
        drill = index.data(DRILL_ROLE)
        if drill is not None:
            self.show_drill(drill)

    def show_drill(self, drill: Drill) -> list[dict]:
        """List the records behind a figure below the table; returns them."""
        if self._store is None or self._report is None:
            return []
        self._drill = drill
        term = self._report["term"] - 1 if drill.previous else self._report["term"]
        scope_id = self._scope_id()
        rows = stats_service.drill_rows(self._store, self._report["term"], scope_id, drill)
        congresses = is_congress_category(drill.category)
        self.people_model.set_rows(rows, congresses, term)
        where = self._place_name(drill.street_id if drill.street_id is not None else scope_id)
        unit = self.tr("个") if congresses else self.tr("人")
        text = self.tr("{0}{1}{2}：{3}{4}").format(term_label(term), where, describe(drill.category), len(rows), unit)
        if drill.previous and previous_source(self._report) == stats_service.SOURCE_BASELINES:
            text = self.tr("{0}的数字来自录入的上届基数，没有人员名单。").format(term_label(term))
        elif rows:
            text += self.tr("（双击一行打开该社区）")
        self.people_title.setText(text)
        self.people_view.resizeColumnsToContents()
        self.open_button.setEnabled(bool(rows))
        return rows

    def _scope_id(self) -> int | None:
        if self._street is None:
            return None
        street = self._store.street_by_name(self._street)
        return street.id if street else None

    def _place_name(self, street_id: int | None) -> str:
        if street_id is None:
            return self.tr("全区")
        for s in self._streets:
            if s.street_id == street_id:
                return s.name + self.tr("街道")
        return (self._street or "") + self.tr("街道")

    def _clear_people(self) -> None:
        self._drill = None
        self.people_model.set_rows([], False, None)
        self.open_button.setEnabled(False)

    def _person_activated(self, index: QModelIndex) -> None:
        row = self.people_model.row_object(index.row())
        if row is not None and self.people_model.term is not None:
            self.community_requested.emit(int(row["community_id"]), int(self.people_model.term))

    def _open_selected(self) -> None:
        rows = self.people_view.selectionModel().selectedRows()
        index = rows[0] if rows else self.people_model.index(0, 0)
        if index.isValid():
            self._person_activated(index)

    # -- checks ---------------------------------------------------------------------------------

    def _fill_checks(self) -> None:
        self.checks_list.clear()
        if self._report is None:
            return
        style = self.style()
        icons = {
            ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            OK: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
        }
        for check in self._checks:
            item = QListWidgetItem(icons[check.level], check.message, self.checks_list)
            item.setData(DRILL_ROLE, check.drill)
            if check.drill is not None:
                item.setToolTip(self.tr("单击查看名单"))

    def checks(self) -> list:
        """The consistency checks shown (reports.checks.Check), errors first."""
        return list(self._checks)

    def _check_clicked(self, item: QListWidgetItem) -> None:
        drill = item.data(DRILL_ROLE)
        if drill is not None:
            self.show_drill(drill)

    # -- printing and files ---------------------------------------------------------------------

    def _file_stem(self) -> str:
        report = self._report or {}
        where = report.get("district", "") + (f"{self._street}街道" if self._street else "")
        return f"{where}社区妇代会换届选举情况统计表（{term_label(report.get('term', 1))}）"

    def _suggested(self, suffix: str, stem: str | None = None) -> str:
        folder = Path.home() / "Documents"
        folder = folder if folder.is_dir() else Path.home()
        return str(folder / f"{stem or self._file_stem()}{suffix}")

    def _sections(self) -> list:
        return stats_service.printable_sections(self._store, self._report["term"], self._street)

    def _busy(self, work):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QApplication.restoreOverrideCursor()

    def print_preview(self) -> None:
        from fdh_desktop.gui.common.printing import preview

        if self._report is not None:
            preview(self, self._busy(self._sections), self.a3_check.isChecked(), self._file_stem())

    def print_tables(self) -> None:
        from fdh_desktop.gui.common.printing import print_with_dialog

        if self._report is not None:
            print_with_dialog(self, self._busy(self._sections), self.a3_check.isChecked())

    def export_pdf(self, path: str | None = None) -> str:
        """导出PDF; returns the file written ('' when cancelled or refused)."""
        from fdh_desktop.gui.common.printing import write_pdf

        if self._report is None:
            return ""
        path = path or ask_save_path(self, self.tr("导出PDF"), self._suggested(".pdf"), self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return ""
        path = path if path.lower().endswith(".pdf") else path + ".pdf"
        try:
            pages = self._busy(lambda: write_pdf(path, self._sections(), a3=self.a3_check.isChecked()))
        except OSError as exc:
            messages.error(self, self.tr("无法导出PDF"), self.tr("无法写入{0}").format(path), str(exc))
            return ""
        self._status(self.tr("已导出PDF（{0}页）：{1}").format(pages, path))
        return path

    def export_excel(self, path: str | None = None) -> str:
        from fdh_desktop.reports.stats_xlsx import write_stats_workbook

        if self._report is None:
            return ""
        path = path or ask_save_path(self, self.tr("导出Excel"), self._suggested(".xlsx"),
                                     self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return ""
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        try:
            self._busy(lambda: write_stats_workbook(path, self._sections(),
                                                    stats_service.report_signature(self._store)))
        except OSError as exc:
            messages.error(self, self.tr("无法导出Excel"), self.tr("无法写入{0}").format(path), str(exc))
            return ""
        self._status(self.tr("已导出Excel：{0}").format(path))
        return path

    def _status(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(True)

    def summary_text(self) -> str:
        return stats_service.summary(self._store, self._report["term"], self._street)

    def show_summary(self) -> None:
        from fdh_desktop.gui.statistics.drill_dialogs import SummaryDialog

        if self._report is None:
            return
        stem = self._file_stem().replace("情况统计表", "基本情况")
        SummaryDialog(self.summary_text(), self._suggested(".docx", stem), self).exec()

    def edit_signature(self) -> None:
        from fdh_desktop.gui.statistics.drill_dialogs import SignatureDialog

        if self._store is None:
            return
        dialog = SignatureDialog(stats_service.report_signature(self._store), self)
        if dialog.exec():
            try:
                self._store.save_report_signature(dialog.values())
            except StoreError as exc:
                messages.error(self, self.tr("无法保存落款"), str(exc))

    def edit_baselines(self) -> None:
        from fdh_desktop.gui.statistics.baselines_dialog import BaselinesDialog

        if self._report is None or self._report["term"] <= 1:
            return
        if BaselinesDialog(self._store, self._report["term"] - 1, self._street, self).exec():
            self.refresh()

    def roster(self) -> None:
        from fdh_desktop.gui.common.printing import preview, write_pdf
        from fdh_desktop.gui.statistics.drill_dialogs import RosterDialog

        if self._report is None:
            return
        dialog = RosterDialog([s.name for s in self._store.streets()], self._street, self)
        if not dialog.exec():
            return
        term = self._report["term"]
        sections = self._busy(lambda: stats_service.roster_sections(self._store, term, dialog.street(), dialog.masked()))
        if not sections:
            messages.information(self, self.tr("班子成员名册"), self.tr("{0}没有班子成员记录").format(term_label(term)))
            return
        stem = f"{self._report['district']}{(dialog.street() or '') and dialog.street() + '街道'}社区妇代会班子成员名册（{term_label(term)}）"
        if dialog.choice == "preview":
            preview(self, sections, True, stem)
            return
        path = ask_save_path(self, self.tr("导出名册PDF"), self._suggested(".pdf", stem), self.tr("PDF 文件 (*.pdf)"))
        if path:
            try:
                self._busy(lambda: write_pdf(path if path.lower().endswith(".pdf") else path + ".pdf", sections))
            except OSError as exc:
                messages.error(self, self.tr("无法导出PDF"), self.tr("无法写入{0}").format(path), str(exc))
                return
            self._status(self.tr("已导出名册：{0}").format(path))


def _short_title(title: str) -> str:
    """The list entry of a table: its topic without the term (the combo shows it)."""
    for suffix in ("（分街道，",):
        if suffix in title:
            return title.split(suffix)[0].replace("社区妇代会", "").replace("妇代会主任", "主任") or title
    if title.endswith("）") and "统计表" in title:
        return "统计总表"
    return title
