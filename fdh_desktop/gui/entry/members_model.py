"""The members table of one congress being edited: rows are working copies of Member records.

Every user edit goes through setData / insert / remove / move, which push undo commands when an
undo stack is attached, so the form's undo covers the table too. The model also carries the
problems found by the rules, per cell, and shows them (tooltip, colour).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from fdh_desktop.domain import organisation
from fdh_desktop.domain.cleaning import CleanError, clean_field
from fdh_desktop.domain.dates import age_on
from fdh_desktop.domain.idcard import IdNumberError, parse_id_number
from fdh_desktop.domain.labels import MEMBER_LABELS
from fdh_desktop.domain.problems import Problem
from fdh_desktop.domain.records import Member, with_posts
from fdh_desktop.domain.rules import derive_is_new

from fdh_desktop.gui.common.field_model import FieldTableModel, display
from fdh_desktop.gui.common.roles import ROW_ROLE, SORT_ROLE

AGE = "age"
# Column order of the table: the workbook's order, with the age beside the birth date and the
# two 两委 posts (DOMAIN.md Part 2) where Part 1 had its one 居委会任职.
FIELDS: tuple[str, ...] = (
    "role", "name", "id_number", "birth_date", AGE, "ethnicity", "political", "education",
    "party_post", "committee_post", "is_new", "part_time", "sector", "phone", "workplace", "note",
)
# The rules speak of Part 1's 居委会任职; in this table it is the two post columns.
PROBLEM_COLUMNS = {"rc_post": ("party_post", "committee_post")}
COLUMN = {name: i for i, name in enumerate(FIELDS)}
HEADERS = {**MEMBER_LABELS, AGE: QT_TRANSLATE_NOOP("MembersModel", "年龄"),
           "is_new": QT_TRANSLATE_NOOP("MembersModel", "新任")}
# A 社区妇联 term's members are 新当选, as its exchange workbook heads the column.
_NEW_HEADERS = {organisation.FORM_CONGRESS: QT_TRANSLATE_NOOP("MembersModel", "新任"),
                organisation.FORM_FEDERATION: QT_TRANSLATE_NOOP("MembersModel", "新当选")}

ERROR_BRUSH = QBrush(QColor("#fde0e0"))
WARNING_BRUSH = QBrush(QColor("#fff3cd"))
DERIVED_BRUSH = QBrush(QColor("#6b6b6b"))


def id_birth_date(id_number: str | None) -> date | None:
    if not id_number:
        return None
    try:
        return parse_id_number(id_number).birth_date
    except IdNumberError:
        return None


def _typed(field: str, value: object) -> object:
    """A typed cell value cleaned as the workbook reader cleans a cell (domain.cleaning). Text that
    is no value stays as typed, so that the rules can point at it."""
    if isinstance(value, str) and field == "birth_date":
        value = value.strip() or None
    try:
        cleaned = clean_field(field, value)
    except CleanError:
        return str(value).strip()
    if cleaned is None:
        return "" if field in _TEXT_FIELDS else None
    return cleaned


# Fields whose blank is "" in a Member rather than None.
_TEXT_FIELDS = frozenset({"role", "name", "phone", "workplace", "note", "sector"})


def with_value(member: Member, field: str, value: object) -> Member:
    """A copy of `member` with one field set as a clerk typed it, plus what follows from it."""
    if field in ("party_post", "committee_post"):
        # replace() would carry the old 居委会任职 view back over the new post: set both fields.
        posts = {"party_post": member.party_post, "committee_post": member.committee_post, field: _typed(field, value)}
        return with_posts(member, posts["party_post"], posts["committee_post"])
    new = replace(member, **{field: _typed(field, value)})
    if field == "id_number":
        # A blank birth date, or one that came from the previous number, follows the number.
        old_birth = id_birth_date(member.id_number)
        birth = id_birth_date(new.id_number)
        if birth is not None and (member.birth_date is None or member.birth_date == old_birth):
            new = replace(new, birth_date=birth)
    return new


def with_derived_is_new(members: list[Member], previous_chair: Member | None, derive: bool) -> list[Member]:
    result = [replace(m) for m in members]
    if derive:
        for member in result:
            if organisation.is_chair(member.role):
                member.is_new = derive_is_new(member, previous_chair)
    return result


class MembersModel(FieldTableModel):
    members_changed = Signal()  # any change of content or order

    def __init__(self, parent=None) -> None:
        super().__init__(FIELDS, HEADERS, parent)
        self._rows: list[Member] = []
        self._problems: dict[tuple[int, str], list[Problem]] = {}
        self._age_date: date | None = None
        self._previous_chair: Member | None = None
        self._derive_is_new = False
        self._form = organisation.LEGACY_FORM
        self.undo_stack: QUndoStack | None = None
        self.read_only = False

    # -- state ----------------------------------------------------------------------------------

    def set_form(self, form: str) -> None:
        """The term's organisation form: its roles, its chair, its labels."""
        self._form = form
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(FIELDS) - 1)

    def form(self) -> str:
        return self._form

    def header_label(self, field: str) -> str:
        return _NEW_HEADERS[self._form] if field == "is_new" else super().header_label(field)

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self._rows = [replace(m) for m in members]
        self._problems = {}
        self.endResetModel()

    def members(self) -> list[Member]:
        """Copies of the rows, with a chair's 是否新任 derived when the previous term allows it."""
        return with_derived_is_new(self._rows, self._previous_chair, self._derive_is_new)

    def as_loaded(self, members: list[Member]) -> list[Member]:
        """What members() would return right after set_members(members)."""
        return with_derived_is_new(members, self._previous_chair, self._derive_is_new)

    def member(self, row: int) -> Member:
        return self._rows[row]

    def set_age_date(self, age_date: date | None) -> None:
        if age_date != self._age_date:
            self._age_date = age_date
            self._emit_column(AGE)

    def age_date(self) -> date | None:
        return self._age_date

    def set_previous_chair(self, previous_chair: Member | None, derive: bool) -> None:
        """When the previous term has member records, a chair's 是否新任 is derived, not typed."""
        self._previous_chair = previous_chair
        self._derive_is_new = derive
        self._emit_column("is_new")

    def derives_is_new(self, row: int) -> bool:
        return self._derive_is_new and organisation.is_chair(self._rows[row].role)

    def is_derived(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """A cell whose value follows from others (Tab passes it by): 年龄, a derived 是否新任,
        an 出生日期 that is the one inside the ID number."""
        row, field = index.row(), FIELDS[index.column()]
        if field == AGE or (field == "is_new" and self.derives_is_new(row)):
            return True
        member = self._rows[row]
        return field == "birth_date" and member.birth_date is not None \
            and member.birth_date == id_birth_date(member.id_number)

    def set_problems(self, problems: list[Problem]) -> None:
        found: dict[tuple[int, str], list[Problem]] = {}
        for p in problems:
            if p.member_index is not None:
                for field in PROBLEM_COLUMNS.get(p.field, (p.field if p.field in COLUMN else "name",)):
                    found.setdefault((p.member_index, field), []).append(p)
        if found != self._problems:
            self._problems = found
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(FIELDS) - 1),
                                      [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole])

    def problems_at(self, row: int, field: str) -> list[Problem]:
        return self._problems.get((row, field), [])

    def _emit_column(self, field: str) -> None:
        if self._rows:
            column = COLUMN[field]
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    # -- Qt model -------------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        field = FIELDS[index.column()]
        if self.read_only or field == AGE or (field == "is_new" and self.derives_is_new(index.row())):
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def value(self, row: int, field: str) -> object:
        member = self._rows[row]
        if field == AGE:
            born = member.birth_date or id_birth_date(member.id_number)
            if born is None or self._age_date is None:
                return None
            return age_on(born, self._age_date)
        if field == "is_new" and self.derives_is_new(row):
            return derive_is_new(member, self._previous_chair)
        return getattr(member, field)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, field = index.row(), FIELDS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return display(self.value(row, field), role == Qt.ItemDataRole.EditRole)
        if role == SORT_ROLE:
            value = self.value(row, field)
            return "" if value is None else value if isinstance(value, (int, str)) else str(value)
        if role == ROW_ROLE:
            return self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self.problems_at(row, field)
            if problems:
                return "\n".join(p.message for p in problems)
            if field == "is_new" and self.derives_is_new(row):
                labels = organisation.labels(self._form)
                previous = self._previous_chair.role if self._previous_chair else labels.chair
                return self.tr("上届有成员记录：{0}是否新任按上届{1}自动判断").format(labels.chair_title, previous)
            if field == AGE and self._age_date is not None:
                return self.tr("按{0}计算的周岁").format(self._age_date.isoformat())
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            problems = self.problems_at(row, field)
            if any(p.is_error for p in problems):
                return ERROR_BRUSH
            if problems:
                return WARNING_BRUSH
            return None
        if role == Qt.ItemDataRole.ForegroundRole and field in (AGE, "is_new") and not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return DERIVED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and field == AGE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        field = FIELDS[index.column()]
        before = self._rows[index.row()]
        after = with_value(before, field, value)
        if after == before and after.content() == before.content():
            return False
        label = self.header_label(field)
        self._do(SetMemberCommand(self, index.row(), before, after, self.tr("修改{0}").format(self.tr(label))))
        return True

    # -- edits (undoable) -----------------------------------------------------------------------

    def add_member(self, member: Member | None = None, row: int | None = None) -> int:
        """Insert a member (by default a 委员 or 执委, or the 主任 or 主席 when there is none yet);
        returns its row."""
        if member is None:
            has_chair = any(organisation.is_chair(m.role) for m in self._rows)
            roles = organisation.roles(self._form)
            member = Member(role=roles[-1] if has_chair else organisation.chair_role(self._form), name="")
        row = len(self._rows) if row is None else row
        self._do(InsertMemberCommand(self, row, member, self.tr("新增成员")))
        return row

    def remove_member(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self._do(RemoveMemberCommand(self, row, self.tr("删除成员")))

    def move_member(self, row: int, delta: int) -> bool:
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return False
        self._do(MoveMemberCommand(self, row, target, self.tr("调整成员顺序")))
        return True

    def _do(self, command: QUndoCommand) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()

    # -- raw operations (called by the undo commands) ------------------------------------------

    def _replace(self, row: int, member: Member) -> None:
        self._rows[row] = member
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))
        self.members_changed.emit()

    def _insert(self, row: int, member: Member) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, member)
        self.endInsertRows()
        self.members_changed.emit()

    def _remove(self, row: int) -> Member:
        self.beginRemoveRows(QModelIndex(), row, row)
        member = self._rows.pop(row)
        self.endRemoveRows()
        self.members_changed.emit()
        return member

    def _move(self, row: int, target: int) -> None:
        # beginMoveRows wants the destination as "insert before" in the old numbering.
        destination = target + 1 if target > row else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self.members_changed.emit()


class SetMemberCommand(QUndoCommand):
    def __init__(self, model: MembersModel, row: int, before: Member, after: Member, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.before, self.after = model, row, before, after

    def redo(self) -> None:
        self.model._replace(self.row, self.after)

    def undo(self) -> None:
        self.model._replace(self.row, self.before)


class InsertMemberCommand(QUndoCommand):
    def __init__(self, model: MembersModel, row: int, member: Member, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.member = model, row, member

    def redo(self) -> None:
        self.model._insert(self.row, self.member)

    def undo(self) -> None:
        self.model._remove(self.row)


class RemoveMemberCommand(QUndoCommand):
    def __init__(self, model: MembersModel, row: int, text: str) -> None:
        super().__init__(text)
        self.model, self.row = model, row
        self.member: Member | None = None

    def redo(self) -> None:
        self.member = self.model._remove(self.row)

    def undo(self) -> None:
        assert self.member is not None
        self.model._insert(self.row, self.member)


class MoveMemberCommand(QUndoCommand):
    def __init__(self, model: MembersModel, row: int, target: int, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.target = model, row, target

    def redo(self) -> None:
        self.model._move(self.row, self.target)

    def undo(self) -> None:
        self.model._move(self.target, self.row)
