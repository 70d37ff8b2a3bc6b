"""Connections to a district file: the SQLite version check, read-only opens, the integrity check.

Shared by the Store (base.py) and the backups (backup.py), which must not import each other.
"""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from pathlib import Path
from typing import Any

from . import migrations
from .errors import StoreError, Unreadable

BUSY_TIMEOUT_MS = 5000
# STRICT tables (migration 1) need SQLite 3.37; older libraries would refuse the schema half-way.
MIN_SQLITE = (3, 37, 0)


def require_sqlite_version() -> None:
    """Refuse to run on an SQLite library too old for the schema, before anything is written."""
    found = sqlite3.sqlite_version_info
    if found < MIN_SQLITE:
        need = ".".join(map(str, MIN_SQLITE))
        raise StoreError(f"本程序需要 SQLite {need} 或更新版本，当前为 {sqlite3.sqlite_version}；请安装新版本的程序")


def connect_read_only(path: Path, **kwargs: Any) -> sqlite3.Connection:
    """A connection that cannot write the file (URI mode=ro)."""
    return sqlite3.connect(file_uri(path) + "?mode=ro", uri=True, isolation_level=None, **kwargs)


def file_uri(path: str | Path) -> str:
    """An SQLite file: URI for a path, also for Chinese names, spaces, '#', '?' and Windows
    paths (C:\\..., and \\\\server\\share\\... which SQLite wants as file:////server/share/...)."""
    text = os.path.abspath(path)  # not resolve(): it would turn a mapped drive into a UNC path
    if os.sep == "\\":
        text = text.replace("\\", "/")
    if not text.startswith("/"):
        text = "/" + text  # C:/... → /C:/...
    return "file://" + urllib.parse.quote(text, safe="/:")


def connect_for_reading(path: Path) -> sqlite3.Connection:
    """A read-only connection; if a crashed write left a hot journal, SQLite's own recovery runs first.

    Rolling back a hot journal is what any normal open does; it restores the file to its last
    committed state and is the one write we let happen before the check.
    """
    try:
        conn = connect_read_only(path)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
            raise
    recover = sqlite3.connect(path, isolation_level=None)
    try:
        recover.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        recover.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    finally:
        recover.close()
    return connect_read_only(path)


def check_file(path: Path) -> str | None:
    """PRAGMA quick_check of a file: None when sound, else why not (Chinese). Raises Unreadable."""
    try:
        conn = connect_for_reading(path)
    except sqlite3.DatabaseError as exc:
        raise open_error(path, exc) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(20)").fetchall()]
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise open_error(path, exc) from None
        return f"完整性检查失败：{exc}"
    finally:
        conn.close()
    return None if rows == ["ok"] else damage_text(rows)


def damage_text(rows: list[str]) -> str:
    first = rows[0].splitlines()[-1] if rows and rows[0] else ""
    return f"完整性检查发现{len(rows)}处问题，如：{first}" if len(rows) > 1 else f"完整性检查发现问题：{first}"


def newer_message(version: int) -> str:
    return f"数据库版本（{version}）比本程序新（{migrations.LATEST}），请升级程序后再打开"


def open_error(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    reason = _reason(exc)
    cls = Unreadable if "不是数据库" in reason else StoreError
    return cls(f"无法打开数据库：{path}（{reason}）")


def _reason(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return "文件不是数据库或已损坏"
    if "unable to open" in text:
        return "没有读写权限或路径不存在"
    if "locked" in text or "busy" in text:
        return "文件正被另一个程序使用"
    return text
