"""Stage dates: a change of 换届进度 records today's date; going back clears the later dates."""

from __future__ import annotations

from datetime import date

from fdh_desktop.domain.campaign import date_problems, record_stage

D1, D2, TODAY = date(2028, 1, 10), date(2028, 2, 3), date(2028, 3, 1)


def test_forward_one_stage_records_today_and_keeps_earlier_dates():
    assert record_stage({"筹备中": D1}, "已提名", TODAY, "筹备中") == {"筹备中": D1, "已提名": TODAY}


def test_skipped_stages_get_today_too():
    assert record_stage({}, "已选举", TODAY, "未启动") == {"筹备中": TODAY, "已提名": TODAY, "已选举": TODAY}


def test_going_back_clears_later_dates_and_keeps_the_stage_date():
    dates = {"筹备中": D1, "已提名": D2, "已选举": TODAY}
    assert record_stage(dates, "已提名", date(2028, 3, 5), "已选举") == {"筹备中": D1, "已提名": D2}
    assert record_stage(dates, "未启动", date(2028, 3, 5), "已选举") == {}


def test_same_stage_changes_nothing_and_unknown_old_dates_stay_unknown():
    assert record_stage({"筹备中": D1}, "筹备中", TODAY, "筹备中") == {"筹备中": D1}
    # A record from before stage dates: 已提名 with no dates; it reached 筹备中 at an unknown day.
    assert record_stage({}, "已选举", TODAY, "已提名") == {"已选举": TODAY}


def test_back_then_forward_again_dates_the_stage_anew():
    after_back = record_stage({"筹备中": D1, "已提名": D2}, "筹备中", TODAY, "已提名")
    assert record_stage(after_back, "已提名", date(2028, 3, 9), "筹备中") == {"筹备中": D1, "已提名": date(2028, 3, 9)}


def test_dates_out_of_order_are_named():
    assert date_problems({"筹备中": D2, "已提名": D1}) == ["已提名日期（2028年1月10日）早于筹备中日期（2028年2月3日）"]
    assert date_problems({"筹备中": D1, "已选举": D2}) == []
