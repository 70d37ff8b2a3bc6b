"""The papers the 选举 page writes: ballots of a round (print preview or PDF) and the 选举结果报告单
(PDF or .docx); PaperActions is the page's mixin with those buttons' actions."""

from __future__ import annotations

from pathlib import Path

from fdh_desktop.domain.election import check_candidates
from fdh_desktop.reports.election_papers import ballot_section

from fdh_desktop.reports.election_blocks import PageBreak
from fdh_desktop.reports.election_papers import paper_section, result_report_blocks
from fdh_desktop.services.election import RoundState

from fdh_desktop.gui import messages
from fdh_desktop.gui.statistics.drill_dialogs import ask_save_path


def report_papers(sittings: list, states: list[RoundState]) -> list[list]:
    """One 选举结果报告单 (blocks) per sitting with a counted round."""
    counted = [s for s in states if s.verdict is not None]
    papers = []
    for sitting in sittings:
        rounds = [(s.round, s.tally, s.verdict) for s in counted if s.meeting is sitting.meeting]
        if rounds:
            papers.append(result_report_blocks(sitting.meeting, rounds))
    return papers


def write_report(path: str, title: str, papers: list[list]) -> int:
    """The papers as .docx (a page break between them) or PDF; returns the PDF's pages (0 for .docx)."""
    if Path(path).suffix.lower() == ".docx":
        from fdh_desktop.reports.election_docx import write_blocks_docx

        write_blocks_docx(path, [b for i, paper in enumerate(papers) for b in ([PageBreak()] if i else []) + paper])
        return 0
    from fdh_desktop.gui.common.printing import write_pdf

    return write_pdf(path, [paper_section(title, paper) for paper in papers])


class PaperActions:
    """Needs of the page: current(), thresholds, _election, _states, _dirty, ui (copies, paper),
    _show_message()."""

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
            messages.error(self, title, self.tr("选举有未保存的修改，请先保存，再生成选举结果报告单"))
            return ""
        stem = self.tr("{0}选举结果报告单").format(self._election.sittings[0].meeting.community)
        path = self._path(title, stem, (".pdf", ".docx"),
                          self.tr("PDF 文件 (*.pdf);;Word 文档 (*.docx)"), path)
        if not path:
            return ""
        return self._write(self.tr("无法写入选举结果报告单"), path, lambda: write_report(path, title, papers),
                           self.tr("已写入选举结果报告单：{0}"))
