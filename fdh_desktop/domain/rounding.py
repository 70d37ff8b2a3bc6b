"""Shares and their changes, rounded half up (四舍五入) from integer counts.

Python's round() rounds half to even (round(0.125, 2) == 0.12); Decimal with ROUND_HALF_UP on
exact integer ratios does what a clerk's calculator does.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DEFAULT_DECIMALS = 1


def round_half_up(value: Decimal | int | str | float, decimals: int = DEFAULT_DECIMALS) -> Decimal:
    quantum = Decimal(1).scaleb(-decimals)
    if isinstance(value, float):
        # Decimal(2.675) is 2.67499999…; the shortest repr is the number the caller meant.
        value = repr(value)
    return Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)


def ratio(numerator: int, denominator: int, decimals: int = DEFAULT_DECIMALS) -> Decimal:
    """numerator/denominator rounded half up, computed exactly (no float on the way)."""
    # Decimal division of integers is exact to 28 digits; quantize then rounds half up.
    return round_half_up(Decimal(numerator) / Decimal(denominator), decimals)


def percent(count: int, total: int, decimals: int = DEFAULT_DECIMALS) -> str | None:
    """'36.8' for 39 of 106; None when the total is 0."""
    if total == 0:
        return None
    return format_decimal(round_half_up(Decimal(count) * 100 / Decimal(total), decimals))


def format_decimal(value: Decimal) -> str:
    """A plain decimal string: no exponent, no '-0.0'."""
    if value == 0:
        value = abs(value)
    return f"{value:f}"


def points(current: str | None, previous: str | None) -> str | None:
    """The change between two printed percentages, so a reader can check it by subtraction."""
    if current is None or previous is None:
        return None
    return format_decimal(Decimal(current) - Decimal(previous))


def mean(total: int, count: int, decimals: int = 1) -> str | None:
    if count == 0:
        return None
    return format_decimal(round_half_up(Decimal(total) / Decimal(count), decimals))
