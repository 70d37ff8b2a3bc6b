"""导出: the template for one street or all (for street offices to fill in), or the full data of a
term in the exchange format. The file is written off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from fdh_desktop.domain.records import term_label
from fdh_desktop.reports.naming import street_place
from fdh_desktop.services import district
from fdh_desktop.services.exporting import WrittenWorkbook, export_term, make_template

from fdh_desktop.gui import messages
from fdh_desktop.gui.common.screen import fit_window
from fdh_desktop.gui.common.workers import Task, start_task
from fdh_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from fdh_desktop.gui.messages import chinese_buttons

XLSX_FILTER = QT_TRANSLATE_NOOP("ExportDialog", "Excel工作簿 (*.xlsx)")


class ExportDialog(QDialog):
    def __init__(self, db_path: Path, store, term: int | None = None, parent: QWidget | None = None,
                 street_id: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        fit_window(self, self.size())  # the form's size, or less on a small screen
        chinese_buttons(self.ui.button_box)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出"))
        self.ui.button_box.accepted.connect(self.export)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.message_label.setStyleSheet("color: #b71c1c;")
        self._db_path = Path(db_path)
        self._store = store
        self._task: Task | None = None
        self.written: WrittenWorkbook | None = None
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self._folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        self._file_touched = False

        settings = district.settings(store)
        self._district = settings.district
        self.ui.street_combo.addItem(self.tr("全部街道"), None)
        for street in district.streets(store):
            self.ui.street_combo.addItem(street.name, street.name)
            if street.id == street_id:
                self.ui.street_combo.setCurrentIndex(self.ui.street_combo.count() - 1)
        current = settings.current_term
        for t in sorted({t.number for t in district.terms(store)} | {current}, reverse=True):
            self.ui.term_combo.addItem(term_label(t) + (self.tr("（本届）") if t == current else ""), t)
        self.ui.term_combo.setCurrentIndex(max(0, self.ui.term_combo.findData(term or current)))

        for signal in (self.ui.template_radio.toggled, self.ui.street_combo.currentIndexChanged,
                       self.ui.term_combo.currentIndexChanged, self.ui.mask_check.toggled,
                       self.ui.prefill_check.toggled):
            signal.connect(self._options_changed)
        self.ui.file_edit.textEdited.connect(self._file_edited)
        self.ui.browse_button.clicked.connect(self._browse)
        self._options_changed()
        self.ui.template_radio.setFocus()

    def is_template(self) -> bool:
        return self.ui.template_radio.isChecked()

    def suggested_name(self) -> str:
        street = self.ui.street_combo.currentData()
        where = street_place(street) if street else self._district or self.tr("全区")  # 街道 once, never twice
        term = term_label(self.ui.term_combo.currentData())
        if self.is_template():
            return self.tr("{0}{1}妇代会换届填报模板.xlsx").format(where, term)
        suffix = self.tr("（隐去部分号码）") if self.ui.mask_check.isChecked() else ""
        return self.tr("{0}{1}妇代会换届数据{2}_{3}.xlsx").format(where, term, suffix, date.today().strftime("%Y%m%d"))

    def _options_changed(self, *_args) -> None:
        self.ui.mask_check.setEnabled(not self.is_template())
        self.ui.prefill_check.setEnabled(self.is_template())
        if not self._file_touched:
            self.ui.file_edit.setText(str(self._folder / self.suggested_name()))

    def _file_edited(self, _text: str) -> None:
        self._file_touched = True

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出到"), self.ui.file_edit.text(), self.tr(XLSX_FILTER))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.ui.file_edit.setText(path)
            self._file_touched = True

    def export(self) -> None:
        text = self.ui.file_edit.text().strip()
        if not text:
            self.ui.message_label.setText(self.tr("请填写保存位置"))
            self.ui.file_edit.setFocus()
            return
        out = Path(text).expanduser()
        if out.exists() and not messages.confirm(self, self.tr("文件已存在"),
                                                 self.tr("{0} 已存在，是否替换？").format(out.name), self.tr("替换")):
            return
        street = self.ui.street_combo.currentData()
        term = self.ui.term_combo.currentData()
        template, mask = self.is_template(), self.ui.mask_check.isChecked()
        prefill = template and self.ui.prefill_check.isChecked()

        def work(store, _progress, _cancelled):
            if template:
                return make_template(store, out, street=street, term=term, prefill_previous=prefill)
            return export_term(store, out, term=term, mask_personal=mask, street=street)

        self.ui.message_label.setStyleSheet("")
        self.ui.message_label.setText(self.tr("正在导出…"))
        self.ui.button_box.setEnabled(False)
        task = start_task(self, self._db_path, work)
        task.succeeded.connect(self._exported)
        task.failed.connect(self._failed)
        task.done.connect(self._task_done)
        self._task = task

    def _task_done(self) -> None:
        self.ui.button_box.setEnabled(True)

    def _exported(self, written: WrittenWorkbook) -> None:
        self.written = written
        if self.is_template():
            detail = self.tr("{0}个社区").format(written.communities)
        else:
            detail = self.tr("{0}个社区，{1}名班子成员").format(written.communities, written.members)
        self.ui.message_label.setText(self.tr("已导出（{0}）：{1}").format(detail, written.path))
        self.accept()

    def _failed(self, message: str) -> None:
        self.ui.message_label.setStyleSheet("color: #b71c1c;")
        self.ui.message_label.setText(message)

    def wait(self, ms: int = 30000) -> bool:
        return self._task.wait(ms) if self._task is not None else True

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.wait()
        super().done(result)
