"""Dates as people and spreadsheets write them; ages in whole years (周岁)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from fdh_desktop.domain.cleaning import CleanError, clean_date
from fdh_desktop.domain.dates import (
    SERIAL_FLOOR, DateError, age_on, default_reference_date, from_serial, parse_date,
)

JUNE_3 = date(1975, 6, 3)

TEXT = [
    ("1975-06-03", JUNE_3),
    ("1975-6-3", JUNE_3),
    ("1975/6/3", JUNE_3),
    ("1975/06/03", JUNE_3),
    ("1975.6.3", JUNE_3),
    ("1975.06.03", JUNE_3),
    ("1975年6月3日", JUNE_3),
    ("1975年06月03日", JUNE_3),
    ("1975 年 6 月 3 日", JUNE_3),
    ("1975年6月3", JUNE_3),
    ("1975年6月3号", JUNE_3),
    ("19750603", JUNE_3),
    (" 1975-06-03 ", JUNE_3),
    ("１９７５－０６－０３", JUNE_3),  # full-width digits and hyphens
    ("１９７５年６月３日", JUNE_3),
    ("１９７５０６０３", JUNE_3),
    ("1975-06-03 00:00:00", JUNE_3),  # a datetime cell copied as text
    ("1975-06-03T08:30:00", JUNE_3),
    ("1975/6/3 8:30", JUNE_3),
    # month only: the 1st of the month
    ("1975.06", date(1975, 6, 1)),
    ("1975.6", date(1975, 6, 1)),
    ("1975年6月", date(1975, 6, 1)),
    ("1975-06", date(1975, 6, 1)),
    ("1975/6", date(1975, 6, 1)),
    ("197506", date(1975, 6, 1)),
    ("１９７５年６月", date(1975, 6, 1)),
    # spaces between the parts separate them (folding them away would read 1975-12)
    ("1975 1 2", date(1975, 1, 2)),
    ("1975 6", date(1975, 6, 1)),
    ("１９７５ ６ ３", JUNE_3),
    # text keeps what was typed: 1975.1 is January
    ("1975.1", date(1975, 1, 1)),
    ("1975.10", date(1975, 10, 1)),
    # leap days
    ("2000-02-29", date(2000, 2, 29)),
    ("2000年2月29日", date(2000, 2, 29)),
    # a serial number that arrived as text
    ("27548", JUNE_3),
]


@pytest.mark.parametrize(("text", "expected"), TEXT)
def test_text_dates(text, expected):
    assert parse_date(text) == expected


# Excel serials: (serial, 1900-system date, 1904-system date). The 1904 system counts from
# 1904-01-01, so the same day is 1462 lower there.
SERIALS = [
    (1, date(1900, 1, 1), date(1904, 1, 2)),
    (59, date(1900, 2, 28), date(1904, 2, 29)),
    (61, date(1900, 3, 1), date(1904, 3, 2)),
    (25569, date(1970, 1, 1), date(1974, 1, 2)),
    (26086, date(1971, 6, 2), JUNE_3),
    (27548, JUNE_3, date(1979, 6, 4)),
    (36526, date(2000, 1, 1), date(2004, 1, 2)),
    (36585, date(2000, 2, 29), date(2004, 3, 1)),
    (43831, date(2020, 1, 1), date(2024, 1, 2)),
    (45077, date(2023, 5, 31), date(2027, 6, 1)),
]


@pytest.mark.parametrize(("serial", "in1900", "in1904"), SERIALS)
def test_excel_serials_in_both_date_systems(serial, in1900, in1904):
    assert from_serial(serial) == in1900
    assert from_serial(serial, True) == in1904
    # A bare number before SERIAL_FLOOR is no date a clerk meant: parse_date refuses it (below).
    if in1900 >= SERIAL_FLOOR:
        assert parse_date(serial) == in1900
        assert parse_date(float(serial)) == in1900
    if in1904 >= SERIAL_FLOOR:
        assert parse_date(serial, date1904=True) == in1904


@pytest.mark.parametrize("serial", [1, 59, 61])
def test_serials_before_the_floor_are_refused_showing_the_serial_reading(serial):
    with pytest.raises(DateError) as info:
        parse_date(serial)
    assert from_serial(serial).isoformat() in str(info.value)


def test_a_serial_with_a_time_of_day_is_that_day():
    assert parse_date(27548.75) == JUNE_3


def test_same_day_in_both_systems_differs_by_1462():
    assert parse_date(27548) == parse_date(27548 - 1462, date1904=True)


@pytest.mark.parametrize(("value", "expected"), [
    (JUNE_3, JUNE_3),
    (datetime(1975, 6, 3), JUNE_3),
    (datetime(1975, 6, 3, 23, 59, 59), JUNE_3),
    (19750603, JUNE_3),  # digits typed into a number cell
    (19750603.0, JUNE_3),
    (20000229, date(2000, 2, 29)),
    (197506, date(1975, 6, 1)),  # a month typed into a number cell
    (197506.0, date(1975, 6, 1)),
    # a year and month typed with a dot into a number cell (no 1905 serial date is plausible)
    (1975.06, date(1975, 6, 1)),
    (1975.12, date(1975, 12, 1)),
    (1975.2, date(1975, 2, 1)),
    (1975.11, date(1975, 11, 1)),
])
def test_cells(value, expected):
    assert parse_date(value) == expected


# (value, what the message must say)
INVALID = [
    ("1975-02-30", "不是有效日期"),
    ("1975年2月30日", "不是有效日期"),
    ("1975-13-01", "不是有效日期"),
    ("19750230", "不是有效日期"),
    ("1975-00", "不是有效日期"),
    (197513, "不是有效日期"),
    ("2001-02-29", "不是有效日期"),
    ("abc", "不是可识别的日期"),
    ("75.6.3", "不是可识别的日期"),
    ("六月三日", "不是可识别的日期"),
    ("1975-06-03-01", "不是可识别的日期"),
    (0, "不是日期"),
    (-5, "不是日期"),
    (True, "不是日期"),
    (float("nan"), "不是日期"),
    (10**8, "不是日期"),
]


# Values a clerk may have meant as something else: refused, the message shows what each could be.
MISREADS = [
    (1975.1, ["1975年1月", "1975年10月"]),  # Excel keeps a typed 1975.10 as 1975.1
    (1975, ["只有年份", "1905-05-28"]),
    (1975.0, ["只有年份", "1905-05-28"]),
    (19756, ["1975年6月", "1954-02-01"]),
    ("19756", ["1975年6月", "1954-02-01"]),
    ("75", ["不像日期", "1900-03-15"]),
    (75, ["不像日期", "1900-03-15"]),
    ("6.3", ["不像日期", "1900-01-06"]),
    (6.3, ["不像日期"]),
    ("12.5", ["不像日期", "1900-01-12"]),
    ("0001-01-01", ["不是合理的日期", "1900"]),
    (date(1, 1, 1), ["不是合理的日期"]),
    ("1899-12-31", ["不是合理的日期"]),
    (datetime(1899, 12, 31), ["不是合理的日期"]),
    ("750603", ["年份应写4位", "1975-06-03"]),
    (1975.13, ["不是有效日期"]),
    (29991231, ["不是合理的日期"]),
]


@pytest.mark.parametrize(("value", "fragments"), MISREADS)
def test_values_with_two_readings_or_none_are_refused(value, fragments):
    with pytest.raises(DateError) as info:
        parse_date(value)
    for fragment in fragments:
        assert fragment in str(info.value)


@pytest.mark.parametrize(("value", "message"), INVALID)
def test_invalid_dates_say_why(value, message):
    with pytest.raises(DateError) as info:
        parse_date(value)
    assert message in str(info.value)
    if isinstance(value, str):
        assert value in str(info.value)  # the clerk sees what was typed


def test_unrecognised_text_shows_a_good_spelling():
    with pytest.raises(DateError) as info:
        parse_date("abc")
    assert "1975-06-03" in str(info.value)


def test_clean_date_names_the_field():
    with pytest.raises(CleanError) as info:
        clean_date("birth_date", "1975-02-30")
    assert str(info.value).startswith("出生日期")
    assert clean_date("election_date", 26086, date1904=True) == JUNE_3


# (birth, on, age)
AGES = [
    (date(1975, 6, 3), date(2023, 6, 2), 47),
    (date(1975, 6, 3), date(2023, 6, 3), 48),  # the birthday itself counts
    (date(1975, 6, 3), date(2023, 6, 4), 48),
    (date(1975, 12, 31), date(2023, 1, 1), 47),
    (date(1975, 1, 1), date(2023, 12, 31), 48),
    (date(2005, 5, 21), date(2023, 5, 20), 17),
    (date(2005, 5, 20), date(2023, 5, 20), 18),
    # born on a leap day: a year older from 1 March in common years, on 29 February in leap years
    (date(2000, 2, 29), date(2001, 2, 28), 0),
    (date(2000, 2, 29), date(2001, 3, 1), 1),
    (date(2000, 2, 29), date(2018, 2, 28), 17),
    (date(2000, 2, 29), date(2018, 3, 1), 18),
    (date(2000, 2, 29), date(2020, 2, 28), 19),
    (date(2000, 2, 29), date(2020, 2, 29), 20),
    (date(1996, 2, 29), date(2024, 2, 29), 28),
    # someone born on 28 Feb or 1 Mar is unaffected by the leap day of the reference year
    (date(2000, 3, 1), date(2024, 2, 29), 23),
    (date(2001, 2, 28), date(2024, 2, 28), 23),
]


@pytest.mark.parametrize(("birth", "on", "age"), AGES)
def test_age_on(birth, on, age):
    assert age_on(birth, on) == age


def test_default_reference_date_is_30_june():
    assert default_reference_date(2023) == date(2023, 6, 30)
