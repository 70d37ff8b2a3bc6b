"""Add or change one candidate: 姓名, 所选职务, 身份证号 and the member fields (是否兼职 and 界别 too).

The typed values are cleaned and checked by services.election_entry.clean_candidate, that is by
the members' own rules (domain.cleaning, domain.rules); an error keeps the dialog open with one
message naming the field, warnings are shown and accepted.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from fdh_desktop.domain import posts
from fdh_desktop.domain.election import Candidate
from fdh_desktop.domain.labels import label
from fdh_desktop.services.election_entry import candidate_values, clean_candidate

from fdh_desktop.gui.common.form_dialog import set_up_form_dialog
from fdh_desktop.gui.forms.ui_candidate_dialog import Ui_CandidateDialog

_VOCABULARIES = {"ethnicity": "ethnicity", "political": "political", "education": "education", "part_time": "yesno"}
# The two 两委 fields (DOMAIN.md Part 2), read as the members table reads them (支部书记 → 书记),
# and 界别: free text with suggestions, as in the members table.
_CHOICES = {"party_post": (posts.PARTY_POSTS, posts.canonical_party_post),
            "committee_post": (posts.RC_POSTS, posts.canonical_rc_post),
            "sector": (posts.SECTOR_SUGGESTIONS, None)}


class CandidateDialog(QDialog):
    """`candidate` is the accepted candidate (None until accepted)."""

    def __init__(self, roles: tuple[str, ...], day: date | None, candidate: Candidate | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CandidateDialog()
        set_up_form_dialog(self, self.ui)
        self._day = day
        self.candidate: Candidate | None = None
        self.warnings: list[str] = []
        self._combos = {"ethnicity": self.ui.ethnicity_combo, "political": self.ui.political_combo,
                        "education": self.ui.education_combo, "party_post": self.ui.party_combo,
                        "committee_post": self.ui.committee_combo, "part_time": self.ui.part_time_combo,
                        "sector": self.ui.sector_combo}
        for field, combo in self._combos.items():
            if field in _CHOICES:
                combo.set_choices(*_CHOICES[field])
            else:
                combo.set_vocabulary(_VOCABULARIES[field])
        self._texts = {"name": self.ui.name_edit, "id_number": self.ui.id_edit, "phone": self.ui.phone_edit,
                       "workplace": self.ui.workplace_edit, "note": self.ui.note_edit}
        self.ui.birth_edit.set_field("birth_date")
        self.ui.role_combo.addItems(list(roles))
        self.ui.role_combo.setEnabled(bool(roles))  # a round without seats per role: no choice to make
        self.setWindowTitle(self.tr("修改候选人") if candidate else self.tr("添加候选人"))
        if candidate is not None:
            self._show(candidate)
        self.ui.name_edit.setFocus()

    def _show(self, candidate: Candidate) -> None:
        values = candidate_values(candidate)
        for field, edit in self._texts.items():
            edit.setText(str(values.get(field) or ""))
        for field, combo in self._combos.items():
            combo.set_value(values.get(field) or None)
        self.ui.birth_edit.set_value(values.get("birth_date"))
        if candidate.role:
            self.ui.role_combo.setCurrentText(candidate.role)

    def values(self) -> dict[str, object]:
        """What is typed, keyed by member field (raw: cleaning is the service's job)."""
        found: dict[str, object] = {field: edit.text() for field, edit in self._texts.items()}
        found.update({field: combo.raw_text() for field, combo in self._combos.items()})
        self.ui.birth_edit.commit()
        found["birth_date"] = self.ui.birth_edit.raw()
        return found

    def role(self) -> str:
        return self.ui.role_combo.currentText() if self.ui.role_combo.isEnabled() else ""

    def accept(self) -> None:
        if self.ui.birth_edit.error():
            self._refuse(self.ui.birth_edit.error())
            return
        candidate, problems = clean_candidate(self.values(), self.role(), self._day)
        errors = [p for p in problems if p.is_error]
        if candidate is None:
            self._refuse(f"{label(errors[0].field)}：{errors[0].message}")
            return
        self.candidate = candidate
        self.warnings = [f"{label(p.field)}：{p.message}" for p in problems]
        super().accept()

    def _refuse(self, message: str) -> None:
        self.ui.message_label.setText(message)
