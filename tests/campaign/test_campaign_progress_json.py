"""`fdh progress --json`'s data: the board of a small district counted by hand, and on the demo the
board agrees with the bulletin and with the overdue list."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from campaign_helpers import at, demo_places

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.campaign_demo import demo_campaign
from fdh_desktop.domain.records import Street
from fdh_desktop.reports.bulletin import bulletin_text
from fdh_desktop.reports.progress import progress_dict

PLAN = cp.default_plan(date(2028, 1, 1))
MAY_10 = date(2028, 5, 10)


def test_small_district_board_by_hand():
    communities = [
        at("天桥", "虎坊路", date(2028, 1, 9), date(2028, 2, 2), date(2028, 3, 9), date(2028, 3, 30), pilot=True,
           instructor="王芳"),
        at("牛街", "春风", date(2028, 2, 1), instructor="王芳"),
        at("牛街", "钢院", date(2028, 2, 1), date(2028, 4, 20), instructor="李静"),
    ]
    streets = [Street(1, "天桥", pilot=True), Street(2, "牛街"), Street(3, "白纸坊")]
    imports = [cp.ImportRecord("天桥", datetime(2028, 4, 1, 9, 30), "天桥.xlsx", cp.RESULT_WRITTEN),
               cp.ImportRecord("牛街", datetime(2028, 5, 8, 15, 0), "牛街.xlsx", cp.RESULT_REFUSED, message="第3行")]
    data = json.loads(json.dumps(progress_dict(communities, PLAN, MAY_10, streets, imports), ensure_ascii=False))
    tianqiao, niujie, baizhifang = data["streets"]
    assert tianqiao == {"street": "天桥", "pilot": True, "should": 1, "completed": 1, "rate": "100.0", "overdue": 0,
                        "stages": {"未启动": 0, "筹备中": 0, "已提名": 0, "已选举": 0, "已完成": 1},
                        "return": {"at": "2028-04-01T09:30", "file": "天桥.xlsx", "result": "written",
                                   "label": "已写入", "warnings": 0, "message": ""}}
    assert (niujie["should"], niujie["overdue"], niujie["rate"], niujie["return"]["label"]) == (2, 1, "0.0", "已拒绝")
    assert baizhifang["should"] == 0 and baizhifang["rate"] is None and baizhifang["return"] is None
    assert data["total"]["should"] == 3 and data["total"]["completed"] == 1 and data["total"]["rate"] == "33.3"
    assert data["overdue"] == [{"street": "牛街", "community": "春风", "current": "筹备中", "missed": "已提名",
                                "planned": "2028-04-30", "days_late": 10}]
    assert data["instructors"] == [
        {"name": "王芳", "communities": ["天桥 › 虎坊路", "牛街 › 春风"], "overdue": ["牛街 › 春风"]},
        {"name": "李静", "communities": ["牛街 › 钢院"], "overdue": []}]
    assert data["missing_returns"] == ["白纸坊"]
    assert data["plan"]["pilot_dates"]["已完成"] == "2028-03-31"


def test_demo_board_agrees_with_its_bulletin():
    streets, communities = demo_places()
    demo = demo_campaign(streets, communities, date(2028, 1, 1))
    data = progress_dict(demo.communities, demo.plan, demo.today, streets, demo.imports)
    # The bulletin of the week ending on the board's day counts the same stages.
    week = cp.Week(20, demo.today - timedelta(days=6), demo.today)
    b = cp.bulletin(demo.communities, demo.plan, week, [s.name for s in streets])
    assert [(r["street"], r["stages"], r["overdue"]) for r in data["streets"]] == [
        (r.street, r.stages, r.overdue) for r in b.rows]
    assert data["total"]["overdue"] == len(data["overdue"]) == b.total.overdue
    assert sum(data["total"]["stages"].values()) == 110
    assert data["missing_returns"] == [demo.missing_street]
    text = bulletin_text(b, "宣南区")
    assert text.splitlines()[0] == "宣南区社区妇联换届工作周通报（第二十周，5月4日—5月10日）"
    assert any(line.startswith("合计") for line in text.splitlines())
