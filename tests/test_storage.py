"""The Store on a real SQLite file: schema, transactions, history, matching and SQL counts."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from fdh_desktop.domain.idcard import check_character
from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.domain.statistics import CongressEntry, count_records
from fdh_desktop.storage import Conflict, NotFound, Store, StoreError, migrations

TABLES = {"settings", "terms", "streets", "communities", "congresses", "members", "changesets", "history", "imports"}


def id_number(born: date, seq: str = "002") -> str:
    first17 = f"110102{born:%Y%m%d}{seq}"
    return first17 + check_character(first17)


def chair(name: str = "王秀英", born: date = date(1975, 6, 3), with_id: bool = True, **values) -> Member:
    m = Member(role="主任", name=name, id_number=id_number(born) if with_id else None, birth_date=born,
               political="中共党员", education="大学本科", rc_post="居委会主任")
    return replace(m, **values)


def done(**changes) -> Congress:
    return replace(Congress(established=True, election_date=date(2023, 5, 20), progress="已完成", reps_total=40,
                            reps_units=4, reps_migrants=2, reps_present=39), **changes)


def raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def history_rows(path: Path) -> list[dict]:
    conn = raw(path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM history ORDER BY id")]
    conn.close()
    return rows


@pytest.fixture
def community(store):
    street = store.add_street("天桥")
    return store.add_community(street.id, "虎坊路社区")


# -- schema ------------------------------------------------------------------------------------


def test_a_new_file_is_migrated_to_the_latest_version(db_path):
    with Store.open(db_path, create=True) as s:
        assert s.schema_version == migrations.LATEST
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn = raw(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    strict = dict(conn.execute("SELECT name, strict FROM pragma_table_list WHERE schema = 'main'").fetchall())
    assert TABLES <= set(strict)
    assert all(flag == 1 for name, flag in strict.items() if not name.startswith("sqlite_")), strict
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_reopening_keeps_the_data_and_the_version(store, db_path):
    store.add_street("天桥")
    store.close()
    with Store.open(db_path) as again:
        assert again.schema_version == migrations.LATEST
        assert [s.name for s in again.streets()] == ["天桥"]
        assert again.settings().district == "测试区"


def test_a_missing_file_is_not_created_without_create(tmp_path):
    path = tmp_path / "nothing.sqlite"
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert "不存在" in str(info.value)
    assert not path.exists()


def test_a_newer_database_is_refused_and_left_alone(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store.open(db_path)
    assert "比本程序新" in str(info.value) and "升级" in str(info.value)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库" * 200, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert "不是数据库" in str(info.value)
    assert path.read_bytes() == before


# -- transactions ------------------------------------------------------------------------------


def test_an_exception_inside_write_leaves_the_file_unchanged(store, db_path, community):
    store.save_congress(community.id, 6, done(), [chair()])
    before = db_path.read_bytes()
    with pytest.raises(RuntimeError), store.write("test", "写到一半出错"):
        store.add_street("广内")
        store.save_congress(community.id, 6, done(reps_total=50), [chair(phone="13800138000")])
        store.remove_community(community.id)
        raise RuntimeError("boom")
    assert db_path.read_bytes() == before
    assert [s.name for s in store.streets()] == ["天桥"]
    assert store.congress(community.id, 6).reps_total == 40
    # and the store still works afterwards
    store.add_street("广内")
    assert [s.name for s in store.streets()] == ["天桥", "广内"]


def test_a_conflict_late_in_a_write_undoes_the_earlier_steps(store, db_path):
    before = db_path.read_bytes()
    with pytest.raises(Conflict), store.write("import", "导入"):
        store.add_street("牛街")
        store.add_street("广外")
        store.add_street("牛街")
    assert db_path.read_bytes() == before
    assert store.streets() == []


def test_a_second_connection_sees_nothing_until_commit(store, db_path):
    with store.write("test"):
        store.add_street("天桥")
        other = raw(db_path)
        assert other.execute("SELECT COUNT(*) FROM streets").fetchone()[0] == 0
        other.close()
    other = raw(db_path)
    assert other.execute("SELECT name FROM streets").fetchall() == [("天桥",)]
    other.close()


def test_private_writes_outside_a_transaction_are_a_programming_error(store):
    with pytest.raises(RuntimeError):
        store._insert("streets", {"name": "天桥"})


# -- constraints -------------------------------------------------------------------------------


BAD_MEMBER_VALUES = [
    ("role", "组长"),
    ("name", ""),
    ("id_number", "11010219750603002"),  # 17 characters
    ("birth_date", "1975-13-01"),
    ("birth_date", "1975/06/03"),
    ("birth_date", "1975-02-30"),
    ("political", "党员"),  # synonyms are resolved before storing
    ("education", "本科"),
    ("rc_post", "书记"),
    ("is_new", 2),
]


@pytest.mark.parametrize(("column", "value"), BAD_MEMBER_VALUES)
def test_member_constraints_reject_bad_values(store, db_path, community, column, value):
    store.save_congress(community.id, 6, done(), [chair()])
    store.close()
    conn = raw(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(f"UPDATE members SET [{column}] = ?", (value,))
    conn.close()


def test_id_numbers_and_phones_are_stored_as_text(store, db_path, community):
    store.save_congress(community.id, 6, done(), [chair(phone="013800138000")])
    store.close()
    conn = raw(db_path)
    # Even a number handed over by another program is kept as text: no float, no lost digits.
    conn.execute("UPDATE members SET id_number = ?", (110102197506030027,))
    assert conn.execute("SELECT typeof(id_number), id_number, typeof(phone), phone FROM members").fetchone() == (
        "text", "110102197506030027", "text", "013800138000")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE members SET id_number = ?", (1.10102197501011e+17,))
    conn.close()


BAD_CONGRESS_VALUES = [
    ("reps_total", -1),
    ("reps_total", "四十"),
    ("progress", "完成"),
    ("election_method", "等额"),
    ("voting_method", "举手"),
    ("established", 3),
    ("should_establish", None),
    ("election_date", "2023-13-01"),
    ("term", 99),  # no such term
    ("community_id", 999),  # no such community
]


@pytest.mark.parametrize(("column", "value"), BAD_CONGRESS_VALUES)
def test_congress_constraints_reject_bad_values(store, db_path, community, column, value):
    store.save_congress(community.id, 6, done(), [chair()])
    store.close()
    conn = raw(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(f"UPDATE congresses SET [{column}] = ?", (value,))
    conn.close()


def test_a_term_must_be_positive(store):
    with pytest.raises(StoreError) as info:
        store.ensure_term(0)
    assert "届次" in str(info.value)


def test_a_street_with_communities_cannot_be_deleted_behind_the_stores_back(store, db_path, community):
    store.close()
    conn = raw(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM streets")
    conn.close()


# -- places ------------------------------------------------------------------------------------


def test_duplicate_street_names_are_a_conflict(store):
    store.add_street("天桥")
    with pytest.raises(Conflict) as info:
        store.add_street(" 天桥 ")
    assert str(info.value) == "已有同名街道"
    other = store.add_street("广内")
    with pytest.raises(Conflict) as info:
        store.update_street(other.id, name="天桥")
    assert str(info.value) == "已有同名街道"


def test_duplicate_community_names_are_a_conflict_within_a_street_only(store):
    tianqiao, guangnei = store.add_street("天桥"), store.add_street("广内")
    store.add_community(tianqiao.id, "永安里社区", code="110102001001")
    store.add_community(guangnei.id, "永安里社区")  # another street may have one of the same name
    with pytest.raises(Conflict) as info:
        store.add_community(tianqiao.id, "永安里社区")
    assert str(info.value) == "该街道下已有同名社区"
    with pytest.raises(Conflict) as info:
        store.add_community(guangnei.id, "校场社区", code="110102001001")
    assert str(info.value) == "社区代码已被另一个社区使用"


@pytest.mark.parametrize("name", ["", "   "])
def test_blank_names_are_refused(store, name):
    with pytest.raises(StoreError) as info:
        store.add_street(name)
    assert "不能为空" in str(info.value)
    street = store.add_street("天桥")
    with pytest.raises(StoreError) as info:
        store.add_community(street.id, name)
    assert "不能为空" in str(info.value)


def test_unknown_street_and_term_name_what_exists(store):
    store.add_street("天桥")
    with pytest.raises(NotFound) as info:
        store.require_street("天堂")
    assert "天堂" in str(info.value) and "天桥" in str(info.value)
    with pytest.raises(NotFound) as info:
        store.require_term(9)
    assert "第9届" in str(info.value) and "第六届" in str(info.value)


def test_find_community_by_code_else_by_street_and_name(store):
    street = store.add_street("天桥")
    c = store.add_community(street.id, "虎坊路社区", code="110102001001")
    assert store.find_community(None, None, "110102001001") == c
    assert store.find_community(" 天桥 ", "虎坊路社区 ") == c
    assert store.find_community("广内", "虎坊路社区") is None
    assert store.find_community("天桥", "虎坊路社区", "999") is None


# -- congresses and history --------------------------------------------------------------------


def test_save_congress_writes_history_of_inserts(store, db_path, community):
    result = store.save_congress(community.id, 6, done(), [chair(), Member(role="委员", name="李华")],
                                 action="form", summary="保存虎坊路社区")
    assert result.congress_added and len(result.members.added) == 2 and result.changed
    rows = [r for r in history_rows(db_path) if r["table_name"] in ("congresses", "members")]
    assert [(r["table_name"], r["operation"]) for r in rows] == [
        ("congresses", "insert"), ("members", "insert"), ("members", "insert")]
    assert all((r["community_id"], r["term"], r["old"]) == (community.id, 6, None) for r in rows)
    new = json.loads(rows[1]["new"])
    assert new["name"] == "王秀英" and new["birth_date"] == "1975-06-03" and new["id_number"] == id_number(date(1975, 6, 3))
    assert len({r["changeset_id"] for r in rows}) == 1  # one user action, one changeset
    changes = store.history(community.id, 6)
    assert changes[0]["action"] == "form" and changes[0]["summary"] == "保存虎坊路社区" and changes[0]["actor"]


def test_save_congress_keeps_old_values_of_updates_and_deletes(store, db_path, community):
    store.save_congress(community.id, 6, done(), [chair(), Member(role="委员", name="李华", phone="63012345")])
    seen = len(history_rows(db_path))
    result = store.save_congress(community.id, 6, done(reps_total=45), [chair(phone="13800138000")])
    assert result.congress_changed
    assert [m.name for m in result.members.removed] == ["李华"]
    assert [new.phone for _, new in result.members.changed] == ["13800138000"]
    rows = history_rows(db_path)[seen:]
    by_key = {(r["table_name"], r["operation"]): r for r in rows}
    assert set(by_key) == {("congresses", "update"), ("members", "update"), ("members", "delete")}
    assert json.loads(by_key["congresses", "update"]["old"]) == {"reps_total": 40}
    assert json.loads(by_key["congresses", "update"]["new"]) == {"reps_total": 45}
    assert json.loads(by_key["members", "update"]["old"]) == {"phone": ""}
    deleted = json.loads(by_key["members", "delete"]["old"])
    assert deleted["name"] == "李华" and deleted["phone"] == "63012345" and by_key["members", "delete"]["new"] is None
    assert [m.name for m in store.members(community.id, 6)] == ["王秀英"]


def test_resaving_identical_data_changes_nothing(store, db_path, community):
    members = [chair(), Member(role="副主任", name="赵丽"), Member(role="委员", name="李华")]
    store.save_congress(community.id, 6, done(), members)
    stored = store.members(community.id, 6)
    before = history_rows(db_path)
    fresh = [chair(), Member(role="副主任", name="赵丽"), Member(role="委员", name="李华")]
    result = store.save_congress(community.id, 6, done(), fresh)
    assert not result.changed
    assert len(result.members.unchanged) == 3
    assert history_rows(db_path) == before
    assert [m.id for m in fresh] == [m.id for m in stored]  # the rows kept their ids
    assert store.save_congress(community.id, 6, done(), stored).changed is False


def test_members_are_matched_by_id_number_then_by_name(store, community):
    store.save_congress(community.id, 6, done(), [
        chair(), Member(role="委员", name="李华"), Member(role="委员", name="张敏", phone="63012345"),
    ])
    ids = {m.name: m.id for m in store.members(community.id, 6)}
    result = store.save_congress(community.id, 6, done(), [
        chair(name="王秀英（更正）"),  # same ID number, corrected name
        Member(role="委员", name="李华", id_number=id_number(date(1980, 1, 15), "004")),  # ID added
        Member(role="委员", name="孙燕"),  # a new person
    ])
    assert sorted(old.name for old, _ in result.members.changed) == ["李华", "王秀英"]
    assert [m.name for m in result.members.added] == ["孙燕"]
    assert [m.name for m in result.members.removed] == ["张敏"]
    after = {m.name: m.id for m in store.members(community.id, 6)}
    assert after["王秀英（更正）"] == ids["王秀英"]
    assert after["李华"] == ids["李华"]
    assert set(after) == {"王秀英（更正）", "李华", "孙燕"}


def test_members_keep_the_order_they_were_saved_in(store, community):
    names = ["王秀英", "赵丽", "李华", "张敏"]
    store.save_congress(community.id, 6, done(), [chair()] + [Member(role="委员", name=n) for n in names[1:]])
    store.save_congress(community.id, 6, done(), [Member(role="委员", name=n) for n in reversed(names[1:])] + [chair()])
    assert [m.name for m in store.members(community.id, 6)] == ["张敏", "李华", "赵丽", "王秀英"]


def test_saving_into_a_new_term_creates_it(store, community):
    store.save_congress(community.id, 5, done(), [chair()])
    assert [t.number for t in store.terms()] == [5, 6]


def test_remove_community_keeps_its_history(store, db_path, community):
    store.save_congress(community.id, 6, done(), [chair(), Member(role="委员", name="李华")])
    store.save_congress(community.id, 5, done(), [chair()])
    store.remove_community(community.id)
    with pytest.raises(NotFound):
        store.community(community.id)
    conn = raw(db_path)
    assert conn.execute("SELECT COUNT(*) FROM members").fetchone()[0] == 0
    conn.close()
    deletes = [r for r in store.history(community.id) if r["operation"] == "delete"]
    assert sorted(r["table_name"] for r in deletes) == ["communities", "congresses", "congresses", "members", "members", "members"]
    assert {r["action"] for r in deletes} == {"remove_community"}
    removed = next(r for r in deletes if r["table_name"] == "communities")
    assert json.loads(removed["old"])["name"] == "虎坊路社区"
    names = sorted(json.loads(r["old"])["name"] for r in deletes if r["table_name"] == "members")
    assert names == ["李华", "王秀英", "王秀英"]


def test_delete_congress_keeps_history(store, community):
    store.save_congress(community.id, 6, done(), [chair()])
    store.delete_congress(community.id, 6)
    assert store.congress(community.id, 6) is None
    assert {(r["table_name"], r["operation"]) for r in store.history(community.id, 6)} >= {
        ("congresses", "delete"), ("members", "delete")}


def test_round_trip_of_every_member_field(store, community):
    m = Member(role="主任", name="阿依古丽·买买提", id_number="11010519491231002X", birth_date=date(1949, 12, 31),
               ethnicity="维吾尔族", political="中共预备党员", education="研究生", rc_post="社区党组织副书记",
               is_new=False, phone="010-63012345", workplace="社区居委会", note="连任")
    c = Congress(should_establish=False, established=False, election_date=None, election_method="差额选举",
                 voting_method="无记名投票", reps_total=0, reps_units=0, reps_migrants=0, reps_present=0,
                 progress="筹备中", instructor="刘芳", note="暂缓")
    store.save_congress(community.id, 6, c, [m])
    assert store.congress(community.id, 6) == c
    [back] = store.members(community.id, 6)
    assert back.content() == m.content()


# -- counts ------------------------------------------------------------------------------------


def reference_counts(store, term: int, bounds=(35, 45)):
    t = store.term(term)
    previous = store.congresses_of_term(term - 1)
    derive = any(members for _, members in previous.values())
    entries = []
    for cid, (c, members) in store.congresses_of_term(term).items():
        prev_chair = next((m for m in previous.get(cid, (None, []))[1] if m.role == "主任"), None)
        age_date = c.election_date or t.reference_date or (date(t.year, 6, 30) if t.year else None)
        entries.append(CongressEntry(c, members, age_date, prev_chair, derive))
    return count_records(entries, bounds)


@pytest.fixture
def small_district(store):
    """Two streets, five communities, terms 5 and 6, built by hand."""
    store.ensure_term(5, year=2018)
    a, b = store.add_street("天桥"), store.add_street("牛街")
    c1, c2, c3 = (store.add_community(a.id, n) for n in ("甲社区", "乙社区", "丙社区"))
    c4, c5 = (store.add_community(b.id, n) for n in ("丁社区", "戊社区"))
    e5 = date(2018, 5, 1)
    # term 5
    store.save_congress(c1.id, 5, done(election_date=e5), [chair("王秀英", date(1975, 6, 3))])
    store.save_congress(c2.id, 5, done(election_date=e5), [chair("赵丽", date(1980, 2, 1), with_id=False)])
    store.save_congress(c3.id, 5, done(election_date=e5), [chair("孙燕", date(1970, 1, 1), with_id=False)])
    store.save_congress(c4.id, 5, done(election_date=e5), [chair("马兰", date(1985, 3, 3))])
    # term 6, election 2023-05-20
    store.save_congress(c1.id, 6, done(), [  # same ID number: 连任, though is_new says 是
        chair("王秀英", date(1975, 6, 3), is_new=True, rc_post="社区党组织书记"),
        Member(role="委员", name="李华", birth_date=date(2000, 1, 1)),
    ])
    store.save_congress(c2.id, 6, done(reps_total=30, reps_units=3, reps_migrants=0),  # no IDs, same name+birth: 连任
                        [chair("赵丽", date(1980, 2, 1), with_id=False, is_new=True, political="群众", education="高中")])
    store.save_congress(c3.id, 6, done(), [  # same name, other birth date: 新任
        chair("孙燕", date(1988, 5, 21), with_id=False, is_new=False, rc_post="居委会委员", education="初中",
              political="共青团员")])
    store.save_congress(c4.id, 6, Congress(established=False, progress="筹备中"), [])  # not established
    store.save_congress(c5.id, 6, done(progress="已选举"), [  # new community: 新任; no birth date
        Member(role="主任", name="哈丽", rc_post="无", political="中共预备党员", education="研究生", is_new=False)])
    return {"streets": (a, b), "communities": (c1, c2, c3, c4, c5)}


def test_counts_on_a_small_district(store, small_district):
    counts = store.counts(6)
    assert (counts.should_establish, counts.established, counts.completed) == (5, 4, 3)
    assert counts.chairs == 4
    assert counts.new == 2  # 孙燕 (other birth date) and 哈丽 (new community)
    assert counts.post == {"社区党组织书记": 1, "社区党组织副书记": 0, "居委会主任": 1, "居委会副主任": 0,
                           "居委会委员": 1, "其他": 0, "无": 1}
    assert counts.key_post == 2
    assert counts.party == 2  # 王秀英 中共党员, 哈丽 中共预备党员
    assert counts.education["大学本科"] == 1 and counts.education["高中"] == 1 and counts.education["初中"] == 1
    assert counts.education_group("大专及以上") == 2
    # ages on 2023-05-20: 47, 43, 34 (born 1988-05-21, a day short of 35); 哈丽 has no birth date
    assert (counts.age_known, counts.age_sum, counts.age_max, counts.age_min) == (3, 124, 47, 34)
    assert counts.age_bands == [1, 1, 1]
    assert (counts.reps_total, counts.reps_units, counts.reps_migrants) == (150, 15, 6)
    assert counts == reference_counts(store, 6)


def test_counts_of_one_street(store, small_district):
    _, niujie = small_district["streets"]
    counts = store.counts(6, niujie.id)
    assert (counts.should_establish, counts.established, counts.completed, counts.chairs) == (2, 1, 0, 1)
    assert counts.new == 1 and counts.post["无"] == 1 and counts.age_known == 0


def test_counts_of_the_previous_term_use_the_stored_is_new(store, small_district):
    counts = store.counts(5)
    assert counts.chairs == 4 and counts.new == 0  # term 4 has no members: nothing to derive from
    assert counts == reference_counts(store, 5)


def test_stored_is_new_counts_when_the_previous_term_has_no_members(store, community):
    store.save_congress(community.id, 6, done(), [chair(is_new=True)])
    assert store.counts(6).new == 1
    store.save_congress(community.id, 6, done(), [chair(is_new=False)])
    assert store.counts(6).new == 0


def test_configurable_age_bands(store, small_district):
    assert store.counts(6, bounds=(30, 40, 50)).age_bands == [0, 1, 2, 0]


def test_counts_of_an_empty_term(store):
    counts = store.counts(6)
    assert (counts.should_establish, counts.chairs, counts.age_max, counts.age_min) == (0, 0, None, None)
    assert counts.age_bands == [0, 0, 0]


def test_street_counts_add_up_to_the_district(demo_store):
    for term in (5, 6):
        whole = demo_store.counts(term)
        parts = [demo_store.counts(term, s.id) for s in demo_store.streets()]
        assert len(parts) == 8
        for name in ("should_establish", "established", "completed", "chairs", "new", "party", "age_sum",
                     "reps_total", "reps_units", "reps_migrants"):
            assert sum(getattr(p, name) for p in parts) == getattr(whole, name), (term, name)
        for post in whole.post:
            assert sum(p.post[post] for p in parts) == whole.post[post]
        assert [sum(band) for band in zip(*(p.age_bands for p in parts))] == whole.age_bands


def test_niujie_has_many_hui_members(demo_store):
    niujie = demo_store.require_street("牛街")
    others = [s for s in demo_store.streets() if s.id != niujie.id]

    def hui_share(street_ids):
        members = [m for cid, (_, ms) in demo_store.congresses_of_term(6).items()
                   if demo_store.community(cid).street_id in street_ids for m in ms]
        return sum(m.ethnicity == "回族" for m in members) / len(members)

    assert hui_share({niujie.id}) > 0.3 > 0.1 > hui_share({s.id for s in others})
