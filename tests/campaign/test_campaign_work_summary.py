"""The work-summary draft: fed the seed's campaign facts it writes the seed's sentences, with the
基本情况 paragraph of the seed's figures in it unchanged; text and .docx."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from campaign_helpers import at

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.statistics import CongressEntry, build_report, count_records
from fdh_desktop.domain.records import Congress
from fdh_desktop.reports.summary import summary_text
from fdh_desktop.reports.work_summary import (
    TO_WRITE,
    draft_text,
    facts_from_campaign,
    months_between,
    part_of_month,
    write_draft_docx,
)

SEED_STREETS = ("天桥", "广内", "牛街", "大栅栏", "广外", "椿树", "陶然亭", "白纸坊")


def seed_basic() -> tuple[str, dict]:
    """The 基本情况 paragraph of the seed's 106 chairs (tests/test_seed_figures.py's records)."""
    from test_seed_figures import seed_chairs

    entries = [CongressEntry(Congress(established=True, progress="已完成", election_date=date(2023, 5, 20)), [m],
                             date(2023, 5, 20)) for m in seed_chairs()]
    entries += [CongressEntry(Congress(established=False, progress="筹备中"), [], None) for _ in range(4)]
    report = build_report(district="宣南区", term=6, street=None, counts=count_records(entries, (35, 45)),
                          previous_counts=None, bounds=(35, 45), decimals=1)
    return summary_text(report), report


def seed_campaign() -> list[cp.CommunityProgress]:
    """110 communities: 28 in the pilots 天桥 and 广内, elected by 3-28 and done 3-29; of the other 82,
    60 done 5-15, 18 done 5-25, 4 still preparing. 90% of 110 is 99 congresses: reached on 5-25."""
    out: list[cp.CommunityProgress] = []
    done_other = 0
    for i in range(110):
        street = SEED_STREETS[i % 8]
        pilot = street in ("天桥", "广内")
        who = f"指导员{i % 37}"  # 37 指导员, each for three communities or so
        if pilot:
            out.append(at(street, f"社区{i}", date(2023, 1, 9), date(2023, 2, 20), date(2023, 3, 10 + i % 19),
                          date(2023, 3, 29), instructor=who, pilot=True))
        elif i >= 106:
            out.append(at(street, f"社区{i}", date(2023, 2, 20), instructor=who))
        else:
            done_other += 1
            out.append(at(street, f"社区{i}", date(2023, 2, 20), date(2023, 4, 20), date(2023, 5, 10),
                          date(2023, 5, 15 if done_other <= 60 else 25), instructor=who))
    return out


MEETINGS = [cp.Meeting("街道妇联主席会议", date(2023, 1, 5)), cp.Meeting("现场示范会", date(2023, 3, 8), "虎坊路社区"),
            cp.Meeting("街道妇联主席会议", date(2023, 4, 3))]


def test_seed_facts_give_the_seeds_sentences():
    basic, report = seed_basic()
    plan = cp.default_plan(date(2023, 1, 1))
    facts = facts_from_campaign("宣南区", basic, seed_campaign(), MEETINGS, plan,
                                representatives=report["representatives"])
    assert (facts.completed, facts.pilots_done) == (date(2023, 5, 25), date(2023, 3, 28))
    text = draft_text(facts)
    assert "宣南区社区妇代会换届选举工作历经5个月，于2023年5月底基本完成，现将全区社区妇代会换届选举工作情况总结如下：" in text
    assert "确定在天桥、广内两个街道进行试点，试点街道选举工作于3月底结束。" in text
    assert "为110个社区配备换届工作指导员37名。" in text
    assert "换届期间共召开工作会议3次，其中街道妇联主席会议2次、现场示范会1次（虎坊路社区）。" in text
    assert "全区社区妇代会换届选举工作于5月底按计划基本完成。" in text
    # The 基本情况 paragraph is in the draft unchanged, with the seed's figures.
    assert basic in text
    for figure in ("应建社区妇代会110个，实建106个", "担任居委会主任39人", "新任妇代会主任92人，占86.8%",
                   "中共党员67人，占63.2%"):
        assert figure in text, figure
    headings = [line for line in text.splitlines() if line[:2] in ("一、", "二、", "三、", "四、")]
    assert headings == ["一、基本情况", "二、换届工作进程", "三、主要做法", "四、几点体会"]
    assert text.count(TO_WRITE) == 2


def test_without_dates_the_draft_claims_nothing():
    facts = facts_from_campaign("宣南区", "本届全区应建社区妇代会3个。", [at("牛街", "春风"), at("牛街", "钢院")])
    text = draft_text(facts)
    assert "历经" not in text and "基本完成" not in text and "试点" not in text and "指导员" not in text
    assert "宣南区社区妇代会换届选举工作正在进行" in text
    assert text.count(TO_WRITE) == 3


def test_late_completion_is_not_said_to_be_on_plan_and_the_months_count_both_ends():
    communities = [at("牛街", f"社区{i}", date(2023, 2, 1), date(2023, 4, 1), date(2023, 6, 1), date(2023, 6, 12))
                   for i in range(10)]
    facts = facts_from_campaign("宣南区", "", communities, plan=cp.default_plan(date(2023, 1, 1)), organisation="妇联")
    text = draft_text(facts)
    assert "历经6个月，于2023年6月中旬基本完成" in text
    assert "全区社区妇联换届选举工作于6月中旬基本完成。" in text
    assert months_between(date(2022, 11, 20), date(2023, 2, 1)) == 4
    assert [part_of_month(date(2023, 3, d)) for d in (10, 11, 20, 21)] == ["3月上旬", "3月中旬", "3月中旬", "3月底"]


def test_docx_holds_the_draft_and_libreoffice_reads_it(tmp_path):
    basic, _ = seed_basic()
    facts = facts_from_campaign("宣南区", basic, seed_campaign(), MEETINGS, cp.default_plan(date(2023, 1, 1)))
    path = tmp_path / "工作总结初稿.docx"
    write_draft_docx(path, facts)
    with zipfile.ZipFile(path) as z:
        assert "历经5个月" in z.read("word/document.xml").decode("utf-8")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), str(path)], check=True,
                   capture_output=True, timeout=180)
    text = (tmp_path / "工作总结初稿.txt").read_text(encoding="utf-8-sig")
    assert "确定在天桥、广内两个街道进行试点，试点街道选举工作于3月底结束。" in text
    assert "四、几点体会" in text and basic in text
