"""Records ↔ table rows, the one converter set: dates as ISO text, booleans as 0/1, nothing else changes.

The tuple forms (`*_values`, `*_from_values`) are what the writer and the bulk readers use, in
the column order of CONGRESS_FIELDS / MEMBER_FIELDS; the dict forms are built on them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from fdh_desktop.domain.records import CONGRESS_FIELDS, MEMBER_FIELDS, Congress, Member

# Table columns in table order: the row's own id and parent, then the record's fields.
CONGRESS_COLUMNS = ("id", "community_id", "term") + CONGRESS_FIELDS
MEMBER_COLUMNS = ("id", "congress_id", "position") + MEMBER_FIELDS
# The date a congress reached each stage of 换届进度 (migration 5), after the record's fields.
STAGE_COLUMNS = {"筹备中": "preparing_on", "已提名": "nominated_on", "已选举": "elected_on", "已完成": "completed_on"}


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _bit(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def congress_values(c: Congress) -> tuple:
    return (
        _bit(c.should_establish), _bit(c.established), _iso(c.election_date), c.election_method,
        c.voting_method, c.reps_total, c.reps_units, c.reps_migrants, c.reps_present, c.progress,
        c.instructor, c.note,
    )


def member_values(m: Member) -> tuple:
    return (
        m.role, m.name, m.id_number, _iso(m.birth_date), m.ethnicity, m.political, m.education,
        m.rc_post, _bit(m.is_new), m.phone, m.workplace, m.note,
        m.party_post, m.committee_post, int(bool(m.other_post)), _bit(m.part_time), m.sector,
    )


def congress_from_values(values: Sequence) -> Congress:
    (should_establish, established, election_date, election_method, voting_method, reps_total,
     reps_units, reps_migrants, reps_present, progress, instructor, note) = values
    return Congress(
        None if should_establish is None else bool(should_establish),
        None if established is None else bool(established),
        None if election_date is None else date.fromisoformat(election_date),
        election_method, voting_method, reps_total, reps_units, reps_migrants, reps_present, progress,
        instructor, note,
    )


def member_from_values(values: Sequence, member_id: int | None = None) -> Member:
    (role, name, id_number, birth_date, ethnicity, political, education, rc_post, is_new, phone,
     workplace, note, party_post, committee_post, other_post, part_time, sector) = values
    return Member(
        role, name, id_number, None if birth_date is None else date.fromisoformat(birth_date),
        # rc_post is stored for SQL; a stored row's two fields already say it.
        ethnicity, political, education, None, None if is_new is None else bool(is_new), phone,
        workplace, note, party_post, committee_post, bool(other_post),
        None if part_time is None else bool(part_time), sector, member_id,
    )


def stage_values(dates: dict[str, date]) -> tuple:
    """Stage dates (stage → date) in STAGE_COLUMNS order, as ISO text or NULL."""
    return tuple(_iso(dates.get(stage)) for stage in STAGE_COLUMNS)


def stage_dates_from_values(values: Sequence) -> dict[str, date]:
    return {stage: date.fromisoformat(v) for stage, v in zip(STAGE_COLUMNS, values) if v is not None}


def stage_row(dates: dict[str, date]) -> dict:
    return dict(zip(STAGE_COLUMNS.values(), stage_values(dates)))


def congress_row(congress: Congress) -> dict:
    return dict(zip(CONGRESS_FIELDS, congress_values(congress)))


def member_row(member: Member) -> dict:
    return dict(zip(MEMBER_FIELDS, member_values(member)))


def congress_from_row(row: dict) -> Congress:
    return congress_from_values([row[name] for name in CONGRESS_FIELDS])


def member_from_row(row: dict) -> Member:
    return member_from_values([row[name] for name in MEMBER_FIELDS], row.get("id"))
