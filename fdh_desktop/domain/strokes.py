"""姓氏笔画 order of names, per the GB13000.1 stroke order (GF 3003-1999 字序).

Characters compare by stroke count, then by their strokes 横 竖 撇 点 折 in writing order, then
by the standard's own order; a name compares character by character. The ranks come from
data/strokes_gf3003.txt (see data/make_strokes.py for its source and licence): the whole CJK
Unified Ideographs block, so every GB2312 character and all but the 276 Extension A–F
characters of 通用规范汉字表. A character outside it is an error naming the name and the
character, never a guess.

Two modes:
- OFFICIAL (default), as lists printed "按姓氏笔画为序": a two-character name compares as if a
  blank stood between surname and given name, and the blank sorts before every character
  (王晨 before 王沪宁; 李希 and 李强 before 李克强).
- PLAIN (姓名笔画): character by character; 王晨 after 王沪宁 only when 晨 sorts after 沪.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

OFFICIAL = "official"
PLAIN = "plain"
MODES = (OFFICIAL, PLAIN)

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "strokes_gf3003.txt"
_BLANK = 0  # ranks start at 1: the blank of a two-character name sorts before every character
# Not part of a name's order: spaces clerks type to align names, and the dot of minority names.
_IGNORED = frozenset(" \t\u3000·•‧・.")

T = TypeVar("T")


@dataclass(frozen=True)
class UnknownCharacter:
    """A character the stroke data does not know, in the name that holds it."""

    name: str
    char: str

    @property
    def message(self) -> str:
        return (f"“{self.name}”中的“{self.char}”（U+{ord(self.char):04X}）不在笔画数据中，"
                "无法按姓氏笔画排序，请核对姓名用字")


class StrokeOrderError(ValueError):
    """Names that cannot be ordered; .unknown lists every unknown character, not only the first."""

    def __init__(self, unknown: list[UnknownCharacter]) -> None:
        self.unknown = unknown
        super().__init__("；".join(u.message for u in unknown))


@cache
def _ranks() -> dict[str, int]:
    chars = "".join(line.strip() for line in DATA_FILE.read_text(encoding="utf-8").splitlines()
                    if line.strip() and not line.startswith("#"))
    return {char: rank for rank, char in enumerate(chars, start=1)}


def known(char: str) -> bool:
    return char in _ranks()


def char_rank(char: str) -> int:
    """The character's position in the GB13000.1 stroke order; KeyError when unknown."""
    return _ranks()[char]


def _letters(name: str) -> str:
    return "".join(c for c in name.strip() if c not in _IGNORED)


def unknown_characters(names: Iterable[str]) -> list[UnknownCharacter]:
    """Every character of the names that cannot be ordered (show these before printing)."""
    ranks = _ranks()
    found: list[UnknownCharacter] = []
    for name in names:
        seen = set()
        for char in _letters(name):
            if char not in ranks and char not in seen:
                seen.add(char)
                found.append(UnknownCharacter(name, char))
    return found


def name_key(name: str, mode: str = OFFICIAL) -> tuple[int, ...]:
    """The sort key of one name; StrokeOrderError when a character is unknown."""
    if mode not in MODES:
        raise ValueError(f"unknown stroke order mode {mode!r}")
    letters = _letters(name)
    unknown = unknown_characters([name])
    if unknown:
        raise StrokeOrderError(unknown)
    if not letters:
        raise ValueError("姓名为空，无法按姓氏笔画排序")
    ranks = [char_rank(c) for c in letters]
    if mode == OFFICIAL and len(ranks) == 2:
        ranks.insert(1, _BLANK)
    return tuple(ranks)


def sort_by_strokes(items: Iterable[T], mode: str = OFFICIAL, key: Callable[[T], str] | None = None) -> list[T]:
    """Items (names, or records with key giving the name) in 姓氏笔画 order; stable for equal names.

    StrokeOrderError lists every unknown character of every name, so one message fixes them all.
    """
    items = list(items)
    name_of = key or (lambda item: item)  # type: ignore[assignment,return-value]
    names = [name_of(item) for item in items]
    unknown = unknown_characters(names)
    if unknown:
        raise StrokeOrderError(unknown)
    keys = [name_key(n, mode) for n in names]
    order = sorted(range(len(items)), key=keys.__getitem__)
    return [items[i] for i in order]
