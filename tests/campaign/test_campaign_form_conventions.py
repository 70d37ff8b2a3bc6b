"""Statistical-form conventions: header and footer blocks, 其中 rows, checks between rows."""

from __future__ import annotations

from datetime import date

from fdh_desktop.reports.form_conventions import (
    FormHeader,
    FormSignature,
    column_checks,
    footer_html,
    footer_text,
    header_html,
    is_sub_label,
    sub_label,
    sub_rows_checks,
    sum_checks,
    total_row_checks,
)
from fdh_desktop.reports.html import BLANK
from fdh_desktop.reports.tables import ROUNDING_NOTE, Table


def test_header_shows_configured_fields_and_blank_lines_for_the_rest():
    html = header_html(FormHeader(form_number="妇统5表", authority="宣南区妇联"))
    assert "表　　号：妇统5表" in html and "制表机关：宣南区妇联" in html
    assert f"文　　号：{BLANK}" in html and f"有效期至：{BLANK}" in html


def test_footer_has_the_note_every_signature_line_and_the_seal():
    sign = FormSignature.for_district("宣南区", date(2028, 5, 10), preparer="张丽")
    assert (sign.unit, sign.date) == ("宣南区妇联", "2028年5月10日")
    html = footer_html(sign)
    for label in ("单位负责人", "统计负责人", "填表人：张丽", "联系电话", "报出日期：2028年5月10日", "盖章"):
        assert label in html
    assert html.index(ROUNDING_NOTE) < html.index("单位负责人")
    assert footer_text(sign).splitlines()[0] == ROUNDING_NOTE


def test_sub_rows_are_indented_and_checked_against_their_total():
    first, second = sub_label("主席"), sub_label("副主席", first=False)
    assert first == "\u3000\u3000其中：主席" and second == "\u3000\u3000\u3000\u3000\u3000副主席"
    assert is_sub_label(first) and is_sub_label(second) and not is_sub_label("执委")
    table = Table("执委情况", ["项目", "人数", "占比"], [["执委", 15, ""], [first, 1, ""], [second, 16, ""]])
    problems = sub_rows_checks(table)
    assert [p.message for p in problems] == ["执委情况：“副主席”的人数（16）大于“执委”（15）"]
    table.rows[2][1] = 2
    assert sub_rows_checks(table) == []


def test_column_pairs_sums_and_total_row_are_checked():
    table = Table("进度", ["街道", "应换届", "执委", "主席", "未启动", "已完成"],
                  [["牛街", 3, 10, 11, 1, 2], ["广外", 4, 9, 1, 1, 2], ["合计", 7, 19, 12, 2, 5]])
    messages = [p.message for p in column_checks(table, [("主席", "执委"), ("已完成", "应换届"), ("逾期", "应换届")])]
    assert messages == ["进度：牛街的主席（11）大于执委（10）"]
    assert [p.message for p in sum_checks(table, ["未启动", "已完成"], "应换届")] == [
        "进度：广外的未启动、已完成之和（3）不等于应换届（4）"]
    assert [p.message for p in total_row_checks(table, ["应换届", "已完成"])] == [
        "进度：合计行的已完成（5）不等于各行之和（4）"]


def test_a_signature_saved_with_its_old_reviewer_key_prints_as_the_statistician():
    from fdh_desktop.reports.html import Signature, comparison_section

    from test_reports import previous_counts, report_of, seed_counts  # noqa: F401 - the seed's report

    signature = Signature.from_dict({"reviewer": "李明", "preparer": "张敏"}, "宣南区")
    assert signature.statistician == "李明"
    html = comparison_section(report_of(seed_counts(), previous_counts()), signature).html
    assert "统计负责人：李明" in html and "审核人" not in html
