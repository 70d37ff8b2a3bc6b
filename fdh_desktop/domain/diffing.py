"""What changes when a congress's member list is replaced: the plan an import shows and a save applies."""

from __future__ import annotations

from dataclasses import dataclass, field

from .records import Member


@dataclass
class MemberDiff:
    added: list[Member] = field(default_factory=list)
    changed: list[tuple[Member, Member]] = field(default_factory=list)  # (old, new)
    removed: list[Member] = field(default_factory=list)
    unchanged: list[tuple[Member, Member]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def match_members(existing: list[Member], incoming: list[Member]) -> list[tuple[Member | None, Member | None]]:
    """Pairs (old, new). A new member matches by store id (forms), else 身份证号, else 姓名 (imports)."""
    unmatched = list(existing)
    pairs: list[tuple[Member | None, Member | None]] = []

    def take(predicate) -> Member | None:
        for i, old in enumerate(unmatched):
            if predicate(old):
                return unmatched.pop(i)
        return None

    pending: list[Member] = []
    for new in incoming:
        old = None
        if new.id is not None:
            old = take(lambda o, n=new: o.id == n.id)
        elif new.id_number:
            old = take(lambda o, n=new: o.id_number == n.id_number)
        if old is None and new.id is None:
            pending.append(new)
        else:
            pairs.append((old, new))
    # Names only after every ID number had its chance, so a corrected ID number is a change
    # of that person and never steals another's match.
    for new in pending:
        old = take(lambda o, n=new: o.name == n.name)
        pairs.append((old, new))
    pairs.extend((old, None) for old in unmatched)
    return pairs


def diff_members(existing: list[Member], incoming: list[Member]) -> MemberDiff:
    diff = MemberDiff()
    for old, new in match_members(existing, incoming):
        if old is None:
            diff.added.append(new)
        elif new is None:
            diff.removed.append(old)
        elif old.content() == new.content():
            diff.unchanged.append((old, new))
        else:
            diff.changed.append((old, new))
    return diff
