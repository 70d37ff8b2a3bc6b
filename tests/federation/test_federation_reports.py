"""What a 妇联 term prints: titles and labels by form, the chair and 执委 tables, the targets, and
the checks between rows (主席 ≤ 执委); the hand-built district of federation_district.py."""

from __future__ import annotations

import copy

import pytest
from federation_district import BOUNDS, term6, term7

from fdh_desktop.domain.federation_statistics import full_report
from fdh_desktop.reports.checks import ERROR, WARNING, consistency_checks
from fdh_desktop.reports.federation_summary import report_summary
from fdh_desktop.reports.html import Signature, comparison_section
from fdh_desktop.reports.tables import format_text, report_tables


@pytest.fixture(scope="module")
def report() -> dict:
    return full_report(district="测试区", term=7, street=None, current=term7(), previous=term6(),
                       bounds=BOUNDS, decimals=1)


def _table(tables, title):
    return next(t for t in tables if t.title == title)


def test_titles_and_labels_follow_the_form(report):
    section = comparison_section(report, Signature.from_dict({}, "测试区"))
    assert section.title == "测试区社区妇联换届选举情况统计表（第七届）"
    tables = report_tables(report)
    titles = [t.title for t in tables]
    assert titles[:4] == ["组建情况", "妇联主席任职情况", "妇联主席年龄结构", "妇联主席政治面貌与文化程度"]
    assert titles[4:7] == ["妇联主席进社区“两委”情况", "执委情况", "目标完成情况"]
    assert [r[0] for r in tables[0].rows] == ["应建社区妇联（个）", "实建社区妇联（个）", "已完成换届（个）", "妇联主席（人）"]
    assert "妇代会" not in format_text(tables)


def test_the_chair_and_executive_tables_carry_the_figures_and_the_change(report):
    tables = report_tables(report)
    two = _table(tables, "妇联主席进社区“两委”情况")
    # 进两委 2 of 3 (66.7%) against 第六届's 2 of 2 (100.0%): -33.3 百分点.
    assert two.rows[0] == ["进社区“两委”", 2, "66.7%", 2, "100.0%", "0", "-33.3"]
    people = _table(tables, "执委情况")
    assert people.rows[0][:2] == ["执委总数（人）", 16] and people.rows[0][3] == 5
    # 主席 3 of 16 against 第六届's 主任 2 of 5, counted as 主席 across the boundary.
    assert people.rows[1] == ["　其中：主席", 3, "18.8%", 2, "40.0%", "+1", "-21.2"]
    targets = _table(tables, "目标完成情况")
    assert targets.rows[0] == ["妇联主席进两委", "100.0%", "66.7%", "未达到", "牛街 › 南线阁社区"]


def test_a_congress_term_prints_as_before(report):
    congress = full_report(district="测试区", term=6, street=None, current=term6(), previous=None,
                           bounds=BOUNDS, decimals=1)
    titles = [t.title for t in report_tables(congress)]
    assert titles == ["组建情况", "妇代会主任任职情况", "妇代会主任年龄结构", "妇代会主任政治面貌与文化程度", "代表结构"]
    assert comparison_section(congress, Signature.from_dict({}, "测试区")).title \
        == "测试区社区妇代会换届选举情况统计表（第六届）"


def test_checks_between_rows_and_the_targets(report):
    messages = [(c.level, c.message) for c in consistency_checks(report)]
    assert (WARNING, "目标“妇联主席进两委”未达到：目标100.0%，实际66.7%；未达到的社区：牛街 › 南线阁社区") in messages
    assert not any(level == ERROR for level, _ in messages)
    # 广内 › 校场社区 is established but has no one yet: said in the form's words.
    assert (WARNING, "实建妇联4个，主席只有3人：1个妇联没有主席记录") in messages
    broken = copy.deepcopy(report)
    broken["chairs"]["total"] = 17
    errors = [c.message for c in consistency_checks(broken) if c.level == ERROR]
    assert "妇联主席（17人）多于执委（16人）" in errors


def test_the_summary_of_a_federation_term(report):
    text = report_summary(report, 7)
    assert text.startswith("本届全区应建社区妇联5个，实建4个，已完成换届2个。3名妇联主席中，进社区“两委”2人，占66.7%")
    assert "共选出执委16名，比上届多11名，其中主席3名、副主席2名、兼职副主席2名。" in text
