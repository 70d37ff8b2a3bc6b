"""The problems panel of the form: every error and warning of the congress being edited."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fdh_desktop.domain import organisation
from fdh_desktop.domain.labels import label
from fdh_desktop.domain.problems import Problem

from fdh_desktop.gui.common.list_model import ListTableModel
from fdh_desktop.gui.common.roles import ROW_ROLE, SORT_ROLE

LEVEL, PLACE, MESSAGE = range(3)

# The rules' 居委会任职 is shown in the table as the two 两委 posts.
_PLACE_LABELS = {"rc_post": QT_TRANSLATE_NOOP("ProblemsModel", "社区党组织职务/居委会职务")}

_ERROR_COLOR = QBrush(QColor("#b71c1c"))
_WARNING_COLOR = QBrush(QColor("#8a6100"))


class ProblemsModel(ListTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("ProblemsModel", "级别"), QT_TRANSLATE_NOOP("ProblemsModel", "位置"),
               QT_TRANSLATE_NOOP("ProblemsModel", "说明"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._organisation = organisation.labels(organisation.LEGACY_FORM).organisation

    def set_form(self, form: str) -> None:
        """The term's form names the congress's own problems (妇联 · 换届日期)."""
        self._organisation = organisation.labels(form).organisation
        if self._rows:
            self.dataChanged.emit(self.index(0, PLACE), self.index(len(self._rows) - 1, PLACE))

    def set_problems(self, problems: list[Problem], member_names: list[str]) -> None:
        # Errors first; within a level, the congress before its members, in table order.
        ordered = sorted(problems, key=lambda p: (not p.is_error, -1 if p.member_index is None else p.member_index))
        if ordered == self._rows and member_names == self._names:
            return
        self._names = list(member_names)
        self.replace_rows(ordered)

    def problems(self) -> list[Problem]:
        return list(self._rows)

    def error_count(self) -> int:
        return sum(p.is_error for p in self._rows)

    def warning_count(self) -> int:
        return sum(not p.is_error for p in self._rows)

    def place(self, problem: Problem) -> str:
        where = _PLACE_LABELS.get(problem.field) or (label(problem.field) if problem.field else "")
        if problem.member_index is None:
            name = self.tr(self._organisation)
            return f"{name} · {self.tr(where)}" if where else name
        index = problem.member_index
        name = self._names[index] if index < len(self._names) and self._names[index] else self.tr("（未填姓名）")
        text = self.tr("第{0}名成员 {1}").format(index + 1, name)
        return f"{text} · {self.tr(where)}" if where else text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == LEVEL:
                return self.tr("错误") if problem.is_error else self.tr("警告")
            if column == PLACE:
                return self.place(problem)
            return problem.message
        if role == Qt.ItemDataRole.ForegroundRole and column == LEVEL:
            return _ERROR_COLOR if problem.is_error else _WARNING_COLOR
        if role == ROW_ROLE:
            return problem
        if role == SORT_ROLE:
            if column == LEVEL:
                return 0 if problem.is_error else 1
            if column == PLACE:
                return -1 if problem.member_index is None else problem.member_index
            return problem.message
        return None
