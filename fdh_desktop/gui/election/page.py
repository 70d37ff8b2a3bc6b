"""The 选举 page: the election of the community selected in the tree.

The clerk enters the meeting (date, 应到, 实到, methods, supervisors, host), each round's 应选名额
and candidates (typed in, or picked from the previous term's leadership), or starts a new election
shaped by the term's organisation form (新建选举). Candidates show in 姓氏笔画 order, as the ballot
prints them, with their votes; the tally is typed by keyboard. The candidate checks and the verdict
(elected, not elected, ties, seats left, every error naming its field) follow every keystroke,
counted with the district's stored thresholds (选举规则…). 保存 stores the election, 确认当选 makes
the elected the term's leadership; both emit changes_made. Everything goes through the services
(the page never touches the store itself).

Interface for the main window: ElectionPage(parent=None), set_store(store), set_term(term),
set_community(community_id), on_changes(changes), refresh(), and the signal changes_made(Changes).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QSpinBox, QWidget

from fdh_desktop.domain.election import (
    ROUND_ROLES,
    VOTING_HANDS,
    Tally,
    Thresholds,
    Votes,
    parse_role_seats,
    role_seats_text,
)
from fdh_desktop.services import election as election_service
from fdh_desktop.services import election_entry
from fdh_desktop.services.changes import Changes
from fdh_desktop.services.election import StoreError

from fdh_desktop.gui import messages
from fdh_desktop.gui.election.candidate_actions import CandidateActions, run_dialog
from fdh_desktop.gui.election.meeting_fields import MeetingFields
from fdh_desktop.gui.election.papers import PaperActions
from fdh_desktop.gui.election.rules_dialog import ElectionRulesDialog
from fdh_desktop.gui.election.tally_model import COL_NUMBER, TallyModel
from fdh_desktop.gui.forms.ui_election_page import Ui_ElectionPage

_ERROR_BRUSH = QBrush(QColor("#c0392b"))
_GOOD_BRUSH = QBrush(QColor("#1b7a2b"))
_UNSET = -1  # a ballot count not entered (the spin box shows it blank)


class ElectionPage(CandidateActions, PaperActions, QWidget):
    changes_made = Signal(object)  # services.changes.Changes of a save or a 确认当选

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("election_page")
        self.ui = Ui_ElectionPage()
        self.ui.setupUi(self)
        self._store = None  # an open district, handed to the services as it is
        self._term: int | None = None
        self._community: int | None = None
        self._election = None  # the page's working copy of the stored election
        self._states: list = []
        self._dirty = False
        self.thresholds = Thresholds()
        self.model = TallyModel(self)
        self.meeting_fields = MeetingFields(self.ui, self)
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.tally_view.setModel(self.model)
        ui.tally_view.verticalHeader().setVisible(False)
        ui.tally_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.tally_view.horizontalHeader().setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        heading = ui.heading_label.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.25)
        ui.heading_label.setFont(heading)
        ui.paper_combo.addItems(["A4", "A5"])
        self.model.edited.connect(self._edited)
        ui.round_combo.currentIndexChanged.connect(self._show_round)
        for spin in self._count_spins().values():
            spin.setSpecialValueText(self.tr("未填"))  # shown for _UNSET, the spin box's minimum
            spin.valueChanged.connect(self._counts_edited)
        self.meeting_fields.edited.connect(self._meeting_edited)
        ui.seats_spin.valueChanged.connect(self._seats_edited)
        ui.role_seats_edit.editingFinished.connect(self._role_seats_edited)
        for button, slot in ((ui.ballot_button, self.print_ballots), (ui.ballot_pdf_button, self.export_ballots),
                             (ui.report_button, self.export_report), (ui.save_button, self.save),
                             (ui.confirm_button, self.confirm), (ui.new_election_button, self.create_election),
                             (ui.rules_button, self.edit_rules), (ui.add_candidate_button, self.add_candidate),
                             (ui.edit_candidate_button, self.edit_candidate),
                             (ui.remove_candidate_button, self.remove_candidate),
                             (ui.pick_candidates_button, self.pick_candidates)):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
        ui.main_splitter.setStretchFactor(0, 3)
        ui.main_splitter.setStretchFactor(1, 2)

    def _count_spins(self) -> dict[str, QSpinBox]:
        ui = self.ui
        return {"issued": ui.issued_spin, "returned": ui.returned_spin, "valid": ui.valid_spin,
                "invalid": ui.invalid_spin}

    # -- interface ------------------------------------------------------------------------------

    def set_store(self, store) -> None:
        self._store = store
        self._load_thresholds()
        self.refresh()

    def set_term(self, term: int) -> None:
        if term == self._term and self._dirty:
            return  # the same term again: the edits being typed stay
        self._term = term
        self.refresh()

    def set_community(self, community_id: int | None) -> None:
        if community_id == self._community and self._dirty:
            return
        self._community = community_id
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Reload when the shown community's congress changed elsewhere (an undo, an import);
        what is being typed is kept until it is saved. New thresholds count the shown round again."""
        if changes.settings or changes.database:
            self._load_thresholds()
        if changes.database or (changes.touches_congress(self._community) and not self._dirty):
            self.refresh()
        elif changes.settings:
            self._recount()

    def _load_thresholds(self) -> None:
        try:
            self.thresholds = election_service.load_thresholds(self._store) if self._store else Thresholds()
        except StoreError:
            self.thresholds = Thresholds()

    def is_dirty(self) -> bool:
        return self._dirty

    def refresh(self) -> None:
        """Load the community's election anew (unsaved typing is dropped)."""
        self._election, self._dirty, error, can_create = None, False, "", False
        if self._store is None or self._community is None:
            error = self.tr("请先在“录入”页左侧的列表中选择一个社区")
        else:
            try:
                stored = election_service.load_election(self._store, self._community, self._term)
            except StoreError as exc:
                stored, error = None, str(exc)
            if stored is None and not error:
                can_create = True
                error = self.tr("本社区本届尚未录入选举：点“新建选举”开始录入（也可用命令 fdh election-import 导入）")
            self._election = copy.deepcopy(stored)
        # Only where there is no election to show: one button, no second election of a term.
        self.ui.new_election_button.setVisible(self._election is None)
        self.ui.new_election_button.setEnabled(can_create)
        self._fill_rounds()
        if can_create:  # the heading names the community the new election would be for
            self.ui.heading_label.setText(self.tr("{0} 选举（本届尚未录入）").format(
                election_service.community_name(self._store, self._community)))
        self._show_message(error)

    # -- showing --------------------------------------------------------------------------------

    def _rounds(self) -> list[tuple]:
        if self._election is None:
            return []
        return [(s, r) for s in self._election.sittings for r in s.rounds]

    def _fill_rounds(self) -> None:
        combo = self.ui.round_combo
        combo.blockSignals(True)
        combo.clear()
        for _sitting, round_ in self._rounds():
            combo.addItem(self.tr("第{0}轮：{1}").format(round_.number, round_.title), round_.number)
        combo.blockSignals(False)
        self._show_round()

    def current(self) -> tuple | None:
        """(sitting, round) shown, None when there is none."""
        rounds = self._rounds()
        i = self.ui.round_combo.currentIndex()
        return rounds[i] if 0 <= i < len(rounds) else None

    def _confirmed(self) -> bool:
        return self._election is not None and self._election.confirmed

    def _show_round(self, *_) -> None:
        ui = self.ui
        shown = self.current()
        sitting, round_ = shown if shown else (None, None)
        editable = shown is not None and not self._confirmed()
        self._show_heading(sitting.meeting if sitting else None)
        self.meeting_fields.show(sitting.meeting if sitting else None, editable,
                                 round_.method_in(sitting.meeting) if shown else None)
        self._show_seats(round_, editable)
        tally = sitting.tallies.get(round_.number) if sitting else None
        for key, spin in self._count_spins().items():
            spin.blockSignals(True)
            value = getattr(tally, key) if tally is not None else None
            spin.setValue(_UNSET if value is None else value)
            spin.blockSignals(False)
        self._enable_counts()
        self.model.set_round(round_, tally, read_only=self._confirmed())
        for widget in (ui.ballot_button, ui.ballot_pdf_button, ui.report_button):
            widget.setEnabled(shown is not None)
        for widget in (ui.add_candidate_button, ui.edit_candidate_button, ui.remove_candidate_button,
                       ui.pick_candidates_button, ui.confirm_button):
            widget.setEnabled(editable)
        self._recount()

    def _enable_counts(self) -> None:
        """Ballot counts exist for a secret ballot only: 举手表决 counts hands per candidate."""
        shown = self.current()
        hands = shown is not None and shown[0].meeting.voting == VOTING_HANDS
        for spin in self._count_spins().values():
            spin.setEnabled(shown is not None and not self._confirmed() and not hands)

    def _show_heading(self, meeting) -> None:
        state = self.tr("（已确认当选，不能再修改）") if self._confirmed() else ""
        name = meeting.community if meeting else ""
        self.ui.heading_label.setText(self.tr("{0} 选举{1}").format(name, state) if meeting else "")

    def _show_seats(self, round_, editable: bool) -> None:
        ui = self.ui
        ui.seats_spin.blockSignals(True)
        ui.seats_spin.setValue(round_.seats if round_ else 0)
        ui.seats_spin.blockSignals(False)
        ui.role_seats_edit.setText(role_seats_text(round_.role_seats) if round_ else "")
        by_role = round_ is not None and bool(round_.role_seats)
        ui.seats_spin.setEnabled(editable and not by_role)  # with seats per role, their sum
        # A 执委 round elects alike; a board or the chairs may name seats per role (blank: alike).
        ui.role_seats_edit.setEnabled(editable and round_ is not None and bool(ROUND_ROLES.get(round_.kind)))

    def _recount(self) -> None:
        """Count the shown round again and list the verdict."""
        shown = self.current()
        self._states = election_service.round_states(self._election, self.thresholds) if self._election else []
        state = next((s for s in self._states if shown and s.round is shown[1]), None)
        self.model.set_verdict(state.verdict if state else None)
        lines: list[tuple[str, QBrush | None]] = []
        if state is not None:
            lines += [self._problem_line(p) for p in state.candidate_problems]
            verdict = state.verdict
            if verdict is None:
                lines.append((self.tr("尚未计票：在表中输入各候选人的赞成、反对、弃权票数"), None))
            else:
                lines += [self._problem_line(p) for p in verdict.problems]
                if verdict.ok:
                    lines += self._result_lines(verdict)
        self.ui.verdict_list.clear()
        for text, brush in lines:
            item = QListWidgetItem(text)
            if brush is not None:
                item.setForeground(brush)
            self.ui.verdict_list.addItem(item)
        self.ui.save_button.setEnabled(self._dirty and not self._confirmed())

    def _problem_line(self, problem) -> tuple[str, QBrush | None]:
        head = self.tr("错误") if problem.is_error else self.tr("提示")
        return (f"{head}：{problem.field}：{problem.message}", _ERROR_BRUSH if problem.is_error else None)

    def _result_lines(self, verdict) -> list[tuple[str, QBrush | None]]:
        def names(outcomes) -> str:
            return "、".join(o.name for o in outcomes)

        lines = [(self.tr("当选：{0}").format(names(verdict.elected) or self.tr("无")), _GOOD_BRUSH)]
        if verdict.not_elected:
            lines.append((self.tr("未当选：{0}").format(names(verdict.not_elected)), None))
        if verdict.tied:
            lines.append((self.tr("票数相等，需重新投票：{0}").format(names(verdict.tied)), _ERROR_BRUSH))
        if verdict.seats_left:
            lines.append((self.tr("尚缺{0}个名额").format(verdict.seats_left), _ERROR_BRUSH))
        return lines

    def verdict_lines(self) -> list[str]:
        """The verdict as listed on the page."""
        return [self.ui.verdict_list.item(i).text() for i in range(self.ui.verdict_list.count())]

    def _show_message(self, text: str) -> None:
        self.ui.status_label.setText(text)

    # -- typing ---------------------------------------------------------------------------------

    def _shown_tally(self) -> Tally | None:
        shown = self.current()
        if shown is None:
            return None
        sitting, round_ = shown
        if round_.number not in sitting.tallies and self.model.tally() is not None:
            sitting.tallies[round_.number] = self.model.tally()  # the first number typed for this round
        return sitting.tallies.get(round_.number)

    def _edited(self) -> None:
        self._shown_tally()
        self._dirty = True
        self._recount()

    def _mark_edited(self) -> None:
        self._dirty = True
        self._recount()

    def _meeting_edited(self) -> None:
        shown = self.current()
        if shown is None:
            return
        sitting, round_ = shown
        meeting_method = sitting.meeting.method
        refused = self.meeting_fields.read_into(sitting.meeting)
        # 选举方式 is the shown round's (the 执委会's 主席 round is 等额 whatever the congress did):
        # the meeting's own where the round is the sitting's only one, else the round's exception.
        chosen = sitting.meeting.method
        if len(sitting.rounds) == 1:
            round_.method = ""
        else:
            sitting.meeting.method = meeting_method
            round_.method = "" if chosen == meeting_method else chosen
        self._show_message(refused or "")
        self._enable_counts()
        self._mark_edited()

    def _seats_edited(self, value: int) -> None:
        shown = self.current()
        if shown is None or shown[1].role_seats:
            return
        shown[1].seats = value
        self._mark_edited()

    def _role_seats_edited(self) -> None:
        shown = self.current()
        if shown is None or not self.ui.role_seats_edit.isEnabled():
            return
        round_ = shown[1]
        try:
            seats = parse_role_seats(self.ui.role_seats_edit.text(), round_.kind)
        except ValueError as exc:
            self._show_message(self.tr("职务名额：{0}").format(exc))
            return
        if seats == round_.role_seats:
            self.ui.role_seats_edit.setText(role_seats_text(round_.role_seats))
            return
        round_.role_seats = seats
        round_.seats = sum(seats.values()) if seats else round_.seats
        self._show_seats(round_, True)
        self._show_candidates()
        self._show_message("")
        self._mark_edited()

    def _show_candidates(self) -> None:
        sitting, round_ = self.current()
        self.model.set_round(round_, sitting.tallies.get(round_.number), read_only=self._confirmed())

    def _counts_edited(self) -> None:
        shown = self.current()
        if shown is None:
            return
        sitting, round_ = shown
        tally = self._shown_tally()
        if tally is None:
            tally = sitting.tallies[round_.number] = Tally(votes={c.name: Votes() for c in round_.candidates})
            self.model.set_round(round_, tally)
        for key, spin in self._count_spins().items():
            setattr(tally, key, None if spin.value() == _UNSET else spin.value())
        self._dirty = True
        self._recount()

    # -- actions --------------------------------------------------------------------------------

    # -- the election and its candidates --------------------------------------------------------

    def create_election(self) -> bool:
        """新建选举: a new election for the community, shaped by the term's form; unsaved until 保存."""
        if self._store is None or self._community is None or self._election is not None:
            return False
        try:
            self._election = election_entry.new_election(self._store, self._community, self._term)
        except StoreError as exc:
            messages.error(self, self.tr("无法新建选举"), str(exc))
            return False
        self._dirty = True
        self.ui.new_election_button.setVisible(False)
        self._fill_rounds()
        self._show_message(self.tr("已新建选举：请填写会议和候选人，然后点“保存”"))
        self.ui.name_edit.setFocus()
        return True

    def edit_rules(self) -> bool:
        """选举规则…: the district's thresholds; the verdict is counted again with the new ones."""
        if self._store is None:
            return False
        dialog = ElectionRulesDialog(self._store, self)
        if not run_dialog(dialog) or not dialog.changes:
            return False
        self._load_thresholds()
        self._recount()
        self._show_message(self.tr("已保存选举规则"))
        self.changes_made.emit(dialog.changes)
        return True

    def confirm_leave(self) -> bool:
        """True when the page may be left: nothing typed and unsaved, or saved, or discarded."""
        if not self.is_dirty():
            return True
        answer = messages.ask_unsaved(self.window(), self.tr("本社区的选举"))
        if answer == messages.SAVE:
            return self.save()
        if answer == messages.DISCARD:
            self.refresh()
            return True
        return False

    def save(self) -> bool:
        """保存: store the election (meeting, rounds, candidates, tally); False when refused (one
        message says why)."""
        if self._election is None or not self._dirty:
            return False
        if self.ui.date_edit.error():
            messages.error(self, self.tr("无法保存选举"), self.tr("会议日期：{0}").format(self.ui.date_edit.error()))
            return False
        try:
            changes = election_service.save_election(self._store, self._community, self._election, self._term)
        except StoreError as exc:
            messages.error(self, self.tr("无法保存选举"), str(exc))
            return False
        self._dirty = False
        number = self.ui.round_combo.currentIndex()
        self.refresh()
        self.ui.round_combo.setCurrentIndex(number)
        self._show_message(self.tr("已保存选举"))
        if changes:
            self.changes_made.emit(changes)
        return True

    def confirm(self) -> bool:
        """确认当选 after a question; the elected become the term's leadership."""
        if self._election is None:
            return False
        title = self.tr("确认当选")
        if self._dirty:
            messages.error(self, title, self.tr("选举有未保存的修改，请先保存，再确认当选"))
            return False
        if not messages.confirm(self, title, self.tr("将把各轮当选人写入本届班子成员（原有班子成员名单将被替换），"
                                                     "确认当选后计票不能再修改。是否确认当选？"), self.tr("确认当选"),
                                self.tr("如有错误，可在修改记录中撤销。")):
            return False
        try:
            done = election_service.confirm_election(self._store, self._community, self._term, self.thresholds)
        except StoreError as exc:
            messages.error(self, self.tr("无法确认当选"), str(exc))
            return False
        self.refresh()
        self._show_message(self.tr("已确认当选：{0}名班子成员已写入本届记录").format(len(done.members)))
        self.changes_made.emit(done.changes)
        return True
