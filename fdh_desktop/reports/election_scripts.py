"""Papers prepared before the meeting, filled from its records: the 选举办法（草案）, and the
会议议程 with the 主持词 (the host's script). Blocks (reports.election_blocks): text, HTML, .docx.

The wording follows the usual drafts of community women's congresses; the clerk edits the .docx.
"""

from __future__ import annotations

from fdh_desktop.domain.election import (
    KIND_CHAIRS,
    METHOD_SURPLUS,
    QUORUM_HALF,
    VOTING_HANDS,
    Meeting,
    Round,
    Thresholds,
    base_label,
    required_surplus,
    validity_statement,
)
from fdh_desktop.domain.records import chinese_number
from fdh_desktop.domain.strokes import OFFICIAL, sort_by_strokes

from .election_blocks import BLANK_LINE, Block, PageBreak, Para, Signatures, Subtitle, Title
from .election_papers import meeting_date, ordered_candidates


def _seats_text(round_: Round) -> str:
    if round_.role_seats:
        return "、".join(f"{role}{n}名" for role, n in round_.role_seats.items())
    return f"{round_.seats}名"


def _round_clause(meeting: Meeting, round_: Round, thresholds: Thresholds) -> str:
    method = round_.method_in(meeting)
    text = f"{round_.title}，应选{_seats_text(round_)}，实行{method}"
    if method == METHOD_SURPLUS:
        surplus = required_surplus(round_.seats, thresholds.surplus)
        text += f"，候选人数多于应选人数，差额不少于{surplus}名"
    else:
        text += "，候选人数与应选人数相等"
    if round_.kind == KIND_CHAIRS:
        text += "；在执行委员会第一次全体会议上从当选的执行委员中选举产生"
    return text + "。"


def election_rules_blocks(meeting: Meeting, rounds: list[Round], thresholds: Thresholds = Thresholds()) -> list[Block]:
    """选举办法（草案）: the articles the congress adopts before it votes."""
    quorum = "半数" if thresholds.quorum == QUORUM_HALF else "三分之二"
    hands = meeting.voting == VOTING_HANDS
    articles = [
        f"根据《中华全国妇女联合会章程》和有关规定，结合本社区实际，制定{meeting.name}选举办法。",
        *[_round_clause(meeting, r, thresholds) for r in rounds],
        f"本次大会应到代表{meeting.expected}名。到会代表超过应到代表的{quorum}，方可进行选举。",
        "大会设总监票人1名、监票人和计票人若干名，由大会主持人提名，经全体代表举手表决通过。"
        "候选人不得担任总监票人、监票人和计票人。",
        "候选人名单按姓氏笔画为序排列。",
    ]
    if hands:
        articles.append("选举采用举手表决的方式，逐一对候选人进行表决，由监票人、计票人清点赞成、反对、弃权人数。")
    else:
        articles += [
            "选举采用无记名投票的方式。代表对选票上的候选人可以投赞成票，可以投反对票，也可以弃权；"
            "投反对票的，可以另选他人。",
            "每张选票所选人数等于或少于应选名额的为有效票，多于应选名额的为无效票。",
            "收回的选票等于或少于发出的选票，选举有效；多于发出的选票，选举无效，应重新选举。",
        ]
    articles += [
        f"被选举人获得的赞成票超过{base_label(meeting, thresholds)}的半数，始得当选。获得赞成票超过半数的人数多于应选名额时，"
        "以得赞成票多少为序，至取足应选名额为止；如遇赞成票数相等不能确定当选人时，以反对票少者当选；"
        "反对票也相等的，应就票数相等的被选举人重新投票，得票多的当选。"
        "获得赞成票超过半数的人数少于应选名额时，不足的名额另行选举。",
        "选举结果由总监票人向大会报告，由大会主持人宣布当选名单。",
        "本办法经大会通过后生效。",
    ]
    blocks: list[Block] = [Title(f"{meeting.name}选举办法"), Subtitle("（草案）")]
    blocks += [Para(f"{chinese_number(i)}、{text}") for i, text in enumerate(articles, start=1)]
    return blocks


def _supervisor_list(meeting: Meeting) -> list[str]:
    lines = [f"总监票人：{meeting.chief_scrutineer}"] if meeting.chief_scrutineer else []
    if meeting.scrutineers:
        lines.append("监票人：" + "、".join(sort_by_strokes(meeting.scrutineers, OFFICIAL)))
    if meeting.counters:
        lines.append("计票人：" + "、".join(sort_by_strokes(meeting.counters, OFFICIAL)))
    return lines


def agenda_items(rounds: list[Round]) -> list[str]:
    items = ["大会开幕，全体起立，奏国歌", "审议上届妇代会工作报告", "通过大会选举办法（草案）",
             "通过总监票人、监票人、计票人名单"]
    items += [r.title for r in rounds if r.kind != KIND_CHAIRS]
    items += ["宣布选举结果", "新当选的负责同志讲话", "街道妇联领导讲话", "大会闭幕"]
    return items


def agenda_blocks(meeting: Meeting, rounds: list[Round], thresholds: Thresholds = Thresholds()) -> list[Block]:
    """会议议程 then 主持词: 应到/实到 and validity, each round, the 监票计票人 list."""
    items = agenda_items(rounds)
    host = meeting.host or BLANK_LINE
    blocks: list[Block] = [Title(f"{meeting.name}会议议程"), Subtitle(f"{meeting_date(meeting)}\u3000主持人：{host}")]
    blocks += [Para(f"{chinese_number(i)}、{item}", indent=False) for i, item in enumerate(items, start=1)]
    blocks += [PageBreak(), Title(f"{meeting.name}主持词")]
    blocks.append(Para("各位代表、同志们："))
    blocks.append(Para(f"{meeting.name}现在开始。" + validity_statement(meeting, thresholds)))
    blocks.append(Para("首先，请全体起立，奏国歌。（奏毕）请坐下。"))
    blocks.append(Para("大会进行第二项，审议上届妇代会工作报告。"))
    blocks.append(Para("大会进行第三项，通过大会选举办法（草案）。选举办法（草案）已印发各位代表。"
                       "同意的请举手；不同意的请举手；弃权的请举手。选举办法通过。"))
    blocks.append(Para("大会进行第四项，通过总监票人、监票人、计票人名单。提名如下："))
    blocks += [Para(line) for line in _supervisor_list(meeting)]
    blocks.append(Para("同意的请举手；不同意的请举手；弃权的请举手。名单通过。请总监票人、监票人、计票人就位。"))
    step = 5
    for round_ in (r for r in rounds if r.kind != KIND_CHAIRS):
        blocks += _round_script(meeting, round_, step)
        step += 1
    blocks.append(Para(f"大会进行第{chinese_number(step)}项，宣布选举结果。请总监票人报告计票结果。"
                       "（报告后）根据选举办法，当选名单如下：……"))
    blocks.append(Para(f"大会进行第{chinese_number(step + 1)}项，请新当选的负责同志讲话。"))
    blocks.append(Para(f"大会进行第{chinese_number(step + 2)}项，请街道妇联领导讲话。"))
    blocks.append(Para(f"{meeting.name}圆满完成了各项议程，现在闭幕。"))
    chairs = [r for r in rounds if r.kind == KIND_CHAIRS]
    if chairs:
        executives = sum(r.seats for r in rounds if r.kind != KIND_CHAIRS)
        blocks += [PageBreak(), Title("执行委员会第一次全体会议主持词")]
        blocks.append(Para(f"各位执委：现在召开执行委员会第一次全体会议。本次会议应到执委{executives}名，"
                           f"实到执委{BLANK_LINE}名，符合规定，会议有效。"))
        for i, round_ in enumerate(chairs, start=1):
            blocks += _round_script(meeting, round_, i, "会议", "执委")
        blocks.append(Para("执行委员会第一次全体会议的议程已全部完成，现在散会。"))
    blocks.append(Signatures([("主持人", meeting.host)]))
    return blocks


def _round_script(meeting: Meeting, round_: Round, step: int, body: str = "大会", voters: str = "代表") -> list[Block]:
    names = "、".join(c.name for c in ordered_candidates(round_))
    lines = [Para(f"{body}进行第{chinese_number(step)}项，{round_.title}。本次应选{_seats_text(round_)}，"
                  f"候选人{len(round_.candidates)}名，实行{round_.method_in(meeting)}。"
                  f"候选人（按姓氏笔画为序）是：{names}。")]
    if meeting.voting == VOTING_HANDS:
        lines.append(Para("现在逐一进行举手表决。同意的请举手；不同意的请举手；弃权的请举手。请监票人、计票人清点人数。"))
    else:
        lines += [Para(f"请监票人检查票箱。（检查后）请计票人分发选票。请各位{voters}检查选票，如有缺损请举手。"),
                  Para(f"应选{round_.seats}名，多选无效。请{voters}们按照选举办法的要求填写选票。"),
                  Para(f"请监票人、计票人先投票，然后请{voters}们依次投票。（投票后）请监票人、计票人清点票数、计票。")]
    return lines
