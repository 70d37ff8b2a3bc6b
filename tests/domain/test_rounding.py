"""Round half up (四舍五入) from integer counts, never Python's half-even round()."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fdh_desktop.domain.rounding import format_decimal, mean, percent, points, ratio, round_half_up


@pytest.mark.parametrize(("value", "decimals", "expected"), [
    ("0.125", 2, "0.13"),
    ("45.28", 1, "45.3"),
    ("45.25", 1, "45.3"),
    ("45.35", 1, "45.4"),
    ("0.5", 0, "1"),
    ("1.5", 0, "2"),
    ("2.5", 0, "3"),
    ("-2.5", 0, "-3"),
    ("36.79", 1, "36.8"),
    ("36.749", 1, "36.7"),
    (Decimal("12.345"), 2, "12.35"),
    (7, 1, "7.0"),
    (2.675, 2, "2.68"),  # a float: the number as written, not its binary neighbour 2.67499…
    (0.125, 2, "0.13"),
])
def test_round_half_up(value, decimals, expected):
    assert round_half_up(value, decimals) == Decimal(expected)
    assert str(round_half_up(value, decimals)) == expected


# Ties where Python's round() goes to the even neighbour: the printed table must not.
@pytest.mark.parametrize(("value", "decimals"), [
    ("0.125", 2), ("2.5", 0), ("0.5", 0), ("12.5", 0), ("62.5", 0), ("6.25", 1), ("0.625", 2),
])
def test_half_up_where_round_differs(value, decimals):
    assert round(float(value), decimals) != float(round_half_up(value, decimals))


# (count, total, decimals, printed)
PERCENTS = [
    (39, 106, 1, "36.8"),  # the seed printed 36.7
    (48, 106, 1, "45.3"),  # the seed printed 45.2
    (29, 106, 1, "27.4"),  # the seed printed 27.3
    (26, 106, 1, "24.5"),
    (9, 106, 1, "8.5"),
    (100, 106, 1, "94.3"),
    (92, 106, 1, "86.8"),
    (11, 106, 1, "10.4"),
    (47, 106, 1, "44.3"),
    (67, 106, 1, "63.2"),
    (69, 106, 1, "65.1"),
    (8, 106, 1, "7.5"),
    (106, 110, 1, "96.4"),
    (1, 8, 0, "13"),  # 12.5: round() gives 12
    (5, 8, 0, "63"),  # 62.5: round() gives 62
    (1, 16, 1, "6.3"),  # 6.25: round() gives 6.2
    (1, 800, 2, "0.13"),  # 0.125
    (39, 106, 2, "36.79"),
    (39, 106, 0, "37"),
    (1, 3, 1, "33.3"),
    (2, 3, 1, "66.7"),
    (0, 5, 1, "0.0"),
    (5, 5, 1, "100.0"),
    (5, 5, 0, "100"),
    (0, 5, 2, "0.00"),
]


@pytest.mark.parametrize(("count", "total", "decimals", "printed"), PERCENTS)
def test_percent(count, total, decimals, printed):
    assert percent(count, total, decimals) == printed


def test_percent_of_nothing_is_none():
    assert percent(0, 0) is None
    assert percent(0, 0, 2) is None


def test_shares_are_not_forced_to_100():
    # 1/3 three times prints 33.3 + 33.3 + 33.3 = 99.9: left as it is (DOMAIN.md).
    assert sum(Decimal(percent(1, 3)) for _ in range(3)) == Decimal("99.9")


@pytest.mark.parametrize(("numerator", "denominator", "decimals", "expected"), [
    (1, 8, 2, "0.13"), (1, 3, 3, "0.333"), (2, 3, 1, "0.7"),
])
def test_ratio(numerator, denominator, decimals, expected):
    assert ratio(numerator, denominator, decimals) == Decimal(expected)


# (current, previous, printed change)
POINTS = [
    ("36.8", "44.4", "-7.6"),
    ("94.3", "89.0", "5.3"),
    ("45.3", "45.3", "0.0"),  # never "-0.0"
    ("0.0", "0.0", "0.0"),
    ("10", "12", "-2"),
    ("0.13", "0.12", "0.01"),
    ("100.0", "0.0", "100.0"),
    ("27.4", "27.3", "0.1"),
]


@pytest.mark.parametrize(("current", "previous", "printed"), POINTS)
def test_points(current, previous, printed):
    assert points(current, previous) == printed


@pytest.mark.parametrize(("current", "previous"), [(None, "1.0"), ("1.0", None), (None, None)])
def test_points_without_both_shares(current, previous):
    assert points(current, previous) is None


@pytest.mark.parametrize(("value", "printed"), [
    (Decimal("-0.0"), "0.0"), (Decimal("-0"), "0"), (Decimal("1E+2"), "100"), (Decimal("-7.60"), "-7.60"),
])
def test_format_decimal(value, printed):
    assert format_decimal(value) == printed


@pytest.mark.parametrize(("total", "count", "decimals", "printed"), [
    (4770, 106, 1, "45.0"),
    (451, 10, 1, "45.1"),
    (4505, 100, 1, "45.1"),  # 45.05 rounds up
    (90, 2, 1, "45.0"),
    (7, 3, 2, "2.33"),
])
def test_mean(total, count, decimals, printed):
    assert mean(total, count, decimals) == printed


def test_mean_of_nothing_is_none():
    assert mean(0, 0) is None
