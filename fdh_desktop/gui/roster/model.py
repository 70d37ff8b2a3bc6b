"""The district-wide member list (班子成员名单): a lazy table model over an id list.

The model holds only the ordered member ids of the term (one light query); the rows a view
paints are fetched a page at a time by id and cached, so 100,000 members open and scroll as
fast as a hundred. Sorting re-queries the id list in SQL.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from fdh_desktop.domain import organisation
from fdh_desktop.domain.dates import age_on
from fdh_desktop.domain.labels import MEMBER_LABELS
from fdh_desktop.services import roster

from fdh_desktop.gui.common.field_model import FieldTableModel, display
from fdh_desktop.gui.common.roles import ROW_ROLE, SORT_ROLE

AGE = "age"
# The role as stored (主任 or 主席...), and the two 两委 posts, 是否兼职 and 界别 of DOMAIN.md Part 2.
FIELDS: tuple[str, ...] = (
    "street", "community", "role", "name", "id_number", "birth_date", AGE, "ethnicity", "political",
    "education", "party_post", "committee_post", "is_new", "part_time", "sector", "phone", "workplace",
)
_BOOL_FIELDS = ("is_new", "part_time")  # SQLite gives 0/1
COLUMN = {name: i for i, name in enumerate(FIELDS)}
HEADERS = {**MEMBER_LABELS, "street": QT_TRANSLATE_NOOP("RosterModel", "街道"),
           "community": QT_TRANSLATE_NOOP("RosterModel", "社区"), AGE: QT_TRANSLATE_NOOP("RosterModel", "年龄"),
           "is_new": QT_TRANSLATE_NOOP("RosterModel", "新任")}
# A 社区妇联 term's members are 新当选, as its exchange workbook heads the column.
_NEW_HEADERS = {organisation.FORM_CONGRESS: QT_TRANSLATE_NOOP("RosterModel", "新任"),
                organisation.FORM_FEDERATION: QT_TRANSLATE_NOOP("RosterModel", "新当选")}

PAGE_SIZE = 200
MAX_PAGES = 64  # at most 12,800 cached rows


class RosterModel(FieldTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(FIELDS, HEADERS, parent)
        self._store = None
        self._term: int | None = None
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, dict]] = OrderedDict()
        self._order = "place"
        self._descending = False
        self._text = ""
        self._street_id: int | None = None
        self.queries = 0  # pages fetched since the last reset (a test checks laziness with it)
        self._form = organisation.LEGACY_FORM  # the shown term's: its members are 新当选 in a 社区妇联

    # -- state ----------------------------------------------------------------------------------

    _UNSET = object()

    def configure(self, *, store=_UNSET, term=_UNSET, text=_UNSET, street_id=_UNSET) -> None:
        """Change what the list shows; takes effect at the next refresh()."""
        if store is not self._UNSET:
            self._store = store
        if term is not self._UNSET:
            self._term = term
        if text is not self._UNSET:
            self._text = text
        if street_id is not self._UNSET:
            self._street_id = street_id

    def header_label(self, field: str) -> str:
        return _NEW_HEADERS[self._form] if field == "is_new" else super().header_label(field)

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self.queries = 0
        self._form = organisation.LEGACY_FORM
        if self._store is None or self._term is None:
            self._ids = []
        else:
            self._form = roster.term_form(self._store, self._term)
            self._ids = roster.roster_ids(self._store, self._term, self._order, self._descending, self._text,
                                          self._street_id)
        self.endResetModel()

    def row_object(self, row: int) -> dict | None:
        if not 0 <= row < len(self._ids):
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._fetch(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def _fetch(self, page_number: int) -> dict[int, dict]:
        start = page_number * PAGE_SIZE
        page = roster.roster_rows(self._store, self._ids[start:start + PAGE_SIZE])
        self.queries += 1
        self._pages[page_number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def member_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    # -- Qt model -------------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, ROW_ROLE,
                                               Qt.ItemDataRole.TextAlignmentRole):
            return None
        field = FIELDS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if field in (AGE, *_BOOL_FIELDS) else None
        row = self.row_object(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        value = _age(row) if field == AGE else row.get(field)
        if role == SORT_ROLE:
            return "" if value is None else value
        if field in _BOOL_FIELDS and value is not None:
            value = bool(value)
        return display(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(FIELDS):
            wanted = (FIELDS[column], order == Qt.SortOrder.DescendingOrder)
        else:
            wanted = ("place", False)
        if wanted == (self._order, self._descending):
            return  # the view asks again while the model resets: the ids are already in this order
        self._order, self._descending = wanted
        self.refresh()


def _age(row: dict) -> int | None:
    born, on = row.get("birth_date"), row.get("age_date")
    if not born or not on:
        return None
    return age_on(date.fromisoformat(born), date.fromisoformat(on))
