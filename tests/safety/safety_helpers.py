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


def write_return(store, path: Path, changes: dict, term: int = 6) -> Path:
    """A returned workbook (the real exchange format, written as `fdh export` writes one) that
    gives each listed community these (congress, members)."""
    from fdh_desktop.excel.writer import ExchangeWriter
    from fdh_desktop.services.exporting import _congress_cells, _member_cells
    from fdh_desktop.storage.convert import congress_values, member_values

    communities = {c.id: c for c in store.communities()}
    streets = {s.id: s.name for s in store.streets()}
    congress_rows, member_rows = [], []
    for community_id, (congress, members) in changes.items():
        community = communities[community_id]
        place = (streets[community.street_id], community.name, community.code)
        congress_rows.append(_congress_cells(place + congress_values(congress)))
        member_rows += [_member_cells(place + member_values(m), False) for m in members]
    writer = ExchangeWriter(store.settings().district, term, "export")
    writer.congress_sheet(congress_rows)
    writer.member_sheet(member_rows)
    writer.save(path)
    return path


def import_return(store, path: Path) -> int:
    """`fdh import` of one workbook (plan, then apply); returns the import's changeset id."""
    from fdh_desktop.services.importing import apply_import, plan_import

    plan = plan_import(store, [path])
    assert not plan.has_errors, [p.line() for p in plan.files[0].errors]
    apply_import(store, plan)
    return store.last_changeset_id()
