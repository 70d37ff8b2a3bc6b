"""The district plan: defaults a clerk expects (the seed's five months, pilots done by end of March)."""

from __future__ import annotations

from datetime import date

from fdh_desktop.domain.campaign import CampaignPlan, default_plan, plan_problems


def test_default_plan_for_a_january_start_is_the_seeds_calendar():
    plan = default_plan(date(2023, 1, 1))
    assert plan.planned("已完成", pilot=True) == date(2023, 3, 31)
    assert plan.planned("已完成") == date(2023, 5, 31)
    assert plan.dates == {"筹备中": date(2023, 2, 28), "已提名": date(2023, 4, 30), "已选举": date(2023, 5, 15),
                          "已完成": date(2023, 5, 31)}
    assert plan.pilot_dates == {"筹备中": date(2023, 1, 15), "已提名": date(2023, 2, 28), "已选举": date(2023, 3, 15),
                                "已完成": date(2023, 3, 31)}
    assert plan_problems(plan) == []


def test_default_plan_crosses_the_year_and_leap_february():
    plan = default_plan(date(2027, 11, 20), months=4, pilot_months=2)
    assert plan.planned("已完成") == date(2028, 2, 29)
    assert plan.planned("已完成", pilot=True) == date(2027, 12, 31)
    assert plan.planned("筹备中", pilot=True) == date(2027, 12, 4)
    assert plan_problems(plan) == []


def test_a_typed_plan_out_of_order_is_refused_with_the_field_named():
    start = date(2028, 1, 1)
    plan = CampaignPlan(start, {"筹备中": date(2028, 3, 1), "已提名": date(2028, 2, 1), "已选举": date(2028, 5, 1)},
                        {"筹备中": date(2028, 1, 10), "已提名": date(2028, 2, 10), "已选举": date(2028, 5, 20),
                         "已完成": date(2027, 12, 31)})
    problems = plan_problems(plan)
    assert "计划：缺少“已完成”的计划日期" in problems
    assert "计划：“已提名”的计划日期（2028年2月1日）早于“筹备中”（2028年3月1日）" in problems
    assert "试点街道计划：“已完成”的计划日期（2027年12月31日）早于开始日期（2028年1月1日）" in problems
    assert "试点街道计划：“已选举”的计划日期（2028年5月20日）晚于其他街道（2028年5月1日）" in problems
