"""Sample election records and the PDF round trip (gui.printing → pdftotext / pdftoppm)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

from fdh_desktop.domain.election import KIND_EXECUTIVE, METHOD_SURPLUS, Candidate, Meeting, Round, Tally, Votes

# Seventeen candidates for fifteen seats, given in no particular order; in 姓氏笔画 order they are
# STROKE_ORDER below (丁 2; 马 3; 王 4 with 王丽 before 王桂芳 by the blank; 尹 4 after 王 by 折;
# 石 5; 刘 6 …; 赵 9).
CANDIDATES = ["赵芳", "李秀梅", "王桂芳", "刘淑珍", "陈霞", "丁玉兰", "张燕", "许静", "马秀英", "孙丽娟",
              "石晓燕", "王丽", "何琳", "尹红", "刘佳", "杨敏", "李娜"]
STROKE_ORDER = ["丁玉兰", "马秀英", "王丽", "王桂芳", "尹红", "石晓燕", "刘佳", "刘淑珍", "许静", "孙丽娟",
                "李娜", "李秀梅", "杨敏", "何琳", "张燕", "陈霞", "赵芳"]


def sample_meeting(**changes) -> Meeting:
    meeting = Meeting(name="天桥街道永安社区第一次妇女代表大会", community="永安社区", day=date(2026, 3, 20),
                      expected=45, present=40, method=METHOD_SURPLUS, chief_scrutineer="周慧",
                      scrutineers=["吴婷", "郑洁"], counters=["冯雪", "褚萍"], host="韩梅")
    for key, value in changes.items():
        setattr(meeting, key, value)
    return meeting


def executive_round() -> Round:
    return Round(KIND_EXECUTIVE, 15, [Candidate(n) for n in CANDIDATES])


def executive_tally() -> Tally:
    """40 ballots; the two with the fewest 赞成 (赵芳 and 陈霞) fall short."""
    votes = {}
    for i, name in enumerate(STROKE_ORDER):
        yes = 38 - i if name not in ("赵芳", "陈霞") else 15 + i % 3
        votes[name] = Votes(yes, 40 - yes - 1, 1)
    return Tally(votes, [], issued=40, returned=40, valid=40, invalid=0)


def write_pdf(sections, path: Path) -> int:
    from fdh_desktop.gui.common.printing import write_pdf as write

    return write(path, sections)


def pdf_text(path: Path) -> str:
    return subprocess.run([shutil.which("pdftotext") or "pdftotext", "-layout", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


ROW = re.compile(r"(?<!\d)(\d{1,2})\s+((?:[\u4e00-\u9fff][\s\u3000]?){2,4})")


def numbered_names(text: str) -> list[str]:
    """The ballot's rows read back from the PDF text: names by their 序号, wherever the column."""
    rows = {}
    for number, name in ROW.findall(text):
        rows.setdefault(int(number), re.sub(r"[\s\u3000]", "", name))
    return [rows[n] for n in sorted(rows)]


def pdf_png(path: Path, out_prefix: Path, dpi: int = 60) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(out_prefix)], check=True)
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.png"))


def render_samples(out: Path) -> list[Path]:
    """The 15-of-17 ballot (A4, and A5 two to a sheet) and the result report as PDF and PNG pages,
    for looking at them: `python tests/election/election_helpers.py OUTDIR`."""
    from fdh_desktop.domain.election import count
    from fdh_desktop.reports.election_papers import ballot_section, paper_section, result_report_blocks

    meeting, round_, tally = sample_meeting(), executive_round(), executive_tally()
    papers = {
        "ballot-A4": [ballot_section(meeting, round_, 1, "A4")],
        "ballot-A5": [ballot_section(meeting, round_, 2, "A5")],
        "result-report": [paper_section("选举结果报告单",
                                        result_report_blocks(meeting, [(round_, tally, count(meeting, round_, tally))]))],
    }
    pages = []
    for name, sections in papers.items():
        pdf = out / f"{name}.pdf"
        write_pdf(sections, pdf)
        pages += pdf_png(pdf, out / name, dpi=100)
    return pages


if __name__ == "__main__":
    import sys

    for page in render_samples(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(page)
