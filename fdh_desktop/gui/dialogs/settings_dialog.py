"""District settings: name, current term (with its year and reference date), age bands, decimals;
and on the 统计表表头 tab the header block and signature names of every printed statistics table."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from fdh_desktop.domain.records import Settings, term_label
from fdh_desktop.services import district

from fdh_desktop.gui.common.form_dialog import set_up_form_dialog
from fdh_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog

_NO_YEAR = 1948  # the spin box's minimum, shown as 未填
HEADER_FIELDS = ("form_number", "authority", "document_number", "valid_until")  # reports.form_conventions.FormHeader
NAME_FIELDS = ("head", "statistician", "preparer", "phone")  # services.campaign.SIGNATURE_NAMES


def parse_bands(text: str) -> tuple[int, ...]:
    """"35，45" / "35, 45" / "35 45" → (35, 45); ValueError with a Chinese message otherwise."""
    parts = [p for p in re.split(r"[,，、;；\s]+", text.strip()) if p]
    if not parts:
        raise ValueError(QCoreApplication.translate("SettingsDialog", "请填写年龄段分界，例如：35，45"))
    try:
        bands = tuple(int(p) for p in parts)
    except ValueError:
        raise ValueError(QCoreApplication.translate("SettingsDialog", "年龄段分界应为整数，例如：35，45")) from None
    if list(bands) != sorted(set(bands)) or bands[0] < 1 or bands[-1] > 120:
        raise ValueError(QCoreApplication.translate("SettingsDialog", "年龄段分界应为从小到大、互不相同的周岁数，例如：35，45"))
    return bands


def band_labels(bands: tuple[int, ...]) -> list[str]:
    labels = [QCoreApplication.translate("SettingsDialog", "{0}岁及以下").format(bands[0])]
    labels += [QCoreApplication.translate("SettingsDialog", "{0}至{1}岁").format(low + 1, high) for low, high in zip(bands, bands[1:])]
    labels.append(QCoreApplication.translate("SettingsDialog", "{0}岁及以上").format(bands[-1] + 1))
    return labels


class SettingsDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        set_up_form_dialog(self, self.ui)
        self._store = store
        self.changes = None  # what 确定 saved (services.changes.Changes)
        settings = district.settings(store)
        self.ui.district_edit.setText(settings.district)
        self.ui.current_term_spin.setValue(settings.current_term)
        self.ui.age_bands_edit.setText("，".join(str(b) for b in settings.age_bands))
        self.ui.decimals_spin.setValue(settings.decimals)
        self.ui.current_term_spin.valueChanged.connect(self._term_changed)
        self.ui.age_bands_edit.textChanged.connect(self._bands_changed)
        self._term_changed(settings.current_term)
        self._bands_changed(self.ui.age_bands_edit.text())
        self._show_form_header()
        self.ui.settings_tabs.setCurrentIndex(0)
        self.ui.district_edit.setFocus()

    def _show_form_header(self) -> None:
        from fdh_desktop.services import campaign  # late: off the start path

        header = campaign.form_header(self._store)
        names = campaign.form_signature(self._store)
        for key in HEADER_FIELDS:
            getattr(self.ui, f"{key}_edit").setText(getattr(header, key))
        for key in NAME_FIELDS:
            getattr(self.ui, f"{key}_edit").setText(getattr(names, key))

    def form_header_values(self) -> tuple[dict[str, str], dict[str, str]]:
        """(header, signature names) as typed on the 统计表表头 tab."""
        return ({k: getattr(self.ui, f"{k}_edit").text().strip() for k in HEADER_FIELDS},
                {k: getattr(self.ui, f"{k}_edit").text().strip() for k in NAME_FIELDS})

    def _term_changed(self, number: int) -> None:
        term = district.term(self._store, number)
        exists = term is not None
        hint = term_label(number) + ("" if exists else self.tr("（新的一届，保存后建立）"))
        self.ui.term_hint_label.setText(hint)
        self.ui.term_year_spin.setValue(term.year if exists and term.year else _NO_YEAR)
        self.ui.reference_date_edit.set_value(term.reference_date if exists else None)

    def _bands_changed(self, text: str) -> None:
        try:
            bands = parse_bands(text)
        except ValueError as exc:
            self.ui.age_bands_preview_label.setText(str(exc))
            self.ui.age_bands_preview_label.setStyleSheet("color: #b71c1c;")
            return
        self.ui.age_bands_preview_label.setText("、".join(band_labels(bands)))
        self.ui.age_bands_preview_label.setStyleSheet("")

    def accept(self) -> None:
        from fdh_desktop.services.district import StoreError  # late: off the start path

        district = self.ui.district_edit.text().strip()
        if not district:
            self._refuse(self.tr("区名称不能为空"), self.ui.district_edit)
            return
        try:
            bands = parse_bands(self.ui.age_bands_edit.text())
        except ValueError as exc:
            self._refuse(str(exc), self.ui.age_bands_edit)
            return
        reference_error = self.ui.reference_date_edit.error()
        if reference_error:  # a date that cannot be is refused at the field, never saved as blank
            self._refuse(reference_error, self.ui.reference_date_edit)
            return
        term = self.ui.current_term_spin.value()
        year = self.ui.term_year_spin.value()
        settings = Settings(district=district, current_term=term, age_bands=bands,
                            decimals=self.ui.decimals_spin.value())
        from fdh_desktop.services.campaign import save_district_settings

        try:
            self.changes = save_district_settings(self._store, settings, None if year == _NO_YEAR else year,
                                                  self.ui.reference_date_edit.value(), *self.form_header_values())
        except StoreError as exc:
            self.ui.settings_tabs.setCurrentIndex(0)
            self._refuse(str(exc), self.ui.district_edit)
            return
        super().accept()

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.ui.settings_tabs.setCurrentWidget(self.ui.general_page)
        self.ui.message_label.setText(message)
        widget.setFocus()
