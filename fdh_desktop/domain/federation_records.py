"""Part 2's member fields, once a subclass, now part of records.Member (migration 6).

Kept as names the federation modules and their tests use: `FederationMember` is Member, and
`from_part1` reads a Part 1 member's one 居委会任职 value into the two 两委 fields.
"""

from __future__ import annotations

from dataclasses import replace

from . import organisation, posts
from .records import MEMBER_FIELDS, PART2_MEMBER_FIELDS, Member

FederationMember = Member
FEDERATION_MEMBER_FIELDS = MEMBER_FIELDS
NEW_FIELDS = PART2_MEMBER_FIELDS
# Headers of the new member columns (forms and the exchange workbook); other_post has no column:
# it only carries Part 1's 其他 forward.
NEW_FIELD_LABELS = {"party_post": posts.PARTY_POST_LABEL, "committee_post": posts.RC_POST_LABEL,
                    "part_time": "是否兼职", "sector": "界别"}


def from_part1(member: Member, form: str | None = None) -> Member:
    """A copy of `member` with her posts in the two fields (Member does this from rc_post when
    the two are blank); with `form`, her role read as that form's role (主任 → 主席 in a 妇联)."""
    result = replace(member)
    if form is not None and result.role:
        result.role = organisation.role_in_form(result.role, form)
    return result


def part1_post(member: Member) -> str | None:
    """The single Part 1 value for the old column and Part 1's tables (the highest post)."""
    return posts.to_part1(member.posts)
