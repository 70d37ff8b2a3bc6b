"""The candidates of one round and their votes, as a table the clerk types the tally into.

Rows are the candidates in the order the ballot prints them (per role, 姓氏笔画), then the
write-ins (read only here: they come with the tally file). The 赞成/反对/弃权 cells edit a copy of
the round's Tally; `edited` tells the page to count again.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from fdh_desktop.domain.election import ELECTED, TIED, Round, Tally, Verdict, Votes
from fdh_desktop.domain.strokes import StrokeOrderError
from fdh_desktop.reports.election_papers import ordered_candidates

COL_NUMBER, COL_NAME, COL_ROLE, COL_YES, COL_NO, COL_ABSTAIN, COL_RESULT = range(7)
HEADERS = (QT_TRANSLATE_NOOP("TallyModel", "序号"), QT_TRANSLATE_NOOP("TallyModel", "候选人"),
           QT_TRANSLATE_NOOP("TallyModel", "所选职务"), QT_TRANSLATE_NOOP("TallyModel", "赞成"),
           QT_TRANSLATE_NOOP("TallyModel", "反对"), QT_TRANSLATE_NOOP("TallyModel", "弃权"),
           QT_TRANSLATE_NOOP("TallyModel", "结果"))
VOTE_COLUMNS = {COL_YES: "yes", COL_NO: "no", COL_ABSTAIN: "abstain"}
MAX_VOTES = 99999
_ELECTED_BRUSH = QBrush(QColor("#1b7a2b"))
_TIED_BRUSH = QBrush(QColor("#b35c00"))


class TallyModel(QAbstractTableModel):
    edited = Signal()  # a vote count changed: count again

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._round: Round | None = None
        self._tally: Tally | None = None
        self._rows: list[tuple[str, str, bool]] = []  # (name, role, is a write-in)
        self._status: dict[tuple[str, bool], str] = {}
        self._read_only = False

    def set_round(self, round_: Round | None, tally: Tally | None, read_only: bool = False) -> None:
        """Show a round; `tally` (None: not counted yet) is edited in place."""
        self.beginResetModel()
        self._round, self._tally, self._read_only = round_, tally, read_only
        self._rows = [] if round_ is None else [(c.name, c.role, False) for c in _ballot_order(round_)]
        if round_ is not None and tally is not None:
            self._rows += [(w.name, w.role, True) for w in tally.write_ins]
        self._status = {}
        self.endResetModel()

    def tally(self) -> Tally | None:
        return self._tally

    def set_verdict(self, verdict: Verdict | None) -> None:
        self._status = {} if verdict is None else {(o.name, o.write_in): o.status for o in verdict.outcomes}
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_RESULT), self.index(len(self._rows) - 1, COL_RESULT))

    def candidate_name(self, row: int) -> str | None:
        """The name of the candidate on a row; None for a write-in or no row."""
        if not 0 <= row < len(self._rows) or self._rows[row][2]:
            return None
        return self._rows[row][0]

    def row_of(self, name: str) -> int:
        return next(i for i, row in enumerate(self._rows) if row[0] == name and not row[2])

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TallyModel", HEADERS[section])
        return None

    def _votes(self, row: int) -> Votes | None:
        name, _role, write_in = self._rows[row]
        if self._tally is None:
            return None
        if write_in:
            w = next(w for w in self._tally.write_ins if w.name == name)
            return Votes(yes=w.yes)
        return self._tally.votes.get(name)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, seat, write_in = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_NUMBER:
                return QCoreApplication.translate("TallyModel", "另选") if write_in else index.row() + 1
            if column == COL_NAME:
                return name
            if column == COL_ROLE:
                return seat
            if column in VOTE_COLUMNS:
                votes = self._votes(index.row())
                if write_in and column != COL_YES:
                    return "—" if role == Qt.ItemDataRole.DisplayRole else None
                if votes is None:
                    return 0 if role == Qt.ItemDataRole.EditRole else ""
                return getattr(votes, VOTE_COLUMNS[column])
            if column == COL_RESULT:
                return self._status.get((name, write_in), "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_RESULT:
            status = self._status.get((name, write_in))
            return _ELECTED_BRUSH if status == ELECTED else _TIED_BRUSH if status == TIED else None
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (index.isValid() and index.column() in VOTE_COLUMNS and not self._read_only
                and not self._rows[index.row()][2]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False
        if not 0 <= number <= MAX_VOTES:
            return False
        if self._tally is None:  # the first number typed for a round not counted yet
            self._tally = Tally()
        name = self._rows[index.row()][0]
        if self._round is not None and not self._tally.votes:
            self._tally.votes = {c.name: Votes() for c in self._round.candidates}
        votes = self._tally.votes.setdefault(name, Votes())
        if getattr(votes, VOTE_COLUMNS[index.column()]) == number:
            return True
        setattr(votes, VOTE_COLUMNS[index.column()], number)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


def _ballot_order(round_: Round) -> list:
    """The ballot's order; a name the stroke data does not know keeps the entered order here (the
    page lists the unknown character as an error, and printing refuses). A candidate whose seat is
    not (yet) one of the round's comes last, so that she stays in view while the list is wrong."""
    try:
        ordered = ordered_candidates(round_)
    except StrokeOrderError:
        return list(round_.candidates)
    return ordered + [c for c in round_.candidates if not any(c is o for o in ordered)]
