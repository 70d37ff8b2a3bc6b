"""The organisation form of a term (妇代会 or 妇联, DOMAIN.md Part 2) and what follows from it:
the roles, "the chair" and "the deputies" of either form, the role mapping across the 会改联
boundary, the default term length and every label that names the organisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import vocab
from .text import fold

FORM_CONGRESS = "妇代会"
FORM_FEDERATION = "妇联"
FORMS = (FORM_CONGRESS, FORM_FEDERATION)
# A new district starts in the reformed form; terms stored before Part 2 were all 妇代会 terms.
DEFAULT_FORM = FORM_FEDERATION
LEGACY_FORM = FORM_CONGRESS

ROLE_PRESIDENT = "主席"
ROLE_VICE_PRESIDENT = "副主席"
ROLE_PART_TIME_VICE = "兼职副主席"
ROLE_EXECUTIVE = "执委"
FEDERATION_ROLES = (ROLE_PRESIDENT, ROLE_VICE_PRESIDENT, ROLE_PART_TIME_VICE, ROLE_EXECUTIVE)
CONGRESS_ROLES = vocab.ROLES  # 主任, 副主任, 委员

ROLES_BY_FORM: dict[str, tuple[str, ...]] = {FORM_CONGRESS: CONGRESS_ROLES, FORM_FEDERATION: FEDERATION_ROLES}
CHAIR_ROLES = frozenset({vocab.ROLE_CHAIR, ROLE_PRESIDENT})
DEPUTY_ROLES = frozenset({vocab.ROLE_VICE, ROLE_VICE_PRESIDENT, ROLE_PART_TIME_VICE})

TERM_YEARS: dict[str, int] = {FORM_CONGRESS: 3, FORM_FEDERATION: 5}

# The same position in the other form. 兼职副主席 is a deputy, so it becomes 副主任.
_ACROSS: dict[str, str] = {
    vocab.ROLE_CHAIR: ROLE_PRESIDENT, vocab.ROLE_VICE: ROLE_VICE_PRESIDENT, vocab.ROLE_MEMBER: ROLE_EXECUTIVE,
    ROLE_PRESIDENT: vocab.ROLE_CHAIR, ROLE_VICE_PRESIDENT: vocab.ROLE_VICE,
    ROLE_PART_TIME_VICE: vocab.ROLE_VICE, ROLE_EXECUTIVE: vocab.ROLE_MEMBER,
}

# Spellings seen on hand-typed returns; vocab.py already knows the 妇代会 ones.
_FEDERATION_SYNONYMS: dict[str, str] = {
    "妇联主席": ROLE_PRESIDENT, "社区妇联主席": ROLE_PRESIDENT, "正主席": ROLE_PRESIDENT, "执委会主席": ROLE_PRESIDENT,
    "妇联副主席": ROLE_VICE_PRESIDENT, "社区妇联副主席": ROLE_VICE_PRESIDENT, "专职副主席": ROLE_VICE_PRESIDENT,
    "执委会副主席": ROLE_VICE_PRESIDENT,
    "兼职妇联副主席": ROLE_PART_TIME_VICE, "妇联兼职副主席": ROLE_PART_TIME_VICE, "社区妇联兼职副主席": ROLE_PART_TIME_VICE,
    "副主席(兼职)": ROLE_PART_TIME_VICE, "兼职副主任": ROLE_PART_TIME_VICE, "兼副主席": ROLE_PART_TIME_VICE,
    "执行委员": ROLE_EXECUTIVE, "执委委员": ROLE_EXECUTIVE, "妇联执委": ROLE_EXECUTIVE, "执委会委员": ROLE_EXECUTIVE,
    "执行委员会委员": ROLE_EXECUTIVE, "妇联执行委员": ROLE_EXECUTIVE, "执行委员会成员": ROLE_EXECUTIVE,
}
_FEDERATION_LOOKUP = {fold(r): r for r in FEDERATION_ROLES} | {fold(k): v for k, v in _FEDERATION_SYNONYMS.items()}


def canonical_form(value: object) -> str | None:
    """"妇联" / "社区妇联" / "妇女联合会" → 妇联; "妇代会" / "妇女代表大会" → 妇代会; else None."""
    if value is None:
        return None
    text = fold(str(value)).removeprefix("社区")
    if text in ("妇联", "妇女联合会", "社区妇女联合会"):
        return FORM_FEDERATION
    if text in ("妇代会", "妇女代表大会", "妇女代表会"):
        return FORM_CONGRESS
    return None


def any_role(value: object) -> str | None:
    """A typed 职务 as a role of either form (妇联主席 → 主席, 正主任 → 主任); None: not a role."""
    if value is None:
        return None
    return vocab.canonical("role", value) or _FEDERATION_LOOKUP.get(fold(str(value)))


def roles(form: str) -> tuple[str, ...]:
    return ROLES_BY_FORM[form]


def chair_role(form: str) -> str:
    return ROLE_PRESIDENT if form == FORM_FEDERATION else vocab.ROLE_CHAIR


def deputy_roles(form: str) -> tuple[str, ...]:
    return (ROLE_VICE_PRESIDENT, ROLE_PART_TIME_VICE) if form == FORM_FEDERATION else (vocab.ROLE_VICE,)


def is_chair(role: str | None) -> bool:
    """主任 or 主席: "the chair" in either form."""
    return role in CHAIR_ROLES


def is_deputy(role: str | None) -> bool:
    return role in DEPUTY_ROLES


def role_in_form(role: str, form: str) -> str:
    """The role with the same position in `form` (主任 → 主席 for a 妇联, 主席 → 主任 for a 妇代会)."""
    if role in ROLES_BY_FORM[form]:
        return role
    return _ACROSS.get(role, role)


def parse_role(value: object, form: str) -> tuple[str | None, str | None]:
    """A typed 职务 read for a term of `form`: (role, the other form's role it was written as).

    The second item is set when the text is a role of the other form and was mapped across
    (主任 in a 妇联 term), so the caller can warn that it guessed. (None, None): not a role.
    """
    if value is None:
        return None, None
    federation = _FEDERATION_LOOKUP.get(fold(str(value)))
    congress = vocab.canonical("role", value)
    native, foreign = (federation, congress) if form == FORM_FEDERATION else (congress, federation)
    if native is not None:
        return native, None
    if foreign is not None:
        return role_in_form(foreign, form), foreign
    return None, None


_RANK = {vocab.ROLE_CHAIR: 0, ROLE_PRESIDENT: 0, vocab.ROLE_VICE: 1, ROLE_VICE_PRESIDENT: 1,
         ROLE_PART_TIME_VICE: 2, vocab.ROLE_MEMBER: 3, ROLE_EXECUTIVE: 3}


def role_rank(role: str | None) -> int:
    """Sort key: chair, deputies (full-time before part-time), members, unknown last."""
    return _RANK.get(role, len(FEDERATION_ROLES))


def default_term_end(start: date, form: str) -> date:
    """Start plus the form's term length (5 years for 妇联, 3 for 妇代会); 29 Feb falls to 28 Feb."""
    year = start.year + TERM_YEARS[form]
    try:
        return start.replace(year=year)
    except ValueError:
        return start.replace(year=year, day=28)


@dataclass(frozen=True)
class FormLabels:
    """Every name that follows the term's form, in one place for forms, templates and reports."""

    organisation: str  # 妇代会 / 妇联
    community_organisation: str  # 社区妇代会 / 社区妇联 (also the congress sheet's name)
    chair: str  # 主任 / 主席
    chair_title: str  # 妇代会主任 / 妇联主席
    deputy_title: str  # 妇代会副主任 / 妇联副主席
    member: str  # 委员 / 执委
    members: str  # 班子成员 / 执委 (the leadership as a whole)
    leadership: str  # 妇代会班子 / 妇联执委会
    new: str  # 新任 / 新当选: is_new's short header (the exchange workbook heads 是否新任 / 是否新当选)


LABELS: dict[str, FormLabels] = {
    FORM_CONGRESS: FormLabels("妇代会", "社区妇代会", "主任", "妇代会主任", "妇代会副主任", "委员", "班子成员", "妇代会班子",
                              "新任"),
    FORM_FEDERATION: FormLabels("妇联", "社区妇联", "主席", "妇联主席", "妇联副主席", "执委", "执委", "妇联执委会",
                                "新当选"),
}


def labels(form: str) -> FormLabels:
    return LABELS[form]


@dataclass(frozen=True)
class ExecutiveRange:
    """The district's configured 执委 count per community (inclusive; DOMAIN.md: 7 to 21)."""

    low: int = 7
    high: int = 21


def executive_range_of(settings) -> ExecutiveRange:
    """The district's configured range, from a records.Settings."""
    return ExecutiveRange(settings.executive_low, settings.executive_high)


@dataclass(frozen=True)
class TermForm:
    """A term's form and dates, as the term dialog and the settings hold them."""

    number: int
    form: str = DEFAULT_FORM
    start: date | None = None
    end: date | None = None

    @property
    def end_or_default(self) -> date | None:
        if self.end is not None or self.start is None:
            return self.end
        return default_term_end(self.start, self.form)


def check_term_dates(term: TermForm) -> str | None:
    """The Chinese message for a term whose dates do not make sense, else None."""
    if term.form not in FORMS:
        return f"组织形式“{term.form}”应为妇代会或妇联"
    if term.start is not None and term.end is not None and term.end <= term.start:
        return f"任期结束日期{term.end:%Y-%m-%d}应晚于开始日期{term.start:%Y-%m-%d}"
    return None
