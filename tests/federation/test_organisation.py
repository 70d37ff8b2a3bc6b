"""The organisation form per term: roles, the chair across 会改联, term dates and labels."""

from __future__ import annotations

from datetime import date

import pytest

from fdh_desktop.domain import organisation as org


def test_new_districts_default_to_the_federation_and_old_terms_were_congresses():
    assert org.DEFAULT_FORM == "妇联"
    assert org.LEGACY_FORM == "妇代会"
    assert org.TermForm(7).form == "妇联"


def test_roles_by_form():
    assert org.roles("妇代会") == ("主任", "副主任", "委员")
    assert org.roles("妇联") == ("主席", "副主席", "兼职副主席", "执委")
    assert org.chair_role("妇联") == "主席" and org.chair_role("妇代会") == "主任"
    assert org.deputy_roles("妇联") == ("副主席", "兼职副主席")
    assert org.deputy_roles("妇代会") == ("副主任",)


@pytest.mark.parametrize("role", ["主任", "主席"])
def test_the_chair_is_the_same_idea_in_both_forms(role):
    assert org.is_chair(role)
    assert not org.is_deputy(role)


@pytest.mark.parametrize("role", ["副主任", "副主席", "兼职副主席"])
def test_the_deputies_of_both_forms(role):
    assert org.is_deputy(role)
    assert not org.is_chair(role)


@pytest.mark.parametrize(("role", "form", "expected"), [
    ("主任", "妇联", "主席"), ("副主任", "妇联", "副主席"), ("委员", "妇联", "执委"),
    ("主席", "妇代会", "主任"), ("副主席", "妇代会", "副主任"), ("兼职副主席", "妇代会", "副主任"),
    ("执委", "妇代会", "委员"), ("主席", "妇联", "主席"), ("委员", "妇代会", "委员"),
])
def test_role_mapping_across_the_boundary(role, form, expected):
    assert org.role_in_form(role, form) == expected


@pytest.mark.parametrize(("typed", "role"), [
    ("妇联主席", "主席"), ("主席", "主席"), ("社区妇联主席", "主席"), ("执委会主席", "主席"),
    ("妇联副主席", "副主席"), ("专职副主席", "副主席"),
    ("兼职副主席", "兼职副主席"), ("妇联兼职副主席", "兼职副主席"), ("副主席（兼职）", "兼职副主席"),
    ("副主席(兼职)", "兼职副主席"), ("兼职妇联副主席", "兼职副主席"),
    ("执行委员", "执委"), ("执委委员", "执委"), ("执委会委员", "执委"), ("妇联执委", "执委"), (" 执 委 ", "执委"),
])
def test_federation_role_synonyms_need_no_warning(typed, role):
    assert org.parse_role(typed, "妇联") == (role, None)


def test_a_congress_role_in_a_federation_term_is_mapped_and_says_so():
    assert org.parse_role("主任", "妇联") == ("主席", "主任")
    assert org.parse_role("妇代会主任", "妇联") == ("主席", "主任")
    assert org.parse_role("委员", "妇联") == ("执委", "委员")
    assert org.parse_role("妇联主席", "妇代会") == ("主任", "主席")
    assert org.parse_role("主任", "妇代会") == ("主任", None)
    assert org.parse_role("秘书长", "妇联") == (None, None)
    assert org.parse_role(None, "妇联") == (None, None)


def test_role_order_puts_the_chair_first_in_either_form():
    people = ["执委", "兼职副主席", "主席", "副主席", "会计"]
    assert sorted(people, key=org.role_rank) == ["主席", "副主席", "兼职副主席", "执委", "会计"]
    assert sorted(["委员", "主任", "副主任"], key=org.role_rank) == ["主任", "副主任", "委员"]


@pytest.mark.parametrize(("typed", "form"), [
    ("妇联", "妇联"), ("社区妇联", "妇联"), ("妇女联合会", "妇联"), ("妇代会", "妇代会"),
    ("社区妇女代表大会", "妇代会"), ("居委会", None), (None, None),
])
def test_canonical_form(typed, form):
    assert org.canonical_form(typed) == form


def test_term_length_follows_the_form():
    assert org.default_term_end(date(2026, 3, 15), "妇联") == date(2031, 3, 15)
    assert org.default_term_end(date(2023, 5, 20), "妇代会") == date(2026, 5, 20)
    assert org.default_term_end(date(2024, 2, 29), "妇联") == date(2029, 2, 28)
    assert org.TermForm(7, "妇联", start=date(2026, 3, 1)).end_or_default == date(2031, 3, 1)
    assert org.TermForm(7, "妇联", start=date(2026, 3, 1), end=date(2030, 12, 31)).end_or_default == date(2030, 12, 31)
    assert org.TermForm(7).end_or_default is None


def test_term_dates_are_checked():
    assert org.check_term_dates(org.TermForm(7, "妇联", date(2026, 3, 1), date(2031, 3, 1))) is None
    message = org.check_term_dates(org.TermForm(7, "妇联", date(2026, 3, 1), date(2026, 3, 1)))
    assert message == "任期结束日期2026-03-01应晚于开始日期2026-03-01"
    assert "组织形式" in org.check_term_dates(org.TermForm(7, "居委会"))


def test_labels_follow_the_form():
    federation, congress = org.labels("妇联"), org.labels("妇代会")
    assert (federation.chair_title, federation.community_organisation, federation.member) == ("妇联主席", "社区妇联", "执委")
    assert (congress.chair_title, congress.community_organisation, congress.member) == ("妇代会主任", "社区妇代会", "委员")
    assert federation.deputy_title == "妇联副主席" and congress.deputy_title == "妇代会副主任"
