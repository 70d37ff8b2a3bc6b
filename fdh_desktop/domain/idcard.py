"""Citizen ID numbers (公民身份号码, GB 11643-1999).

18 characters: 6 address digits, 8 birth-date digits, 3 sequence digits (the last odd for men),
and a check character computed with ISO 7064 MOD 11-2 (0-9 or X). Old 15-digit numbers have a
6-digit birth date (19yy) and no check character; they upgrade to 18 by inserting "19".
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache
from datetime import date
from typing import NamedTuple

from .text import fold

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
# ASCII digits only: \d alone would take Arabic-Indic or Devanagari digits, which no ID card has.
_SHAPE_18 = re.compile(r"\d{17}[\dX]", re.ASCII)
_SHAPE_15 = re.compile(r"\d{15}", re.ASCII)
_NOT_ID_CHARACTER = re.compile(r"[^0-9X]", re.ASCII)
# What Excel leaves of a long number: 1.10102197501011E+17.
_SCIENTIFIC = re.compile(r"\d(\.\d+)?E\+?\d+", re.ASCII)
# GB/T 2260 provinces (the first two digits), and 81-83 for the residence permits of Hong Kong,
# Macao and Taiwan residents.
PROVINCES = frozenset(
    [*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55), *range(61, 66), 71, 81, 82, 83]
)


class IdNumberError(ValueError):
    """An ID number that cannot be accepted; str() is the Chinese message for the clerk."""


class IdNumber(NamedTuple):
    """A checked number (a tuple: made tens of thousands of times in one import)."""

    number: str  # 18 characters, upper-case X
    birth_date: date
    male: bool
    upgraded: bool  # was a 15-digit number


_ZERO_OFFSET = ord("0") * sum(_WEIGHTS)
_YEAR_AT_START = date.today().year  # a later birth date is in a later year than this


def check_character(first17: str) -> str:
    """ISO 7064 MOD 11-2 over 17 ASCII digits (callers have checked the shape)."""
    # Weighted sum of the byte values, less the weighted "0"s: no int() per digit.
    total = sum(map(operator.mul, first17.encode("ascii"), _WEIGHTS)) - _ZERO_OFFSET
    return _CHECK[total % 11]


def upgrade15(number15: str) -> str:
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_character(first17)


def _excel_mangled(raw: object, text: str) -> bool:
    if isinstance(raw, float):
        return True
    if isinstance(raw, int) and not isinstance(raw, bool):
        # Excel keeps 15 significant digits and pads with zeros.
        return len(text) == 18 and text.endswith("000")
    return bool(_SCIENTIFIC.fullmatch(text))


_MANGLED = "身份证号被Excel转成了数字，后几位已丢失，无法恢复；请把该列设为“文本”格式后重新录入"


# Cleaning and the rules both parse every number; an import of the most a sheet may hold (300,000
# members, hostile.MAX_ROWS) should not pay twice: the cache holds that many (about 60 MB when full).
@lru_cache(maxsize=1 << 19, typed=True)
def parse_id_number(raw: object) -> IdNumber:
    """Parse and check an ID number typed by a person or read from a cell.

    Accepts full-width digits, lower-case x, spaces and dashes. Raises IdNumberError with a
    message that says what to do.
    """
    if raw.__class__ is str and len(raw) == 18 and _SHAPE_18.fullmatch(raw):
        number, upgraded = raw, False  # the common cell: folding and reshaping change nothing
    else:
        number, upgraded = _eighteen(raw)
    if int(number[:2]) not in PROVINCES:
        raise IdNumberError(f"身份证号前两位“{number[:2]}”不是省级行政区代码，请核对是否输错")
    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise IdNumberError(f"身份证号中的出生日期{number[6:14]}不是有效日期") from None
    if birth.year < 1900:
        raise IdNumberError(f"身份证号中的出生日期{number[6:14]}不合理")
    if birth.year >= _YEAR_AT_START and birth > date.today():  # the year test spares a clock call
        raise IdNumberError(f"身份证号中的出生日期{number[6:14]}晚于今天，请核对是否输错")
    if not upgraded and check_character(number[:17]) != number[17]:
        if number.endswith("000"):
            # The digits of a number cell pasted back as text: 15 significant digits, then zeros.
            raise IdNumberError(_MANGLED)
        raise IdNumberError("身份证号校验位不符，请核对是否输错")
    return IdNumber(number, birth, male=int(number[16]) % 2 == 1, upgraded=upgraded)


def _eighteen(raw: object) -> tuple[str, bool]:
    """The 18 characters of a number in any accepted spelling, and whether it was 15 digits."""
    text = fold(str(raw)).replace("-", "")
    if isinstance(raw, float) and raw.is_integer() and 1e14 <= raw < 1e15:
        # A 15-digit number survives as an exact float.
        text = str(int(raw))
    elif _excel_mangled(raw, text):
        raise IdNumberError(_MANGLED)
    if _SHAPE_15.fullmatch(text):
        return upgrade15(text), True
    if _SHAPE_18.fullmatch(text):
        return text, False
    raise IdNumberError(_shape_message(text))


def _shape_message(text: str) -> str:
    """Say what is wrong: the length, or the characters that are not digits."""
    bad = _NOT_ID_CHARACTER.search(text[:-1]) or (_NOT_ID_CHARACTER.search(text[-1:]) if text else None)
    if bad is not None and len(text) in (15, 18):
        return f"身份证号含有数字以外的字符“{bad.group()}”（只能是数字，18位号码的末位可为X）"
    if bad is not None:
        return f"身份证号应为18位数字（末位可为X），现为{len(text)}个字符，且含有“{bad.group()}”"
    return f"身份证号应为18位（末位可为X），现为{len(text)}位"


def mask_id_number(number: str) -> str:
    """110102********002X: address and sequence visible, birth date hidden."""
    if len(number) != 18:
        return number
    return number[:6] + "*" * 8 + number[14:]
