"""GB 11643 ID numbers: what a clerk types or a spreadsheet hands over, and what is made of it."""

from __future__ import annotations

from datetime import date

import pytest

from fdh_desktop.domain.cleaning import clean_member
from fdh_desktop.domain.idcard import (
    IdNumberError, check_character, mask_id_number, parse_id_number, upgrade15,
)
from fdh_desktop.domain.problems import ERROR, WARNING
from fdh_desktop.domain.records import Member
from fdh_desktop.domain.rules import check_member

MANGLED = "设为“文本”格式"


def reference_check(first17: str) -> str:
    """ISO 7064 MOD 11-2 written out from the standard, independent of the code under test."""
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(first17))
    return "10X98765432"[total % 11]


def valid(first17: str) -> str:
    return first17 + reference_check(first17)


# (raw input, canonical number, birth date, male)
ACCEPTED = [
    ("11010519491231002X", "11010519491231002X", date(1949, 12, 31), False),
    ("11010519491231002x", "11010519491231002X", date(1949, 12, 31), False),
    ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X", date(1949, 12, 31), False),
    ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X", date(1949, 12, 31), False),
    (" 11010519491231002X ", "11010519491231002X", date(1949, 12, 31), False),
    ("110105 19491231 002X", "11010519491231002X", date(1949, 12, 31), False),
    ("110105-19491231-002X", "11010519491231002X", date(1949, 12, 31), False),
    ("110105\u300019491231\u3000002X", "11010519491231002X", date(1949, 12, 31), False),
    (valid("11010219750603002"), valid("11010219750603002"), date(1975, 6, 3), False),
    (valid("11010219750603001"), valid("11010219750603001"), date(1975, 6, 3), True),
    (valid("44030120000229004"), valid("44030120000229004"), date(2000, 2, 29), False),
    (valid("11010219000101002"), valid("11010219000101002"), date(1900, 1, 1), False),
]


@pytest.mark.parametrize(("raw", "number", "birth", "male"), ACCEPTED)
def test_accepted_numbers(raw, number, birth, male):
    parsed = parse_id_number(raw)
    assert parsed.number == number
    assert parsed.birth_date == birth
    assert parsed.male is male
    assert parsed.upgraded is False


@pytest.mark.parametrize("first17", [
    "11010519491231002", "11010219750603002", "44030120000229004", "65010219881111123",
    "11010219900101000", "11010219900101001", "11010219900101003", "11010219900101004",
    "11010219900101005", "11010219900101006", "11010219900101007", "11010219900101008",
])
def test_check_character_agrees_with_the_standard(first17):
    assert check_character(first17) == reference_check(first17)


# (raw, what the message must mention)
REJECTED = [
    ("110105194912310021", "校验位"),  # last character wrong
    ("11010519491231002Y", "18位"),
    ("11010519491231002", "18位"),  # 17 digits
    ("1101051949123100211", "18位"),  # 19 digits
    ("", "18位"),
    ("abc", "18位"),
    (valid("11010519490230002"), "19490230"),  # 30 February
    (valid("11010519491301002"), "19491301"),  # month 13
    (valid("11010518991231002"), "不合理"),  # before 1900
    ("110102751301002", "19751301"),  # 15 digits, month 13
    (1.10102197501011e+17, MANGLED),  # what a number cell holds
    ("1.10102197501011E+17", MANGLED),  # the number cell shown as text
    ("1.10102197501011e+17", MANGLED),
    ("１.１０１０２１９７５０１０１１Ｅ＋１７", MANGLED),
    (110102197501011000, MANGLED),  # an int: 15 significant digits, then zeros
    (110102197501011000.0, MANGLED),
    ("110102197501011000", MANGLED),  # the same digits pasted back as text
    # digits that are not ASCII: \d would take them, an ID card never has them
    ("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", "数字以外的字符“١”"),  # Arabic-Indic
    ("११०१०५१९४९१२३१००२X", "数字以外的字符“१”"),  # Devanagari
    # not a province of GB/T 2260 (the check character is right)
    (valid("00010519491231002"), "前两位“00”"),
    (valid("99010519491231002"), "前两位“99”"),
    (valid("16010519491231002"), "前两位“16”"),
    (valid("72010519491231002"), "前两位“72”"),
    # born after today
    (valid("11010520991231002"), "晚于今天"),
]


@pytest.mark.parametrize("province", [11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 71, 81, 82, 83])
def test_every_province_range_is_accepted(province):
    assert parse_id_number(valid(f"{province}010519491231002")).number.startswith(str(province))


@pytest.mark.parametrize(("raw", "message"), [
    ("11010519491231002", "身份证号应为18位（末位可为X），现为17位"),
    ("11010519491231002Y", "身份证号含有数字以外的字符“Y”（只能是数字，18位号码的末位可为X）"),
    ("1101051949123100Y", "身份证号应为18位数字（末位可为X），现为17个字符，且含有“Y”"),
])
def test_shape_messages_say_what_is_actually_wrong(raw, message):
    """Never "应为18位…，现为18位或含非法字符": the length or the bad character, whichever is wrong."""
    with pytest.raises(IdNumberError) as info:
        parse_id_number(raw)
    assert str(info.value) == message


@pytest.mark.parametrize(("raw", "mentions"), REJECTED)
def test_rejected_numbers_say_why(raw, mentions):
    with pytest.raises(IdNumberError) as info:
        parse_id_number(raw)
    assert mentions in str(info.value)


def test_mangled_message_tells_the_clerk_what_to_do():
    with pytest.raises(IdNumberError) as info:
        parse_id_number(1.10102197501011e+17)
    message = str(info.value)
    assert "Excel" in message and "文本" in message and "重新录入" in message


def test_text_ending_000_with_a_valid_checksum_is_a_real_number():
    # Sequence 000 with check character 0 exists; only a failing checksum means Excel did it.
    number = next(
        valid(f"{area}19750101100") for area in range(110101, 110200)
        if reference_check(f"{area}19750101100") == "0"
    )
    assert number.endswith("000")
    assert parse_id_number(number).number == number


@pytest.mark.parametrize(("raw", "expected"), [
    ("110102750603002", valid("11010219750603002")),
    ("１１０１０２７５０６０３００２", valid("11010219750603002")),
    (110102750603002, valid("11010219750603002")),  # a number cell: 15 digits survive exactly
    (110102750603002.0, valid("11010219750603002")),
    ("110102 750603 001", valid("11010219750603001")),
])
def test_fifteen_digit_numbers_are_upgraded(raw, expected):
    parsed = parse_id_number(raw)
    assert parsed.number == expected
    assert parsed.upgraded is True
    assert parsed.birth_date == date(1975, 6, 3)
    assert upgrade15(parsed.number[:6] + parsed.number[8:17]) == expected


def test_clean_member_warns_about_an_upgraded_number():
    member, problems = clean_member({"role": "主任", "name": "王秀英", "id_number": "110102750603002"})
    assert member.id_number == valid("11010219750603002")
    assert [(p.level, p.field) for p in problems] == [(WARNING, "id_number")]
    assert "15位" in problems[0].message and member.id_number in problems[0].message


@pytest.mark.parametrize("raw", [1.10102197501011e+17, "1.10102197501011E+17", 110102197501011000])
def test_clean_member_rejects_excel_mangled_numbers(raw):
    member, problems = clean_member({"role": "主任", "name": "王秀英", "id_number": raw})
    assert member.id_number is None
    assert [(p.level, p.field) for p in problems] == [(ERROR, "id_number")]
    assert MANGLED in problems[0].message
    assert problems[0].value == raw


@pytest.mark.parametrize(("raw", "stored"), [
    ("11010519491231002x", "11010519491231002X"),
    ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),
    ("110105-1949-1231-002X", "11010519491231002X"),
])
def test_clean_member_stores_the_canonical_number(raw, stored):
    member, problems = clean_member({"role": "委员", "name": "李华", "id_number": raw})
    assert member.id_number == stored
    assert problems == []


@pytest.mark.parametrize(("seventeenth", "warned"), [(str(d), d % 2 == 1) for d in range(10)])
def test_sex_digit_warning(seventeenth, warned):
    number = valid("1101021975060300" + seventeenth)
    problems = check_member(Member(role="委员", name="李华", id_number=number))
    sex = [p for p in problems if p.field == "id_number"]
    if warned:
        assert [p.level for p in sex] == [WARNING]
        assert "第17位" in sex[0].message and "男" in sex[0].message
    else:
        assert sex == []


@pytest.mark.parametrize(("number", "masked"), [
    ("11010519491231002X", "110105********002X"),
    ("12345", "12345"),
])
def test_mask(number, masked):
    assert mask_id_number(number) == masked
