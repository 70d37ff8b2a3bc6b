"""The candidate actions of the 选举 page (a mixin of ElectionPage): 添加候选人…, 修改候选人…,
删除候选人 and 从上届班子选取… on the shown round of the page's working copy. Nothing is stored
here: each action marks the page edited, and 保存 stores the election."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from fdh_desktop.services import election_entry
from fdh_desktop.services.election import StoreError

from fdh_desktop.gui import messages
from fdh_desktop.gui.election.candidate_dialog import CandidateDialog
from fdh_desktop.gui.election.pick_dialog import CandidatePickDialog


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; whether it was accepted. Its results stay readable until the event loop
    runs again, then it is deleted (no dialog lingers per click)."""
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


class CandidateActions:
    """Needs of the page: current(), _confirmed(), _store, _community, _term, _election, model,
    ui.tally_view, _show_candidates(), _mark_edited(), _show_message()."""

    def _selected_candidate(self):
        shown = self.current()
        name = self.model.candidate_name(self.ui.tally_view.currentIndex().row())
        if shown is None or name is None:
            return None
        return next((c for c in shown[1].candidates if c.name == name), None)

    def _candidate_dialog(self, candidate=None):
        """The dialog for one candidate of the shown round (exec'd); the accepted candidate or None."""
        sitting, round_ = self.current()
        dialog = CandidateDialog(tuple(round_.role_seats), sitting.meeting.day, candidate, self)
        accepted = run_dialog(dialog)
        if accepted:
            self._show_message("；".join(dialog.warnings))
        return dialog.candidate if accepted else None

    def _candidates_changed(self, select: str | None = None) -> None:
        self._show_candidates()
        if select is not None:
            self.ui.tally_view.setCurrentIndex(self.model.index(self.model.row_of(select), 1))
        self._mark_edited()

    def add_candidate(self) -> bool:
        if self.current() is None or self._confirmed():
            return False
        candidate = self._candidate_dialog()
        if candidate is None:
            return False
        self.current()[1].candidates.append(candidate)
        self._candidates_changed(candidate.name)
        return True

    def edit_candidate(self) -> bool:
        old = self._selected_candidate()
        if old is None or self._confirmed():
            self._show_message(self.tr("请先在表中选中一位候选人"))
            return False
        new = self._candidate_dialog(old)
        if new is None:
            return False
        sitting, round_ = self.current()
        round_.candidates[next(i for i, c in enumerate(round_.candidates) if c is old)] = new
        tally = sitting.tallies.get(round_.number)
        if tally is not None and old.name in tally.votes and new.name != old.name:
            tally.votes[new.name] = tally.votes.pop(old.name)  # her counted votes follow the new spelling
        self._candidates_changed(new.name)
        return True

    def remove_candidate(self) -> bool:
        old = self._selected_candidate()
        if old is None or self._confirmed():
            self._show_message(self.tr("请先在表中选中一位候选人"))
            return False
        sitting, round_ = self.current()
        round_.candidates = [c for c in round_.candidates if c is not old]
        tally = sitting.tallies.get(round_.number)
        if tally is not None:
            tally.votes.pop(old.name, None)
        self._candidates_changed()
        self._show_message(self.tr("已删除候选人“{0}”（保存后生效）").format(old.name))
        return True

    def pick_candidates(self) -> bool:
        """从上届班子选取: the checked members become candidates of the shown round."""
        if self.current() is None or self._confirmed():
            return False
        round_ = self.current()[1]
        try:
            found = election_entry.nominees(self._store, self._community, round_, self._term, self._election)
        except StoreError as exc:
            messages.error(self, self.tr("无法选取候选人"), str(exc))
            return False
        dialog = CandidatePickDialog(found, self)
        if not run_dialog(dialog):
            return False
        self.add_nominees(dialog.chosen())
        return True

    def add_nominees(self, chosen: list) -> None:
        """Members (services.election_entry.Nominee) become candidates of the shown round, each
        for the seat of her own office where the round elects it."""
        round_ = self.current()[1]
        added = [election_entry.candidate_from_member(n.member, election_entry.seat_for(round_, n.member.role))
                 for n in chosen]
        round_.candidates.extend(added)
        self._candidates_changed(added[0].name if added else None)
        self._show_message(self.tr("已加入{0}名候选人：{1}").format(len(added), "、".join(c.name for c in added)))
