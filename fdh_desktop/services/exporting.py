"""The template street offices fill in, and the full export of a term, both in the exchange format.

`make_template` (fdh template, the 导出模板 menu) and `export_term` (fdh export, 导出数据) write
.xlsx files atomically; an export is re-importable without change (export → import is the
identity) unless `mask_personal` hides ID numbers and phones for a printout or a hand-over.
Both follow the term's organisation form (妇代会: Part 1's columns; 妇联: 社区妇联 and 执委 with
the two 两委 posts, 其他职务, 是否兼职 and 界别). A 妇代会 term's export adds the two 两委 posts and
其他职务 after Part 1's columns, so that a 一肩挑 (书记 and 主任) survives export → import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fdh_desktop.os_errors import describe as describe_os_error
from fdh_desktop.domain import organisation
from fdh_desktop.domain.masking import mask_id_number, mask_phone
from fdh_desktop.domain.vocab import NO, YES
from fdh_desktop.excel.layout import CONGRESS_COLUMNS, FEDERATION_MEMBER_COLUMNS, MEMBER_COLUMNS, member_columns
from fdh_desktop.excel.writer import ExchangeWriter
from fdh_desktop.storage import StoreError
from fdh_desktop.storage.exchange import (
    EXCHANGE_CONGRESS_COLUMNS, EXCHANGE_FEDERATION_MEMBER_COLUMNS, EXCHANGE_MEMBER_COLUMNS,
)

from .statistics import term_or_current

# The store hands rows over in the workbook's column order; a change on either side shows here.
if (EXCHANGE_CONGRESS_COLUMNS != CONGRESS_COLUMNS or EXCHANGE_MEMBER_COLUMNS != MEMBER_COLUMNS
        or EXCHANGE_FEDERATION_MEMBER_COLUMNS != FEDERATION_MEMBER_COLUMNS):
    raise ImportError("exchange column order of storage.exchange and excel.layout differ")


@dataclass(frozen=True)
class WrittenWorkbook:
    path: Path
    term: int
    communities: int
    members: int
    form: str = organisation.FORM_CONGRESS  # the term's: what its people are called (organisation.labels)


def _check_target(path: Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise StoreError(f"请把文件名的扩展名写成.xlsx（现为“{path.suffix or '无'}”）")
    if path.is_dir():
        raise StoreError(f"{path} 是文件夹，请给出文件名")
    if not path.parent.exists():
        raise StoreError(f"文件夹不存在：{path.parent}")
    return path


def _save(writer: ExchangeWriter, path: Path) -> None:
    try:
        writer.save(path)
    except PermissionError:
        raise StoreError(f"无法写入{path}：文件可能正在Excel或WPS中打开，请关闭后重试") from None
    except OSError as exc:
        raise StoreError(f"无法写入{path}（{describe_os_error(exc)}）") from None


def make_template(store, out: Path, street: str | None = None, term: int | None = None,
                  prefill_previous: bool = False) -> WrittenWorkbook:
    """A template for street offices: the communities of one street (or all) pre-filled.

    With prefill_previous, the previous term's leadership of each community stands in the member
    sheet as recorded (是否新任 left blank: it is derived on import), so that a re-election is
    confirm-and-correct rather than retyping; the returned workbook imports like any other."""
    path = _check_target(out)
    settings = store.settings()
    number = _template_term(store, term)
    form = _term_form(store, number)
    street_id = store.require_street(street).id if street else None
    streets = {s.id: s.name for s in store.streets()}
    places = [(streets[c.street_id], c.name, c.code) for c in store.communities(street_id)]
    writer = ExchangeWriter(settings.district, number, "template", street, places, form,
                            organisation.executive_range_of(settings))
    writer.congress_sheet([street_name, name, code or None] + [None] * (len(CONGRESS_COLUMNS) - 3)
                          for street_name, name, code in places)
    previous = _previous_leadership(store, number, street_id, form) if prefill_previous else []
    writer.member_sheet(previous, spare_rows=20 * len(places))  # room for every community's members
    _save(writer, path)
    return WrittenWorkbook(path, number, len(places), len(previous), form)


def _term_form(store, number: int) -> str:
    """The term's form; a term not created yet gets the form its creation on import would give it
    (the latest earlier term's, else a new district's)."""
    return store.term_form(number)


def _previous_leadership(store, term: int, street_id: int | None, form: str) -> list[list]:
    """Last term's people in the columns of this term's form, roles mapped across the 会改联
    boundary (主任 → 主席, 副主任 → 副主席, 委员 → 执委). A 妇联 template gets the two 两委 fields
    even from a 妇代会 term: its rows keep them beside 居委会任职 (migration 6)."""
    if term <= 1 or store.term(term - 1) is None:
        return []
    columns = member_columns(form, "template")
    _congresses, members = store.exchange_rows(term - 1, street_id, columns)
    new, role = columns.index("is_new"), columns.index("role")
    rows = []
    for row in members:
        cells = _member_cells(row, False, columns)
        cells[new] = None  # 是否新任 belongs to the new term: derived from these very records on import
        cells[role] = organisation.role_in_form(cells[role], form)
        rows.append(cells)
    return rows


def _template_term(store, term: int | None) -> int:
    """A template may be for a term not created yet (the next election): it is created on import."""
    if not store.is_initialised():
        raise StoreError("数据库尚未初始化（没有区名称和届次），请先运行 fdh init 或 fdh demo")
    if term is None:
        return store.settings().current_term
    if term < 1:
        raise StoreError("届次应为不小于1的整数")
    return term


def export_term(store, out: Path, term: int | None = None, mask_personal: bool = False,
                street: str | None = None) -> WrittenWorkbook:
    """Everything of a term in the exchange format (optionally one street)."""
    path = _check_target(out)
    number = term_or_current(store, term)
    form = _term_form(store, number)
    columns = member_columns(form, "export")
    street_id = store.require_street(street).id if street else None
    congresses, members = store.exchange_rows(number, street_id, columns)
    settings = store.settings()
    writer = ExchangeWriter(settings.district, number, "export", street, form=form,
                            executive_range=organisation.executive_range_of(settings))
    writer.congress_sheet(_congress_cells(row) for row in congresses)
    writer.member_sheet(_member_cells(row, mask_personal, columns) for row in members)
    _save(writer, path)
    return WrittenWorkbook(path, number, len(congresses), len(members), form)


_YES_NO = {None: None, 0: NO, 1: YES}


def _congress_cells(row: tuple) -> list:
    # street, community, code, should_establish, established, election_date, ... (EXCHANGE_CONGRESS_COLUMNS)
    cells = list(row)
    cells[3] = _YES_NO[cells[3]]
    cells[4] = _YES_NO[cells[4]]
    if cells[5] is not None:
        cells[5] = date.fromisoformat(cells[5])
    return cells


class _Positions:
    """Where the cells that need converting stand in a member row of given columns."""

    def __init__(self, columns: tuple[str, ...]) -> None:
        self.birth = columns.index("birth_date")
        self.id_number = columns.index("id_number")
        self.phone = columns.index("phone")
        self.yes_no = [columns.index(f) for f in ("is_new", "part_time", "other_post") if f in columns]
        # 其他职务 is stored 0/1 and never blank: only a held post is written (是), else the cell stays empty.
        self.other = columns.index("other_post") if "other_post" in columns else None


_POSITIONS = {columns: _Positions(columns)
              for columns in {member_columns(form, kind) for form in organisation.FORMS for kind in ("template", "export")}}


def _member_cells(row: tuple, mask: bool, columns: tuple[str, ...] = MEMBER_COLUMNS) -> list:
    at = _POSITIONS[columns]
    cells = list(row)
    if cells[at.birth] is not None:
        cells[at.birth] = date.fromisoformat(cells[at.birth])
    for i in at.yes_no:
        cells[i] = _YES_NO[cells[i]]
    if at.other is not None and cells[at.other] == NO:
        cells[at.other] = None
    if mask:
        if cells[at.id_number]:
            cells[at.id_number] = mask_id_number(cells[at.id_number])
        if cells[at.phone]:
            cells[at.phone] = mask_phone(cells[at.phone])
    return cells
