"""Posts in the community's 两委 (DOMAIN.md Part 2): 社区党组织职务 and 居委会职务, what is derived
from them (进两委, 进党组织, 进居委会, 一肩挑, the highest post), and the lossless mapping from and
back to Part 1's single 居委会任职 value.

None in a field means "not recorded" (an old record that said only 社区党组织书记 says nothing
about the residents' committee); 无 means recorded as holding no post.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import vocab
from .problems import ERROR, WARNING, Problem
from .text import fold

NONE = "无"
PARTY_SECRETARY = "书记"
PARTY_DEPUTY = "副书记"
COMMITTEE_MEMBER = "委员"
RC_DIRECTOR = "主任"
RC_DEPUTY = "副主任"
PARTY_POSTS = (PARTY_SECRETARY, PARTY_DEPUTY, COMMITTEE_MEMBER, NONE)  # 社区党组织职务
RC_POSTS = (RC_DIRECTOR, RC_DEPUTY, COMMITTEE_MEMBER, NONE)  # 居委会职务

PARTY_POST_LABEL = "社区党组织职务"
RC_POST_LABEL = "居委会职务"

# Part 1's seven values (vocab.POSTS), ranked from the highest post down (DOMAIN.md Part 2).
HIGHEST_ORDER = ("社区党组织书记", "居委会主任", "社区党组织副书记", "居委会副主任", "居委会委员", "其他", "无")
OTHER = "其他"

_PARTY_SYNONYMS = {
    PARTY_SECRETARY: ("社区党组织书记", "支部书记", "党支部书记", "党总支书记", "党委书记", "社区党委书记",
                      "社区党支部书记", "社区党总支书记", "居委会党支部书记", "党组织书记", "总支书记", "正书记"),
    PARTY_DEPUTY: ("社区党组织副书记", "支部副书记", "党支部副书记", "党总支副书记", "党委副书记",
                   "社区党委副书记", "社区党支部副书记", "社区党总支副书记", "党组织副书记", "总支副书记"),
    COMMITTEE_MEMBER: ("党委委员", "支部委员", "党支部委员", "党总支委员", "社区党委委员", "党组织委员",
                       "社区党组织委员", "支委", "党委成员", "支委委员"),
    NONE: ("没有", "无职务", "否", "—", "-", "/"),
}
_RC_SYNONYMS = {
    RC_DIRECTOR: ("居委会主任", "正主任", "居委会正主任", "居委主任", "社区居委会主任"),
    RC_DEPUTY: ("居委会副主任", "居委副主任", "社区居委会副主任"),
    COMMITTEE_MEMBER: ("居委会委员", "居委委员", "社区居委会委员", "居委会成员"),
    NONE: ("没有", "无职务", "否", "—", "-", "/"),
}


def _lookup(values: tuple[str, ...], synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table = {fold(v): v for v in values}
    for value, aliases in synonyms.items():
        for alias in aliases:
            table.setdefault(fold(alias), value)
    return table


_PARTY_LOOKUP = _lookup(PARTY_POSTS, _PARTY_SYNONYMS)
_RC_LOOKUP = _lookup(RC_POSTS, _RC_SYNONYMS)


def canonical_party_post(value: object) -> str | None:
    """社区党组织职务 as typed → 书记/副书记/委员/无; None when it is not one (支部书记 → 书记)."""
    return None if value is None else _PARTY_LOOKUP.get(fold(str(value)))


def canonical_rc_post(value: object) -> str | None:
    """居委会职务 as typed → 主任/副主任/委员/无; None when it is not one (居委主任 → 主任)."""
    return None if value is None else _RC_LOOKUP.get(fold(str(value)))


@dataclass(frozen=True)
class Posts:
    """A member's two 两委 fields; `other` keeps Part 1's 其他 (a post outside the 两委)."""

    party: str | None = None
    rc: str | None = None
    other: bool = False

    @property
    def in_party_org(self) -> bool:
        return self.party not in (None, NONE)

    @property
    def in_residents_committee(self) -> bool:
        return self.rc not in (None, NONE)

    @property
    def in_two_committees(self) -> bool:
        """进两委: either field holds a post."""
        return self.in_party_org or self.in_residents_committee

    @property
    def one_shoulder(self) -> bool:
        """一肩挑: 社区党组织书记 and 居委会主任 both."""
        return self.party == PARTY_SECRETARY and self.rc == RC_DIRECTOR

    @property
    def highest(self) -> str | None:
        """Part 1's seven-way value: the highest post held; None when nothing is recorded."""
        if self.party == PARTY_SECRETARY:
            return "社区党组织书记"
        if self.rc == RC_DIRECTOR:
            return "居委会主任"
        if self.party == PARTY_DEPUTY:
            return "社区党组织副书记"
        if self.rc == RC_DEPUTY:
            return "居委会副主任"
        if COMMITTEE_MEMBER in (self.party, self.rc):
            return "居委会委员"  # Part 1 has one 委员 value for either committee
        if self.other:
            return OTHER
        if NONE in (self.party, self.rc):
            return NONE
        return None

    @property
    def key_post(self) -> bool:
        """担任重要职务: the highest post is one of Part 1's first four."""
        return self.highest in vocab.KEY_POSTS


# Part 1's value → the two fields; the field Part 1 says nothing about stays None.
_FROM_PART1: dict[str, Posts] = {
    "社区党组织书记": Posts(party=PARTY_SECRETARY),
    "社区党组织副书记": Posts(party=PARTY_DEPUTY),
    "居委会主任": Posts(rc=RC_DIRECTOR),
    "居委会副主任": Posts(rc=RC_DEPUTY),
    "居委会委员": Posts(rc=COMMITTEE_MEMBER),
    OTHER: Posts(other=True),
    NONE: Posts(party=NONE, rc=NONE),
}
# Old returns sometimes say both posts in the one column.
_ONE_SHOULDER_SPELLINGS = frozenset(fold(s) for s in (
    "一肩挑", "书记兼主任", "书记、主任", "书记主任", "社区党组织书记、居委会主任", "社区党组织书记兼居委会主任",
    "党支部书记、居委会主任", "党支部书记兼居委会主任", "书记兼居委会主任",
))


def from_part1(rc_post: object) -> Posts | None:
    """Part 1's 居委会任职 (any accepted spelling) as the two fields; None when it is not a post.

    Lossless: to_part1(from_part1(v)) == v for each of Part 1's seven values.
    """
    if rc_post is None:
        return None
    if fold(str(rc_post)) in _ONE_SHOULDER_SPELLINGS:
        return Posts(party=PARTY_SECRETARY, rc=RC_DIRECTOR)
    value = vocab.canonical("post", rc_post)
    return None if value is None else _FROM_PART1[value]


def to_part1(posts: Posts | None) -> str | None:
    """The single 居委会任职 value of Part 1: the highest post (None when nothing is recorded)."""
    return None if posts is None else posts.highest


def _blank(value: object) -> bool:
    return value is None or not str(value).strip()


def read_posts(party: object = None, rc: object = None, part1: object = None) -> tuple[Posts | None, list[Problem]]:
    """The two fields from a form or a workbook row, with Part 1's one column as the fallback.

    The two columns win when filled; an old return with only 居委会任职 maps in without loss;
    both present and disagreeing is a warning. Problems name the field (party_post, committee_post
    or rc_post); the member index and the sheet's row are added by the caller.
    """
    problems: list[Problem] = []
    values = {}
    for field, label, value, reader, allowed in (
        ("party_post", PARTY_POST_LABEL, party, canonical_party_post, PARTY_POSTS),
        ("committee_post", RC_POST_LABEL, rc, canonical_rc_post, RC_POSTS),
    ):
        values[field] = None if _blank(value) else reader(value)
        if not _blank(value) and values[field] is None:
            problems.append(Problem(ERROR, field, f"{label}“{value}”无法识别，应为{'、'.join(allowed)}", value))
    old = None
    if not _blank(part1):
        old = from_part1(part1)
        if old is None:
            problems.append(Problem(ERROR, "rc_post", f"居委会任职“{part1}”无法识别，应为{'、'.join(vocab.POSTS)}", part1))
    if _blank(party) and _blank(rc):
        return old, problems
    posts = Posts(values["party_post"], values["committee_post"])
    # Part 1's 其他 is a post outside the 两委: it agrees with two fields that hold none (无/无).
    if old is not None and old.highest != Posts(posts.party, posts.rc, old.other).highest:
        problems.append(Problem(
            WARNING, "rc_post",
            f"居委会任职“{part1}”与{PARTY_POST_LABEL}、{RC_POST_LABEL}不一致，按后两者理解为“{posts.highest}”", part1,
        ))
    return posts, problems


def is_minority(ethnicity: str | None) -> bool | None:
    """少数民族: any 民族 but 汉族; None when 民族 is not recorded."""
    if not ethnicity:
        return None
    return ethnicity != vocab.ETHNICITIES[0]


# 界别 is free text; these are offered in drop-downs as suggestions only.
SECTOR_SUGGESTIONS = ("机关", "事业单位", "企业", "社会组织", "两新组织", "巾帼志愿者", "社区居民", "驻区单位", "个体工商户")


def clean_sector(value: object) -> str:
    """界别: trimmed free text ('' when blank); no vocabulary is imposed."""
    return "" if value is None else " ".join(str(value).split())
