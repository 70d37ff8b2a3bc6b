"""A leadership member with DOMAIN.md Part 2's fields, until records.Member carries them itself.

`FederationMember` is a records.Member plus 社区党组织职务, 居委会职务, 其他职务, 是否兼职 and
界别, so everything written for Member (rules.check_member, ages, derive_is_new) accepts it.
When the migration adds these columns, the fields move into Member and this class becomes an alias.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from . import organisation, posts
from .records import MEMBER_FIELDS, Member


@dataclass
class FederationMember(Member):
    party_post: str | None = None  # 社区党组织职务: 书记/副书记/委员/无; None = not recorded
    committee_post: str | None = None  # 居委会职务: 主任/副主任/委员/无; None = not recorded
    other_post: bool = False  # Part 1's 其他: a post outside the 两委
    part_time: bool | None = None  # 是否兼职
    sector: str = ""  # 界别, free text

    @property
    def posts(self) -> posts.Posts:
        return posts.Posts(self.party_post, self.committee_post, self.other_post)

    @property
    def is_part_time(self) -> bool:
        """是否兼职 as recorded; a 兼职副主席 is part-time by her role when the field is blank."""
        if self.part_time is not None:
            return self.part_time
        return self.role == organisation.ROLE_PART_TIME_VICE

    @property
    def minority(self) -> bool | None:
        return posts.is_minority(self.ethnicity)

    def content(self) -> dict:
        return {name: getattr(self, name) for name in FEDERATION_MEMBER_FIELDS}


FEDERATION_MEMBER_FIELDS = tuple(f.name for f in fields(FederationMember) if f.name != "id")
NEW_FIELDS = tuple(name for name in FEDERATION_MEMBER_FIELDS if name not in MEMBER_FIELDS)
# Headers of the new member columns (forms and the exchange workbook); other_post has no column:
# it only carries Part 1's 其他 forward.
NEW_FIELD_LABELS = {"party_post": posts.PARTY_POST_LABEL, "committee_post": posts.RC_POST_LABEL,
                    "part_time": "是否兼职", "sector": "界别"}


def from_part1(member: Member, form: str | None = None) -> FederationMember:
    """A Part 1 member (one 居委会任职 value) with her posts in the two fields, without loss.

    With `form`, her role is also read as that form's role (主任 → 主席 for a 妇联 term).
    """
    if isinstance(member, FederationMember):
        result = FederationMember(**{n: getattr(member, n) for n in FEDERATION_MEMBER_FIELDS}, id=member.id)
    else:
        mapped = posts.from_part1(member.rc_post) or posts.Posts()
        result = FederationMember(
            **{n: getattr(member, n) for n in MEMBER_FIELDS}, id=member.id,
            party_post=mapped.party, committee_post=mapped.rc, other_post=mapped.other,
        )
    result.rc_post = part1_post(result)  # the old column, kept in step with the two fields
    if form is not None and result.role:
        result.role = organisation.role_in_form(result.role, form)
    return result


def part1_post(member: FederationMember) -> str | None:
    """The single Part 1 value for the old column and Part 1's tables (the highest post)."""
    return posts.to_part1(member.posts)
