"""The election papers as a clerk gets them: ballot PDFs read back with pdftotext, the texts read
out at the meeting, and .docx files opened by LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from election_helpers import (
    STROKE_ORDER,
    numbered_names,
    executive_round,
    executive_tally,
    pdf_text,
    sample_meeting,
    write_pdf,
)

from fdh_desktop.domain.election import (
    KIND_BOARD,
    KIND_CHAIRS,
    METHOD_EQUAL,
    QUORUM_HALF,
    VOTING_HANDS,
    Candidate,
    Round,
    Tally,
    Thresholds,
    Votes,
    count,
)
from fdh_desktop.domain.strokes import StrokeOrderError
from fdh_desktop.reports.election_blocks import Grid, Title, blocks_html, blocks_text
from fdh_desktop.reports.election_docx import write_blocks_docx
from fdh_desktop.reports.election_papers import (
    ballot_section,
    paper_section,
    elected_list_blocks,
    result_report_blocks,
    tally_readout,
)
from fdh_desktop.reports.election_scripts import agenda_blocks, election_rules_blocks

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def chairs_round() -> Round:
    return Round(KIND_CHAIRS, 3, [Candidate("李娜", role="副主席"), Candidate("王丽", role="主席", post="居委会主任"),
                                  Candidate("刘佳", role="副主席")],
                 role_seats={"主席": 1, "副主席": 2}, method=METHOD_EQUAL, number=2)


@pytest.mark.parametrize(("paper", "copies", "pages"), [("A4", 3, 3), ("A5", 3, 2), ("A5", 4, 2)])
def test_ballot_pdf_lists_fifteen_of_seventeen_in_stroke_order(tmp_path, paper, copies, pages):
    pdf = tmp_path / f"ballot-{paper}.pdf"
    assert write_pdf([ballot_section(sample_meeting(), executive_round(), copies, paper)], pdf) == pages
    text = pdf_text(pdf)
    first_page = text.split("\f")[0]
    if paper == "A5" and copies > 1:  # two ballots side by side: each row line holds both
        first_page = "\n".join(line[: len(line) // 2] for line in first_page.splitlines())
    assert numbered_names(first_page) == STROKE_ORDER
    assert text.count("应选15名，多选无效") == copies
    assert text.count("天桥街道永安社区第一次妇女代表大会") == copies
    assert "执行委员会委员选举票" in text and "2026年3月20日" in text
    assert "盖章" in text and "另选" in text and "赞成" in text and "反对" in text and "弃权" in text


def test_ballot_with_roles_lists_each_role_in_stroke_order(tmp_path):
    pdf = tmp_path / "chairs.pdf"
    write_pdf([ballot_section(sample_meeting(), chairs_round(), 1, "A5")], pdf)
    text = pdf_text(pdf)
    assert text.index("主席") < text.index("王") < text.index("刘") < text.index("李")
    assert "应选主席1名、副主席2名" in text


def test_a_ballot_with_a_name_the_data_does_not_know_is_refused_before_printing():
    round_ = executive_round()
    round_.candidates[0] = Candidate("李䶮")
    with pytest.raises(StrokeOrderError, match="“李䶮”中的“䶮”"):
        ballot_section(sample_meeting(), round_, 1)


def test_the_chief_scrutineer_reads_counts_then_votes_most_approved_first():
    meeting, round_, tally = sample_meeting(), executive_round(), executive_tally()
    text = tally_readout(meeting, round_, tally, count(meeting, round_, tally))
    lines = text.splitlines()
    assert "本轮选举共发出选票40张，收回选票40张，其中有效票40张，无效票0张。" in text
    votes = [line for line in lines if re.match(r"\d+\. ", line)]
    assert votes[0] == "1. 丁玉兰赞成38票，反对1票，弃权1票；"
    assert votes[-2:] == ["16. 赵芳赞成16票，反对23票，弃权1票；", "17. 陈霞赞成15票，反对24票，弃权1票；"]
    assert "得赞成票超过应到代表45名的半数，即至少23票的，始得当选。" in text
    assert "当选的是（按姓氏笔画为序）：" + "、".join(STROKE_ORDER[:15]).replace("、陈霞", "") + "。" in text
    assert lines[-2:] == ["总监票人：周慧", "2026年3月20日"]


def test_a_void_round_is_read_out_as_void():
    meeting, round_ = sample_meeting(), executive_round()
    tally = executive_tally()
    tally.returned = 41
    text = tally_readout(meeting, round_, tally, count(meeting, round_, tally))
    assert "收回选票41张，多于发出选票40张，本轮选举无效，应重新选举。" in text
    assert "当选的是" not in text


def test_show_of_hands_reads_no_ballot_counts():
    meeting = sample_meeting(voting=VOTING_HANDS, method=METHOD_EQUAL)
    round_ = chairs_round()
    tally = Tally({"王丽": Votes(40), "刘佳": Votes(38, 1, 1), "李娜": Votes(39, 0, 1)})
    text = tally_readout(meeting, round_, tally, count(meeting, round_, tally))
    assert "本轮以举手方式表决，实到代表40名。" in text and "发出" not in text
    assert "当选的是（按姓氏笔画为序）：主席王丽、副主席刘佳、副主席李娜。" in text


def test_result_report_shows_the_elected_in_stroke_order_with_their_votes_and_signatures():
    meeting, round_, tally = sample_meeting(), executive_round(), executive_tally()
    blocks = result_report_blocks(meeting, [(round_, tally, count(meeting, round_, tally))])
    grid = next(b for b in blocks if isinstance(b, Grid) and "结果" in b.headers)
    assert [row[1] for row in grid.rows[:15]] == [n for n in STROKE_ORDER if n not in ("赵芳", "陈霞")]
    assert grid.headers == ["序号", "姓名", "赞成", "反对", "弃权", "结果"]
    assert grid.rows[0] == ["1", "丁玉兰", "38", "1", "1", "当选"]
    assert [row[5] for row in grid.rows[15:]] == ["未当选", "未当选"]
    text = blocks_text(blocks)
    for line in ("总监票人：周慧", "监票人：吴婷、郑洁", "计票人：冯雪、褚萍", "大会主持人：韩梅"):
        assert line in text
    assert "应到代表\t实到代表" in text and "\t45\t40\t" in text
    assert "大会（盖章）：" in text and "街道妇联审核意见：" in text and "报告日期：2026年3月20日" in text
    assert "发出选票40张，收回40张，有效40张，无效0张" in text


def test_elected_list_per_role():
    meeting = sample_meeting(voting=VOTING_HANDS, method=METHOD_EQUAL)
    board = Round(KIND_BOARD, 4, [Candidate("赵芳", role="委员"), Candidate("王丽", role="主任", post="居委会主任"),
                                  Candidate("刘佳", role="副主任"), Candidate("丁玉兰", role="委员")],
                  role_seats={"主任": 1, "副主任": 1, "委员": 2})
    tally = Tally({n: Votes(40) for n in ("赵芳", "王丽", "刘佳", "丁玉兰")})
    text = blocks_text(elected_list_blocks(meeting, board, count(meeting, board, tally), "第七届妇代会"))
    assert text.splitlines()[:5] == ["永安社区第七届妇代会名单", "（按姓氏笔画为序）", "主任：王丽", "副主任：刘佳",
                                     "委员：丁玉兰、赵芳"]


def test_election_rules_follow_the_thresholds_and_the_voting():
    meeting = sample_meeting()
    text = blocks_text(election_rules_blocks(meeting, [executive_round(), chairs_round()]))
    assert "选举执行委员会委员，应选15名，实行差额选举，候选人数多于应选人数，差额不少于2名。" in text
    assert "选举主席、副主席，应选主席1名、副主席2名，实行等额选举" in text
    assert "到会代表超过应到代表的三分之二" in text and "无记名投票" in text
    assert "反对票也相等的，应就票数相等的被选举人重新投票" in text
    hands = blocks_text(election_rules_blocks(sample_meeting(voting=VOTING_HANDS), [executive_round()],
                                              Thresholds(quorum=QUORUM_HALF)))
    assert "到会代表超过应到代表的半数" in hands and "举手表决的方式" in hands and "无效票" not in hands


def test_agenda_and_host_script_read_the_counts_the_rounds_and_the_supervisors():
    text = blocks_text(agenda_blocks(sample_meeting(), [executive_round(), chairs_round()]))
    assert "本次大会应到代表45名，实到代表40名，超过应到代表的三分之二，会议有效，可以进行选举。" in text
    assert "五、选举执行委员会委员" in text
    assert "总监票人：周慧" in text and "监票人：吴婷、郑洁" in text and "计票人：冯雪、褚萍" in text
    assert "候选人（按姓氏笔画为序）是：" + "、".join(STROKE_ORDER) + "。" in text
    assert "执行委员会第一次全体会议主持词" in text and "本次会议应到执委15名" in text


def test_papers_render_to_pdf_with_their_text(tmp_path):
    meeting, round_, tally = sample_meeting(), executive_round(), executive_tally()
    verdict = count(meeting, round_, tally)
    sections = [paper_section("报告单", result_report_blocks(meeting, [(round_, tally, verdict)])),
                paper_section("办法", election_rules_blocks(meeting, [round_]))]
    pdf = tmp_path / "papers.pdf"
    pages = write_pdf(sections, pdf)
    assert "选举结果报告单" in pdf_text(pdf).split("\f")[0] and "街道妇联审核意见" in pdf_text(pdf).split("\f")[0], \
        "a 17-candidate report fits one page"
    assert pages == 1 + len(pdf_text(pdf).split("\f")[1:-1])
    text = pdf_text(pdf)
    assert "永安社区妇女代表大会选举结果报告单" in text and "选举办法" in text
    assert text.index("丁玉兰") < text.index("马秀英") < text.index("张燕") < text.index("赵芳")


def docx_paragraphs(path: Path) -> list[str]:
    """The text of each paragraph (table cells included) of a .docx, as Word shows it."""
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def test_docx_papers_hold_the_text_and_tables(tmp_path):
    meeting, round_, tally = sample_meeting(), executive_round(), executive_tally()
    report = tmp_path / "report.docx"
    write_blocks_docx(report, result_report_blocks(meeting, [(round_, tally, count(meeting, round_, tally))]))
    paragraphs = docx_paragraphs(report)
    assert paragraphs[0] == "永安社区妇女代表大会选举结果报告单"
    names = [p for p in paragraphs if p in STROKE_ORDER]
    assert names == [n for n in STROKE_ORDER if n not in ("赵芳", "陈霞")] + ["赵芳", "陈霞"]
    assert "总监票人：周慧\u3000\u3000监票人：吴婷、郑洁" in paragraphs


def writer_installed() -> bool:
    """LibreOffice converts .docx only with its Writer module (Debian: libreoffice-writer)."""
    if SOFFICE is None:
        return False
    program = Path(SOFFICE).resolve().parent
    return any(program.glob("libswlo.so")) or any(program.glob("swlo.dll"))


@pytest.mark.skipif(not writer_installed(), reason="LibreOffice Writer is not installed (libreoffice-writer)")
def test_docx_papers_open_in_libreoffice_with_their_text(tmp_path):
    meeting, round_, tally = sample_meeting(), executive_round(), executive_tally()
    verdict = count(meeting, round_, tally)
    report = tmp_path / "report.docx"
    agenda = tmp_path / "agenda.docx"
    write_blocks_docx(report, result_report_blocks(meeting, [(round_, tally, verdict)]))
    write_blocks_docx(agenda, agenda_blocks(meeting, [round_, chairs_round()]))
    out = tmp_path / "out"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(out), str(report), str(agenda)],
                   check=True, capture_output=True, timeout=300)
    report_text = pdf_text(out / "report.pdf")
    assert "选举结果报告单" in report_text and "总监票人：周慧" in report_text
    assert report_text.index("丁玉兰") < report_text.index("张燕") < report_text.index("陈霞")
    agenda_text = re.sub(r"\s", "", pdf_text(out / "agenda.pdf"))  # lines wrap inside words
    assert "会议议程" in agenda_text and "主持词" in agenda_text and "实到代表40名" in agenda_text


def test_docx_refuses_a_folder_that_does_not_exist(tmp_path):
    with pytest.raises(OSError, match="文件夹不存在"):
        write_blocks_docx(tmp_path / "missing" / "a.docx", [Title("x")])


def test_every_paper_builds_html_for_qt():
    html = blocks_html([Title("标题"), Grid(["甲"], [["<乙>"]])])
    assert "&lt;乙&gt;" in html and html.startswith("<html>")
