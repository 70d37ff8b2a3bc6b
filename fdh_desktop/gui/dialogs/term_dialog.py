"""届次设置: a term's organisation form (妇联 or 妇代会, DOMAIN.md Part 2), its start and end dates,
换届年份 and 年龄基准日期, saved through services.district.save_term in one transaction.

The end date follows the start and the form (5 years for a 妇联, 3 for a 妇代会) until the clerk
types one of her own; from then on it stays as she typed it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from fdh_desktop.domain import organisation
from fdh_desktop.domain.records import Term, term_label
from fdh_desktop.services import district

from fdh_desktop.gui.common.editors import set_up_form_combo
from fdh_desktop.gui.common.form_dialog import set_up_form_dialog
from fdh_desktop.gui.forms.ui_term_dialog import Ui_TermDialog

NO_YEAR = 1948  # the spin box's minimum, shown as 未填


class TermDialog(QDialog):
    def __init__(self, store, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TermDialog()
        set_up_form_dialog(self, self.ui)
        self._store = store
        self.changes = None  # what 确定 saved (services.changes.Changes)
        term = district.term(store, number) or Term(number, form=organisation.DEFAULT_FORM)
        self._number = number
        current = district.settings(store).current_term
        self.ui.term_number_label.setText(term_label(number) + (self.tr("（本届）") if number == current else ""))
        set_up_form_combo(self.ui.form_combo, term.form)
        self.ui.start_date_edit.set_field("start_date", self.tr("任期开始日期"))
        self.ui.end_date_edit.set_field("end_date", self.tr("任期结束日期"))
        self.ui.reference_date_edit.set_field("reference_date", self.tr("年龄基准日期"))
        self.ui.start_date_edit.set_value(term.start_date)
        self.ui.end_date_edit.set_value(term.end_date)
        self.ui.year_spin.setValue(term.year or NO_YEAR)
        self.ui.reference_date_edit.set_value(term.reference_date)
        # A stored end date that is not the default for its start and form was typed by the clerk.
        self._end_typed = term.end_date is not None and (
            term.start_date is None or term.end_date != organisation.default_term_end(term.start_date, term.form))
        self.ui.form_combo.currentIndexChanged.connect(lambda _i: self._follow())
        self.ui.start_date_edit.edited.connect(self._follow)
        self.ui.end_date_edit.edited.connect(self._end_edited)
        self._follow()
        self.ui.form_combo.setFocus()

    def form(self) -> str:
        return self.ui.form_combo.currentData()

    def _end_edited(self) -> None:
        # A blank end date goes back to following the start.
        self._end_typed = not self.ui.end_date_edit.is_blank()
        self._follow()

    def _follow(self) -> None:
        start = self.ui.start_date_edit.value()
        years = organisation.TERM_YEARS[self.form()]
        if not self._end_typed and start is not None:
            self.ui.end_date_edit.set_value(organisation.default_term_end(start, self.form()))
        if self._end_typed:
            self.ui.end_hint_label.setText(self.tr("按填写的日期"))
        else:
            self.ui.end_hint_label.setText(self.tr("默认为开始日期后{0}年").format(years))
        if start is not None:
            self.ui.end_date_edit.set_start_date(start)

    def accept(self) -> None:
        for edit in (self.ui.start_date_edit, self.ui.end_date_edit, self.ui.reference_date_edit):
            edit.commit()
            if edit.error():  # a date that cannot be is refused at its field, never saved as blank
                self._refuse(edit.error(), edit)
                return
        year = self.ui.year_spin.value()
        term = Term(self._number, None if year == NO_YEAR else year, self.ui.reference_date_edit.value(),
                    self.form(), self.ui.start_date_edit.value(), self.ui.end_date_edit.value())
        try:
            self.changes = district.save_term(self._store, term)
        except district.StoreError as exc:
            self._refuse(str(exc), self.ui.end_date_edit)
            return
        super().accept()

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.ui.message_label.setText(message)
        widget.setFocus()
