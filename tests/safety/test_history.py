"""The history in readable Chinese, and bringing a deleted member or a community's state back."""

from __future__ import annotations

from dataclasses import replace

import pytest
from safety_helpers import dump, import_return, write_return

from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.services import history
from fdh_desktop.storage import Store, StoreError


@pytest.fixture
def opened(district):
    with Store.open(district) as store:
        yield store


def _first(store: Store):
    community = store.communities()[0]
    return community, store.congress(community.id, 6), store.members(community.id, 6)


def _import(store: Store, changes: dict[int, tuple[Congress, list[Member]]], tmp_path) -> int:
    """A real import (the exchange workbook, planned and applied) of several communities."""
    return import_return(store, write_return(store, tmp_path / "天桥.xlsx", changes))


def test_a_form_save_reads_as_who_changed_which_field_from_what_to_what(opened):
    community, congress, members = _first(opened)
    members[0] = replace(members[0], phone="13900000000", is_new=not members[0].is_new)
    old_phone = opened.members(community.id, 6)[0].phone
    opened.save_congress(community.id, 6, replace(congress, reps_total=41), members)
    entries = history.community_history(opened, community.id)
    latest = {(e.field, e.old, e.new) for e in entries if e.changeset_id == entries[0].changeset_id}
    assert ("联系电话", old_phone, "13900000000") in latest
    assert ("代表总数", str(congress.reps_total), "41") in latest
    assert any(f == "是否新任" and {o, n} == {"是", "否"} for f, o, n in latest)
    line = next(e for e in entries if e.field == "联系电话").line()
    assert members[0].name in line and "保存" in line and f"{old_phone} → 13900000000" in line


def test_a_deleted_member_is_brought_back_in_one_recorded_write(opened):
    community, congress, members = _first(opened)
    gone = members[-1]
    opened.save_congress(community.id, 6, congress, members[:-1])
    deleted = history.deleted_members(opened, community.id)
    assert [e.target for e in deleted] == [f"班子成员 {gone.name}（{gone.role}）"] and deleted[0].can_restore
    changesets_before = len(dump(opened.path)["changesets"])

    message = history.restore_member(opened, deleted[0].history_id)
    assert gone.name in message
    back = opened.members(community.id, 6)
    assert [m.content() for m in back] == [m.content() for m in members]
    assert len(dump(opened.path)["changesets"]) == changesets_before + 1
    assert history.community_history(opened, community.id)[0].action == "恢复班子成员"
    assert history.deleted_members(opened, community.id) == []
    with pytest.raises(StoreError):  # twice is refused
        opened.restore_deleted_member(deleted[0].history_id)


def test_a_member_of_a_deleted_congress_cannot_come_back_alone(opened):
    community, congress, members = _first(opened)
    opened.delete_congress(community.id, 6)
    entry = history.deleted_members(opened, community.id)[0]
    with pytest.raises(StoreError) as info:
        history.restore_member(opened, entry.history_id)
    assert "妇代会记录已不存在" in str(info.value)


def test_an_imported_communitys_previous_state_is_brought_back(opened, tmp_path):
    communities = opened.communities()[:3]
    before = {c.id: (opened.congress(c.id, 6), opened.members(c.id, 6)) for c in communities}
    untouched = dump(opened.path)
    changes = {}
    for c in communities:
        congress, members = before[c.id]
        changes[c.id] = (replace(congress, note="导入的备注", reps_total=99),
                         # the chair stays (the rules want one), one member changes, the last goes, one comes
                         [members[0], replace(members[1], workplace="新单位")] + members[2:-1]
                         + [Member(role="委员", name="新来的")])
    changeset_id = _import(opened, changes, tmp_path)

    target = communities[1]
    imported = [m.name for m in opened.members(target.id, 6)]
    assert "新来的" in imported and before[target.id][1][-1].name not in imported
    listed = history.community_changesets(opened, target.id)
    assert listed[0].changeset_id == changeset_id and listed[0].action == "导入"
    message = history.revert_community(opened, changeset_id, target.id)
    assert "撤销" in message
    assert opened.congress(target.id, 6) == before[target.id][0]
    assert [m.content() for m in opened.members(target.id, 6)] == [m.content() for m in before[target.id][1]]
    # only that community went back; the others keep the import
    assert opened.congress(communities[0].id, 6).reps_total == 99
    assert opened.congress(communities[2].id, 6).note == "导入的备注"
    # the revert is one recorded changeset that can be reverted in turn
    revert = history.community_changesets(opened, target.id)[0]
    assert revert.action == "撤销修改"
    history.revert_community(opened, revert.changeset_id, target.id)
    assert opened.congress(target.id, 6).reps_total == 99
    assert dump(opened.path)["streets"] == untouched["streets"]


def test_an_import_that_created_a_community_is_undone_to_nothing(opened, tmp_path):
    from openpyxl import load_workbook

    street = opened.streets()[0]
    community, congress, members = _first(opened)
    path = write_return(opened, tmp_path / "新社区.xlsx", {community.id: (congress, members)})
    book = load_workbook(path)  # the same return, naming a community the district does not have yet
    for sheet in ("社区妇代会", "班子成员"):
        for row in book[sheet].iter_rows(min_row=2):
            row[0].value, row[1].value, row[2].value = street.name, "新建社区", None
    book.save(path)
    before = dump(opened.path, ("streets", "communities", "congresses", "members"))
    changeset_id = import_return(opened, path)
    new = next(c for c in opened.communities() if c.name == "新建社区")
    assert [m.name for m in opened.members(new.id, 6)] == [m.name for m in members]
    history.revert_community(opened, changeset_id, new.id)
    assert all(c.name != "新建社区" for c in opened.communities())
    assert dump(opened.path, ("streets", "communities", "congresses", "members")) == before


def test_a_revert_is_refused_when_a_later_change_touched_the_same_records(opened, tmp_path):
    community, congress, members = _first(opened)
    changeset_id = _import(opened, {community.id: (replace(congress, note="导入"), members)}, tmp_path)
    opened.save_congress(community.id, 6, replace(congress, note="后来手工改的"), members)
    before = dump(opened.path)
    with pytest.raises(StoreError) as info:
        history.revert_community(opened, changeset_id, community.id)
    assert "之后又有修改" in str(info.value)
    assert dump(opened.path) == before


def test_a_persons_history_follows_her_id_number_across_terms(opened):
    community, congress, members = _first(opened)
    chair = next(m for m in members if m.role == "主任")
    opened.save_congress(community.id, 7, Congress(), [replace(chair, id=None, phone="13700000000")])
    entries = history.person_history(opened, id_number=chair.id_number)
    assert {e.term for e in entries} >= {6, 7}
    assert all(chair.name in e.target for e in entries)


def test_a_read_only_store_cannot_bring_anything_back(district):
    with Store.open(district) as store:
        community, congress, members = _first(store)
        store.save_congress(community.id, 6, congress, members[:-1])
    with Store.open(district, read_only=True) as store:
        entry = history.deleted_members(store, community.id)[0]
        with pytest.raises(StoreError) as info:
            history.restore_member(store, entry.history_id)
        assert "只读" in str(info.value)
