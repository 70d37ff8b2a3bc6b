"""Helpers for the data-safety tests: raw SQLite reads of real files, damaged copies."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def dump(path: Path, tables=("streets", "communities", "congresses", "members", "changesets", "history")) -> dict:
    """Every row of the user-data tables, as the user would see them (ordered by id)."""
    conn = raw(path)
    try:
        return {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = raw(path)
    try:
        return "\n".join(r[0] for r in conn.execute("PRAGMA integrity_check").fetchall())
    finally:
        conn.close()


def corrupt_table_page(path: Path, table: str = "members") -> None:
    """Flip the bytes of the b-tree page header and cell pointers of a table's root page, as a bad
    sector or an interrupted USB copy would."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    for i in range(start, start + 64):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))
