"""The 周通报's figures, counted by hand from a small district, and its rates rounded half up."""

from __future__ import annotations

from datetime import date

from campaign_helpers import at

from fdh_desktop.domain.campaign import BulletinRow, bulletin, default_plan, week_of
from fdh_desktop.reports.bulletin import bulletin_checks, bulletin_dict, bulletin_table, chart_bars, title

PLAN = default_plan(date(2028, 1, 1))
WEEK = week_of(date(2028, 5, 10), PLAN.start)
F1, A3, A20 = date(2028, 2, 1), date(2028, 4, 3), date(2028, 4, 20)


def _communities():
    return [
        at("牛街", "春风", F1, A3, date(2028, 5, 2), date(2028, 5, 9)),  # completed this week
        at("牛街", "钢院", F1, A3, A3, A20),  # completed earlier
        at("牛街", "枣林", F1),  # late: not nominated by 4-30
        at("广外", "红莲", F1, A3, date(2028, 5, 12)),
        at("广外", "湾子", F1, A3),
        at("广外", "鸭子桥"),  # late since 2-29
        at("广外", "天宁寺", F1, A3, date(2028, 5, 11), date(2028, 5, 15)),  # completed after the week
        at("广外", "莲花河", should=False),  # not to elect: counted nowhere
    ]


def test_week_is_monday_to_sunday_numbered_from_the_campaigns_first_week():
    assert (WEEK.number, WEEK.start, WEEK.end) == (20, date(2028, 5, 8), date(2028, 5, 14))
    assert week_of(date(2028, 1, 2), PLAN.start).number == 1
    assert week_of(date(2028, 1, 3), PLAN.start).number == 2


def test_rows_count_each_stage_at_the_end_of_the_week():
    b = bulletin(_communities(), PLAN, WEEK, ["牛街", "广外", "白纸坊"])
    niu, guang, empty = b.rows
    assert (niu.should, niu.completed, niu.new_completed, niu.overdue) == (3, 2, 1, 1)
    assert niu.stages == {"未启动": 0, "筹备中": 1, "已提名": 0, "已选举": 0, "已完成": 2}
    assert guang.stages == {"未启动": 1, "筹备中": 0, "已提名": 1, "已选举": 2, "已完成": 0}
    assert (guang.should, guang.new_completed, guang.overdue) == (4, 0, 1)
    assert (empty.should, empty.rate()) == (0, None)
    assert niu.rate() == "66.7" and guang.rate() == "0.0"
    total = b.total
    assert (total.street, total.should, total.completed, total.new_completed, total.overdue) == ("合计", 7, 2, 1, 2)
    assert total.rate() == "28.6"
    # The next week 天宁寺 is new, and 红莲 (已选举 5-12) is not late until 5-15 has passed.
    later = bulletin(_communities(), PLAN, week_of(date(2028, 5, 15), PLAN.start), ["广外"])
    assert (later.rows[0].completed, later.rows[0].new_completed, later.rows[0].overdue) == (1, 1, 2)


def test_the_week_still_running_is_counted_up_to_today():
    b = bulletin(_communities(), PLAN, WEEK, ["牛街", "广外"], today=date(2028, 5, 10))
    assert b.as_of == date(2028, 5, 10)
    niu, guang = b.rows
    assert (niu.completed, niu.new_completed) == (2, 1)
    # 红莲 elected on 5-12 and 天宁寺 on 5-11: both still 已提名 on 5-10.
    assert guang.stages == {"未启动": 1, "筹备中": 0, "已提名": 3, "已选举": 0, "已完成": 0}
    assert bulletin(_communities(), PLAN, WEEK, today=date(2028, 6, 1)).as_of == WEEK.end


def test_completion_rate_rounds_half_up():
    stages = {"未启动": 7, "筹备中": 0, "已提名": 0, "已选举": 0, "已完成": 1}
    assert BulletinRow("甲", 8, stages, 0, 0).rate(0) == "13"  # 12.5; round() would give 12
    stages = {"未启动": 15, "筹备中": 0, "已提名": 0, "已选举": 0, "已完成": 1}
    assert BulletinRow("乙", 16, stages, 0, 0).rate(1) == "6.3"  # 6.25


def test_table_title_chart_and_json_carry_the_same_figures():
    b = bulletin(_communities(), PLAN, WEEK, ["牛街", "广外"])
    assert title(b, "宣南区") == "宣南区社区妇联换届工作周通报（第二十周，5月8日—5月14日）"
    table = bulletin_table(b, pilots={"牛街"})
    assert table.headers == ["街道", "应换届", "未启动", "筹备中", "已提名", "已选举", "已完成", "完成率", "本周新完成", "逾期"]
    assert table.rows[0] == ["牛街（试点）", 3, 0, 1, 0, 0, 2, "66.7%", 1, 1]
    assert table.rows[-1] == ["合计", 7, 1, 1, 1, 2, 2, "28.6%", 1, 2]
    assert bulletin_checks(table) == []
    bars = chart_bars(b)
    assert [(bar.street, bar.segments, bar.label) for bar in bars] == [
        ("牛街", [("已完成", 2), ("筹备中", 1)], "66.7%"),
        ("广外", [("已选举", 2), ("已提名", 1), ("未启动", 1)], "0.0%")]
    data = bulletin_dict(b)
    assert data["week"] == {"number": 20, "start": "2028-05-08", "end": "2028-05-14"}
    assert data["as_of"] == "2028-05-14"
    assert data["total"]["rate"] == "28.6" and data["streets"][1]["overdue"] == 1
