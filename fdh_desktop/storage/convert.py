"""Records ↔ table rows: dates as ISO text, booleans as 0/1, nothing else changes."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from fdh_desktop.domain.records import CONGRESS_FIELDS, MEMBER_FIELDS, Congress, Member

_BOOL = {"should_establish", "established", "is_new"}
_DATE = {"election_date", "birth_date"}


def to_sql(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _BOOL:
        return int(bool(value))
    if name in _DATE:
        return value.isoformat()
    return value


def from_sql(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _BOOL:
        return bool(value)
    if name in _DATE:
        return date.fromisoformat(value)
    return value


def congress_row(congress: Congress) -> dict:
    return {name: to_sql(name, getattr(congress, name)) for name in CONGRESS_FIELDS}


def congress_from_row(row: dict) -> Congress:
    return Congress(**{name: from_sql(name, row[name]) for name in CONGRESS_FIELDS})


def member_row(member: Member) -> dict:
    return {name: to_sql(name, getattr(member, name)) for name in MEMBER_FIELDS}


def member_from_row(row: dict) -> Member:
    values = {f.name: from_sql(f.name, row[f.name]) for f in fields(Member) if f.name in row}
    return Member(**values)
