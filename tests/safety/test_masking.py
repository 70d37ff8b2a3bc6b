"""Masked ID numbers and phones, as printed rosters and masked exports show them."""

from __future__ import annotations

import pytest

from fdh_desktop.domain.masking import mask_id_number, mask_phone, mask_value


@pytest.mark.parametrize("phone, masked", [
    ("13812345678", "138****5678"),
    ("138 1234 5678", "138 **** 5678"),
    ("010-65123456", "010-****3456"),
    ("65123456", "****3456"),
    ("12345", "***45"),
    ("", ""),
    ("无", "无"),
    ("12", "12"),
])
def test_phones_keep_only_the_ends(phone, masked):
    assert mask_phone(phone) == masked


def test_id_numbers_hide_the_birth_date():
    assert mask_id_number("11010219750603002X") == "110102********002X"


def test_mask_value_masks_only_personal_fields():
    assert mask_value("id_number", "11010219750603002X") == "110102********002X"
    assert mask_value("phone", "13812345678") == "138****5678"
    assert mask_value("name", "王秀英") == "王秀英"
    assert mask_value("phone", None) is None
