"""The status mark of each community in the district tree: not started, in progress, complete,
or has errors/warnings (the same rules as the form). No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

from fdh_desktop.domain import vocab
from fdh_desktop.domain.rules import age_reference, check_congress

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETE = "complete"
PROBLEMS = "problems"

LABELS = {NOT_STARTED: "未开始", IN_PROGRESS: "进行中", COMPLETE: "已完成", PROBLEMS: "有错误或警告"}


@dataclass(frozen=True)
class Status:
    kind: str
    errors: int = 0
    warnings: int = 0
    progress: str | None = None
    member_count: int = 0

    @property
    def label(self) -> str:
        return LABELS[self.kind]


def status_of(congress, members, age_date, progress_known: bool = True) -> Status:
    if congress is None:
        return Status(NOT_STARTED)
    problems = check_congress(congress, members, age_date)
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if problems:
        kind = PROBLEMS
    elif not congress.should_establish or congress.progress == vocab.PROGRESS_COMPLETED:
        kind = COMPLETE
    elif congress.progress in (None, vocab.PROGRESS_NOT_STARTED) and not members:
        kind = NOT_STARTED
    else:
        kind = IN_PROGRESS
    return Status(kind, errors, warnings, congress.progress, len(members))


def community_statuses(store, term: int) -> dict[int, Status]:
    """Status of every community of the district for a term, by community id."""
    term_record = store.term(term)
    reference = term_record.reference_date if term_record else None
    year = term_record.year if term_record else None
    records = store.congresses_of_term(term)
    result: dict[int, Status] = {}
    for row in store.congress_overview(term):
        cid = row["community_id"]
        if cid not in records:
            result[cid] = Status(NOT_STARTED)
            continue
        congress, members = records[cid]
        result[cid] = status_of(congress, members, age_reference(congress, reference, year))
    return result


def community_status(store, community_id: int, term: int) -> Status:
    term_record = store.term(term)
    congress = store.congress(community_id, term)
    if congress is None:
        return Status(NOT_STARTED)
    members = store.members(community_id, term)
    age_date = age_reference(congress, term_record.reference_date if term_record else None,
                             term_record.year if term_record else None)
    return status_of(congress, members, age_date)
