"""Stage dates read from a returned workbook's optional columns (筹备日期, 提名日期, 已选举日期,
完成日期…): written with the import, errors at their cell with nothing written."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from fdh_desktop.services.importing import apply_import, plan_import

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "excel"))
from excel_helpers import CONGRESS_HEADERS, congress, exchange_book, member  # noqa: E402

DATE_HEADERS = ["筹备日期", "提名日期（年月日）", "已选举日期", "完成日期"]


def book(path: Path, **dates) -> Path:
    headers = CONGRESS_HEADERS + DATE_HEADERS
    row = congress(**dates)
    chair = member("李秀英", "主任", 身份证号=None)
    return exchange_book(path, [row], [chair], congress_headers=headers)


def test_the_workbook_dates_are_the_congress_stage_dates(store, tmp_path):
    store.add_street("广安")
    path = book(tmp_path / "广安.xlsx", 筹备日期="2027-01-15", **{"提名日期（年月日）": date(2027, 2, 20)},
                已选举日期="2027/3/18", 完成日期="2027年3月25日", 换届日期="2027-03-18")
    plan = plan_import(store, [path])
    assert not plan.has_errors, [p.line() for p in plan.files[0].problems]
    assert plan.files[0].communities[0].stage_dates["已完成"] == date(2027, 3, 25)
    apply_import(store, plan)
    community = store.find_community("广安", "槐柏社区")
    assert store.stage_dates(community.id, 6) == {
        "筹备中": date(2027, 1, 15), "已提名": date(2027, 2, 20), "已选举": date(2027, 3, 18), "已完成": date(2027, 3, 25)}
    # Sent again with one date corrected: a change of the congress, the other dates kept.
    again = book(tmp_path / "广安2.xlsx", 筹备日期="2027-01-15", **{"提名日期（年月日）": "2027-02-20"},
                 已选举日期="2027-03-18", 完成日期="2027-03-28", 换届日期="2027-03-18")
    plan = plan_import(store, [again])
    cp = plan.files[0].communities[0]
    assert cp.status == "changed" and ("已完成日期", date(2027, 3, 25), date(2027, 3, 28)) in cp.congress_changes
    apply_import(store, plan)
    assert store.stage_dates(community.id, 6)["已完成"] == date(2027, 3, 28)


def test_a_date_the_progress_has_not_reached_is_an_error_at_its_cell(store, tmp_path):
    store.add_street("广安")
    path = book(tmp_path / "广安.xlsx", 换届进度="已提名", 换届日期=None, 完成日期="2027-03-25",
                已选举日期="不详")
    plan = plan_import(store, [path])
    lines = [p.line() for p in plan.files[0].errors]
    assert any("第2行" in line and "“已选举日期”列" in line and "不详" in line for line in lines), lines
    # The bad cell stops the row before its other dates are judged; fix it and the next fault shows.
    path = book(tmp_path / "广安2.xlsx", 换届进度="已提名", 换届日期=None, 完成日期="2027-03-25")
    plan = plan_import(store, [path])
    lines = [p.line() for p in plan.files[0].errors]
    assert any("“完成日期”列" in line and "换届进度为“已提名”，还没有达到“已完成”" in line for line in lines), lines
    assert store.find_community("广安", "槐柏社区") is None  # nothing was written


def test_dates_out_of_order_are_refused(store, tmp_path):
    store.add_street("广安")
    path = book(tmp_path / "广安.xlsx", 筹备日期="2027-03-01", **{"提名日期（年月日）": "2027-02-01"},
                已选举日期="2027-03-18", 完成日期="2027-03-25", 换届日期="2027-03-18")
    plan = plan_import(store, [path])
    lines = [p.line() for p in plan.files[0].errors]
    assert any("已提名日期（2027年2月1日）早于筹备中日期（2027年3月1日）" in line and "“筹备日期”列" in line
               for line in lines), lines
