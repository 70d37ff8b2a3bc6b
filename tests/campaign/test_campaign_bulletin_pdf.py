"""The demo's 周通报 through the real printing path (QTextDocument → PDF → pdftotext), and the
same section through the statistics workbook writer."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from campaign_helpers import demo_places
from openpyxl import load_workbook

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.campaign_demo import demo_campaign
from fdh_desktop.reports.bulletin import bulletin_section
from fdh_desktop.reports.form_conventions import FormHeader, FormSignature


def _section():
    streets, communities = demo_places()
    demo = demo_campaign(streets, communities, date(2028, 1, 1))
    week = cp.week_of(demo.today, demo.plan.start)
    b = cp.bulletin(demo.communities, demo.plan, week, [s.name for s in streets], demo.today)
    header = FormHeader("妇统5表", "宣南区妇联", "宣妇发〔2028〕3号", "2028年12月31日")
    sign = FormSignature.for_district("宣南区", date(2028, 5, 10), preparer="张丽", phone="63011234")
    return b, bulletin_section(b, "宣南区", header, sign, pilots={s.name for s in streets if s.pilot})


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_bulletin_pdf_is_one_page_with_title_rows_total_chart_and_signatures(tmp_path, qapp):
    from fdh_desktop.gui.common.printing import write_pdf

    b, section = _section()
    pdf = tmp_path / "周通报.pdf"
    assert write_pdf(pdf, [section]) == 1
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = "".join(text.split())
    assert "宣南区社区妇联换届工作周通报（第二十周，5月8日—5月14日）" in flat
    for line in ("表号：妇统5表", "制表机关：宣南区妇联", "文号：宣妇发〔2028〕3号", "有效期至：2028年12月31日",
                 "填报单位（盖章）：宣南区妇联", "计量单位：个、%", "单位负责人", "统计负责人", "填表人：张丽",
                 "联系电话：63011234", "报出日期：2028年5月10日", "各街道换届进度（社区数）", "四舍五入",
                 "统计截至2028年5月10日"):
        assert line in flat, line
    total = b.total
    total_line = next(line for line in text.splitlines() if line.strip().startswith("合计"))
    assert total_line.split()[1:] == [str(total.should), *(str(total.stages[s]) for s in cp.PROGRESS),
                                      total.rate() + "%", str(total.new_completed), str(total.overdue)]
    assert "天桥（试点）" in flat and "白纸坊" in flat
    # The chart: each street again beside its 完成率.
    assert f"完成率{b.rows[0].rate()}%" in flat


def test_bulletin_section_goes_through_the_statistics_workbook_writer(tmp_path):
    from fdh_desktop.reports.stats_xlsx import write_stats_workbook
    from fdh_desktop.reports.html import Signature

    b, section = _section()
    path = tmp_path / "周通报.xlsx"
    write_stats_workbook(path, [section], Signature(unit="宣南区妇联"))
    ws = load_workbook(path)["周通报"]
    rows = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    total = next(r for r in rows if r[0] == "合计")
    assert total[1] == b.total.should and total[6] == b.total.completed
    assert total[7] == pytest.approx(float(b.total.rate()) / 100)
    assert rows[0][0].startswith("宣南区社区妇联换届工作周通报")
