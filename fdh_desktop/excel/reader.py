"""Read a returned workbook with python-calamine: find the two sheets, their header rows, the records.

Only after hostile.check_workbook() has passed is calamine allowed near the file, and every call
into it is guarded: whatever it raises (a Rust panic arrives as pyo3's PanicException, a
BaseException) becomes the one "cannot be read" sentence. Sheets are found by name (社区妇代会 /
班子成员), else by their headers, among worksheets (macro and chart sheets are skipped), visible
ones first: a hidden 班子成员 holding old names never wins over a visible 班子成员（修改后）, and two
visible sheets that both look like the member list are an error naming both. The header row may
stand below title and 填报单位 rows, and may be two rows whose upper cells were merged (an .ods
gives no merged ranges, so the row above fills a header row's gaps); blank rows, footer lines
(填表人：…) and totals are skipped; every record keeps the row number Excel shows, so a message
can point at it. Cells calamine reads as blank though they hold an error value or an uncomputed
formula get a CellFault (faults.py).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import python_calamine

from fdh_desktop.domain.text import fold

from .faults import place_faults
from .hostile import (
    WorkbookFacts, WorkbookRefused, check_workbook, open_regular, os_errors_refused, without_macro_sheets,
)
from .layout import KINDS, LIST_SHEET, META_SHEET, SheetKind, field_header, header_key, kind_by_sheet_name

log = logging.getLogger(__name__)

HEADER_SEARCH_ROWS = 30
_FOOTERS = tuple(fold(w) for w in (
    "填表人", "填报人", "审核人", "制表人", "负责人", "联系人", "填报日期", "制表日期", "填表日期",
    "注：", "注:", "说明：", "备注：", "合计", "总计", "小计",
))


_FOOTER_STARTS = frozenset(w[0] for w in _FOOTERS)


@dataclass
class SheetRows:
    name: str
    kind: SheetKind
    header_row: int  # as Excel numbers it (1-based)
    columns: dict[str, int]  # field → 0-based column index
    headers: dict[str, str]  # field → the header as written
    width: int  # columns up to the last header cell
    records: list[tuple[int, list]]  # (Excel row number, cells) of every non-blank data row
    grid: list[list]  # the whole sheet as read (for the error copy of an .xls or .ods)

    def header_of(self, field_name: str) -> str:
        return self.headers.get(field_name) or field_header(field_name)


@dataclass
class WorkbookData:
    path: Path
    facts: WorkbookFacts
    sheets: dict[str, SheetRows] = field(default_factory=dict)  # kind name → sheet
    meta: dict[str, object] = field(default_factory=dict)
    template_places: list[tuple[str, str, str]] = field(default_factory=list)  # (street, community, code)
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (level, sheet, message)


_UNREADABLE = "文件不完整或已损坏，无法读取；请在Excel或WPS中打开后另存为.xlsx再导入"


_redirect_lock = threading.Lock()
_redirect: list = []  # [saved fd 2, sink, depth] while any thread is inside calamine


@contextlib.contextmanager
def _native_stderr_to_log() -> Iterator[None]:
    """Rust's panic hook writes "thread panicked at …" (and a backtrace) straight to file
    descriptor 2; the clerk must not see it. It goes to the log instead. Shared by the threads in
    calamine at one time (a prefetch and the reader): the first in redirects, the last out restores."""
    with _redirect_lock:
        if not _redirect:
            try:
                sys.stderr.flush()
                saved = os.dup(2)
            except (AttributeError, OSError, ValueError):  # no usable stderr (a windowed program)
                saved = None
            sink = None
            if saved is not None:
                sink = tempfile.TemporaryFile()
                os.dup2(sink.fileno(), 2)
            _redirect[:] = [saved, sink, 0]
        _redirect[2] += 1
    try:
        yield
    finally:
        with _redirect_lock:
            _redirect[2] -= 1
            if _redirect[2] == 0:
                saved, sink, _ = _redirect
                _redirect.clear()
                if saved is not None:
                    os.dup2(saved, 2)
                    os.close(saved)
                    sink.seek(0)
                    said = sink.read(65536)
                    sink.close()
                    if said:
                        log.info("calamine wrote to stderr: %s", said.decode("utf-8", "replace"))


@contextlib.contextmanager
def calamine_guard(sheet: str = "") -> Iterator[None]:
    """Anything calamine raises becomes one refusal: its own errors, OSError, and the Rust panics
    of damaged .xls files (pyo3_runtime.PanicException derives from BaseException)."""
    try:
        with _native_stderr_to_log():
            yield
    except WorkbookRefused:
        raise
    except python_calamine.PasswordError:
        raise WorkbookRefused("工作簿设有打开密码，请在Excel或WPS中取消密码后另存，再导入") from None
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException:  # noqa: BLE001 - see the docstring: a panic is a BaseException
        log.info("calamine could not read a workbook", exc_info=True)
        if sheet:
            raise WorkbookRefused(f"工作表“{sheet}”已损坏，无法读取；请在Excel或WPS中打开后另存为.xlsx再导入", sheet) from None
        raise WorkbookRefused(_UNREADABLE) from None


def open_calamine(path: Path, facts: WorkbookFacts) -> python_calamine.CalamineWorkbook:
    """calamine picks the reader by extension; a renamed file, or a path calamine cannot take as
    text (a GBK file name on Linux), is handed over as an open file instead."""
    with calamine_guard():
        if facts.macro_sheets:
            with os_errors_refused():
                return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(without_macro_sheets(path)))
        if str(path).isascii() or _is_utf8(str(path)):
            if not facts.extension_mismatch:
                return python_calamine.CalamineWorkbook.from_path(str(path))
        with open_regular(path) as f:
            return python_calamine.CalamineWorkbook.from_filelike(f)


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # surrogate escapes of a name that is not UTF-8
        return False
    return True


class SheetPrefetch:
    """Parses a checked workbook's sheets in a background thread while the caller does other work
    (calamine parses without holding the GIL); read_workbook then takes the parsed sheets.

    Parsed ahead are only the sheets read_workbook reads whatever else the workbook holds: the
    meta sheet and those whose names say what they are (社区妇代会, 班子成员, 执委…)."""

    def __init__(self, path: Path, facts: WorkbookFacts) -> None:
        self._result: tuple | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(path, facts), name="fdh-sheet-prefetch", daemon=True)
        self._thread.start()

    def _run(self, path: Path, facts: WorkbookFacts) -> None:
        try:
            book = open_calamine(path, facts)
            with calamine_guard():
                metadata = book.sheets_metadata
            sheets: dict[str, object] = {}
            for meta in metadata:
                if meta.name == META_SHEET or any(meta.name.strip() == k.name or kind_by_sheet_name(meta.name) is k
                                                  for k in KINDS):
                    try:
                        with calamine_guard(meta.name):
                            sheets[meta.name] = book.get_sheet_by_name(meta.name)
                    except WorkbookRefused as exc:
                        sheets[meta.name] = exc  # raised when the reader asks for this sheet
            self._result = (book, metadata, sheets)
        except BaseException as exc:  # noqa: BLE001 - handed to the reader's thread, which raises it
            self._error = exc

    def take(self) -> tuple:
        """(the open workbook, its sheets' metadata, the parsed sheets by name); what calamine
        refused is raised here, in the caller's thread."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


def read_workbook(path: Path, facts: WorkbookFacts | None = None, prefetch: SheetPrefetch | None = None) -> WorkbookData:
    """Every sheet the exchange format needs; WorkbookRefused when the file cannot be read at all.
    `prefetch`: the sheets already being parsed (a SheetPrefetch of the same file and facts)."""
    facts = facts or check_workbook(path)
    parsed: dict[str, object] = {}
    if prefetch is not None:
        book, metadata, parsed = prefetch.take()
    else:
        book = open_calamine(path, facts)
    try:
        data = WorkbookData(path, facts)
        sheets: list[tuple[str, bool]] = []  # worksheets in workbook order, (name, visible)
        with calamine_guard():
            if prefetch is None:
                metadata = book.sheets_metadata
            worksheet, visible = python_calamine.SheetTypeEnum.WorkSheet, python_calamine.SheetVisibleEnum.Visible

        def sheet_of(name: str):
            found = parsed.pop(name, None)  # each parsed sheet is converted once, then let go
            if isinstance(found, WorkbookRefused):
                raise found
            return found if found is not None else book.get_sheet_by_name(name)

        for meta in metadata:
            if meta.name == META_SHEET:
                _read_meta(_grid(sheet_of, meta.name, facts), data)
            elif meta.name != LIST_SHEET and meta.typ == worksheet:
                sheets.append((meta.name, meta.visible == visible))
        _find_sheets(sheet_of, sheets, data)
        return data
    finally:
        with contextlib.suppress(Exception):
            book.close()


# Above this many cells a sheet's repeated texts are kept once each (see _grid); below it the
# copies cost less memory (a city's return of 45,000 members: about 60 MB) than the time to share them.
INTERN_CELLS = 1_000_000


def _grid(sheet_of, name: str, facts: WorkbookFacts) -> list[list]:
    """The sheet from A1, one list per row. In a big sheet rows are taken one by one and each
    repeated text is kept once (a return at the row limit says 汉族 and 中共党员 300,000 times):
    its grid then costs a fraction of calamine's own list of lists."""
    with calamine_guard(name):
        sheet = sheet_of(name)
        start = sheet.start
        end = sheet.end
        merged = sheet.merged_cell_ranges
        cells = sheet.height * sheet.width
        grid = _interned_rows(sheet.iter_rows()) if cells > INTERN_CELLS else list(sheet.iter_rows())
    if start is not None and end is not None:
        # iter_rows leaves out the empty columns left of the first used one (and, in some
        # versions, the empty rows above it): put them back, so indexes are Excel's.
        missing_rows = end[0] + 1 - len(grid)
        if missing_rows > 0:
            grid[:0] = [[] for _ in range(missing_rows)]
        if start[1] > 0:
            pad = [""] * start[1]
            grid = [pad + row for row in grid]
    if merged:
        _fill_merged(grid, merged)
    faults = facts.cell_faults.get(name)
    if faults:
        place_faults(grid, faults)
    return grid


def _interned_rows(rows) -> list[list]:
    grid = []
    seen: dict[str, str] = {}
    keep = seen.setdefault
    for row in rows:
        for i, value in enumerate(row):
            if value.__class__ is str and value:
                row[i] = keep(value, value)
        grid.append(row)
    return grid


def _fill_merged(grid: list[list], merged) -> None:
    """A merged 街道 cell spanning many rows counts for every row it covers."""
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(grid) or c0 >= len(grid[r0]):
            continue
        value = grid[r0][c0]
        if value == "" or value is None:
            continue
        for r in range(r0, min(r1 + 1, len(grid))):
            row = grid[r]
            for c in range(c0, min(c1 + 1, len(row))):
                if row[c] == "" or row[c] is None:
                    row[c] = value


def _read_meta(grid: list[list], data: WorkbookData) -> None:
    places = False
    for row in grid:
        cells = [c for c in row[:3]] + [""] * (3 - len(row[:3]))
        key = str(cells[0]).strip()
        if not key:
            continue
        if key == "places":
            places = True
            continue
        if places:
            data.template_places.append((key, str(cells[1]).strip(), _code_text(cells[2])))
        else:
            data.meta[key] = cells[1]


def _code_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


@dataclass
class _Header:
    row: int  # 0-based
    columns: dict[str, int]
    headers: dict[str, str]
    width: int
    duplicates: list[str]


def _header_row(row: list, kind: SheetKind, r: int) -> _Header:
    columns: dict[str, int] = {}
    headers: dict[str, str] = {}
    duplicates: list[str] = []
    last = 0
    for c, cell in enumerate(row):
        if not isinstance(cell, str) or not cell.strip():
            continue
        last = c + 1
        name = kind.headers.get(header_key(cell))
        if name is None:
            continue
        if name in columns:
            duplicates.append(cell.strip())
            continue
        columns[name] = c
        headers[name] = cell.strip()
    return _Header(r, columns, headers, last, duplicates)


def _with_row_above(header: _Header, above: list, kind: SheetKind) -> _Header:
    """A two-row header: 街道 and 社区 written once above, merged down over the sub-headers' row.
    The merge fills them in for .xlsx and .xls; an .ods has no merged ranges, so a header cell of
    the row above whose cell below is empty counts for this row too."""
    upper = _header_row(above, kind, header.row - 1)
    columns, headers = dict(header.columns), dict(header.headers)
    taken = set(columns.values())
    for name, c in upper.columns.items():
        if name not in columns and c not in taken:
            columns[name] = c
            headers[name] = upper.headers[name]
    return _Header(header.row, columns, headers, max(header.width, upper.width), header.duplicates)


def _find_header(grid: list[list], kind: SheetKind) -> _Header | None:
    best: _Header | None = None
    for r, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        header = _header_row(row, kind, r)
        if len(header.columns) >= 2 and r > 0:
            header = _with_row_above(header, grid[r - 1], kind)
        if len(header.columns) >= 2 and (best is None or len(header.columns) > len(best.columns)):
            best = header
    return best


def _usable(header: _Header | None, kind: SheetKind) -> bool:
    return header is not None and all(f in header.columns for f in kind.required) and (
        "street" in header.columns or "community_code" in header.columns
    )


def _find_sheets(sheet_of, sheets: list[tuple[str, bool]], data: WorkbookData) -> None:
    grids: dict[str, list[list]] = {}

    def grid(name: str) -> list[list]:
        if name not in grids:
            grids[name] = _grid(sheet_of, name, data.facts)
        return grids[name]

    shown = {name: is_visible for name, is_visible in sheets}
    names = [name for name, _ in sheets]
    chosen: dict[str, tuple[str, _Header]] = {}
    undecided: set[str] = set()
    # By name first, visible sheets before hidden ones: the canonical name, then names that say
    # what the sheet is (妇代会情况表).
    for kind in KINDS:
        candidates = sorted(
            (n for n in names if n.strip() == kind.name or kind_by_sheet_name(n) is kind),
            key=lambda n: (not shown[n], n.strip() != kind.name))
        usable = [(n, h) for n in candidates if _usable(h := _find_header(grid(n), kind), kind)]
        visible = [n for n, _ in usable if shown[n]]
        if len(visible) >= 2:
            undecided.add(kind.name)
            data.problems.append(("error", "", f"工作表“{visible[0]}”和“{visible[1]}”都像{kind.name}表，无法确定读取哪一张；"
                                               "请删除或隐藏其中一张后再导入"))
            continue
        if usable:
            chosen[kind.name] = usable[0]
            if visible:
                for name, _ in usable[1:]:
                    data.problems.append(("warning", name, f"隐藏的工作表“{name}”没有读取，已读取可见的“{visible[0]}”"))
    # Else by headers, among the sheets not taken: the one whose header row fits best (visible first).
    for kind in KINDS:
        if kind.name in chosen or kind.name in undecided:
            continue
        taken = {name for name, _ in chosen.values()}
        best = None
        for visible_pass in (True, False):
            for name in names:
                if name in taken or shown[name] is not visible_pass:
                    continue
                header = _find_header(grid(name), kind)
                if not _usable(header, kind) or not any(f in header.columns for f in kind.signature):
                    continue
                other = next(k for k in KINDS if k is not kind)
                rival = _find_header(grid(name), other)
                if rival is not None and len(rival.columns) > len(header.columns):
                    continue
                if best is None or len(header.columns) > len(best[1].columns):
                    best = (name, header)
            if best is not None:
                break
        if best is not None:
            chosen[kind.name] = best
    for kind in KINDS:
        if kind.name in undecided:
            continue
        if kind.name not in chosen:
            data.problems.append(("error", "", _missing_sheet_message(kind, names, grid)))
            continue
        name, header = chosen[kind.name]
        data.sheets[kind.name] = _sheet_rows(name, kind, header, grid(name))
        for text in header.duplicates:
            data.problems.append(("error", name, f"表头中“{text}”与另一列是同一项，请删除重复的列"))


def _missing_sheet_message(kind: SheetKind, names: list[str], grid) -> str:
    expected = "、".join(field_header(f) for f in kind.columns[:6])
    for name in names:
        if kind_by_sheet_name(name) is kind or name.strip() == kind.name:
            header = _find_header(grid(name), kind)
            found = header.columns if header else {}
            missing = [field_header(f) for f in kind.required if f not in found]
            if "street" not in found and "community_code" not in found:
                missing.insert(0, "街道（或社区代码）")
            return (f"工作表“{name}”中找不到{'、'.join(missing)}列；表头应在前{HEADER_SEARCH_ROWS}行内，"
                    f"列名如：{expected}…")
    return f"找不到“{kind.name}”工作表（或表头含{expected}…的工作表），请使用下发的模板填写"


def _sheet_rows(name: str, kind: SheetKind, header: _Header, grid: list[list]) -> SheetRows:
    mapped = sorted(header.columns.values())
    records: list[tuple[int, list]] = []
    for r in range(header.row + 1, len(grid)):
        row = grid[r]
        width = len(row)
        first = None
        for c in mapped:
            if c < width:
                v = row[c]
                if v != "" and v is not None and (v.__class__ is not str or v.strip()):
                    first = v
                    break
        if first is None:
            continue  # blank (or only a 序号 nobody filled in)
        if first.__class__ is str and first.lstrip()[:1] in _FOOTER_STARTS and _is_footer([row[c] for c in mapped if c < width]):
            continue
        records.append((r + 1, row))
    return SheetRows(name, kind, header.row + 1, header.columns, header.headers, header.width, records, grid)


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def _is_footer(values: list) -> bool:
    """填表人：张三 or 合计 in the first filled cell: a line under the table, not a record."""
    first = next((v for v in values if _filled(v)), None)
    if not isinstance(first, str):
        return False
    return fold(first).startswith(_FOOTERS) and sum(1 for v in values if _filled(v) and not _is_number(v)) <= 2


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, date, datetime)) and not isinstance(value, bool)
