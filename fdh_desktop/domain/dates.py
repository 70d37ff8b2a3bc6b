"""Dates as people and spreadsheets write them, and ages in whole years (周岁)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .text import fold

# Excel's serial day 0: 1899-12-30 in the 1900 system (which counts a 1900-02-29 that never
# was, so serials from 61 on line up with this base), 1904-01-01 in the 1904 system.
_BASE_1900 = date(1899, 12, 30)
_BASE_1904 = date(1904, 1, 1)

# A time of day after the date (text copied from a datetime cell) is ignored; white space is
# already folded away, so "1975-06-03 00:00:00" arrives as "1975-06-0300:00:00".
_YMD = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?:T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_YM = re.compile(r"(\d{4})[-/.年](\d{1,2})月?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_COMPACT_YM = re.compile(r"(\d{4})(\d{2})")
_SERIAL = re.compile(r"\d{1,6}(\.\d+)?")

EARLIEST = date(1900, 1, 1)


class DateError(ValueError):
    """A value that is not a date; str() is the Chinese message for the clerk."""


def from_serial(serial: float, date1904: bool = False) -> date:
    days = int(serial)
    if date1904:
        return _BASE_1904 + timedelta(days=days)
    if days < 61:
        # Serials 1-59 are Jan-Feb 1900, before Excel's phantom leap day.
        return _BASE_1900 + timedelta(days=days + 1)
    return _BASE_1900 + timedelta(days=days)


def _make(y: str, m: str, d: str, original: str) -> date:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        raise DateError(f"“{original}”不是有效日期") from None


def parse_date(value: object, date1904: bool = False) -> date:
    """Parse any spelling DOMAIN.md lists. Month-only values mean the 1st of the month."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise DateError(f"“{value}”不是日期")
    if isinstance(value, (int, float)):
        if 19000101 <= value <= 29991231 and float(value).is_integer():
            # 19750603 typed into a number cell: a compact date, not a serial.
            return parse_date(str(int(value)))
        if 190001 <= value <= 299912 and float(value).is_integer():
            # 197506 in a number cell: a month (serials this high would be centuries ahead).
            return parse_date(str(int(value)))
        if 1 <= value < 2958466:  # up to 9999-12-31
            return from_serial(value, date1904)
        raise DateError(f"“{value}”不是日期")
    original = str(value).strip()
    text = fold(original)
    if m := _YMD.fullmatch(text):
        return _make(*m.groups(), original)
    if m := _COMPACT.fullmatch(text):
        return _make(*m.groups(), original)
    if m := _YM.fullmatch(text):
        return _make(m.group(1), m.group(2), "1", original)
    if m := _COMPACT_YM.fullmatch(text):
        return _make(m.group(1), m.group(2), "1", original)
    if _SERIAL.fullmatch(text):
        return parse_date(float(text), date1904)
    raise DateError(f"“{original}”不是可识别的日期，请写成1975-06-03或1975年6月3日")


def age_on(birth: date, on: date) -> int:
    """Whole years (周岁) on a day: the birthday itself counts."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def default_reference_date(term_year: int) -> date:
    """Ages of a term without election or reference dates are taken on 30 June of its year."""
    return date(term_year, 6, 30)
