"""The 工作总结初稿 (work-summary draft): the 基本情况 paragraph (made by reports.summary, passed in)
plus the campaign sentences its records support, then the headed sections the clerk writes.

Laid out as the seed's summary is: an opening sentence (历经N个月，于M月底基本完成), 一、基本情况,
二、换届工作进程 (the pilots and when they finished, the 指导员, the meetings, the completion),
三、主要做法 and 四、几点体会 left for the clerk. Given as election_blocks blocks, so the same draft
is plain text (blocks_text), printable HTML (blocks_html) and .docx (write_blocks_docx).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.records import chinese_number

from .election_blocks import Block, Heading, Para, Title, blocks_text
from .election_docx import write_blocks_docx

TO_WRITE = "（此部分由工作人员根据实际情况撰写。）"


@dataclass(frozen=True)
class SummaryFacts:
    """What the records say about the campaign; None or empty where they say nothing."""

    district: str
    basic: str  # the 基本情况 paragraph (reports.summary.summary_text)
    organisation: str = "妇代会"  # 妇代会 or 妇联: the term's form
    start: date | None = None  # when the work began
    completed: date | None = None  # when it was basically complete
    planned_end: date | None = None  # the plan's 已完成 date for ordinary streets
    pilots: list[str] = field(default_factory=list)
    pilots_done: date | None = None  # when the last pilot community held its election
    communities: int = 0  # 应换届
    instructors: int = 0
    meetings: list[cp.Meeting] = field(default_factory=list)
    reps_total: int | None = None
    reps_units: int | None = None
    reps_migrants: int | None = None


def facts_from_campaign(district: str, basic: str, communities: list[cp.CommunityProgress],
                        meetings: Sequence[cp.Meeting] = (), plan: cp.CampaignPlan | None = None,
                        organisation: str = "妇代会", representatives: dict | None = None) -> SummaryFacts:
    """The facts from plain records; `representatives` is the stats report's "representatives"."""
    items = cp.counted(communities)
    reps = representatives or {}
    return SummaryFacts(
        district=district, basic=basic, organisation=organisation,
        start=plan.start if plan else cp.campaign_start(items),
        completed=cp.basically_completed(items),
        planned_end=plan.dates.get(cp.PROGRESS_COMPLETED) if plan else None,
        pilots=list(dict.fromkeys(c.street for c in items if c.pilot)),
        pilots_done=cp.pilots_finished(items),
        communities=len(items),
        instructors=len(cp.instructors(items)),
        meetings=list(meetings),
        reps_total=reps.get("total"),
        reps_units=(reps.get("community_units") or {}).get("count"),
        reps_migrants=(reps.get("migrants") or {}).get("count"),
    )


def part_of_month(day: date) -> str:
    """'5月底', '5月中旬', '5月上旬': how a summary dates things."""
    part = "底" if day.day > 20 else "中旬" if day.day > 10 else "上旬"
    return f"{day.month}月{part}"


def months_between(start: date, end: date) -> int:
    """Calendar months touched, both ends counted: January to May is 5."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def count_word(n: int) -> str:
    """两 for 2 (两个街道), else the Chinese numeral."""
    return "两" if n == 2 else chinese_number(n)


def opening(facts: SummaryFacts) -> str:
    org = facts.organisation
    where = f"{facts.district}社区{org}换届选举工作"
    if facts.start and facts.completed:
        span = (f"历经{months_between(facts.start, facts.completed)}个月，"
                f"于{facts.completed.year}年{part_of_month(facts.completed)}基本完成，")
    else:
        span = "正在进行，"
    return f"{where}{span}现将全区社区{org}换届选举工作情况总结如下："


def campaign_sentences(facts: SummaryFacts) -> list[str]:
    """The 换届工作进程 paragraphs the records support; none for a fact that is not recorded."""
    org = facts.organisation
    out = []
    if facts.pilots:
        text = f"确定在{'、'.join(facts.pilots)}{count_word(len(facts.pilots))}个街道进行试点"
        if facts.pilots_done:
            text += f"，试点街道选举工作于{part_of_month(facts.pilots_done)}结束"
        out.append(text + "。")
    if facts.instructors:
        where = f"为{facts.communities}个社区" if facts.communities else "为各社区"
        out.append(f"按照街道机关科室联系居委会制度，{where}配备换届工作指导员{facts.instructors}名。")
    if facts.meetings:
        kinds = Counter(m.kind for m in facts.meetings)
        places = {}
        for m in facts.meetings:
            if m.place:
                places.setdefault(m.kind, []).append(m.place)
        parts = [f"{kind}{count}次" + (f"（{'、'.join(places[kind])}）" if kind in places else "")
                 for kind, count in kinds.items()]
        out.append(f"换届期间共召开工作会议{len(facts.meetings)}次，其中{'、'.join(parts)}。")
    if facts.reps_total and "妇女代表" not in facts.basic:
        out.append(f"各社区确定妇女代表结构，共选出妇女代表{facts.reps_total}名，其中社区单位代表"
                   f"{facts.reps_units or 0}名、外来人员代表{facts.reps_migrants or 0}名。")
    if facts.completed:
        on_plan = "按计划" if facts.planned_end and facts.completed <= facts.planned_end else ""
        out.append(f"全区社区{org}换届选举工作于{part_of_month(facts.completed)}{on_plan}基本完成。")
    return out


def draft_blocks(facts: SummaryFacts) -> list[Block]:
    blocks: list[Block] = [Title(f"{facts.district}社区{facts.organisation}换届选举工作总结"),
                           Para(opening(facts)), Heading("一、基本情况"), Para(facts.basic),
                           Heading("二、换届工作进程")]
    sentences = campaign_sentences(facts)
    blocks += [Para(s) for s in sentences] or [Para(TO_WRITE)]
    blocks += [Heading("三、主要做法"), Para(TO_WRITE), Heading("四、几点体会"), Para(TO_WRITE)]
    return blocks


def draft_text(facts: SummaryFacts) -> str:
    return blocks_text(draft_blocks(facts))


def write_draft_docx(path: str | Path, facts: SummaryFacts) -> None:
    """The draft as .docx for the clerk to finish. OSError (Chinese reason) when not writable."""
    write_blocks_docx(path, draft_blocks(facts))
