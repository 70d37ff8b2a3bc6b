"""The demo is the same file whatever day it is built: built on two faked days, every row is the
same but the stamp saying when the demo was loaded."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from fdh_desktop.domain.records import Congress
from fdh_desktop.services.demo import build_demo
from fdh_desktop.storage import Store

DAYS = (date(2026, 12, 1), date(2031, 2, 14))


def _fake_clock(monkeypatch, day: date) -> None:
    """Every clock the store reads while writing (stage dates, changesets, import log, ID checks)."""

    class FakeDate(date):
        @classmethod
        def today(cls):
            return cls(day.year, day.month, day.day)

    class FakeDateTime(datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(day.year, day.month, day.day, 9, 30, tzinfo=tz)

    import fdh_desktop.domain.idcard
    import fdh_desktop.storage.base
    import fdh_desktop.storage.campaign
    import fdh_desktop.storage.writer

    monkeypatch.setattr(fdh_desktop.storage.writer, "date", FakeDate)
    monkeypatch.setattr(fdh_desktop.domain.idcard, "date", FakeDate)
    monkeypatch.setattr(fdh_desktop.storage.base, "datetime", FakeDateTime)
    monkeypatch.setattr(fdh_desktop.storage.campaign, "datetime", FakeDateTime)


def _build(path, monkeypatch, day: date) -> list[str]:
    with monkeypatch.context() as m:
        _fake_clock(m, day)
        with Store.open(path, create=True) as store:
            build_demo(store)
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_the_same_demo_on_any_day(tmp_path, monkeypatch):
    first = _build(tmp_path / "a.sqlite", monkeypatch, DAYS[0])
    second = _build(tmp_path / "b.sqlite", monkeypatch, DAYS[1])
    assert len(first) == len(second) > 5000
    differ = [(a, b) for a, b in zip(first, second) if a != b]
    assert len(differ) == 1  # the one changeset of 装入演示区, stamped with the day it was loaded
    a, b = differ[0]
    assert a.startswith('INSERT INTO "changesets"') and "装入演示区" in a
    assert a.replace(f"{DAYS[0].isoformat()}T09:30:00", "·") == b.replace(f"{DAYS[1].isoformat()}T09:30:00", "·")


def test_the_fake_clock_reaches_the_store(tmp_path, monkeypatch):
    """What makes the test above able to fail: a stage change without a given date takes today's."""
    path = tmp_path / "demo.sqlite"
    _build(path, monkeypatch, DAYS[1])
    with monkeypatch.context() as m:
        _fake_clock(m, DAYS[1])
        with Store.open(path) as store:
            waiting = next(c for c in store.campaign_communities(7) if c.progress == "未启动")
            congress = store.congress(waiting.community_id, 7)
            store.save_congress(waiting.community_id, 7, Congress(**{**congress.as_dict(), "progress": "筹备中"}), [])
            assert store.stage_dates(waiting.community_id, 7) == {"筹备中": DAYS[1]}
