"""Masking personal data in exports and printouts: the user's choice, masked by default on rosters.

ID numbers: 110102********002X (idcard.mask_id_number). Phones: 138****5678; landlines with
area code alike (010-****5678), without it all but the last four (****3456).
"""

from __future__ import annotations

from .idcard import mask_id_number

__all__ = ["MASKED_FIELDS", "mask_id_number", "mask_phone", "mask_value"]

# The member fields a masked export or printout hides.
MASKED_FIELDS = frozenset({"id_number", "phone"})


def mask_phone(phone: str | None) -> str:
    """138****5678: the first three and last four digits stay; separators stay where they were.

    A number of 7 to 10 digits (a landline without area code) keeps its last four, a shorter
    one its last two; text with fewer than three digits is returned as it is.
    """
    if not phone:
        return phone or ""
    digits = [i for i, ch in enumerate(phone) if ch.isdigit()]
    if len(digits) >= 11:
        hidden = set(digits[3:-4])
    elif len(digits) >= 7:
        hidden = set(digits[:-4])
    elif len(digits) >= 3:
        hidden = set(digits[:-2])
    else:
        return phone
    return "".join("*" if i in hidden else ch for i, ch in enumerate(phone))


def mask_value(field: str, value: object) -> object:
    """The value as a masked export or printout shows it."""
    if not isinstance(value, str) or not value:
        return value
    if field == "id_number":
        return mask_id_number(value)
    if field == "phone":
        return mask_phone(value)
    return value
