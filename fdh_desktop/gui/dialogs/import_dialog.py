"""导入工作簿: pick returned workbooks, check them off the GUI thread (with progress and 取消),
show what would change and every error with its place, write the marked-up error copies, and
import only what has no errors, in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTreeWidgetItem, QWidget

from fdh_desktop.domain.labels import label
from fdh_desktop.domain.records import term_label
from fdh_desktop.domain.text import display_name
from fdh_desktop.services import district
from fdh_desktop.services.district import StoreError
from fdh_desktop.services.importing import (
    CommunityPlan,
    FilePlan,
    ImportCancelled,
    ImportPlan,
    apply_import,
    plan_import,
    show_value,
    write_error_copy,
)

from fdh_desktop.gui import messages
from fdh_desktop.gui.common.screen import fit_window
from fdh_desktop.gui.common.workers import Task, start_task
from fdh_desktop.gui.dialogs.import_models import FileProblemsModel, RowValuesModel, row_values
from fdh_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from fdh_desktop.gui.forms.ui_row_dialog import Ui_RowDialog
from fdh_desktop.gui.messages import chinese_buttons

WORKBOOK_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "工作簿 (*.xlsx *.xls *.ods *.xlsm);;所有文件 (*)")
BY_WORKBOOK = 0  # term_combo data: the workbook's own term


_REMOVAL = QColor("#b71c1c")


def _mark_removal(item: QTreeWidgetItem, bold: bool = True) -> None:
    item.setForeground(0, _REMOVAL)
    if bold:
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)


class ImportDialog(QDialog):
    def __init__(self, db_path: Path, store, term: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        fit_window(self, self.size())  # the form's size, or less on a small screen
        self._db_path = Path(db_path)
        self._store = store
        self._task: Task | None = None
        self._busy = False
        self.plan: ImportPlan | None = None
        self.applied = False
        self.problems_model = FileProblemsModel(self)
        table = self.ui.problems_table
        table.setModel(self.problems_model)
        table.setSortingEnabled(False)  # the model keeps errors first; no proxy needed
        header = table.horizontalHeader()
        for column, width in enumerate((48, 150, 90, 48, 110, 150)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setDefaultSectionSize(22)
        table.activated.connect(self.show_row)
        table.doubleClicked.connect(self.show_row)

        combo = self.ui.term_combo
        combo.addItem(self.tr("工作簿中注明的届次（未注明则为本届）"), BY_WORKBOOK)
        current = district.settings(store).current_term
        for t in sorted({t.number for t in district.terms(store)} | {current}, reverse=True):
            combo.addItem(term_label(t) + (self.tr("（本届）") if t == current else ""), t)

        self.ui.add_files_button.clicked.connect(self.choose_files)
        self.ui.remove_files_button.clicked.connect(self._remove_selected)
        self.ui.check_button.clicked.connect(self.check)
        self.ui.cancel_button.clicked.connect(self.cancel)
        self.ui.import_button.clicked.connect(self.confirm_import)
        self.ui.error_copy_button.clicked.connect(self.write_error_copies)
        self.ui.close_button.clicked.connect(self.reject)
        self._set_busy(False)
        self._update_buttons()
        self.ui.add_files_button.setFocus()
        self.ui.add_files_button.setDefault(False)
        self.ui.add_files_button.setAutoDefault(False)

    # -- files ----------------------------------------------------------------------------------

    def files(self) -> list[Path]:
        return [Path(self.ui.files_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.ui.files_list.count())]

    def add_files(self, paths: list[Path], check: bool = True) -> None:
        known = set(self.files())
        for path in paths:
            path = Path(path)
            if path in known:
                continue
            known.add(path)
            self.ui.files_list.addItem(display_name(path.name))  # a GBK name on Linux shows in Chinese
            item = self.ui.files_list.item(self.ui.files_list.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
        self._forget_plan()
        if check and self.files():
            self.check()

    def choose_files(self) -> None:
        start = str(self.files()[-1].parent) if self.files() else str(Path.home())
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择街道交回的工作簿"), start, self.tr(WORKBOOK_FILTER))
        if names:
            self.add_files([Path(n) for n in names])

    def _remove_selected(self) -> None:
        for item in self.ui.files_list.selectedItems():
            self.ui.files_list.takeItem(self.ui.files_list.row(item))
        self._forget_plan()

    def _forget_plan(self) -> None:
        self.plan = None
        self.ui.plan_tree.clear()
        self.problems_model.set_plans([])
        self._update_buttons()

    # -- checking (off the GUI thread) ----------------------------------------------------------

    def check(self) -> None:
        files = self.files()
        if not files or self.is_busy():
            return
        self._forget_plan()
        term = self.ui.term_combo.currentData() or None
        self.ui.status_label.setText(self.tr("正在检查{0}个文件…").format(len(files)))
        self.ui.progress_bar.setRange(0, 0)
        self._set_busy(True)

        def work(store, progress, cancelled):
            return plan_import(store, files, term=term, progress=progress, cancelled=cancelled)

        task = start_task(self, self._db_path, work, cancel_exceptions=(ImportCancelled,))
        task.progress.connect(self._progress)
        task.succeeded.connect(self._checked)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        task.done.connect(self._task_done)
        self._task = task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.ui.status_label.setText(self.tr("正在取消…"))

    def is_busy(self) -> bool:
        return self._busy

    def wait(self, ms: int = 30000) -> bool:
        """Block until the running check or import has finished (tests, closing)."""
        return self._task.wait(ms) if self._task is not None else True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.cancel_button.setEnabled(busy)
        self.ui.progress_bar.setVisible(busy)
        self.ui.cancel_button.setVisible(busy)
        for widget in (self.ui.add_files_button, self.ui.remove_files_button, self.ui.check_button,
                       self.ui.term_combo, self.ui.files_list):
            widget.setEnabled(not busy)
        self._update_buttons(busy)

    def _task_done(self) -> None:
        # A bound method, never a lambda: PySide runs a lambda slot in the sender's (worker) thread.
        self._set_busy(False)

    def _progress(self, done: int, total: int, message: str) -> None:
        bar = self.ui.progress_bar
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(min(done, total))
        if message:
            self.ui.status_label.setText(message)

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show_plan(plan)
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.ui.status_label.setText(self.tr("未能完成：{0}").format(message))

    def _cancelled(self) -> None:
        self._forget_plan()
        self.ui.status_label.setText(self.tr("已取消，未写入任何数据。"))

    # -- showing the plan -----------------------------------------------------------------------

    def _show_plan(self, plan: ImportPlan) -> None:
        tree = self.ui.plan_tree
        tree.clear()
        for fp in plan.files:
            top = QTreeWidgetItem([self._file_line(fp)])
            tree.addTopLevelItem(top)
            if fp.has_errors:
                top.setForeground(0, Qt.GlobalColor.darkRed)
            removed = fp.counts()["members_removed"] if not fp.has_errors else 0
            if removed:
                # Removals are what a clerk must not miss: first, red and bold.
                warning = QTreeWidgetItem(top, [self.tr("注意：将删除{0}名班子成员（红色的行）").format(removed)])
                _mark_removal(warning)
            for name in fp.new_streets:
                QTreeWidgetItem(top, [self.tr("新建街道：{0}").format(name)])
            for cp in fp.communities:
                if cp.status == "unchanged" and not cp.set_code:
                    continue
                self._community_item(top, cp)
            unchanged = sum(1 for c in fp.communities if c.status == "unchanged")
            if unchanged:
                QTreeWidgetItem(top, [self.tr("另有{0}个社区与数据库一致，不作修改").format(unchanged)])
            top.setExpanded(True)
        self.problems_model.set_plans(plan.files)
        self.ui.problems_table.resizeRowsToContents()
        errors = sum(len(f.errors) for f in plan.files)
        warnings = sum(len(f.warnings) for f in plan.files)
        self.ui.results_tabs.setTabText(1, self.tr("错误和提醒（{0}个错误，{1}个提醒）").format(errors, warnings))
        if errors:
            self.ui.status_label.setText(self.tr(
                "有{0}处错误，不能导入。请在“错误和提醒”中查看，生成标注错误的副本发回街道修改；"
                "改正后重新检查。").format(errors))
            self.ui.results_tabs.setCurrentIndex(1)
        elif plan.changes_anything:
            self.ui.status_label.setText(self.tr("检查通过{0}。请核对下面的修改，然后点“确认导入”。").format(
                self.tr("（有{0}个提醒）").format(warnings) if warnings else ""))
            self.ui.results_tabs.setCurrentIndex(0)
        else:
            self.ui.status_label.setText(self.tr("这些文件与数据库一致，没有需要写入的修改。"))

    def _file_line(self, fp: FilePlan) -> str:
        c = fp.counts()
        text = self.tr("{0}（{1}）：").format(fp.name, term_label(fp.term))
        if fp.has_errors:
            return text + self.tr("有{0}处错误，不能导入").format(len(fp.errors))
        text += self.tr("社区新增{0}个、修改{1}个、未变{2}个；班子成员新增{3}人、修改{4}人、删除{5}人").format(
            c["communities_added"], c["communities_changed"], c["communities_unchanged"],
            c["members_added"], c["members_changed"], c["members_removed"])
        if fp.previous_imports:
            text += self.tr("（此文件以前导入过）")
        return text

    def _community_item(self, parent: QTreeWidgetItem, cp: CommunityPlan) -> None:
        status = self.tr("新增") if cp.status == "added" else self.tr("修改")
        item = QTreeWidgetItem(parent, [f"{cp.label}：{status}"])
        for field_label, old, new in cp.congress_changes:
            QTreeWidgetItem(item, [f"{field_label}：{show_value(old) or self.tr('（空）')} → {show_value(new) or self.tr('（空）')}"])
        if cp.set_code:
            QTreeWidgetItem(item, [self.tr("社区代码：（空） → {0}").format(cp.set_code)])
        for new in cp.members.added:
            QTreeWidgetItem(item, [self.tr("新增成员：{0} {1}").format(new.role, new.name)])
        for old, new in cp.members.changed:
            changes = [
                f"{label(k)} {show_value(v) or self.tr('（空）')}→{show_value(new.content()[k]) or self.tr('（空）')}"
                for k, v in old.content().items() if new.content()[k] != v
            ]
            QTreeWidgetItem(item, [self.tr("修改成员：{0}：{1}").format(old.name, "，".join(changes))])
        for old in cp.members.removed:
            _mark_removal(QTreeWidgetItem(item, [self.tr("删除成员：{0} {1}").format(old.role, old.name)]))
        if cp.members.removed:
            _mark_removal(item, bold=False)
            item.setExpanded(True)
        if cp.reordered:
            QTreeWidgetItem(item, [self.tr("班子成员顺序调整")])

    def _update_buttons(self, busy: bool = False) -> None:
        plan = self.plan
        can_import = plan is not None and not plan.has_errors and plan.changes_anything and not self.applied
        self.ui.import_button.setEnabled(not busy and can_import)
        self.ui.import_button.setDefault(can_import)
        removed = self.removed_members() if can_import else []
        self.ui.import_button.setText(self.tr("确认导入（删除{0}人）(&I)").format(len(removed)) if removed
                                      else self.tr("确认导入(&I)"))
        self.ui.results_tabs.setTabText(0, self.tr("已写入的修改") if self.applied else self.tr("将要写入的修改"))
        self.ui.error_copy_button.setEnabled(
            not busy and plan is not None and any(f.has_errors and f.can_mark for f in plan.files))

    # -- actions --------------------------------------------------------------------------------

    def show_row(self, index: QModelIndex) -> None:
        """The whole workbook row of a problem, with the faulty cell marked."""
        if not index.isValid():
            return
        plan, problem = self.problems_model.entry(index.row())
        dialog = RowDialog(plan, problem, self)
        dialog.exec()

    def write_error_copies(self) -> list[Path]:
        if self.plan is None:
            return []
        written, failed = [], []
        for fp in self.plan.files:
            if fp.has_errors and fp.can_mark:
                try:
                    written.append(write_error_copy(fp))
                except StoreError as exc:
                    failed.append(str(exc))
        text = "\n".join(str(p) for p in written)
        if written:
            self.ui.status_label.setText(self.tr("已生成标注错误的副本：{0}").format("；".join(p.name for p in written)))
        if failed:
            messages.error(self, self.tr("未能生成副本"), "\n".join(failed))
        elif written:
            messages.information(self, self.tr("已生成标注错误的副本"),
                                 self.tr("错误的单元格已标红，并加了“错误说明”列。可把副本发回街道修改："), text)
        return written

    def removed_members(self) -> list[str]:
        """'街道 › 社区：职务 姓名' of every member the planned import deletes."""
        if self.plan is None:
            return []
        return [f"{cp.label}：{old.role} {old.name}" for fp in self.plan.files for cp in fp.communities
                for old in cp.members.removed]

    def confirm_import(self) -> None:
        plan = self.plan
        if plan is None or plan.has_errors or not plan.changes_anything or self.is_busy():
            return
        removed = self.removed_members()
        if removed and not messages.confirm(
                self, self.tr("将删除班子成员"),
                self.tr("这次导入将删除{0}名班子成员（交回的工作簿里没有他们）。确定导入吗？").format(len(removed)),
                self.tr("删除并导入"), "\n".join(removed[:200])):
            self.ui.status_label.setText(self.tr("未导入。"))
            return
        self.ui.status_label.setText(self.tr("正在导入…"))
        self.ui.progress_bar.setRange(0, 0)
        self._set_busy(True)
        self.ui.cancel_button.setEnabled(False)  # one transaction: it is written whole or not at all

        def work(store, _progress, _cancelled):
            from fdh_desktop.services.backups import prepare_write

            backup = prepare_write(store, "import")
            apply_import(store, plan)
            return backup

        task = start_task(self, self._db_path, work)
        task.succeeded.connect(self._imported)
        task.failed.connect(self._import_failed)
        task.done.connect(self._task_done)
        self._task = task

    def _imported(self, backup) -> None:
        self.applied = True
        note = self.tr("（导入前已备份：{0}）").format(backup.path.name) if backup is not None else ""
        self.ui.status_label.setText(self.tr("已导入。") + note)
        self._update_buttons()
        self.ui.close_button.setFocus()

    def _import_failed(self, message: str) -> None:
        self.ui.status_label.setText(self.tr("未导入，数据库没有任何改动：{0}").format(message))
        messages.error(self, self.tr("未导入"), message)

    def done(self, result: int) -> None:
        """Closing while a check runs cancels it; an import in progress is waited for."""
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
        super().done(result)


class RowDialog(QDialog):
    def __init__(self, plan: FilePlan, problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RowDialog()
        self.ui.setupUi(self)
        chinese_buttons(self.ui.button_box)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)
        place = [problem.file]
        if problem.sheet:
            place.append(self.tr("工作表“{0}”").format(problem.sheet))
        if problem.row is not None:
            place.append(self.tr("第{0}行").format(problem.row))
        if problem.column:
            place.append(self.tr("“{0}”列").format(problem.column))
        self.ui.place_label.setText(" / ".join(place))
        level = self.tr("错误") if problem.is_error else self.tr("提醒")
        self.ui.message_label.setText(f"{level}：{problem.message}")
        values = row_values(plan, problem)
        if not values:
            values = [(problem.column or self.tr("值"), problem.value, True)]
        self.model = RowValuesModel(values, self)
        self.ui.values_table.setModel(self.model)
        self.ui.values_table.setColumnWidth(0, 150)
        faulty = next((i for i, v in enumerate(values) if v[2]), None)
        if faulty is not None:
            self.ui.values_table.selectRow(faulty)
