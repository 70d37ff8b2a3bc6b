"""Look at a file before python-calamine reads it: what it really is, and whether it is safe.

calamine decompresses every part it reads and builds a dense grid from the first to the last
used cell of a sheet, so a zip bomb or one cell in the far corner of a sheet exhausts memory (or
aborts the process). Here the zip entries are decompressed as a stream with running limits, XML
with a document type declaration (entity bombs) is refused, and each sheet's used extent is
measured from its cells (cells holding a value: a styled empty cell far below costs calamine
nothing); for .xls the cell records are walked (ole.py). Only regular files are opened (a FIFO or
/dev/zero would never end). The same pass notes cells calamine would hand over as blank though
they are not: Excel error values (#N/A) and formulas saved without a computed result. Every
refusal is one Chinese sentence that says what is wrong and what to do; whatever a damaged file
makes the scanners trip over becomes the "damaged" sentence, never a traceback.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import struct
import xml.parsers.expat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

from .ole import SIGNATURE as OLE_SIGNATURE
from .ole import OleError, scan_xls

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 100 * 2**20
MAX_ENTRIES = 2000
MAX_UNCOMPRESSED = 400 * 2**20  # all parts of one workbook together
MAX_RATIO = 200  # uncompressed / compressed, for parts above RATIO_FLOOR
RATIO_FLOOR = 2**20
MAX_ROWS = 300_000
MAX_COLS = 1000
MAX_AREA = 6_000_000  # rows x columns of the grid calamine allocates for one sheet

MAX_FAULTS = 10_000  # error values / uncomputed formulas noted per workbook; more say nothing new

_CHUNK = 1 << 20
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")


class WorkbookRefused(Exception):
    """A file that is not read at all; str() is the one message for the clerk."""

    def __init__(self, message: str, sheet: str = "") -> None:
        super().__init__(message)
        self.sheet = sheet


@dataclass
class WorkbookFacts:
    format: str  # "xlsx" | "xls" | "ods"
    date1904: bool = False
    extension_mismatch: bool = False  # e.g. an .xls renamed .xlsx: read as what it is
    sheet_extents: dict[str, tuple[int, int]] = field(default_factory=dict)  # name → (rows, cols)
    # Sheet name → cells calamine reads as blank that are not: (0-based row, 0-based col, kind, text),
    # kind "error" (text is the error value, e.g. #N/A) or "formula" (no computed result; text is it).
    cell_faults: dict[str, list[tuple[int, int, str, str]]] = field(default_factory=dict)
    macro_sheets: bool = False  # an .xlsm with Excel 4 macro sheets, which calamine cannot open


_DAMAGED = "文件不完整或已损坏（可能没有下载或复制完整），请重新获取该文件"
_NOT_WORKBOOK = "不是Excel工作簿（.xlsx、.xls或.ods），请在Excel或WPS中打开后另存为.xlsx再导入"
_ENCRYPTED = "工作簿设有打开密码，请在Excel或WPS中取消密码后另存，再导入"
_HOSTILE = "可能是恶意构造的文件，已拒绝读取"

_EXTENSIONS = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls",), "ods": (".ods",)}


@contextlib.contextmanager
def os_errors_refused() -> Iterator[None]:
    """A file that cannot be read becomes the one clear message a clerk gets."""
    try:
        yield
    except FileNotFoundError:
        raise WorkbookRefused("文件不存在") from None
    except IsADirectoryError:
        raise WorkbookRefused("这是文件夹，不是文件") from None
    except OSError as exc:
        raise WorkbookRefused(f"无法读取文件（{exc.strerror or exc}），请检查文件是否正被其他程序占用") from None


@contextlib.contextmanager
def open_regular(path: Path) -> Iterator:
    """`path` opened for reading, refused unless it is a regular file (after following links).

    Opened without blocking and checked on the open descriptor: a FIFO, a device such as a link
    to /dev/zero, or a folder is refused before a byte is read or hashed.
    """
    with os_errors_refused():
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            os.close(fd)
            raise
        if not stat.S_ISREG(mode):
            os.close(fd)
            raise WorkbookRefused(_not_regular_message(mode))
        f = os.fdopen(fd, "rb")
    with f:
        yield f


def _not_regular_message(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "这是文件夹，不是文件"
    what = ("命名管道" if stat.S_ISFIFO(mode) else "设备" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "套接字" if stat.S_ISSOCK(mode) else "特殊文件")
    return f"这不是普通文件（是{what}），无法作为工作簿读取；请选择保存在磁盘上的Excel文件"


def check_workbook(path: Path) -> WorkbookFacts:
    """The real format of `path` and its sheets' extents; WorkbookRefused if it must not be read."""
    with open_regular(path) as f, os_errors_refused():
        size = os.fstat(f.fileno()).st_size
        head = f.read(8)
    if size == 0:
        raise WorkbookRefused("文件是空的（0字节），请重新获取该文件")
    if size > MAX_FILE_BYTES:
        raise WorkbookRefused(
            f"文件太大（{size / 2**20:.0f} MB），超过可导入的{MAX_FILE_BYTES // 2**20} MB；请把数据分成几个文件"
        )
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        scan = _check_zip
    elif head == OLE_SIGNATURE:
        scan = _check_ole
    else:
        raise WorkbookRefused(_not_workbook_message(path, head))
    try:
        facts = scan(path)
    except (WorkbookRefused, MemoryError, KeyboardInterrupt):
        raise
    except Exception:  # noqa: BLE001 - any structure the scanners trip over is a damaged file
        # e.g. OSError (a negative offset in the central directory), NotImplementedError (zip
        # version), LookupError (an XML declaration naming an unknown encoding), struct.error.
        log.info("damaged workbook %r", path, exc_info=True)
        raise WorkbookRefused(_DAMAGED) from None
    facts.extension_mismatch = path.suffix.lower() not in _EXTENSIONS[facts.format]
    return facts


def _not_workbook_message(path: Path, head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "这是PDF文件，不是Excel工作簿；请向报送单位要Excel格式的文件"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"<"):
        return "这是网页（HTML）或XML格式的文件，只是扩展名像Excel；请在Excel或WPS中打开后另存为.xlsx再导入"
    if head.startswith(b"PK"):
        return _DAMAGED
    return _NOT_WORKBOOK


# -- zip: .xlsx and .ods ---------------------------------------------------------------------


def _check_zip(path: Path) -> WorkbookFacts:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise WorkbookRefused(_DAMAGED) from None
    with archive:
        infos = archive.infolist()
        # Some writers put backslashes in part names (xl\\workbook.xml); calamine reads them.
        for info in infos:
            info.filename = info.filename.replace("\\", "/")
        names = {i.filename for i in infos}
        if len(infos) > MAX_ENTRIES:
            raise WorkbookRefused(f"文件包含{len(infos)}个部件，不像正常的工作簿，{_HOSTILE}")
        if "xl/workbook.bin" in names:
            raise WorkbookRefused("暂不支持.xlsb（二进制工作簿）格式，请在Excel中另存为.xlsx再导入")
        if "xl/workbook.xml" in names:
            kind = "xlsx"
        elif "content.xml" in names and _is_ods(archive, names):
            kind = "ods"
        elif "word/document.xml" in names:
            raise WorkbookRefused("这是Word文档，不是Excel工作簿")
        elif "ppt/presentation.xml" in names:
            raise WorkbookRefused("这是PowerPoint演示文稿，不是Excel工作簿")
        elif "EncryptedPackage" in names:
            raise WorkbookRefused(_ENCRYPTED)
        else:
            raise WorkbookRefused(_NOT_WORKBOOK)
        total_declared = sum(i.file_size for i in infos)
        if total_declared > MAX_UNCOMPRESSED:
            raise WorkbookRefused(_too_big_message(total_declared))
        facts = WorkbookFacts(kind)
        scanner = _ZipScanner(path, kind)
        with path.open("rb") as raw:
            for info in infos:
                if info.is_dir():
                    continue
                if info.flag_bits & 0x1:
                    raise WorkbookRefused(_ENCRYPTED)
                scanner.scan(raw, info)
        facts.date1904 = scanner.date1904
        facts.sheet_extents = scanner.extents()
        facts.cell_faults = scanner.faults()
        facts.macro_sheets = any(n.startswith("xl/macrosheets/") for n in names)
    _check_extents(facts.sheet_extents)
    return facts


_MACRO_RELATIONSHIP = re.compile(rb'<Relationship\b[^>]*Target="/?(?:xl/)?macrosheets/[^"]*"[^>]*>')
_RELATIONSHIP_ID = re.compile(rb'\bId="([^"]*)"')


def without_macro_sheets(path: Path) -> bytes:
    """The workbook without its macro sheets (dropped from workbook.xml), for calamine to read:
    calamine refuses a whole .xlsm that has one, and the exchange data is never on one."""
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        infos = src.infolist()
        by_name = {i.filename.replace("\\", "/"): i for i in infos}
        rels = src.read(by_name["xl/_rels/workbook.xml.rels"]) if "xl/_rels/workbook.xml.rels" in by_name else b""
        macro_ids = {m.group(1) for r in _MACRO_RELATIONSHIP.finditer(rels) if (m := _RELATIONSHIP_ID.search(r.group()))}
        for name, info in by_name.items():
            data = src.read(info)
            if name == "xl/workbook.xml" and macro_ids:
                data = re.sub(rb"<(?:\w+:)?sheet\b[^>]*/>", lambda m: b"" if any(
                    b'id="' + rid + b'"' in m.group() for rid in macro_ids) else m.group(), data)
            if name.startswith("xl/macrosheets/"):
                continue
            dst.writestr(name, data)
    return out.getvalue()


def _is_ods(archive: zipfile.ZipFile, names: set[str]) -> bool:
    if "mimetype" not in names:
        return True  # content.xml alone: let the reader decide
    info = archive.getinfo("mimetype")
    if info.file_size > 200:
        return False
    try:
        return archive.read(info).strip() == b"application/vnd.oasis.opendocument.spreadsheet"
    except (zipfile.BadZipFile, OSError, zlib.error, ValueError, EOFError):
        raise WorkbookRefused(_DAMAGED) from None


def _too_big_message(total: int) -> str:
    return f"文件解压后达{total / 2**20:.0f} MB，超过可读取的{MAX_UNCOMPRESSED // 2**20} MB，不像正常的工作簿，{_HOSTILE}"


_XLSX_SHEET = re.compile(r"xl/worksheets/[^/]+\.xml")
# A cell reference beyond column Z or at row 100,000 or more, of a cell holding something (a styled
# empty cell, <c r="O1048576" s="3"/>, is not read by calamine and does not count).
_FAR_REF = re.compile(rb'<c r="([A-Z]{2,3}|[A-Z](?=\d{6}))(\d+)"[^>]*(?<!/)><[vfi]')
_ROOT = re.compile(rb"<[A-Za-z_]")
_DATE1904 = re.compile(rb'date1904="(?:1|true)"')
# A workbook written by a program that computes nothing asks Excel to recalculate on opening;
# its cached formula results (XlsxWriter writes 0) were never computed.
_FULL_CALC = re.compile(rb'fullCalcOnLoad="(?:1|true)"')
_DTD = (b"<!DOCTYPE", b"<!ENTITY")


class _ZipScanner:
    """Streams every part once: sizes, ratios, DTDs, and the extents of the sheets."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind
        self.total = 0
        self.date1904 = False
        self.parts: dict[str, bytes] = {}  # small parts kept for naming the sheets
        self.sheet_extents: dict[str, tuple[int, int]] = {}  # part name → (rows, cols)
        self.ods_extents: dict[str, tuple[int, int]] = {}
        self.sheet_faults: dict[str, _XlsxFaults] = {}  # part name → its error / formula cells
        self.ods_faults: dict[str, list] = {}

    def scan(self, raw, info: zipfile.ZipInfo) -> None:
        name = info.filename
        is_xml = name.endswith((".xml", ".rels")) or name == "mimetype"
        is_sheet = self.kind == "xlsx" and bool(_XLSX_SHEET.fullmatch(name))
        keep = name in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")
        sheet = _XlsxExtent() if is_sheet else None
        faults = _XlsxFaults() if is_sheet else None
        ods = _OdsExtent() if self.kind == "ods" and name == "content.xml" else None
        kept: list[bytes] = []
        in_prolog = True
        for part in self._parts(raw, info, is_xml):
            if in_prolog:
                # A document type declaration (and so any entity) can only stand before the root.
                root = _ROOT.search(part)
                self._check_dtd(part[:root.start()] if root else part, name)
                in_prolog = root is None
            if sheet is not None:
                sheet.feed(part)
                faults.feed(part)
            if ods is not None:
                ods.feed(part)
            if keep:
                kept.append(part)
        if keep:
            self.parts[name] = b"".join(kept)
            if name == "xl/workbook.xml" and _DATE1904.search(self.parts[name]):
                self.date1904 = True
        if sheet is not None:
            extent = sheet.bound()
            if extent is None:
                # Far references or cells without one: count places the way calamine does (slower).
                exact = _XlsxExact()
                for part in self._parts(raw, info, True, count=False):
                    exact.feed(part)
                extent = exact.close()
            self.sheet_extents[name] = extent
            self.sheet_faults[name] = faults.close()
        if ods is not None:
            self.ods_extents = ods.close()
            self.ods_faults = ods.faults

    def _parts(self, raw, info: zipfile.ZipInfo, is_xml: bool, count: bool = True):
        """The decompressed entry in pieces that end at a '>', so no tag is ever split."""
        carry = b""
        for chunk in self._inflate(raw, info, count):
            if not is_xml:
                continue
            buffer = carry + chunk
            cut = buffer.rfind(b">") + 1
            if cut == 0 and len(buffer) < 8 * _CHUNK:
                carry = buffer
                continue
            if cut == 0:
                cut = len(buffer)
            carry = buffer[cut:]
            yield buffer[:cut]
        if carry:
            yield carry

    def _check_dtd(self, part: bytes, name: str) -> None:
        if any(marker in part for marker in _DTD):
            raise WorkbookRefused(f"文件中的“{name}”含有XML实体声明（DOCTYPE），正常的工作簿不会有，{_HOSTILE}")

    def _inflate(self, raw, info: zipfile.ZipInfo, count: bool = True):
        """Decompress one entry in chunks, never producing more than it declares or the limits allow."""
        raw.seek(info.header_offset)
        header = raw.read(_LOCAL_HEADER.size)
        if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            raise WorkbookRefused(_DAMAGED)
        fields = _LOCAL_HEADER.unpack(header)
        raw.seek(info.header_offset + _LOCAL_HEADER.size + fields[10] + fields[11])
        if info.compress_type == zipfile.ZIP_STORED:
            decompressor = None
        elif info.compress_type == zipfile.ZIP_DEFLATED:
            decompressor = zlib.decompressobj(-15)
        else:
            raise WorkbookRefused(f"文件使用了不常见的压缩方式，不像Excel或WPS保存的工作簿，{_HOSTILE}")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise WorkbookRefused(
                f"文件中的“{info.filename}”压缩比异常（{info.file_size // max(info.compress_size, 1)}倍），{_HOSTILE}"
            )
        remaining = info.compress_size
        produced = 0
        while remaining > 0:
            data = raw.read(min(_CHUNK, remaining))
            if not data:
                raise WorkbookRefused(_DAMAGED)
            remaining -= len(data)
            if decompressor is None:
                produced += len(data)
                self._count(info, produced, len(data) if count else 0)
                yield data
                continue
            while data:
                try:
                    out = decompressor.decompress(data, _CHUNK)
                except zlib.error:
                    raise WorkbookRefused(_DAMAGED) from None
                produced += len(out)
                self._count(info, produced, len(out) if count else 0)
                if out:
                    yield out
                data = decompressor.unconsumed_tail
                if decompressor.eof:
                    break
        if decompressor is not None and not decompressor.eof:
            raise WorkbookRefused(_DAMAGED)
        if produced != info.file_size:
            raise WorkbookRefused(_DAMAGED)

    def _count(self, info: zipfile.ZipInfo, produced: int, added: int) -> None:
        self.total += added
        if produced > info.file_size:
            # More data than the entry declares: a bomb hiding behind a small declared size.
            raise WorkbookRefused(f"文件中的“{info.filename}”实际内容大于其声明的大小，{_HOSTILE}")
        if self.total > MAX_UNCOMPRESSED:
            raise WorkbookRefused(_too_big_message(self.total))

    def extents(self) -> dict[str, tuple[int, int]]:
        if self.kind == "ods":
            return self.ods_extents
        names = _xlsx_sheet_names(self.parts)
        return {names.get(part, part.rsplit("/", 1)[-1]): extent for part, extent in self.sheet_extents.items()}

    def faults(self) -> dict[str, list[tuple[int, int, str, str]]]:
        if self.kind == "ods":
            return {name: found for name, found in self.ods_faults.items() if found}
        names = _xlsx_sheet_names(self.parts)
        recalc = bool(_FULL_CALC.search(self.parts.get("xl/workbook.xml", b"")))
        result = {}
        for part, found in self.sheet_faults.items():
            cells = found.cells(recalc)
            if cells:
                result[names.get(part, part.rsplit("/", 1)[-1])] = cells
        return result


_REF_PREFIXES = {n: b'<c r="' + bytes([64 + n]) for n in range(1, 27)}
# Per widest single letter seen so far: does a part reach past it (a wider letter, two or three
# letters, or a row of six digits)? One regular-expression pass finds out; only a part that does
# pays for the exact look below. A tall narrow sheet's parts, after its first, never do.
_WIDER = {n: re.compile(rb'<c r="(?:[A-Z]{2}|[A-Z]\d{6}' + (rb"|[" + bytes([65 + n]) + rb"-Z]" if n < 26 else b"") + b")")
          for n in range(0, 27)}


class _XlsxExtent:
    """An upper bound of the rows and columns a worksheet part reaches, from byte counts.

    Spreadsheets write every cell with its reference first (<c r="B7" ...>). Rows at or beyond
    100,000 and columns beyond Z are picked out by one regular expression; below that the grid is
    at most 100,000 x (26 + cells without a reference), which the caller checks against the
    limits, falling back to an exact count when the bound is too loose.
    """

    def __init__(self) -> None:
        self.rows = 0  # <row> elements: each is at least one more row
        self.opens = 0  # "<c" tags: cells, plus a few <col>/<cfRule> that only loosen the bound
        self.refs = 0  # cells that carry their reference first
        self.max_row = 0
        self.max_col = 0
        self.max_letter = 0  # the last single column letter any reference starts with (A = 1)

    def feed(self, part: bytes) -> None:
        self.rows += part.count(b"<row")
        self.opens += part.count(b"<c")
        self.refs += part.count(b'<c r="')
        if _WIDER[self.max_letter].search(part) is None:
            return
        # The widest single-letter column referenced, by substring search (C speed, no match
        # objects): it keeps the bound of a tall narrow sheet (300,000 rows x 15 columns) tight,
        # where assuming 26 columns would send it to the exact pass, a Python call per element.
        for letter in range(26, self.max_letter, -1):
            if _REF_PREFIXES[letter] in part:
                self.max_letter = letter
                break
        for m in _FAR_REF.finditer(part):
            letters, digits = m.group(1), m.group(2)
            self.max_col = max(self.max_col, _column_number(letters))
            self.max_row = max(self.max_row, int(digits))

    def bound(self) -> tuple[int, int] | None:
        """(rows, columns) when the cheap bound is tight enough to trust, else None."""
        if self.refs == 0 and self.opens == 0:
            return 0, 0
        if self.refs == 0 or self.max_col > 26 or self.max_row > MAX_ROWS:
            return None
        width = self.max_letter + (self.opens - self.refs)
        rows = max(self.rows, self.max_row, 100_000)
        if rows * width > MAX_AREA or rows > MAX_ROWS:
            return None
        return max(self.rows, self.max_row), width


class _XlsxExact:
    def __init__(self) -> None:
        self.parser = xml.parsers.expat.ParserCreate()
        self.parser.StartElementHandler = self._start
        self.parser.StartDoctypeDeclHandler = _refuse_doctype
        self.parser.EntityDeclHandler = _refuse_doctype
        self.row = 0
        self.col = 0
        self.max_row = 0
        self.max_col = 0
        self.open_cell = False  # inside a <c> that has shown no value yet

    def _start(self, name: str, attrs: dict) -> None:
        local = name.rsplit(":", 1)[-1]
        if local == "row":
            r = attrs.get("r", "")
            self.row = int(r) if r.isascii() and r.isdigit() else self.row + 1
            self.col = 0
        elif local == "c":
            ref = attrs.get("r")
            if ref and ref.isascii():
                letters = ref.rstrip("0123456789")
                self.col = _column_number(letters.encode()) if letters else self.col + 1
                digits = ref[len(letters):]
                if digits.isdigit():
                    self.row = max(self.row, int(digits))
            else:
                self.col += 1
            self.open_cell = True
        elif self.open_cell and local in ("v", "f", "is"):
            # Only a cell holding something widens what calamine allocates.
            self.open_cell = False
            self.max_row = max(self.max_row, self.row)
            self.max_col = max(self.max_col, self.col)
            if self.max_row > MAX_ROWS or self.max_col > MAX_COLS:
                raise _Enough()

    def feed(self, part: bytes) -> None:
        if self.max_row > MAX_ROWS or self.max_col > MAX_COLS:
            return
        try:
            self.parser.Parse(part, False)
        except _Enough:
            pass
        except xml.parsers.expat.ExpatError:
            raise WorkbookRefused(_DAMAGED) from None

    def close(self) -> tuple[int, int]:
        return self.max_row, self.max_col


class _Enough(Exception):
    pass


_FAULT_MARKERS = (b't="e"', b"<f")
# "<f" alone is also the start of a data validation's <formula1>: a part with one is searched cell
# by cell only if it holds a real formula element or an error cell.
_FAULT_ELEMENTS = (b't="e"', b"<f>", b"<f ", b"<f/")
_CELL_WITH_FORMULA_OR_ERROR = re.compile(
    rb'<c r="([A-Z]{1,3})(\d{1,7})"([^>]*)>(<f[^>]*/>|<f[^>]*>([^<]*)</f>)?(?:<v>([^<]*)</v>|<v\s*/>)?')


class _XlsxFaults:
    """Error cells and formula cells of a worksheet part; judged at the end (the workbook's
    calculation flag decides whether a cached formula result can be trusted)."""

    def __init__(self) -> None:
        self.carry = b""
        # (row, col, cell type, formula element present, formula text, cached value)
        self.found: list[tuple[int, int, str, bool, str, str]] = []

    def feed(self, part: bytes) -> None:
        data = self.carry + part if self.carry else part
        self.carry = b""
        if not any(marker in data for marker in _FAULT_MARKERS):
            return
        # A cell may be cut between parts: keep what follows the last complete cell for the next.
        cut = data.rfind(b"</c>") + 4
        if cut < 4:
            cut = 0
        tail = data[cut:]
        if len(tail) < 8 * _CHUNK and any(marker in tail for marker in _FAULT_MARKERS):
            self.carry = tail
            data = data[:cut]
        if not any(marker in data for marker in _FAULT_ELEMENTS):
            return
        for m in _CELL_WITH_FORMULA_OR_ERROR.finditer(data):
            attrs = m.group(3)
            cell_type = _TYPE.search(attrs)
            kind = cell_type.group(1).decode("ascii", "replace") if cell_type else "n"
            if (kind != "e" and m.group(4) is None) or len(self.found) >= MAX_FAULTS:
                continue
            self.found.append((int(m.group(2)) - 1, _column_number(m.group(1)) - 1, kind, m.group(4) is not None,
                               unescape((m.group(5) or b"").decode("utf-8", "replace")),
                               unescape((m.group(6) or b"").decode("utf-8", "replace"))))

    def close(self) -> _XlsxFaults:
        if self.carry:
            tail, self.carry = self.carry, b""
            self.feed(tail + b"</c>")
        return self

    def cells(self, recalc: bool) -> list[tuple[int, int, str, str]]:
        result = []
        for row, col, kind, has_formula, formula, value in self.found:
            if kind == "e":
                result.append((row, col, "error", value or "#N/A"))
            elif has_formula and ((value == "" and kind != "str") or (recalc and value in ("", "0"))):
                # No result saved, or (in a workbook never calculated) only a placeholder result.
                result.append((row, col, "formula", "=" + formula if formula else "=（公式）"))
        return result


_TYPE = re.compile(rb'\bt="(\w+)"')


def _refuse_doctype(*_args) -> None:
    raise WorkbookRefused(f"文件含有XML实体声明（DOCTYPE），正常的工作簿不会有，{_HOSTILE}")


_ODS_ROW = re.compile(rb"<table:table-row[\s>/]")
_ODS_TABLE = re.compile(rb"<table:table[\s>]([^>]*)>")
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')
_ODS_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="(\d+)"')
_ODS_COLS_REPEATED = re.compile(rb'table:number-columns-repeated="(\d+)"')
_MAX_ODS_ROW_BYTES = 16 * _CHUNK
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*)>")
_ODS_TEXT = re.compile(rb"<text:p>([^<]*)")
_ODS_FORMULA = re.compile(rb'table:formula="([^"]*)"')


class _OdsExtent:
    """Per table of content.xml: the last row and column holding a value, repeats included.

    Rows are cut out of the stream one by one and measured with byte searches (an XML parser
    with Python callbacks takes five times as long as calamine's whole read).
    """

    def __init__(self) -> None:
        self.tables: dict[str, tuple[int, int]] = {}
        self.faults: dict[str, list[tuple[int, int, str, str]]] = {}
        self.count = 0
        self.name = ""
        self.row = self.rows = self.cols = 0
        self.pending = b""

    def feed(self, part: bytes) -> None:
        data = self.pending + part
        starts = [m.start() for m in _ODS_ROW.finditer(data)]
        if not starts:
            self._between(data)
            self.pending = b""
            return
        self._between(data[:starts[0]])
        for begin, end in zip(starts, starts[1:]):
            self._segment(data[begin:end])
        self.pending = data[starts[-1]:]
        if len(self.pending) > _MAX_ODS_ROW_BYTES:
            raise WorkbookRefused(f"工作表“{self.name}”中有一行内容过多，不像正常的工作簿，{_HOSTILE}", self.name)

    def _segment(self, segment: bytes) -> None:
        """One row, and whatever follows it up to the next row (a table's end, the next table)."""
        head_end = segment.find(b">")
        head = segment[:head_end]
        m = _ODS_ROWS_REPEATED.search(head)
        repeat = int(m.group(1)) if m else 1
        close = segment.find(b"</table:table-row>") if not head.endswith(b"/") else -1
        body = segment[head_end + 1:close] if close >= 0 else b""
        last = max(body.rfind(b"office:value-type"), body.rfind(b"<text:p"))
        if b"table:formula" in body or b'value-type="error"' in body:
            self._faults(body, self.row)
        self.row += repeat
        if last >= 0:
            upto = body[:body.find(b">", last) + 1]
            width = upto.count(b"<table:table-cell") + upto.count(b"<table:covered-table-cell")
            width += sum(int(n) - 1 for n in _ODS_COLS_REPEATED.findall(upto))
            self.rows = self.row
            self.cols = max(self.cols, width)
        self._between(segment[close:] if close >= 0 else segment[head_end:])

    def _faults(self, body: bytes, row: int) -> None:
        """Error cells and formulas saved without a result, by position (repeats counted)."""
        col = 0
        found = self.faults.setdefault(self.name, [])
        for m in _ODS_CELL.finditer(body):
            attrs = m.group(1)
            if b'value-type="error"' in attrs:
                text = _ODS_TEXT.match(body, m.end())
                value = unescape(text.group(1).decode("utf-8", "replace")) if text else ""
                self._note(found, (row, col, "error", value or "#N/A"))
            elif b"table:formula=" in attrs and b"office:value-type" not in attrs:
                formula = _ODS_FORMULA.search(attrs)
                text = unescape(formula.group(1).decode("utf-8", "replace")) if formula else ""
                self._note(found, (row, col, "formula", "=" + text.removeprefix("of:=") if text else "=（公式）"))
            repeated = _ODS_COLS_REPEATED.search(attrs)
            col += int(repeated.group(1)) if repeated else 1

    def _note(self, found: list, fault: tuple) -> None:
        if self.count < MAX_FAULTS:
            self.count += 1
            found.append(fault)

    def _between(self, text: bytes) -> None:
        for m in _ODS_TABLE.finditer(text):
            self._finish()
            name = _ODS_NAME.search(m.group(1))
            self.name = unescape(name.group(1).decode("utf-8", "replace")) if name else f"Sheet{len(self.tables) + 1}"

    def _finish(self) -> None:
        if self.name or self.rows:
            self.tables[self.name] = (self.rows, self.cols)
        self.row = self.rows = self.cols = 0

    def close(self) -> dict[str, tuple[int, int]]:
        if self.pending:
            self._segment(self.pending)
            self.pending = b""
        self._finish()
        return self.tables


def _repeat(value: str | None) -> int:
    if not value:
        return 1
    try:
        return max(1, int(value))
    except ValueError:
        return 1


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


def column_letters(number: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')


def _xlsx_sheet_names(parts: dict[str, bytes]) -> dict[str, str]:
    """worksheet part name → sheet name, from workbook.xml and its relationships."""
    targets: dict[str, str] = {}
    for m in re.finditer(rb"<(?:\w+:)?Relationship\b([^>]*)>", parts.get("xl/_rels/workbook.xml.rels", b"")):
        attrs = dict(_ATTR.findall(m.group(1)))
        target = attrs.get(b"Target", b"").decode("utf-8", "replace")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[attrs.get(b"Id", b"").decode()] = target
    names: dict[str, str] = {}
    for m in re.finditer(rb"<(?:\w+:)?sheet\b([^>]*)>", parts.get("xl/workbook.xml", b"")):
        attrs = {k.split(b":")[-1]: v for k, v in _ATTR.findall(m.group(1))}
        rel = attrs.get(b"id", b"").decode()
        if rel in targets:
            names[targets[rel]] = unescape(attrs.get(b"name", b"").decode("utf-8", "replace"))
    return names


def _check_extents(extents: dict[str, tuple[int, int]]) -> None:
    for sheet, (rows, cols) in extents.items():
        if rows > MAX_ROWS:
            raise WorkbookRefused(
                f"工作表“{sheet}”的内容延伸到第{rows}行，超过可导入的{MAX_ROWS}行；"
                "请删除表格下方多余的内容（或整行删除空行）后另存，再导入", sheet)
        if cols > MAX_COLS:
            raise WorkbookRefused(
                f"工作表“{sheet}”的内容延伸到第{cols}列（{column_letters(cols)}列），超过可导入的{MAX_COLS}列；"
                "请删除表格右侧多余的内容后另存，再导入", sheet)
        if rows * cols > MAX_AREA:
            raise WorkbookRefused(
                f"工作表“{sheet}”的内容范围过大（{rows}行×{cols}列）；请删除表格下方和右侧多余的内容后另存，再导入", sheet)


# -- text longer than a cell holds ------------------------------------------------------------

_LONG_RUN = re.compile(rb">([^<]{%d,})<" % 32767)


def has_overlong_text(path: Path, facts: WorkbookFacts, limit: int) -> bool:
    """Whether some text in the workbook is longer than `limit` characters.

    calamine cuts every string at 32,767 characters without a word, so a cell it returns at exactly
    that length is checked here against the XML it came from (only then: this reads the file again).
    """
    if facts.format not in ("xlsx", "ods"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = info.filename.replace("\\", "/")
                if not (name == "content.xml" or name == "xl/sharedStrings.xml" or _XLSX_SHEET.fullmatch(name)):
                    continue
                with archive.open(info) as f:
                    carry = b""
                    while chunk := f.read(_CHUNK):
                        data = carry + chunk
                        cut = data.rfind(b">")
                        for m in _LONG_RUN.finditer(data):
                            if len(unescape(m.group(1).decode("utf-8", "replace"))) > limit:
                                return True
                        carry = data[cut:] if cut >= 0 else data
    except (zipfile.BadZipFile, OSError, ValueError, zlib.error):
        return False
    return False


# -- OLE2: .xls ------------------------------------------------------------------------------


def _check_ole(path: Path) -> WorkbookFacts:
    try:
        facts = scan_xls(path.read_bytes())
    except (OleError, struct.error, IndexError, ValueError):
        raise WorkbookRefused(_DAMAGED) from None
    if "EncryptedPackage" in facts.streams or "EncryptionInfo" in facts.streams or facts.encrypted:
        raise WorkbookRefused(_ENCRYPTED)
    if "WordDocument" in facts.streams:
        raise WorkbookRefused("这是Word文档，不是Excel工作簿")
    if "PowerPoint Document" in facts.streams:
        raise WorkbookRefused("这是PowerPoint演示文稿，不是Excel工作簿")
    if not ({"Workbook", "Book"} & facts.streams):
        raise WorkbookRefused(_NOT_WORKBOOK)
    extents = {}
    faults = {}
    for index, extent in enumerate(facts.sheets):
        name = facts.names[index] if index < len(facts.names) else f"Sheet{index + 1}"
        extents[name] = (max(extent.rows, extent.claimed_rows), max(extent.cols, extent.claimed_cols))
        if extent.faults:
            faults[name] = extent.faults
    _check_extents(extents)
    return WorkbookFacts("xls", sheet_extents=extents, cell_faults=faults)
