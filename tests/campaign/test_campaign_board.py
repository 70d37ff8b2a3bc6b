"""The board's figures: overdue communities and how late, per 指导员, per street, returns."""

from __future__ import annotations

from datetime import date, datetime

from campaign_helpers import at

from fdh_desktop.domain.campaign import (
    NO_INSTRUCTOR,
    ImportRecord,
    by_instructor,
    by_street,
    default_plan,
    missing_returns,
    overdue,
    overdue_of,
    returns_status,
)

PLAN = default_plan(date(2028, 1, 1))  # 筹备中 2-29, 已提名 4-30, 已选举 5-15, 已完成 5-31; pilots by 3-31
MAY_10 = date(2028, 5, 10)


def test_a_community_not_nominated_by_the_plan_is_late_by_the_days_since():
    late = overdue_of(at("牛街", "春风", date(2028, 2, 1)), PLAN, MAY_10)
    assert late is not None
    assert (late.current, late.missed, late.planned, late.days_late) == ("筹备中", "已提名", date(2028, 4, 30), 10)
    assert late.text == "牛街 › 春风：应于2028年4月30日前达到“已提名”，现为“筹备中”，逾期10天"


def test_on_time_reached_late_and_not_counted_are_not_overdue():
    assert overdue_of(at("牛街", "春风", date(2028, 2, 1), date(2028, 4, 29)), PLAN, MAY_10) is None
    # Reached late but reached: no longer overdue.
    assert overdue_of(at("牛街", "钢院", date(2028, 2, 1), date(2028, 5, 9)), PLAN, MAY_10) is None
    assert overdue_of(at("牛街", "枣林", should=False), PLAN, MAY_10) is None
    # The planned day itself is not late yet.
    assert overdue_of(at("牛街", "枣林", date(2028, 2, 1)), PLAN, date(2028, 4, 30)) is None


def test_pilot_streets_are_late_against_their_earlier_dates():
    pilot = at("天桥", "虎坊路", date(2028, 1, 10), date(2028, 2, 20), pilot=True)
    late = overdue_of(pilot, PLAN, date(2028, 4, 1))
    assert late is not None and late.missed == "已选举" and late.expected == "已完成" and late.days_late == 17
    assert overdue_of(at("牛街", "春风", date(2028, 1, 10), date(2028, 2, 20)), PLAN, date(2028, 4, 1)) is None


def test_a_stage_reached_after_the_day_asked_about_counts_as_not_reached_then():
    c = at("牛街", "春风", date(2028, 3, 5))  # prepared a week late
    assert overdue_of(c, PLAN, date(2028, 3, 1)).days_late == 1
    assert overdue_of(c, PLAN, date(2028, 3, 6)) is None


def test_overdue_list_is_latest_first_and_groups_by_instructor():
    communities = [
        at("牛街", "春风", date(2028, 2, 1), instructor="王芳"),
        at("牛街", "钢院", instructor="王芳"),
        at("牛街", "枣林", date(2028, 2, 1), date(2028, 4, 1), instructor="王芳"),
        at("广外", "红莲", date(2028, 2, 1), date(2028, 4, 1), instructor="李静"),
        at("广外", "湾子", date(2028, 2, 1)),
    ]
    late = overdue(communities, PLAN, MAY_10)
    assert [(o.community.community, o.days_late) for o in late] == [("钢院", 71), ("春风", 10), ("湾子", 10)]
    groups = by_instructor(communities, PLAN, MAY_10)
    assert [(g.instructor, len(g.communities), len(g.overdue)) for g in groups] == [
        ("王芳", 3, 2), ("李静", 1, 0), (NO_INSTRUCTOR, 1, 1)]


def test_by_street_puts_each_community_under_its_stage():
    communities = [at("牛街", "春风", date(2028, 2, 1)), at("牛街", "钢院"),
                   at("广外", "红莲", date(2028, 2, 1), date(2028, 4, 1)), at("广外", "枣林", should=False)]
    streets = by_street(communities)
    assert [s.street for s in streets] == ["牛街", "广外"]
    assert [c.community for c in streets[0].by_stage["筹备中"]] == ["春风"]
    assert [c.community for c in streets[0].by_stage["未启动"]] == ["钢院"]
    assert streets[1].total == 1
    # Seen on an earlier day, 红莲 had only prepared.
    assert [c.community for c in by_street(communities, date(2028, 3, 1))[1].by_stage["筹备中"]] == ["红莲"]


def test_returns_show_each_streets_last_workbook_and_who_sent_nothing():
    imports = [
        ImportRecord("牛街", datetime(2028, 4, 2, 9), "牛街.xlsx", "written"),
        ImportRecord("牛街", datetime(2028, 5, 8, 15), "牛街（更新）.xlsx", "refused", message="第7行身份证号不对"),
        ImportRecord("广外", datetime(2028, 5, 6, 10), "广外.xlsx", "warnings", warnings=3),
    ]
    status = returns_status(["天桥", "牛街", "广外"], imports)
    assert [(r.street, r.last and r.last.file_name, r.count) for r in status] == [
        ("天桥", None, 0), ("牛街", "牛街（更新）.xlsx", 2), ("广外", "广外.xlsx", 1)]
    assert status[1].last.result_label == "已拒绝"
    assert status[2].last.result_label == "已写入（3条警告）"
    assert missing_returns(status) == ["天桥"]
