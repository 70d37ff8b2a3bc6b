"""Cleaning remembers each distinct value per field: the same answers, the same messages, bounded."""

from __future__ import annotations

from datetime import date, datetime

from fdh_desktop.domain import cleaning
from fdh_desktop.domain.cleaning import clean_congress, clean_member


def test_a_repeated_value_is_cleaned_to_the_same_value_and_the_same_message():
    for _ in range(2):
        member, problems = clean_member({"role": "主任", "name": " 李秀英 ", "political": "党员",
                                         "education": "本科", "birth_date": "1975.6.3", "is_new": "是"})
        assert (member.name, member.political, member.education) == ("李秀英", "中共党员", "大学本科")
        assert member.birth_date == date(1975, 6, 3) and member.is_new is True and problems == []
        congress, problems = clean_congress({"reps_total": "四十", "progress": "完成了吗"})
        assert congress.reps_total is None and congress.progress is None
        assert [p.field for p in problems] == ["reps_total", "progress"]
        assert "不是数字" in problems[0].message and "不是可用的" in problems[1].message


def test_equal_values_of_different_types_are_not_confused():
    # 1 == 1.0 == True in Python; a cell holding TRUE is not the number 1.
    assert clean_congress({"reps_total": 1})[0].reps_total == 1
    assert clean_congress({"reps_total": True})[1][0].field == "reps_total"
    assert clean_congress({"reps_total": 1.0})[0].reps_total == 1
    assert clean_member({"birth_date": datetime(1975, 6, 3)})[0].birth_date == date(1975, 6, 3)
    # The 1904 date system reads the same serial number as another day.
    serial = 27548.0
    assert clean_member({"birth_date": serial})[0].birth_date != clean_member({"birth_date": serial}, True)[0].birth_date


def test_the_cache_stays_bounded(monkeypatch):
    monkeypatch.setattr(cleaning, "_CACHE_LIMIT", 50)
    cleaning._cache.clear()
    for i in range(500):
        assert clean_member({"phone": f"139{i:08d}"})[0].phone == f"139{i:08d}"
    assert len(cleaning._cache) <= 50
