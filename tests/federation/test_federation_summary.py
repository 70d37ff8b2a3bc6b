"""The 基本情况 paragraph of a 妇联 term, from the hand-built district's report."""

from __future__ import annotations

from federation_district import BOUNDS, term6, term7

from fdh_desktop.domain.federation_statistics import full_report
from fdh_desktop.reports.federation_summary import report_summary
from fdh_desktop.reports.summary import summary_text


def _report(current, previous, term):
    return full_report(district="测试区", term=term, street=None, current=current, previous=previous,
                       bounds=BOUNDS, decimals=1)


def test_federation_paragraph_in_the_seed_style():
    text = report_summary(_report(term7(), term6(), 7), current_term=7)
    assert text.startswith("本届全区应建社区妇联5个，实建4个，已完成换届2个。3名妇联主席中，进社区“两委”2人，占66.7%，"
                           "比上届降低33.3个百分点；其中进社区党组织1人，占33.3%；进居委会2人，占66.7%；"
                           "社区党组织书记、居委会主任“一肩挑”1人，占33.3%，比上届提高33.3个百分点。")
    assert "新任妇联主席2人，占66.7%" in text
    assert "45岁及以下2人，占66.7%，比上届提高16.7个百分点；平均年龄45.7岁，比上届下降1.8岁" in text
    assert "少数民族1人，占33.3%" in text
    assert ("共选出执委16名，比上届多11名，其中主席3名、副主席2名、兼职副主席2名。执委中，新当选13人，占81.3%，"
            "比上届提高21.3个百分点；中共党员8人，占50.0%，比上届提高10.0个百分点；大专及以上9人，占56.3%") in text
    assert "平均年龄43.1岁，比上届下降4.3岁。" in text
    assert "妇代会" not in text and "主任中" not in text


def test_a_congress_term_keeps_part1_paragraph_word_for_word():
    report = _report(term6(), None, 6)
    assert report_summary(report, current_term=7) == summary_text(report, current_term=7)
    assert report_summary(report, current_term=7).startswith("第六届全区应建社区妇代会3个")


def test_a_street_without_chairs_yet():
    report = _report(term7(), None, 7)
    report["street"] = "广内"
    report["chairs"]["total"] = 0
    report["executives"]["total"] = 0
    text = report_summary(report)
    assert text == "本届广内街道应建社区妇联5个，实建4个，已完成换届2个。尚无妇联主席的统计数据。"
