"""The two 两委 fields, what is derived from them, and Part 1's single value mapped in and back."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from fdh_desktop.domain import vocab
from fdh_desktop.domain.federation_records import FederationMember, from_part1, part1_post
from fdh_desktop.domain.posts import (
    Posts,
    canonical_party_post,
    canonical_rc_post,
    clean_sector,
    is_minority,
    read_posts,
)
from fdh_desktop.domain.posts import from_part1 as posts_from_part1
from fdh_desktop.domain.posts import to_part1
from fdh_desktop.domain.records import Member


@pytest.mark.parametrize(("typed", "value"), [
    ("书记", "书记"), ("支部书记", "书记"), ("党支部书记", "书记"), ("党委书记", "书记"), ("社区党组织书记", "书记"),
    ("党总支书记", "书记"), ("副书记", "副书记"), ("党支部副书记", "副书记"), ("社区党委副书记", "副书记"),
    ("委员", "委员"), ("支部委员", "委员"), ("党委委员", "委员"), ("支委", "委员"), ("无", "无"), ("没有", "无"),
    ("居委会主任", None), ("组长", None), (None, None),
])
def test_party_post_synonyms(typed, value):
    assert canonical_party_post(typed) == value


@pytest.mark.parametrize(("typed", "value"), [
    ("主任", "主任"), ("居委会主任", "主任"), ("居委主任", "主任"), ("正主任", "主任"), ("副主任", "副主任"),
    ("居委会副主任", "副主任"), ("委员", "委员"), ("居委委员", "委员"), ("居委会委员", "委员"), ("无", "无"),
    ("书记", None), (None, None),
])
def test_residents_committee_post_synonyms(typed, value):
    assert canonical_rc_post(typed) == value


def test_derived_flags():
    both = Posts(party="书记", rc="主任")
    assert both.one_shoulder and both.in_two_committees and both.in_party_org and both.in_residents_committee
    party_only = Posts(party="委员", rc="无")
    assert party_only.in_two_committees and party_only.in_party_org and not party_only.in_residents_committee
    assert not party_only.one_shoulder
    rc_only = Posts(party=None, rc="副主任")
    assert rc_only.in_two_committees and not rc_only.in_party_org and rc_only.in_residents_committee
    assert not Posts(party="副书记", rc="主任").one_shoulder
    assert not Posts(party="无", rc="无").in_two_committees
    assert not Posts(other=True).in_two_committees


@pytest.mark.parametrize(("posts", "highest"), [
    (Posts("书记", "主任"), "社区党组织书记"),
    (Posts("书记", "委员"), "社区党组织书记"),
    (Posts("副书记", "主任"), "居委会主任"),
    (Posts("副书记", "副主任"), "社区党组织副书记"),
    (Posts("委员", "副主任"), "居委会副主任"),
    (Posts("委员", "无"), "居委会委员"),  # either committee's 委员
    (Posts("无", "委员"), "居委会委员"),
    (Posts(None, None, other=True), "其他"),
    (Posts("委员", None, other=True), "居委会委员"),
    (Posts("无", "无"), "无"),
    (Posts("无", None), "无"),
    (Posts(), None),
])
def test_highest_post_follows_the_domain_order(posts, highest):
    assert posts.highest == highest
    assert posts.key_post == (highest in vocab.KEY_POSTS)


@pytest.mark.parametrize("value", vocab.POSTS)
def test_every_part1_value_maps_in_and_back_without_loss(value):
    assert to_part1(posts_from_part1(value)) == value


def test_part1_values_map_into_the_two_fields_as_documented():
    assert posts_from_part1("社区党组织书记") == Posts(party="书记", rc=None)  # 居委会职务 not recorded
    assert posts_from_part1("居委会主任") == Posts(party=None, rc="主任")
    assert posts_from_part1("社区党组织副书记") == Posts(party="副书记")
    assert posts_from_part1("居委会副主任") == Posts(rc="副主任")
    assert posts_from_part1("居委会委员") == Posts(rc="委员")
    assert posts_from_part1("其他") == Posts(other=True)
    assert posts_from_part1("无") == Posts("无", "无")
    # Part 1's synonyms are accepted on the way in, and a one-column 一肩挑 keeps both posts.
    assert posts_from_part1("党支部书记") == Posts(party="书记")
    assert posts_from_part1("一肩挑") == Posts("书记", "主任")
    assert posts_from_part1("社区党组织书记、居委会主任") == Posts("书记", "主任")
    assert posts_from_part1("组长") is None and posts_from_part1(None) is None
    assert to_part1(None) is None


def _expand(spec: dict[str, int]) -> list[str]:
    return [k for k, n in spec.items() for _ in range(n)]


def test_the_seed_chairs_breakdown_survives_the_two_fields():
    """DOMAIN.md Part 1: 106 chairs; 居委会主任 39, 居委会副主任 26, 社区党组织书记 26, 社区党组织副书记 9, other 6."""
    seed = _expand({"居委会主任": 39, "居委会副主任": 26, "社区党组织书记": 26, "社区党组织副书记": 9,
                    "居委会委员": 3, "其他": 2, "无": 1})
    chairs = [Member(role="主任", name=f"主任{i}", rc_post=post) for i, post in enumerate(seed)]
    moved = [from_part1(m, "妇联") for m in chairs]
    assert all(m.role == "主席" for m in moved)
    assert Counter(m.party_post for m in moved) == {"书记": 26, "副书记": 9, None: 70, "无": 1}
    assert Counter(m.committee_post for m in moved) == {"主任": 39, "副主任": 26, "委员": 3, None: 37, "无": 1}
    back = Counter(part1_post(m) for m in moved)
    assert back == Counter(seed)
    assert (back["居委会主任"], back["居委会副主任"], back["社区党组织书记"], back["社区党组织副书记"]) == (39, 26, 26, 9)
    assert sum(back[p] for p in vocab.KEY_POSTS) == 100  # 担任重要职务, 94.3%
    assert 106 - sum(back[p] for p in vocab.KEY_POSTS) == 6


def test_federation_member_fields_and_derivations():
    m = FederationMember(role="兼职副主席", name="李红", ethnicity="回族", party_post="无", committee_post="委员",
                         sector="企业", birth_date=date(1980, 1, 1))
    assert m.is_part_time  # by her role when 是否兼职 is blank
    assert m.minority is True
    assert m.posts == Posts("无", "委员")
    assert m.content()["sector"] == "企业" and "party_post" in m.content() and "id" not in m.content()
    m.part_time = False
    assert not m.is_part_time
    assert FederationMember(role="执委", name="王芳").is_part_time is False
    copy = from_part1(m)
    assert copy is not m and copy.rc_post == "居委会委员"  # the old column follows the two fields
    assert copy == m and m.rc_post == "居委会委员"  # a Member keeps the old column in step itself


def test_minority_and_sector():
    assert is_minority("汉族") is False
    assert is_minority("满族") is True
    assert is_minority(None) is None and is_minority("") is None
    assert clean_sector("  社会 组织 ") == "社会 组织"
    assert clean_sector(None) == ""


def test_reading_a_hand_typed_federation_row():
    assert read_posts("支部书记", "居委主任") == (Posts("书记", "主任"), [])
    assert read_posts("", " 无 ") == (Posts(None, "无"), [])
    assert read_posts(None, None, None) == (None, [])


def test_an_old_style_row_maps_in_from_the_one_column():
    assert read_posts(None, None, "社区党组织书记") == (Posts(party="书记"), [])
    assert read_posts("", "", "其他") == (Posts(other=True), [])


def test_both_styles_on_one_row_disagreeing_is_a_warning_and_the_two_fields_win():
    posts, [warning] = read_posts("书记", "主任", "居委会副主任")
    assert posts == Posts("书记", "主任")
    assert (warning.level, warning.field) == ("warning", "rc_post")
    assert warning.message == "居委会任职“居委会副主任”与社区党组织职务、居委会职务不一致，按后两者理解为“社区党组织书记”"
    assert read_posts("书记", "无", "社区党组织书记") == (Posts("书记", "无"), [])


def test_unreadable_posts_are_errors_naming_the_field():
    posts, problems = read_posts("组长", "居委会书记", "楼长")
    assert [(p.level, p.field, p.message) for p in problems] == [
        ("error", "party_post", "社区党组织职务“组长”无法识别，应为书记、副书记、委员、无"),
        ("error", "committee_post", "居委会职务“居委会书记”无法识别，应为主任、副主任、委员、无"),
        ("error", "rc_post", "居委会任职“楼长”无法识别，应为社区党组织书记、社区党组织副书记、居委会主任、居委会副主任、居委会委员、其他、无"),
    ]


def test_part1s_other_agrees_with_two_fields_that_hold_no_post():
    # A 妇代会 export writes 居委会任职 其他 beside 无/无 and 其他职务 是: no warning on re-import.
    assert read_posts("无", "无", "其他") == (Posts("无", "无"), [])
    assert read_posts(None, "无", "其他") == (Posts(None, "无"), [])
    posts, [warning] = read_posts("书记", "无", "其他")
    assert posts == Posts("书记", "无") and warning.field == "rc_post"
