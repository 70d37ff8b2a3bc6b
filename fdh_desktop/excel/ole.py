"""Just enough of the OLE2 compound file format and BIFF records to size up an .xls safely.

python-calamine builds a dense grid from the first to the last used cell, so a single cell at
the far corner of a sheet costs gigabytes. Before it reads an .xls, `scan_xls` walks the cell
records of the Workbook stream and reports how far the sheets really reach. Every structure is
bounds-checked: a damaged or hostile file raises OleError, never loops or over-allocates.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MAX_REGULAR = 0xFFFFFFFA

# BIFF records of cells with a value, which carry (row, column) in their first four bytes:
# FORMULA, LABELSST, NUMBER, RK, BOOLERR, LABEL, RSTRING, and the BIFF2-4 forms. BLANK and
# MULBLANK (formatting only) are skipped, as calamine skips them.
_CELL_RECORDS = frozenset({0x0006, 0x00FD, 0x0203, 0x027E, 0x0205, 0x0204, 0x00D6, 0x0002, 0x0003, 0x0004,
                           0x0005, 0x0206, 0x0406})
_MULTI_RECORDS = frozenset({0x00BD})  # MULRK: row, first col, ..., last col
_BOF = frozenset({0x0809, 0x0409, 0x0209, 0x0009})
_EOF = 0x000A
_FILEPASS = 0x002F
_BOUNDSHEET = 0x0085
_FORMULA = frozenset({0x0006, 0x0206, 0x0406})
_BOOLERR = 0x0205
_DIMENSIONS = frozenset({0x0200, 0x0000})  # BIFF3-8, BIFF2
# BIFF error codes; calamine hands these cells over as blank.
ERROR_CODES = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
               0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
MAX_FAULTS = 10_000


class OleError(Exception):
    """The compound file is damaged or not what it claims; str() is for the log only."""


@dataclass
class SheetExtent:
    rows: int = 0  # one past the last used row index
    cols: int = 0
    cells: int = 0
    # What the sheet's DIMENSIONS record claims: calamine reserves rows x cols cells from it
    # before reading a cell, so a damaged one (a flipped bit) asks for tens of gigabytes and the
    # process aborts; the claim counts as the sheet's extent.
    claimed_rows: int = 0
    claimed_cols: int = 0
    faults: list[tuple[int, int, str, str]] = field(default_factory=list)  # (row, col, "error", "#N/A")


@dataclass
class XlsFacts:
    streams: set[str] = field(default_factory=set)
    encrypted: bool = False
    names: list[str] = field(default_factory=list)  # BOUNDSHEET order = sheet substream order
    sheets: list[SheetExtent] = field(default_factory=list)


def _u32(data: bytes, offset: int) -> int:
    return struct.unpack_from("<I", data, offset)[0]


class CompoundFile:
    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or data[:8] != SIGNATURE:
            raise OleError("not a compound file")
        self.data = data
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        mini_shift = struct.unpack_from("<H", data, 0x20)[0]
        if shift not in (9, 12) or mini_shift != 6:
            raise OleError("bad sector size")
        self.size = 1 << shift
        self.mini_size = 1 << mini_shift
        self.max_sectors = len(data) // self.size + 1
        fat_count = _u32(data, 0x2C)
        first_dir = _u32(data, 0x30)
        self.cutoff = _u32(data, 0x38)
        first_minifat = _u32(data, 0x3C)
        first_difat = _u32(data, 0x44)
        difat_count = _u32(data, 0x48)
        if fat_count > self.max_sectors or difat_count > self.max_sectors:
            raise OleError("bad FAT size")
        fat_sectors = [_u32(data, 0x4C + 4 * i) for i in range(109)]
        sector = first_difat
        for _ in range(difat_count):
            if sector > _MAX_REGULAR:
                break
            block = self._sector(sector)
            per = self.size // 4 - 1
            fat_sectors += [_u32(block, 4 * i) for i in range(per)]
            sector = _u32(block, 4 * per)
        fat_sectors = [s for s in fat_sectors[:fat_count] if s <= _MAX_REGULAR]
        self.fat = b"".join(self._sector(s) for s in fat_sectors)
        self.fat_len = len(self.fat) // 4
        directory = self._chain(first_dir, self.fat, self.fat_len, self._sector)
        self.entries: dict[str, tuple[int, int, int]] = {}  # name → (type, start, size)
        root = None
        for offset in range(0, len(directory) - 127, 128):
            entry = directory[offset:offset + 128]
            name_len = struct.unpack_from("<H", entry, 0x40)[0]
            kind = entry[0x42]
            if kind not in (1, 2, 5) or not 2 <= name_len <= 64:
                continue
            name = entry[:name_len - 2].decode("utf-16-le", "replace")
            start, size = _u32(entry, 0x74), _u32(entry, 0x78)
            if kind == 5:
                root = (start, size)
            else:
                self.entries.setdefault(name, (kind, start, size))
        self.minifat = b""
        self.ministream = b""
        if root is not None and first_minifat <= _MAX_REGULAR:
            self.minifat = self._chain(first_minifat, self.fat, self.fat_len, self._sector)
            self.ministream = self._chain(root[0], self.fat, self.fat_len, self._sector)[:root[1]]

    def _sector(self, number: int) -> bytes:
        start = (number + 1) * self.size
        if number > _MAX_REGULAR or start >= len(self.data):
            raise OleError("sector out of range")
        return self.data[start:start + self.size]

    def _mini_sector(self, number: int) -> bytes:
        start = number * self.mini_size
        if start >= len(self.ministream):
            raise OleError("mini sector out of range")
        return self.ministream[start:start + self.mini_size]

    def _chain(self, start: int, table: bytes, length: int, read) -> bytes:
        parts = []
        sector = start
        for _ in range(length + 1):  # a chain visits each sector at most once
            if sector == _END_OF_CHAIN or sector == _FREE:
                return b"".join(parts)
            if sector >= length:
                raise OleError("chain out of range")
            parts.append(read(sector))
            sector = _u32(table, 4 * sector)
        raise OleError("chain loops")

    def stream(self, name: str) -> bytes:
        kind, start, size = self.entries[name]
        if kind != 2:
            raise OleError("not a stream")
        if size < self.cutoff:
            data = self._chain(start, self.minifat, len(self.minifat) // 4, self._mini_sector)
        else:
            data = self._chain(start, self.fat, self.fat_len, self._sector)
        if len(data) < size:
            raise OleError("stream truncated")
        return data[:size]


def scan_xls(data: bytes) -> XlsFacts:
    """The streams of a compound file and, for a workbook, each sheet's used extent."""
    cf = CompoundFile(data)
    facts = XlsFacts(streams=set(cf.entries))
    name = "Workbook" if "Workbook" in cf.entries else "Book" if "Book" in cf.entries else None
    if name is None:
        return facts
    stream = cf.stream(name)
    offset, end = 0, len(stream)
    depth = 0
    globals_seen = False
    biff8 = True
    current: SheetExtent | None = None
    unpack = struct.unpack_from
    while offset + 4 <= end:
        kind, length = unpack("<HH", stream, offset)
        body = offset + 4
        offset = body + length
        if offset > end:
            break  # calamine reports the damage in its own words
        if kind in _CELL_RECORDS:
            if current is not None and length >= 4:
                row, col = unpack("<HH", stream, body)
                if row >= current.rows:
                    current.rows = row + 1
                if col >= current.cols:
                    current.cols = col + 1
                current.cells += 1
                if (kind in _FORMULA or kind == _BOOLERR) and len(current.faults) < MAX_FAULTS:
                    error = _error_value(kind, stream, body, length)
                    if error is not None:
                        current.faults.append((row, col, "error", error))
        elif kind in _MULTI_RECORDS:
            if current is not None and length >= 6:
                row = unpack("<H", stream, body)[0]
                last = unpack("<H", stream, offset - 2)[0]
                current.rows = max(current.rows, row + 1)
                current.cols = max(current.cols, last + 1)
                current.cells += max(0, (length - 6) // 2)
        elif kind in _DIMENSIONS and current is not None:
            if length >= 14:  # BIFF8: first row, one past the last row (u32), first col, one past last col
                _, last_row, _, last_col = unpack("<IIHH", stream, body)
            elif length >= 8:
                _, last_row, _, last_col = unpack("<HHHH", stream, body)
            else:
                continue
            current.claimed_rows = max(current.claimed_rows, last_row)
            current.claimed_cols = max(current.claimed_cols, last_col)
        elif kind in _BOF:
            if depth == 0 and not globals_seen and length >= 2:
                biff8 = unpack("<H", stream, body)[0] >= 0x0600
            if depth == 0:
                # The first substream is the workbook globals; each later one is a sheet.
                if globals_seen:
                    current = SheetExtent()
                    facts.sheets.append(current)
                globals_seen = True
            depth += 1
        elif kind == _EOF:
            depth = max(0, depth - 1)
            if depth == 0:
                current = None
        elif kind == _BOUNDSHEET and current is None and length >= 8:
            facts.names.append(_sheet_name(stream[body + 6:offset], biff8))
        elif kind == _FILEPASS:
            facts.encrypted = True
            break
    return facts


def _error_value(kind: int, stream: bytes, body: int, length: int) -> str | None:
    """The error a FORMULA result or a BOOLERR cell holds, if it holds one."""
    if kind == _BOOLERR:
        if length >= 8 and stream[body + 7] == 1:
            return ERROR_CODES.get(stream[body + 6], "#N/A")
        return None
    # FORMULA: row, col, xf, then an 8-byte result; 0xFFFF in its last two bytes marks a
    # non-number whose type is the first byte (2: an error, its code in the third).
    if length >= 14 and stream[body + 12:body + 14] == b"\xff\xff" and stream[body + 6] == 2:
        return ERROR_CODES.get(stream[body + 8], "#N/A")
    return None


def _sheet_name(data: bytes, biff8: bool) -> str:
    """A BOUNDSHEET name: a byte count, then (BIFF8) a flags byte and Latin-1 or UTF-16 text."""
    if not data:
        return ""
    count = data[0]
    if not biff8:
        return data[1:1 + count].decode("cp936", "replace")
    wide = len(data) > 1 and data[1] & 0x01
    text = data[2:2 + count * (2 if wide else 1)]
    return text.decode("utf-16-le" if wide else "latin-1", "replace")
