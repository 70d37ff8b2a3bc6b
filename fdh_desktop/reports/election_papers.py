"""The papers of the vote: ballots, the 计票结果 read out, the 选举结果报告单 and the 当选名单.

Ballots are HTML only (printed through gui.printing, A4 landscape sheets: one A4 ballot, or two
A5 ballots side by side). The other papers are blocks (reports.election_blocks), so each comes
out as text, HTML for the PDF, and .docx. Names are in 姓氏笔画 order wherever a list is printed;
a name the stroke data does not know raises strokes.StrokeOrderError before anything is built.
"""

from __future__ import annotations

from html import escape

from fdh_desktop.domain.election import (
    ELECTED,
    VOTING_HANDS,
    Meeting,
    Outcome,
    Round,
    Tally,
    Thresholds,
    Verdict,
    base_label,
)
from fdh_desktop.domain.strokes import OFFICIAL, sort_by_strokes

from .election_blocks import Block, Grid, Para, Signatures, Subtitle, Title, blocks_html
from .html import Section, date_text

PAPERS = ("A4", "A5")
PER_SHEET = {"A4": 1, "A5": 2}  # ballots on one A4 landscape sheet
_TWO_COLUMNS_FROM = 13  # an A4 ballot lists more candidates than this in two columns

BALLOT_STYLE = """
<style>
  p { margin: 0; }
  p.btitle { font-weight: bold; }
  table.ballot { border-collapse: collapse; border-color: #000; }
  table.ballot th { font-weight: bold; background-color: #eeeeee; }
</style>
"""


def meeting_date(meeting: Meeting) -> str:
    return date_text(meeting.day) if meeting.day else "    年  月  日"


def ballot_title(meeting: Meeting, round_: Round) -> str:
    return f"{round_.title.removeprefix('选举')}选举票"


def ordered_candidates(round_: Round, mode: str = OFFICIAL) -> list:
    """The round's candidates as printed: per role in the round's role order, each in 姓氏笔画 order."""
    if not round_.role_seats:
        return sort_by_strokes(round_.candidates, mode, key=lambda c: c.name)
    ordered = []
    for role in round_.role_seats:
        ordered += sort_by_strokes([c for c in round_.candidates if c.role == role], mode, key=lambda c: c.name)
    return ordered


def _instruction(meeting: Meeting, round_: Round) -> list[str]:
    seats = "、".join(f"{role}{n}名" for role, n in round_.role_seats.items()) or f"{round_.seats}名"
    return [
        f"应选{seats}，候选人{len(round_.candidates)}名（按姓氏笔画为序）；赞成（含另选他人）"
        "超过应选名额的，本选票无效。",
        "在每位候选人姓名后“赞成”“反对”“弃权”三栏中只选一栏画“○”；不画的视为弃权。",
        "反对某候选人而另选他人的，在“另选”栏内写上其姓名，并在其“赞成”栏内画“○”。",
    ]


def _ballot_rows(candidates: list, write_in_lines: int, with_role: bool) -> list[tuple[str, str, str, bool]]:
    """(number, name, role, is write-in) per line of the ballot."""
    rows = [(str(i), c.name, c.role, False) for i, c in enumerate(candidates, start=1)]
    rows += [("", "", "", True) for _ in range(write_in_lines)]
    return rows


def _rows_table(rows: list[tuple[str, str, str, bool]], with_role: bool, font_pt: float, pad: int) -> str:
    head = "<th>序号</th>" + ("<th>职务</th>" if with_role else "") + "<th>候选人姓名</th><th>赞成</th><th>反对</th><th>弃权</th>"
    body = []
    for number, name, role, write_in in rows:
        role_cell = f'<td align="center">{escape(role)}</td>' if with_role else ""
        if write_in:
            body.append(f'<tr><td align="center">另选</td>{role_cell}<td></td><td></td>'
                        '<td align="center">／</td><td align="center">／</td></tr>')
        else:
            spaced = escape(name if len(name) != 2 else f"{name[0]}\u3000{name[1]}")
            body.append(f'<tr><td align="center">{number}</td>{role_cell}<td align="center">{spaced}</td>'
                        "<td></td><td></td><td></td></tr>")
    return (f'<table class="ballot" border="1" cellspacing="0" cellpadding="{pad}" width="100%" '
            f'style="font-size: {font_pt}pt;"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')


def _seal_box(font_pt: float) -> str:
    return ('<table border="1" cellspacing="0" cellpadding="10" style="border-color: #999;">'
            f'<tr><td align="center" style="color: #888; font-size: {font_pt}pt;">（盖章）</td></tr></table>')


def ballot_html(meeting: Meeting, round_: Round, paper: str = "A4", write_in_lines: int = 2,
                mode: str = OFFICIAL) -> str:
    """One ballot's HTML (a fragment: ballot_section puts copies on sheets)."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}")
    candidates = ordered_candidates(round_, mode)
    with_role = bool(round_.role_seats)
    a5 = paper == "A5"
    font, title_pt, pad = (9.5, 13, 2) if a5 else (12, 18, 6)
    rows = _ballot_rows(candidates, write_in_lines, with_role)
    if not a5 and len(candidates) >= _TWO_COLUMNS_FROM:
        half = (len(rows) + 1) // 2  # down the left column first, then the right: 序号 shows the order
        grid = ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
                f'<td width="49%" valign="top">{_rows_table(rows[:half], with_role, font, pad)}</td><td width="2%"></td>'
                f'<td width="49%" valign="top">{_rows_table(rows[half:], with_role, font, pad)}</td></tr></table>')
    else:
        grid = _rows_table(rows, with_role, font, pad)
    notes = "".join(f'<p style="font-size: {font - 1}pt;">{i}. {escape(t)}</p>'
                    for i, t in enumerate(_instruction(meeting, round_), start=1))
    head = ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="18%"></td><td align="center"><p class="btitle" style="font-size: {title_pt}pt;">'
            f'{escape(meeting.name)}</p><p class="btitle" style="font-size: {title_pt + 2}pt;">'
            f'{escape(ballot_title(meeting, round_))}</p>'
            f'<p style="font-size: {font}pt;">{escape(meeting_date(meeting))}</p></td>'
            f'<td width="18%" align="right" valign="top">{_seal_box(font - 1)}</td></tr></table>')
    must = (f'<p align="center" style="font-size: {font + 1}pt; font-weight: bold; margin-top: 4px; '
            f'margin-bottom: 4px;">应选{round_.seats}名，多选无效</p>')
    return head + must + grid + f'<div style="margin-top: 6px;">{notes}</div>'


def ballot_section(meeting: Meeting, round_: Round, copies: int = 1, paper: str = "A4",
                   write_in_lines: int = 2, mode: str = OFFICIAL) -> Section:
    """`copies` ballots on A4 landscape sheets: one per sheet (A4) or two side by side (A5)."""
    one = ballot_html(meeting, round_, paper, write_in_lines, mode)
    per = PER_SHEET[paper]
    sheets = []
    for start in range(0, max(1, copies), per):
        n = min(per, copies - start) if copies > 0 else 1
        breaker = ' style="page-break-before: always;"' if start else ""
        if per == 1:
            sheets.append(f"<div{breaker}>{one}</div>")
        else:
            cells = [f'<td width="48%" valign="top">{one}</td>'] * n + ['<td width="48%"></td>'] * (per - n)
            sheets.append(f'<table width="100%" border="0" cellspacing="0" cellpadding="0"{breaker}><tr>'
                          + '<td width="4%"></td>'.join(cells) + "</tr></table>")
    title = f"{meeting.name}{ballot_title(meeting, round_)}"
    return Section(title, "<html><body>" + BALLOT_STYLE + "".join(sheets) + "</body></html>", "A4",
                   name="选票")


# ------------------------------------------------------------------------------- counting results

def _votes_line(o: Outcome) -> str:
    if o.write_in:
        return f"{o.name}（另选）得赞成票{o.votes.yes}票"
    return f"{o.name}赞成{o.votes.yes}票，反对{o.votes.no}票，弃权{o.votes.abstain}票"


def _base_words(meeting: Meeting, thresholds: Thresholds, base: int) -> str:
    label = base_label(meeting, thresholds)
    return f"{label}{base}{'张' if label.endswith('选票') else '名'}"


def elected_in_order(round_: Round, verdict: Verdict, mode: str = OFFICIAL) -> list[Outcome]:
    """The elected per role (the round's role order), each role in 姓氏笔画 order."""
    elected = verdict.elected
    if not round_.role_seats:
        return sort_by_strokes(elected, mode, key=lambda o: o.name)
    ordered = []
    for role in round_.role_seats:
        ordered += sort_by_strokes([o for o in elected if o.role == role], mode, key=lambda o: o.name)
    return ordered


def tally_readout(meeting: Meeting, round_: Round, tally: Tally, verdict: Verdict,
                  thresholds: Thresholds = Thresholds()) -> str:
    """What the 总监票人 reads out: the ballot counts, each person's votes (most 赞成 first), the result."""
    lines = ["各位代表：", f"现在报告{round_.title}的计票结果。"]
    if not verdict.ok:
        return "\n".join(lines + [p.message + "。" for p in verdict.problems if p.is_error]) + "\n"
    if meeting.voting == VOTING_HANDS:
        lines.append(f"本轮以举手方式表决，实到代表{meeting.present}名。")
    else:
        lines.append(f"本轮选举共发出选票{tally.issued}张，收回选票{tally.returned}张，其中有效票{tally.valid}张，"
                     f"无效票{tally.invalid}张。收回选票未超过发出选票，本轮选举有效。")
    lines.append("各被选举人得票情况如下（按得赞成票多少为序）：")
    lines += [f"{i}. {_votes_line(o)}；" for i, o in enumerate(verdict.outcomes, start=1)]
    need = verdict.base // 2 + 1
    lines.append(f"根据选举办法，得赞成票超过{_base_words(meeting, thresholds, verdict.base)}的半数，"
                 f"即至少{need}票的，始得当选。")
    elected = elected_in_order(round_, verdict)
    if elected:
        lines.append("当选的是（按姓氏笔画为序）：" + "、".join(
            f"{o.role}{o.name}" if round_.role_seats else o.name for o in elected) + "。")
    lines += [p.message + "。" for p in verdict.problems if p.field == "应选名额"]
    lines += ["报告完毕。", f"总监票人：{meeting.chief_scrutineer}", meeting_date(meeting)]
    return "\n".join(lines) + "\n"


def result_report_blocks(meeting: Meeting, rounds: list[tuple[Round, Tally, Verdict]]) -> list[Block]:
    """选举结果报告单 for the street's approval: the meeting, each round's votes, the elected in
    姓氏笔画 order (then the others, most 赞成 first), the signatures, the date and room for the seals."""
    blocks: list[Block] = [Title(f"{meeting.community or meeting.name}妇女代表大会选举结果报告单"),
                           Subtitle(meeting.name)]
    blocks.append(Grid(["社区", "会议日期", "应到代表", "实到代表", "表决方式", "选举方式"],
                       [[meeting.community, meeting_date(meeting), str(meeting.expected), str(meeting.present),
                         meeting.voting, meeting.method]]))
    for round_, tally, verdict in rounds:
        counts = "" if meeting.voting == VOTING_HANDS else (
            f"；发出选票{tally.issued}张，收回{tally.returned}张，有效{tally.valid}张，无效{tally.invalid}张")
        blocks.append(Para(f"{round_.title}（应选{round_.seats}名，候选人{len(round_.candidates)}名，"
                           f"{round_.method_in(meeting)}{counts}）", indent=False, bold=True))
        if not verdict.ok:
            blocks += [Para(p.message + "。", indent=False) for p in verdict.problems if p.is_error]
            continue
        with_role = bool(round_.role_seats)
        rows = []
        others = [o for o in verdict.outcomes if o.status != ELECTED]
        for i, o in enumerate(elected_in_order(round_, verdict) + others, start=1):
            no, abstain = ("—", "—") if o.write_in else (str(o.votes.no), str(o.votes.abstain))
            rows.append([str(i), o.name + ("（另选）" if o.write_in else "")] + ([o.role] if with_role else [])
                        + [str(o.votes.yes), no, abstain, o.status])
        headers = ["序号", "姓名"] + (["职务"] if with_role else []) + ["赞成", "反对", "弃权", "结果"]
        widths = [8, 22] + ([14] if with_role else []) + [14, 14, 14, 28 - (14 if with_role else 0)]
        blocks.append(Grid(headers, rows, widths))
        blocks += [Para(p.message + "。", indent=False) for p in verdict.problems if p.field == "应选名额"]
    blocks.append(Signatures([("总监票人", meeting.chief_scrutineer), ("监票人", "、".join(meeting.scrutineers)),
                              ("计票人", "、".join(meeting.counters)), ("大会主持人", meeting.host),
                              ("报告日期", meeting_date(meeting)), ("大会（盖章）", ""),
                              ("街道妇联审核意见", ""), ("街道妇联（盖章）", "\u3000\u3000年\u3000\u3000月\u3000\u3000日")],
                             per_line=4))
    return blocks


def paper_section(title: str, blocks: list[Block], name: str = "") -> Section:
    """A paper for gui.printing (A4 landscape): tables set tight so a 17-candidate report fits a page."""
    return Section(title, blocks_html(blocks, 10.5, padding=2), "A4", name=name or title)


def elected_list_blocks(meeting: Meeting, round_: Round, verdict: Verdict, body: str = "") -> list[Block]:
    """当选名单: per role, names in 姓氏笔画 order. body names the body elected (e.g. 第一届执行委员会)."""
    what = body or round_.title.removeprefix("选举")
    blocks: list[Block] = [Title(f"{meeting.community}{what}名单"), Subtitle("（按姓氏笔画为序）")]
    elected = elected_in_order(round_, verdict)
    if round_.role_seats:
        for role in round_.role_seats:
            names = [o.name for o in elected if o.role == role]
            if names:
                blocks.append(Para(f"{role}：{'、'.join(names)}", indent=False))
    else:
        blocks.append(Para("、".join(o.name for o in elected), indent=False))
    blocks.append(Para(f"（{meeting.name}{meeting_date(meeting)}选举产生，共{len(elected)}名）", indent=False,
                       align="right"))
    return blocks
