"""Plain records: what a form or a workbook row becomes once cleaned, and what the store keeps."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date

from .vocab import NO, YES

DEFAULT_AGE_BANDS = (35, 45)


@dataclass
class Settings:
    district: str = ""
    current_term: int = 1
    age_bands: tuple[int, ...] = DEFAULT_AGE_BANDS  # upper bounds: 35 → 35岁及以下, 36至45岁, 46岁及以上
    decimals: int = 1


@dataclass(frozen=True)
class Term:
    number: int
    year: int | None = None
    reference_date: date | None = None

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
    rc_post: str | None = None
    is_new: bool | None = None
    phone: str = ""
    workplace: str = ""
    note: str = ""
    id: int | None = field(default=None, compare=False)

    def content(self) -> dict:
        """The values a person typed: what a change is measured on (no row id)."""
        return {name: getattr(self, name) for name in MEMBER_FIELDS}


CONGRESS_FIELDS = tuple(f.name for f in fields(Congress))
MEMBER_FIELDS = tuple(f.name for f in fields(Member) if f.name != "id")


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
