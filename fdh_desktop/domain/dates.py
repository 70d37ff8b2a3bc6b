"""Dates as people and spreadsheets write them, and ages in whole years (周岁).

A misread is worse than a refusal: a value that could mean two dates is refused with both
readings in the message, and a value that cannot be a date of this register (before 1900, after
2099, only a year) is refused. Decisions for number cells (what Excel keeps when a clerk types):
- 19750603 and 197506 are compact dates and months (no serial is that large);
- 1975.06 is June 1975: Excel keeps the typed "1975.06" as a number, and the serial reading
  (1905-05-28) is no date a congress or its members could have; 1975.2 … 1975.9 and 1975.11,
  1975.12 are months the same way, but 1975.1 is refused: the clerk may have typed 1975.10;
- a bare year (1975) is refused: the month is missing;
- 19756 (a year and a one-digit month, or serial 1954-02-01) is refused with both readings;
- any other serial counts days in the workbook's date system, and is refused when it falls before
  SERIAL_FLOOR: 75, 6.3 or 12.5 are not dates a clerk meant as Excel serials.
"""

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
_YMD = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?:T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", re.ASCII)
_YM = re.compile(r"(\d{4})[-/.年](\d{1,2})月?", re.ASCII)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)
_COMPACT_YM = re.compile(r"(\d{4})(\d{2})", re.ASCII)
_SERIAL = re.compile(r"\d{1,6}(\.\d+)?", re.ASCII)
# "1975 6 3" and "1975 6": spaces between the parts are separators (folding would glue them).
_SPACED = re.compile(r"\s*(\d{4})\s+(\d{1,2})(?:\s+(\d{1,2}))?\s*", re.ASCII)
_SIX_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{2})", re.ASCII)

EARLIEST = date(1900, 1, 1)
LATEST = date(2099, 12, 31)
# A bare number is taken as an Excel serial only from here on (serial 7306 in the 1900 system).
SERIAL_FLOOR = date(1920, 1, 1)


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
        result = date(int(y), int(m), int(d))
    except ValueError:
        raise DateError(f"“{original}”不是有效日期") from None
    return _in_range(result, original)


def _in_range(result: date, original: object) -> date:
    if not EARLIEST <= result <= LATEST:
        raise DateError(f"“{original}”不是合理的日期（应在{EARLIEST.year}年至{LATEST.year}年之间）")
    return result


def _month(year: int, month: int) -> date | None:
    return date(year, month, 1) if 1 <= month <= 12 else None


def _number(value: int | float, date1904: bool) -> date:
    """A number cell: a compact date, a month, a year-and-month typed with a dot, or a serial."""
    shown = _shown(value)
    if value != value or not -1e9 < value < 1e9:  # NaN, inf, absurd sizes
        raise DateError(f"“{shown}”不是日期")
    if float(value).is_integer():
        number = int(value)
        if 19000101 <= number <= 29991231 or 190001 <= number <= 299912:
            # 19750603 or 197506 typed into a number cell: no serial is that large.
            return parse_date(str(number))
        if EARLIEST.year <= number <= LATEST.year:
            raise DateError(f"“{shown}”只有年份，缺少月份（按Excel日期序号则是{_serial_text(number, date1904)}）；"
                            f"请写成{number}-06或{number}年6月这样的年月")
        if 10000 <= number < 100000 and EARLIEST.year <= number // 10 <= LATEST.year and number % 10:
            month = f"{number // 10}年{number % 10}月"
            raise DateError(f"“{shown}”有两种读法：{month}，或Excel日期序号{_serial_text(number, date1904)}；"
                            "请写成1975-06-03这样的完整日期")
    elif EARLIEST.year <= value < LATEST.year + 1:
        return _dotted_month(value, shown)
    if not 1 <= value < 2958466:  # serials run from 1900-01-01 to 9999-12-31
        raise DateError(f"“{shown}”不是日期")
    result = from_serial(value, date1904)
    if result < SERIAL_FLOOR:
        raise DateError(f"“{shown}”不像日期（按Excel日期序号是{result.isoformat()}）；请写成1975-06-03这样的日期")
    return _in_range(result, shown)


def _dotted_month(value: float, shown: str) -> date:
    """1975.06 in a number cell: the year and month a clerk typed with a dot."""
    year_text, _, fraction = repr(value).partition(".")
    year = int(year_text)
    if fraction == "1":
        raise DateError(f"“{shown}”有两种读法：{year}年1月，或{year}年10月（Excel把1975.10存成了1975.1）；"
                        f"请写成{year}-01或{year}-10，或把该列设为“文本”格式后重新录入")
    month = _month(year, int(fraction)) if len(fraction) <= 2 else None
    if month is None:
        raise DateError(f"“{shown}”不是有效日期")
    return month


def _serial_text(number: float, date1904: bool) -> str:
    try:
        return from_serial(number, date1904).isoformat()
    except OverflowError:
        return "—"


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def parse_date(value: object, date1904: bool = False) -> date:
    """Parse any spelling DOMAIN.md lists. Month-only values mean the 1st of the month."""
    if isinstance(value, datetime):
        return _in_range(value.date(), value.date().isoformat())
    if isinstance(value, date):
        return _in_range(value, value.isoformat())
    if isinstance(value, bool):
        raise DateError(f"“{value}”不是日期")
    if isinstance(value, (int, float)):
        return _number(value, date1904)
    original = str(value).strip()
    if m := _SPACED.fullmatch(halfwidth_digits(original)):
        return _make(m.group(1), m.group(2), m.group(3) or "1", original)
    text = fold(original)
    if m := _YMD.fullmatch(text):
        return _make(*m.groups(), original)
    if m := _COMPACT.fullmatch(text):
        return _make(*m.groups(), original)
    if m := _YM.fullmatch(text):
        return _make(m.group(1), m.group(2), "1", original)
    if m := _COMPACT_YM.fullmatch(text):
        if not EARLIEST.year <= int(m.group(1)) <= LATEST.year and (m6 := _SIX_DIGITS.fullmatch(text)):
            raise DateError(f"“{original}”不是可识别的日期（年份应写4位；若指19{m6.group(1)}年{int(m6.group(2))}月"
                            f"{int(m6.group(3))}日，请写成19{m6.group(1)}-{m6.group(2)}-{m6.group(3)}）")
        return _make(m.group(1), m.group(2), "1", original)
    if _SERIAL.fullmatch(text):
        number = float(text)
        try:
            return _number(int(number) if number.is_integer() else number, date1904)
        except DateError as exc:
            raise DateError(str(exc).replace(f"“{_shown(number)}”", f"“{original}”", 1)) from None
    raise DateError(f"“{original}”不是可识别的日期，请写成1975-06-03或1975年6月3日")


def halfwidth_digits(text: str) -> str:
    """Full-width digits to ASCII, the rest as typed (the spaced form keeps its spaces)."""
    return text.translate(_FULLWIDTH_DIGITS)


_FULLWIDTH_DIGITS = {0xFF10 + i: 0x30 + i for i in range(10)}


def age_on(birth: date, on: date) -> int:
    """Whole years (周岁) on a day: the birthday itself counts."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def default_reference_date(term_year: int) -> date:
    """Ages of a term without election or reference dates are taken on 30 June of its year."""
    return date(term_year, 6, 30)
