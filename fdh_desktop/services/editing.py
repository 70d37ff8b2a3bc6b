"""Edit one community's congress of one term: load it with what the rules need, check it, save it.

The congress form and its members table call only this module. A loaded congress carries a
version token (a digest of the stored congress and members); saving compares it with the file
inside the write transaction and refuses, writing nothing, when someone else (an import, another
window after a lock hand-over, a restore) changed the same congress since it was loaded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date

from fdh_desktop.domain import organisation, posts, vocab
from fdh_desktop.domain.cleaning import CleanError, clean_field
from fdh_desktop.domain.problems import ERROR, WARNING, Problem
from fdh_desktop.domain.records import Community, Congress, Member, Street, Term, term_label
from fdh_desktop.domain.federation_rules import check_in_form
from fdh_desktop.domain.organisation import ExecutiveRange
from fdh_desktop.domain.rules import age_reference, order_members
from fdh_desktop.storage import SaveResult, StoreError

from .changes import Changes

# Member fields whose typed text must be one of their values (the form keeps text that is not).
MEMBER_VOCAB_FIELDS = ("ethnicity", "political", "education", "party_post", "committee_post")
_VALUES = {"party_post": posts.PARTY_POSTS, "committee_post": posts.RC_POSTS}
# Part 1's rules name its one 居委会任职; the form shows it as the two 两委 posts.
_REWORDED = {"主任须填写居委会任职": "主任须填写社区党组织职务或居委会职务"}


__all__ = ["Checker", "Loaded", "Saved", "StaleEdit", "StoreError", "load", "place", "save", "version_of"]


class StaleEdit(StoreError):
    """The congress changed in the file since the form loaded it; nothing was written."""


@dataclass(frozen=True)
class Loaded:
    """A community's congress of a term as stored, with the context the rules and the form need."""

    community: Community
    street: Street
    term: Term
    is_current: bool
    read_only: bool
    congress: Congress | None
    members: list[Member]
    previous_chair: Member | None  # last term's 主任, for 是否新任
    derive_is_new: bool  # the previous term has member records: a chair's 是否新任 is derived
    version: str
    executive_range: ExecutiveRange = ExecutiveRange()  # the district's 执委 count per 妇联

    @property
    def title(self) -> str:
        return f"{self.street.name} › {self.community.name}"

    @property
    def summary(self) -> str:
        return f"保存{self.community.name}{term_label(self.term.number)}"

    def age_date(self, congress: Congress) -> date | None:
        return age_reference(congress, self.term.reference_date, self.term.year)


@dataclass(frozen=True)
class Saved:
    changes: Changes
    result: SaveResult
    loaded: Loaded  # the congress as stored now (with the members' new row ids)


def version_of(congress: Congress | None, members: list[Member]) -> str:
    """A digest of what is stored: equal digests mean nobody changed the congress in between."""
    text = repr((None if congress is None else congress.as_dict(), [(m.id, m.content()) for m in members]))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(store, community_id: int, term: int) -> Loaded:
    community = store.community(community_id)
    term_record = store.term(term) or Term(term)
    congress = store.congress(community_id, term)
    members = store.members(community_id, term)
    previous = store.members(community_id, term - 1) if term > 1 else []
    return Loaded(
        community=community,
        street=store.street(community.street_id),
        term=term_record,
        is_current=term == store.settings().current_term,
        read_only=bool(store.read_only),
        congress=congress,
        members=members,
        previous_chair=next((m for m in previous if organisation.is_chair(m.role)), None),
        executive_range=organisation.executive_range_of(store.settings()),
        derive_is_new=term > 1 and store.previous_term_has_members(term),
        version=version_of(congress, members),
    )


def place(store, loaded: Loaded) -> Loaded:
    """The same loaded congress with the community's and street's names as stored now (a rename)."""
    from dataclasses import replace

    community = store.community(loaded.community.id)
    return replace(loaded, community=community, street=store.street(community.street_id))


@dataclass
class Checker:
    """The rules for one loaded congress; remembers the last ID-number lookup (one query per change
    of the numbers, not per keystroke)."""

    store: object
    loaded: Loaded
    _elsewhere: tuple[tuple[str, ...], dict[str, list[str]]] = field(default=((), {}))

    def check(self, congress: Congress, members: list[Member], typed: list[Problem] = ()) -> list[Problem]:
        """Every problem of the congress as typed: `typed` (values that are no values), the rules,
        member values outside their vocabulary, ID numbers used elsewhere in the term."""
        problems = list(typed)
        form = self.loaded.term.form
        problems += [replace(p, message=_REWORDED.get(p.message, p.message))
                     for p in check_in_form(form, congress, members, self.loaded.age_date(congress),
                                            self.loaded.executive_range)]
        # The rules name a role of the other form; text that is no role at all is named here.
        role_errors = {p.member_index for p in problems if p.is_error and p.field == "role"}
        for index, member in enumerate(members):
            if member.role and organisation.any_role(member.role) is None and index not in role_errors:
                names = "、".join(organisation.roles(form))
                problems.append(Problem(ERROR, "role", f"职务“{member.role}”无法识别，应为{names}", member.role, index))
            for name in MEMBER_VOCAB_FIELDS:
                value = getattr(member, name)
                if value and value not in _VALUES.get(name, vocab.VOCABULARIES.get(name, ())):
                    try:
                        clean_field(name, value)
                    except CleanError as exc:
                        problems.append(Problem(ERROR, name, str(exc), value, index))
        problems += self._elsewhere_problems(members)
        return _without_contradictions(problems)

    def _elsewhere_problems(self, members: list[Member]) -> list[Problem]:
        numbers = tuple(sorted({m.id_number for m in members if m.id_number and len(m.id_number) == 18}))
        key, found = self._elsewhere
        if key != numbers:
            try:
                found = self.store.id_numbers_elsewhere(self.loaded.term.number, list(numbers),
                                                        self.loaded.community.id)
            except StoreError:
                found = {}
            self._elsewhere = (numbers, found)
        return [
            Problem(WARNING, "id_number",
                    f"该身份证号本届也出现在{'、'.join(found[m.id_number])}，请核对是否同一人在两个社区任职",
                    m.id_number, index)
            for index, m in enumerate(members) if m.id_number in found
        ]


def _without_contradictions(problems: list[Problem]) -> list[Problem]:
    """A value that is an error is not also warned about (e.g. "not a 居委会职务" and "the chair's
    居委会任职 is below 副主任"): the error says what to fix. A post typed wrong is no missing
    居委会任职 either."""
    wrong = {(p.member_index, p.field) for p in problems if p.is_error and p.field}
    wrong_post = {p.member_index for p in problems
                  if p.is_error and p.field in _VALUES and p.member_index is not None}
    return [p for p in problems
            if not (p.field == "rc_post" and p.member_index in wrong_post)
            and (p.is_error or (p.member_index, p.field) not in wrong)]


def save(store, loaded: Loaded, congress: Congress, members: list[Member]) -> Saved:
    """Write the congress and members as typed, in one transaction; StaleEdit when the file's
    congress is no longer the one loaded, StoreError for any other refusal. Blank rows are dropped
    and the chair goes first."""
    cid, term = loaded.community.id, loaded.term.number
    members = order_members([m for m in members if not is_blank_member(m)])
    with store.write("form", loaded.summary):
        if version_of(store.congress(cid, term), store.members(cid, term)) != loaded.version:
            raise StaleEdit(
                f"{loaded.community.name}的{term_label(term)}记录在您打开之后已被修改（导入、恢复或另一窗口），"
                "本次修改未保存，文件中的内容保持不变。请重新载入后再修改。"
            )
        result = store.save_congress(cid, term, congress, members, action="form", summary=loaded.summary)
    return Saved(Changes(congresses=frozenset({cid})), result, load(store, cid, term))


def is_blank_member(member: Member) -> bool:
    """A row added and never filled in: dropped on save rather than refused."""
    content = member.content()
    content.pop("role")
    return not any(v not in (None, "") for v in content.values())
