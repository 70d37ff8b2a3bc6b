"""Plain records: what a form or a workbook row becomes once cleaned, and what the store keeps."""

from __future__ import annotations

from dataclasses import InitVar, asdict, dataclass, field, fields, replace
from datetime import date

from . import posts as _posts
from .vocab import NO, YES

DEFAULT_AGE_BANDS = (35, 45)


@dataclass
class Settings:
    district: str = ""
    current_term: int = 1
    age_bands: tuple[int, ...] = DEFAULT_AGE_BANDS  # upper bounds: 35 → 35岁及以下, 36至45岁, 46岁及以上
    decimals: int = 1
    # The 执委 count a community 妇联 should have (DOMAIN.md Part 2: default 7 to 21, inclusive).
    executive_low: int = 7
    executive_high: int = 21


@dataclass(frozen=True)
class Term:
    number: int
    year: int | None = None
    reference_date: date | None = None
    form: str = "妇代会"  # 组织形式: 妇代会 or 妇联 (domain.organisation); terms before Part 2 were 妇代会
    start_date: date | None = None
    end_date: date | None = None

    @property
    def label(self) -> str:
        return term_label(self.number)


@dataclass(frozen=True)
class Street:
    id: int
    name: str
    code: str | None = None
    pilot: bool = False


@dataclass(frozen=True)
class Community:
    id: int
    street_id: int
    name: str
    code: str | None = None


@dataclass
class Congress:
    """One community's congress (妇代会) in one term."""

    should_establish: bool = True
    established: bool | None = None
    election_date: date | None = None
    election_method: str | None = None
    voting_method: str | None = None
    reps_total: int | None = None
    reps_units: int | None = None
    reps_migrants: int | None = None
    reps_present: int | None = None
    progress: str | None = None
    instructor: str = ""
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)

@dataclass
class Member:
    """One leadership member (班子成员) of a congress. `id` is the store's row id, if stored."""

    role: str
    name: str
    id_number: str | None = None
    birth_date: date | None = None
    ethnicity: str | None = None
    political: str | None = None
    education: str | None = None
    # Part 1's 居委会任职 is a view of the two 两委 fields below: given (to the constructor or by
    # assignment) it sets them; read, it is their highest post (see the property after the class).
    rc_post: InitVar[str | None] = None
    is_new: bool | None = None
    phone: str = ""
    workplace: str = ""
    note: str = ""
    # DOMAIN.md Part 2: the two 两委 fields (None: not recorded), Part 1's 其他, 是否兼职, 界别.
    party_post: str | None = None  # 社区党组织职务: 书记, 副书记, 委员, 无
    committee_post: str | None = None  # 居委会职务: 主任, 副主任, 委员, 无
    other_post: bool = False
    part_time: bool | None = None
    sector: str = ""
    id: int | None = field(default=None, compare=False)

    def __post_init__(self, rc_post: str | None) -> None:
        if rc_post is not None:
            _set_part1_post(self, rc_post)

    @property
    def posts(self) -> _posts.Posts:
        return _posts.Posts(self.party_post, self.committee_post, self.other_post)

    @property
    def is_part_time(self) -> bool:
        """是否兼职 as recorded; a 兼职副主席 is part-time by her role when the field is blank."""
        if self.part_time is not None:
            return self.part_time
        return self.role == "兼职副主席"

    @property
    def minority(self) -> bool | None:
        return _posts.is_minority(self.ethnicity)

    def content(self) -> dict:
        """The values a person typed: what a change is measured on (no row id)."""
        return {name: getattr(self, name) for name in MEMBER_FIELDS}


def _part1_post(member: Member) -> str | None:
    return _posts.Posts(member.party_post, member.committee_post, member.other_post).highest


def _set_part1_post(member: Member, value: str | None) -> None:
    if value == _part1_post(member):
        return
    mapped = _posts.from_part1(value) if value is not None else None
    mapped = mapped or _posts.Posts()
    member.party_post, member.committee_post, member.other_post = mapped.party, mapped.rc, mapped.other


# Set after the class is made: the dataclass keeps rc_post as an init-only argument.
Member.rc_post = property(_part1_post, _set_part1_post)


def with_part1_post(member: Member, value: str | None) -> Member:
    """A copy of `member` whose posts are Part 1's single 居委会任职 value (the two fields follow)."""
    return replace(member, rc_post=value, party_post=None, committee_post=None, other_post=False)


def with_posts(member: Member, party: str | None, committee: str | None) -> Member:
    """A copy of `member` with the two 两委 fields set (rc_post follows)."""
    return replace(member, party_post=party, committee_post=committee, other_post=False, rc_post=None)


CONGRESS_FIELDS = tuple(f.name for f in fields(Congress))
_FIELD_NAMES = [f.name for f in fields(Member) if f.name != "id"]
# rc_post (derived, not a dataclass field) keeps its Part 1 place, after education.
MEMBER_FIELDS = tuple(_FIELD_NAMES[: _FIELD_NAMES.index("education") + 1] + ["rc_post"]
                      + _FIELD_NAMES[_FIELD_NAMES.index("education") + 1:])
# The Part 2 fields, after Part 1's in MEMBER_FIELDS (workbook columns, forms).
PART2_MEMBER_FIELDS = ("party_post", "committee_post", "other_post", "part_time", "sector")


def term_label(number: int) -> str:
    return f"第{chinese_number(number)}届"


_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1-99 as Chinese numerals (六, 十二, 二十); larger numbers as digits."""
    if n < 0 or n >= 100:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return YES if value else NO


def parse_term_label(text: str) -> int | None:
    """"第六届" / "六" / "第6届" / "6" → 6; None when it is not a term number."""
    core = text.strip().removeprefix("第").removesuffix("届").strip()
    if core.isascii() and core.isdigit():
        return int(core)
    if not core or any(ch not in _DIGITS + "十" for ch in core):
        return None
    if "十" not in core:
        return _DIGITS.index(core) if len(core) == 1 else None
    tens, _, ones = core.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones or tens == "零" or ones == "零":
        return None
    return (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(ones) if ones else 0)
