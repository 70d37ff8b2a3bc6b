"""The 选举 page: the election of the community selected in the tree.

It shows the meeting, each round's candidates (in 姓氏笔画 order, as the ballot prints them) and
their votes; the clerk types the tally by keyboard and sees the verdict at once (elected, not
elected, ties, seats left, every error naming its field). 保存计票 stores the election, 确认当选
makes the elected the term's leadership; both emit changes_made. Everything goes through
services.election (the page never touches the store itself).

Interface for the main window: ElectionPage(parent=None), set_store(store), set_term(term),
set_community(community_id), on_changes(changes), refresh(), and the signal changes_made(Changes).
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QSpinBox, QWidget

from fdh_desktop.domain.election import VOTING_HANDS, Tally, Thresholds, Votes, check_candidates
from fdh_desktop.reports.election_papers import ballot_section
from fdh_desktop.reports.html import date_text
from fdh_desktop.services import election as election_service
from fdh_desktop.services.changes import Changes
from fdh_desktop.services.election import StoreError

from fdh_desktop.gui import messages
from fdh_desktop.gui.election.papers import report_papers, write_report
from fdh_desktop.gui.election.tally_model import COL_NUMBER, TallyModel
from fdh_desktop.gui.forms.ui_election_page import Ui_ElectionPage
from fdh_desktop.gui.statistics.drill_dialogs import ask_save_path

_ERROR_BRUSH = QBrush(QColor("#c0392b"))
_GOOD_BRUSH = QBrush(QColor("#1b7a2b"))
_UNSET = -1  # a ballot count not entered (the spin box shows it blank)


class ElectionPage(QWidget):
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
        for button, slot in ((ui.ballot_button, self.print_ballots), (ui.ballot_pdf_button, self.export_ballots),
                             (ui.report_button, self.export_report), (ui.save_button, self.save),
                             (ui.confirm_button, self.confirm)):
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
        self.refresh()

    def set_term(self, term: int) -> None:
        self._term = term
        self.refresh()

    def set_community(self, community_id: int | None) -> None:
        self._community = community_id
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Reload when the shown community's congress changed elsewhere (an undo, an import);
        a tally being typed is kept until it is saved."""
        if changes.database or (changes.touches_congress(self._community) and not self._dirty):
            self.refresh()

    def is_dirty(self) -> bool:
        return self._dirty

    def refresh(self) -> None:
        """Load the community's election anew (unsaved typing is dropped)."""
        self._election, self._dirty, error = None, False, ""
        if self._store is None or self._community is None:
            error = self.tr("请先在“录入”页左侧的列表中选择一个社区")
        else:
            try:
                stored = election_service.load_election(self._store, self._community, self._term)
            except StoreError as exc:
                stored, error = None, str(exc)
            if stored is None and not error:
                error = self.tr("本社区本届尚未录入选举（可用命令 fdh election-import 录入）")
            self._election = copy.deepcopy(stored)
        self._fill_rounds()
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
        self._show_meeting(sitting.meeting if sitting else None)
        tally = sitting.tallies.get(round_.number) if sitting else None
        hands = sitting is not None and sitting.meeting.voting == VOTING_HANDS
        for key, spin in self._count_spins().items():
            spin.blockSignals(True)
            value = getattr(tally, key) if tally is not None else None
            spin.setValue(_UNSET if value is None else value)
            spin.setEnabled(shown is not None and not hands and not self._confirmed())
            spin.blockSignals(False)
        self.model.set_round(round_, tally, read_only=self._confirmed())
        for widget in (ui.ballot_button, ui.ballot_pdf_button, ui.report_button):
            widget.setEnabled(shown is not None)
        ui.confirm_button.setEnabled(shown is not None and not self._confirmed())
        self._recount()

    def _show_meeting(self, meeting) -> None:
        ui = self.ui
        state = ""
        if self._election is not None:
            state = self.tr("（已确认当选，计票不能再修改）") if self._confirmed() else ""
        name = meeting.community if meeting else ""
        ui.heading_label.setText(self.tr("{0} 选举{1}").format(name, state) if meeting else "")
        ui.meeting_name_value_label.setText(meeting.name if meeting else "")
        ui.meeting_date_value_label.setText(date_text(meeting.day) if meeting and meeting.day else "")
        ui.attendance_value_label.setText(
            self.tr("应到{0}名，实到{1}名").format(meeting.expected, meeting.present) if meeting else "")
        ui.methods_value_label.setText(f"{meeting.voting}，{meeting.method}" if meeting else "")
        ui.supervisors_value_label.setText(self.tr("总监票人：{0}；监票人：{1}；计票人：{2}").format(
            meeting.chief_scrutineer, "、".join(meeting.scrutineers), "、".join(meeting.counters)) if meeting else "")
        ui.host_value_label.setText(meeting.host if meeting else "")

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

    def confirm_leave(self) -> bool:
        """True when the page may be left: no tally typed and unsaved, or saved, or discarded."""
        if not self.is_dirty():
            return True
        answer = messages.ask_unsaved(self.window(), self.tr("本社区的计票结果"))
        if answer == messages.SAVE:
            return self.save()
        if answer == messages.DISCARD:
            self.refresh()
            return True
        return False

    def save(self) -> bool:
        """保存计票: store the election; False when refused (one message says why)."""
        if self._election is None or not self._dirty:
            return False
        try:
            changes = election_service.save_election(self._store, self._community, self._election, self._term)
        except StoreError as exc:
            messages.error(self, self.tr("无法保存计票"), str(exc))
            return False
        self._dirty = False
        number = self.ui.round_combo.currentIndex()
        self.refresh()
        self.ui.round_combo.setCurrentIndex(number)
        self._show_message(self.tr("已保存计票"))
        if changes:
            self.changes_made.emit(changes)
        return True

    def confirm(self) -> bool:
        """确认当选 after a question; the elected become the term's leadership."""
        if self._election is None:
            return False
        title = self.tr("确认当选")
        if self._dirty:
            messages.error(self, title, self.tr("计票有未保存的修改，请先保存计票，再确认当选"))
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

    def _ballots(self) -> list | None:
        """The shown round's ballots as a printable section; None (after a message) when the
        candidate list has an error: a ballot that cannot stand is never printed."""
        sitting, round_ = self.current()
        errors = [p for p in check_candidates(sitting.meeting, round_, self.thresholds) if p.is_error]
        if errors:
            messages.error(self, self.tr("无法打印选票"), self.tr("候选人名单有误，请先改正："),
                           "\n".join(f"{p.field}：{p.message}" for p in errors))
            return None
        return [ballot_section(sitting.meeting, round_, self.ui.copies_spin.value(), self.ui.paper_combo.currentText())]

    def print_ballots(self) -> None:
        """打印选票: the print preview, from which the clerk prints."""
        from fdh_desktop.gui.common.printing import preview

        if self.current() is None:
            return
        sections = self._ballots()
        if sections:
            preview(self, sections, title=sections[0].title)

    def _suggested(self, stem: str, suffix: str) -> str:
        folder = Path.home() / "Documents"
        return str((folder if folder.is_dir() else Path.home()) / f"{stem}{suffix}")

    def _path(self, title: str, stem: str, suffixes: tuple[str, ...], file_filter: str, path: str | None) -> str:
        path = path or ask_save_path(self, title, self._suggested(stem, suffixes[0]), file_filter)
        if not path:
            return ""
        return path if path.lower().endswith(suffixes) else path + suffixes[0]

    def _write(self, title: str, path: str, work, done: str) -> str:
        try:
            result = work()  # a few pages: quick enough without a wait cursor
        except OSError as exc:
            messages.error(self, title, self.tr("无法写入{0}").format(path), str(exc))
            return ""
        self._show_message(done.format(path, result))
        return path

    def export_ballots(self, path: str | None = None) -> str:
        """选票PDF; returns the file written ('' when cancelled or refused)."""
        from fdh_desktop.gui.common.printing import write_pdf

        if self.current() is None:
            return ""
        sections = self._ballots()
        if not sections:
            return ""
        path = self._path(self.tr("选票PDF"), sections[0].title, (".pdf",), self.tr("PDF 文件 (*.pdf)"), path)
        if not path:
            return ""
        return self._write(self.tr("无法导出选票"), path, lambda: write_pdf(path, sections),
                           self.tr("已导出选票（{1}页）：{0}"))

    def export_report(self, path: str | None = None) -> str:
        """选举结果报告单 as PDF or .docx (by the file's suffix); '' when cancelled or refused."""
        title = self.tr("选举结果报告单")
        papers = report_papers(self._election.sittings, self._states) if self._election else []
        if not papers:
            messages.error(self, title, self.tr("本社区的选举尚未计票，无法生成选举结果报告单"))
            return ""
        if self._dirty:
            messages.error(self, title, self.tr("计票有未保存的修改，请先保存计票，再生成选举结果报告单"))
            return ""
        stem = self.tr("{0}选举结果报告单").format(self._election.sittings[0].meeting.community)
        path = self._path(title, stem, (".pdf", ".docx"),
                          self.tr("PDF 文件 (*.pdf);;Word 文档 (*.docx)"), path)
        if not path:
            return ""
        return self._write(self.tr("无法写入选举结果报告单"), path, lambda: write_report(path, title, papers),
                           self.tr("已写入选举结果报告单：{0}"))

