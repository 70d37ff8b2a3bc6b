"""Create a district database: name, current term, its organisation form and year, and where the file goes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from fdh_desktop.domain.organisation import DEFAULT_FORM
from fdh_desktop.services.paths import data_dir

from fdh_desktop.gui.common.editors import set_up_form_combo
from fdh_desktop.gui.common.form_dialog import set_up_form_dialog
from fdh_desktop.gui.forms.ui_new_district_dialog import Ui_NewDistrictDialog

DB_FILTER = QT_TRANSLATE_NOOP("NewDistrictDialog", "区数据库 (*.sqlite *.db);;所有文件 (*)")


class NewDistrictDialog(QDialog):
    """On accept the database exists and is initialised; `path` is its file."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewDistrictDialog()
        set_up_form_dialog(self, self.ui)
        self._folder = folder or data_dir()
        self.path: Path | None = None
        self.ui.year_spin.setValue(date.today().year)
        set_up_form_combo(self.ui.form_combo, DEFAULT_FORM)  # since 会改联 most communities have a 妇联
        self.ui.district_edit.textChanged.connect(self._suggest_file)
        self.ui.file_edit.textEdited.connect(lambda _t: setattr(self, "_file_touched", True))
        self.ui.browse_button.clicked.connect(self._browse)
        self._file_touched = False
        self._suggest_file("")
        self.ui.district_edit.setFocus()

    def _suggest_file(self, name: str) -> None:
        if not self._file_touched:
            stem = name.strip() or self.tr("新区")
            self.ui.file_edit.setText(str(self._folder / f"{stem}.sqlite"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("新建区数据库"), self.ui.file_edit.text(), QCoreApplication.translate("NewDistrictDialog", DB_FILTER))
        if path:
            if not Path(path).suffix:
                path += ".sqlite"
            self.ui.file_edit.setText(path)
            self._file_touched = True

    def accept(self) -> None:
        # Imported late: storage is off the start path.
        from fdh_desktop.services.district import StoreError, init_district, open_district

        district = self.ui.district_edit.text().strip()
        if not district:
            self._refuse(self.tr("请填写区名称"), self.ui.district_edit)
            return
        text = self.ui.file_edit.text().strip()
        if not text:
            self._refuse(self.tr("请选择保存位置"), self.ui.file_edit)
            return
        path = Path(text).expanduser()
        if path.exists():
            self._refuse(self.tr("文件已存在：{0}。请换一个文件名，或用“打开”打开它。").format(path), self.ui.file_edit)
            return
        try:
            with open_district(path, create=True) as store:
                init_district(store, district, self.ui.term_spin.value(), self.ui.year_spin.value(),
                              form=self.ui.form_combo.currentData())
        except StoreError as exc:
            self._refuse(str(exc), self.ui.file_edit)
            return
        self.path = path
        super().accept()

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.ui.message_label.setText(message)
        widget.setFocus()
