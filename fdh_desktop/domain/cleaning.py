"""Raw values (a form's text, a spreadsheet cell) to typed record values.

Forgiving about form, strict about meaning: full-width characters, synonyms, numbers that arrive
as 36.0 and the date spellings of DOMAIN.md are accepted; anything that cannot mean one value is
an error with a message that says what to do.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from . import organisation, posts, vocab
from .dates import DateError, parse_date
from .idcard import IdNumberError, parse_id_number
from .labels import (
    BOOL_FIELDS, DATE_FIELDS, FIELD_VOCABULARY, INT_FIELDS, MAX_REPRESENTATIVES, label,
)
from .problems import ERROR, WARNING, Problem
from .records import CONGRESS_FIELDS, MEMBER_FIELDS, Congress, Member
from .text import clean_name, clean_text, halfwidth


class CleanError(ValueError):
    """str() is the Chinese message."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def clean_vocab(field: str, value: object) -> str:
    kind = FIELD_VOCABULARY[field]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool):
        value = "TRUE" if value else "FALSE"
    result = vocab.canonical(kind, value)
    if result is None:
        choices = vocab.VOCABULARIES[kind]
        shown = "、".join(choices) if len(choices) <= 8 else "、".join(choices[:6]) + "等"
        raise CleanError(f"“{value}”不是可用的{label(field)}，应为{shown}")
    return result


def clean_bool(field: str, value: object) -> bool:
    return clean_vocab(field, value) == vocab.YES


def clean_int(field: str, value: object) -> int:
    if isinstance(value, bool):
        raise CleanError(f"{label(field)}应为整数")
    if isinstance(value, float):
        if not value.is_integer():
            raise CleanError(f"{label(field)}应为整数，现为{value}")
        value = int(value)
    if isinstance(value, str):
        text = halfwidth(value).strip().removesuffix("人").removesuffix("名").strip()
        try:
            number = float(text)
        except ValueError:
            raise CleanError(f"“{value}”不是数字，{label(field)}应为整数") from None
        if not number.is_integer():
            raise CleanError(f"{label(field)}应为整数，现为{value}")
        value = int(number)
    if not isinstance(value, int):
        raise CleanError(f"{label(field)}应为整数")
    if value < 0:
        raise CleanError(f"{label(field)}不能为负数")
    if value > MAX_REPRESENTATIVES:
        raise CleanError(f"{label(field)}为{value}，超出合理范围（0至{MAX_REPRESENTATIVES}）")
    return value


def clean_date(field: str, value: object, date1904: bool = False) -> date:
    try:
        return parse_date(value, date1904)
    except DateError as exc:
        raise CleanError(f"{label(field)}：{exc}") from None


def clean_phone(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return halfwidth(str(value)).strip()


def _clean_value(field: str, value: object, date1904: bool) -> object:
    if field == "role":
        # Either form's roles: which one the term wants is decided where the term is known
        # (federation_rules.read_role maps 主任 → 主席 in a 妇联 term, with a warning).
        role = organisation.any_role(value)
        if role is None:
            raise CleanError(f"职务“{value}”无法识别，应为主任、副主任、委员（社区妇联为主席、副主席、兼职副主席、执委）")
        return role
    if field in BOOL_FIELDS:
        return clean_bool(field, value)
    if field in FIELD_VOCABULARY:
        return clean_vocab(field, value)
    if field in INT_FIELDS:
        return clean_int(field, value)
    if field in DATE_FIELDS:
        return clean_date(field, value, date1904)
    if field in _POST_READERS:
        reader, allowed = _POST_READERS[field]
        post = reader(value)
        if post is None:
            raise CleanError(f"{label(field)}“{value}”无法识别，应为{'、'.join(allowed)}")
        return post
    if field == "sector":
        return posts.clean_sector(value)
    if field == "name":
        return clean_name(str(value))
    if field == "phone":
        return clean_phone(value)
    return clean_text(value)


_POST_READERS = {
    "party_post": (posts.canonical_party_post, posts.PARTY_POSTS),
    "committee_post": (posts.canonical_rc_post, posts.RC_POSTS),
}


# Each distinct (field, type, value) is cleaned once per process: a city's return repeats 汉族,
# 中共党员 and 是 tens of thousands of times. Bounded: emptied when full (names and phones are
# mostly distinct and would otherwise fill it).
_CACHE_LIMIT = 1 << 16
_cache: dict[tuple, tuple[object, str | None]] = {}


def _cleaned(field: str, value: object, date1904: bool) -> tuple[object, str | None]:
    """(clean value, None), or (None, the Chinese message of why it cannot be cleaned)."""
    key = (field, value.__class__, value, date1904)
    try:
        hit = _cache.get(key)
    except TypeError:  # an unhashable value (not from a cell or a form): clean it without the cache
        key, hit = None, None
    if hit is None:
        hit = _cleaned_now(field, value, date1904)
        if key is not None:
            if len(_cache) >= _CACHE_LIMIT:
                _cache.clear()
            _cache[key] = hit
    return hit


def _cleaned_now(field: str, value: object, date1904: bool) -> tuple[object, str | None]:
    try:
        return _clean_value(field, value, date1904), None
    except CleanError as exc:
        return None, str(exc)


_CONGRESS_FIELDS = frozenset(CONGRESS_FIELDS)
# The posts are read together (posts.read_posts): two Part 2 fields, Part 1's one as the fallback.
_POST_FIELDS = ("party_post", "committee_post", "rc_post")
_MEMBER_FIELDS = frozenset(MEMBER_FIELDS) - {"id_number", *_POST_FIELDS}


def clean_congress(raw: Mapping[str, object], date1904: bool = False) -> tuple[Congress, list[Problem]]:
    """A congress from raw values keyed by field name; blank values keep the defaults."""
    congress = Congress()
    problems: list[Problem] = []
    for field, value in raw.items():
        cleaned, found = congress_cell(field, value, date1904)
        if cleaned is not None:
            setattr(congress, field, cleaned)
        problems.extend(found)
    return congress, problems


def clean_member(raw: Mapping[str, object], date1904: bool = False) -> tuple[Member, list[Problem]]:
    """A member from raw values keyed by field name.

    The ID number is checked here (it needs the raw cell to see what Excel did to it); a blank
    birth date is taken from it.
    """
    member = Member(role="", name="")
    problems: list[Problem] = []
    for field, value in raw.items():
        cleaned, found = member_cell(field, value, date1904)
        if cleaned is not None:
            setattr(member, field, cleaned)
        problems.extend(found)
    if any(raw.get(field) is not None for field in _POST_FIELDS):
        _set_posts(member, raw, problems)
    return member, problems


def _set_posts(member: Member, raw: Mapping[str, object], problems: list[Problem]) -> None:
    found, post_problems = posts.read_posts(raw.get("party_post"), raw.get("committee_post"), raw.get("rc_post"))
    problems += post_problems
    if found is not None:
        # 其他职务 (a 妇联 sheet's column, cleaned above) stands beside the two fields.
        member.party_post, member.committee_post = found.party, found.rc
        member.other_post = found.other or member.other_post


# Member fields whose cells are read together by clean_member (one cell's meaning depends on
# another's); the workbook reader cleans them as a group, not through member_cell: the two 两委
# fields, Part 1's one 居委会任职 as their fallback, and 其他职务 beside them.
MEMBER_JOINT_FIELDS: frozenset[str] = frozenset(_POST_FIELDS) | {"other_post"}

Cell = tuple[object, tuple[Problem, ...]]  # (the clean value, or None to keep the default; its problems)

_KEEP: Cell = (None, ())


def congress_cell(field: str, value: object, date1904: bool = False, cached: bool = True) -> Cell:
    """What clean_congress makes of one cell: cleaning is per field, so a row is its cells.
    `cached=False` for a caller that keeps its own cache (the workbook reader, per column)."""
    if value is None or field not in _CONGRESS_FIELDS or (isinstance(value, str) and not value.strip()):
        return _KEEP
    return _cell(field, value, date1904, cached)


def member_cell(field: str, value: object, date1904: bool = False, cached: bool = True) -> Cell:
    """What clean_member makes of one cell (see congress_cell)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return _KEEP
    if field == "id_number":
        try:
            parsed = parse_id_number(value)
        except IdNumberError as exc:
            return None, (Problem(ERROR, field, str(exc), value),)
        if parsed.upgraded:
            return parsed.number, (Problem(WARNING, field, f"15位身份证号已升位为{parsed.number}，请核对", value),)
        return parsed.number, ()
    if field not in _MEMBER_FIELDS:
        return _KEEP
    return _cell(field, value, date1904, cached)


def _cell(field: str, value: object, date1904: bool, cached: bool) -> Cell:
    cleaned, error = _cleaned(field, value, date1904) if cached else _cleaned_now(field, value, date1904)
    if error is None:
        return cleaned, ()
    return None, (Problem(ERROR, field, error, value),)


def clean_typed_date(field: str, text: object) -> date | None:
    """A date a clerk typed or pasted into a field: every text spelling of DOMAIN.md (month-only
    means the 1st); blank is None. Bare numbers other than 197506 / 19750603 are refused: a typed
    45000 is no Excel serial but a slip."""
    if is_blank(text):
        return None
    value = halfwidth(str(text)).strip()
    if value.isdigit() and len(value) not in (6, 8):
        raise CleanError(f"{label(field)}：“{value}”不是可识别的日期，请写成1975-06-03或1975年6月3日")
    return clean_date(field, value)


def clean_field(field: str, value: object) -> object:
    """One typed value of a congress or member field (a form field, a table cell), cleaned as the
    workbook reader cleans a cell; CleanError says why it is no value. Blank is None."""
    if is_blank(value):
        return None
    if field == "id_number":
        try:
            return parse_id_number(value).number
        except IdNumberError as exc:
            raise CleanError(str(exc)) from None
    return _clean_value(field, value, False)
