"""One congress writer: the form's save and an import leave the same history for the same change."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from safety_helpers import import_return, raw, write_return

from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.storage import Store
from fdh_desktop.storage.base import json_object_sql, to_json
from fdh_desktop.storage.convert import (
    congress_from_row, congress_from_values, congress_row, congress_values, member_from_row, member_from_values,
    member_row, member_values,
)


def _history(path) -> list[tuple]:
    """The history rows as a user could tell them apart: no history id, changeset id or time."""
    conn = raw(path)
    try:
        return conn.execute(
            "SELECT table_name, row_id, operation, community_id, term, old, new FROM history"
            " WHERE changeset_id = (SELECT MAX(id) FROM changesets) ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def twins(demo_db, tmp_path):
    """Two copies of one district: one is changed through the form's save, the other by imports."""
    paths = []
    for name in ("form", "import"):
        folder = tmp_path / name
        folder.mkdir()
        paths.append(shutil.copyfile(demo_db, folder / "district.sqlite"))
    with Store.open(paths[0]) as form, Store.open(paths[1]) as imported:
        yield form, imported, tmp_path


def _both(form: Store, imported: Store, tmp_path, changes: dict, name: str) -> None:
    for community_id, (congress, members) in changes.items():
        form.save_congress(community_id, 6, congress, [replace(m, id=None) for m in members])
    import_return(imported, write_return(imported, tmp_path / name, changes))


def test_a_form_save_and_an_import_of_the_same_change_leave_identical_history_rows(twins):
    form, imported, tmp_path = twins
    street = form.streets()[0]
    # A community with no congress yet: the congress and every member are inserted.
    new_form = form.add_community(street.id, "试点社区", "110101001099")
    new_imported = imported.add_community(street.id, "试点社区", "110101001099")
    assert new_form.id == new_imported.id
    congress = Congress(should_establish=True, established=True, election_date=date(2023, 5, 6),
                        election_method="等额选举", voting_method="无记名投票", reps_total=40, reps_units=5,
                        reps_migrants=2, reps_present=38, progress="已完成", instructor="王老师", note='引号"和\\')
    members = [
        Member("主任", "李秀英", "110101197501020026", date(1975, 1, 2), "汉族", "中共党员", "大学本科",
               "居委会主任", True, "13900000001", "社区居委会", "第一行\n第二行"),
        Member("副主任", "Mary Ann", None, date(1980, 3, 4), "回族", "群众", "高中", "无", False, "", "", ""),
        Member("委员", "张三"),
    ]
    _both(form, imported, tmp_path, {new_form.id: (congress, members)}, "first.xlsx")
    inserted = _history(form.path)
    assert [(r[0], r[2]) for r in inserted] == [("congresses", "insert")] + [("members", "insert")] * 3
    assert inserted == _history(imported.path)

    # Then a change of the congress, one member changed, one removed, one added and the order changed.
    stored = form.members(new_form.id, 6)
    later = [replace(stored[0], phone="13700000000"), Member("委员", "王五", political="共青团员"), stored[1]]
    _both(form, imported, tmp_path, {new_form.id: (replace(congress, reps_total=41, note=""), later)}, "second.xlsx")
    changed = _history(form.path)
    assert sorted({(r[0], r[2]) for r in changed}) == [
        ("congresses", "update"), ("members", "delete"), ("members", "insert"), ("members", "update")]
    assert changed == _history(imported.path)


@pytest.mark.parametrize("text", ["李秀英", 'a"b\\c', "tab\there", "line\nbreak\r", "\x01\x1f\x7f", "😀 é ß",
                                  "\u2028\u2029", "", "  "])
def test_sqlite_writes_the_history_text_exactly_as_python_does(text):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (b TEXT, a INTEGER, c TEXT)")
    conn.execute("INSERT INTO t VALUES (?, ?, ?)", (text, -12, None))
    by_sqlite = conn.execute(f"SELECT {json_object_sql(('b', 'a', 'c'))} FROM t").fetchone()[0]
    assert by_sqlite == to_json({"b": text, "a": -12, "c": None})


def test_records_go_into_rows_and_come_back_unchanged():
    congress = Congress(False, None, date(2023, 1, 31), "差额选举", None, 1, 2, 3, 4, "筹备中", "x", "y")
    member = Member("委员", "张", "110101197501020026", date(1975, 1, 2), "满族", "群众", "初中", "其他", None,
                    "1", "2", "3", id=7)
    assert congress_from_values(congress_values(congress)) == congress
    assert congress_from_row(congress_row(congress)) == congress
    back = member_from_values(member_values(member), 7)
    assert back == member and back.id == 7
    assert member_from_row({**member_row(member), "id": 7}).id == 7
    assert congress_row(congress)["should_establish"] == 0 and congress_row(congress)["election_date"] == "2023-01-31"
    assert member_row(replace(member, is_new=True))["is_new"] == 1
