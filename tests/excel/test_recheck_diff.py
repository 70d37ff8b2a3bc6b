"""The re-check's shortcut for an unchanged member list gives exactly diff_members' pairs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from fdh_desktop.domain.diffing import diff_members
from fdh_desktop.domain.records import Member
from fdh_desktop.services.importing.planner import _member_diff


def _stored(members: list[Member]) -> list[Member]:
    return [replace(m, id=100 + i) for i, m in enumerate(members)]


def _pairs(diff) -> list[tuple[int | None, str]]:
    return [(old.id, new.name) for old, new in diff.unchanged]


def test_unchanged_list_pairs_as_diff_members_pairs_it() -> None:
    # Two members without an ID number share a name, two share an ID number: the awkward cases.
    members = [
        Member("主任", "王秀英", "110102197506030029", date(1975, 6, 3)),
        Member("委员", "李红", None),
        Member("副主任", "张丽", "110102198001010022"),
        Member("委员", "李红", None, date(1990, 1, 1)),
        Member("委员", "赵敏", "110102198001010022"),
    ]
    fresh = [replace(m) for m in members]
    fast, slow = _member_diff(_stored(members), fresh), diff_members(_stored(members), fresh)
    assert _pairs(fast) == _pairs(slow) == [(100, "王秀英"), (102, "张丽"), (104, "赵敏"), (101, "李红"), (103, "李红")]
    assert fast.is_empty and not (fast.added or fast.changed or fast.removed)


def test_a_changed_list_takes_the_full_diff() -> None:
    members = [Member("主任", "王秀英", "110102197506030029"), Member("委员", "李红")]
    changed = [replace(members[0], phone="13900000000"), replace(members[1])]
    diff = _member_diff(_stored(members), changed)
    assert [new.phone for _, new in diff.changed] == ["13900000000"]
    assert [new.name for _, new in diff.unchanged] == ["李红"]
