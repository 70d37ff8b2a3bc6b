"""The template street offices fill in, and the full export of a term, both in the exchange format.

`make_template` (fdh template, the 导出模板 menu) and `export_term` (fdh export, 导出数据) write
.xlsx files atomically; an export is re-importable without change (export → import is the
identity) unless `mask_personal` hides ID numbers and phones for a printout or a hand-over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fdh_desktop.os_errors import describe as describe_os_error
from fdh_desktop.domain.masking import mask_id_number, mask_phone
from fdh_desktop.domain.vocab import NO, YES
from fdh_desktop.excel.layout import CONGRESS_COLUMNS, MEMBER_COLUMNS
from fdh_desktop.excel.writer import ExchangeWriter
from fdh_desktop.storage import StoreError
from fdh_desktop.storage.exchange import EXCHANGE_CONGRESS_COLUMNS, EXCHANGE_MEMBER_COLUMNS

from .statistics import term_or_current

# The store hands rows over in the workbook's column order; a change on either side shows here.
if EXCHANGE_CONGRESS_COLUMNS != CONGRESS_COLUMNS or EXCHANGE_MEMBER_COLUMNS != MEMBER_COLUMNS:
    raise ImportError("exchange column order of storage.exchange and excel.layout differ")


@dataclass(frozen=True)
class WrittenWorkbook:
    path: Path
    term: int
    communities: int
    members: int


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
    street_id = store.require_street(street).id if street else None
    streets = {s.id: s.name for s in store.streets()}
    places = [(streets[c.street_id], c.name, c.code) for c in store.communities(street_id)]
    writer = ExchangeWriter(settings.district, number, "template", street, places)
    writer.congress_sheet([street_name, name, code or None] + [None] * (len(CONGRESS_COLUMNS) - 3)
                          for street_name, name, code in places)
    previous = _previous_leadership(store, number, street_id) if prefill_previous else []
    writer.member_sheet(previous, spare_rows=20 * len(places))  # room for every community's members
    _save(writer, path)
    return WrittenWorkbook(path, number, len(places), len(previous))


def _previous_leadership(store, term: int, street_id: int | None) -> list[list]:
    if term <= 1 or store.term(term - 1) is None:
        return []
    _congresses, members = store.exchange_rows(term - 1, street_id)
    rows = []
    for row in members:
        cells = _member_cells(row, mask=False)
        cells[11] = None  # 是否新任 belongs to the new term: derived from these very records on import
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
    street_id = store.require_street(street).id if street else None
    congresses, members = store.exchange_rows(number, street_id)
    writer = ExchangeWriter(store.settings().district, number, "export", street)
    writer.congress_sheet(_congress_cells(row) for row in congresses)
    writer.member_sheet(_member_cells(row, mask_personal) for row in members)
    _save(writer, path)
    return WrittenWorkbook(path, number, len(congresses), len(members))


_YES_NO = {None: None, 0: NO, 1: YES}


def _congress_cells(row: tuple) -> list:
    # street, community, code, should_establish, established, election_date, ... (EXCHANGE_CONGRESS_COLUMNS)
    cells = list(row)
    cells[3] = _YES_NO[cells[3]]
    cells[4] = _YES_NO[cells[4]]
    if cells[5] is not None:
        cells[5] = date.fromisoformat(cells[5])
    return cells


def _member_cells(row: tuple, mask: bool) -> list:
    # street, community, code, role, name, id_number, birth_date, ..., is_new (11), phone (12), ...
    cells = list(row)
    if cells[6] is not None:
        cells[6] = date.fromisoformat(cells[6])
    cells[11] = _YES_NO[cells[11]]
    if mask:
        if cells[5]:
            cells[5] = mask_id_number(cells[5])
        if cells[12]:
            cells[12] = mask_phone(cells[12])
    return cells
