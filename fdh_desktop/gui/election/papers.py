"""The papers the 选举 page writes: ballots of a round and the 选举结果报告单 (PDF or .docx)."""

from __future__ import annotations

from pathlib import Path

from fdh_desktop.reports.election_blocks import PageBreak
from fdh_desktop.reports.election_papers import paper_section, result_report_blocks
from fdh_desktop.services.election import RoundState


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
