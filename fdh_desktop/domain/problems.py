"""Errors and warnings found in records, each with a Chinese message for the clerk."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    level: str  # ERROR blocks saving/importing; WARNING is listed only
    field: str  # record field name (see labels.py), "" for the record as a whole
    message: str
    value: object = None
    member_index: int | None = None  # position in the member list; None for the congress

    @property
    def is_error(self) -> bool:
        return self.level == ERROR

    def at_member(self, index: int) -> Problem:
        return Problem(self.level, self.field, self.message, self.value, index)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def warnings(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.is_error]
