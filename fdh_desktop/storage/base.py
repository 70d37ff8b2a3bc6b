"""The connection, transactions, migrations and change history that every Store part shares."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from . import migrations

BUSY_TIMEOUT_MS = 5000
# STRICT tables (migration 1) need SQLite 3.37; older libraries would refuse the schema half-way.
MIN_SQLITE = (3, 37, 0)


class StoreError(Exception):
    """A storage failure with a Chinese message for the user."""


class Unreadable(StoreError):
    """The file cannot be opened as a database at all (not one, or its first page is destroyed)."""


class NotFound(StoreError):
    pass


class Conflict(StoreError):
    """A write that would break a uniqueness rule (a second street of the same name...)."""


@dataclass(frozen=True)
class ChangeSet:
    id: int
    action: str


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value))


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default, sort_keys=True)


def now_text() -> str:
    return datetime.now().isoformat(timespec="seconds")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down Windows PCs
        return "unknown"


class StoreBase:
    """Owns one sqlite-utils Database. All SQL of the application lives in storage/.

    A store is read-only when asked for, or when the file failed its check on open
    (`damaged_reason` then says why); such a store refuses every write and never touches the file.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, read_only: bool = False,
                 damaged_reason: str | None = None) -> None:
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self.read_only = read_only
        self.damaged_reason = damaged_reason
        self._changeset: ChangeSet | None = None

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, create: bool = False, *, read_only: bool = False, check: bool = True):
        """Open (or create) a database file.

        Unless check=False, PRAGMA quick_check runs first on a read-only connection; a damaged
        file is then opened read-only (store.read_only, store.damaged_reason) and never written.
        A file that is no database at all raises Unreadable.
        """
        require_sqlite_version()
        path = Path(path)
        if not create and not path.exists():
            raise StoreError(f"数据库文件不存在：{path}")
        if create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"无法创建数据库所在文件夹：{path.parent}（{exc.strerror}）") from None
        damaged = None
        if check and path.exists() and path.stat().st_size > 0:
            damaged = check_file(path)
        if damaged is not None or read_only:
            return cls._open_read_only(path, damaged)
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise _open_error(path, exc) from None
        try:
            store = cls(conn, path)
            store._configure()
            store.migrate()
        except BaseException as exc:
            conn.close()  # a refused file is not kept open (Windows could not replace it)
            if isinstance(exc, sqlite3.DatabaseError):
                raise _open_error(path, exc) from None
            raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path, damaged: str | None):
        try:
            conn = connect_read_only(path, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise _open_error(path, exc) from None
        try:
            store = cls(conn, path, read_only=True, damaged_reason=damaged)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only = ON")  # a second guard beside mode=ro
            version = store.schema_version
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _open_error(path, exc) from None
        if damaged is None and version > migrations.LATEST:
            store.close()
            raise StoreError(_newer_message(version))
        return store

    @classmethod
    def memory(cls):
        require_sqlite_version()
        store = cls(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False), None)
        store._configure()
        store.migrate()
        return store

    def _configure(self) -> None:
        conn = self.db.conn
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # A rollback journal keeps the database one self-contained file between writes, so a
        # copy taken to a USB stick is whole; FULL sync survives a PC switched off mid-write.
        # benchmarks/bench_safety.py measures what FULL costs over NORMAL on a form save.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")

    @property
    def read_only_reason(self) -> str | None:
        """Why writes are refused, in Chinese; None for a writable store."""
        if not self.read_only:
            return None
        if self.damaged_reason:
            return f"数据库文件已损坏（{self.damaged_reason}），已以只读方式打开，不能修改；请从备份恢复"
        return "数据库以只读方式打开，不能修改"

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self.db.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Bring the schema to migrations.LATEST: all pending steps in one transaction, after a backup.

        A failing step rolls everything back, so the file and its user_version stay as they were.
        """
        version = self.schema_version
        latest = migrations.LATEST
        if version > latest:
            raise StoreError(_newer_message(version))
        if version == latest:
            return
        conn = self.db.conn
        if version == 0 and conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError("该文件不是本程序的数据库（其中已有其他程序的数据表），未作任何修改")
        backup = None
        if version > 0 and self.path is not None:
            from .backup import make_backup  # backup imports this module

            backup = make_backup(self, "before-migration")
        # Table rebuilds need foreign keys off; the pragma is a no-op inside a transaction.
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._begin_immediate():
                for target in range(version, latest):
                    try:
                        migrations.MIGRATIONS[target](conn)
                        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                            raise StoreError("升级后有记录引用了不存在的数据")
                        conn.execute(f"PRAGMA user_version = {target + 1}")
                    except Exception as exc:
                        where = f"，升级前的备份：{backup.path}" if backup else ""
                        detail = str(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"
                        raise StoreError(
                            f"数据库升级失败（第{target}版升到第{target + 1}版：{detail}）；"
                            f"文件保持第{version}版，未作修改{where}"
                        ) from exc
        finally:
            conn.execute("PRAGMA foreign_keys = ON")

    # -- transactions -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _begin_immediate(self) -> Iterator[None]:
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    @contextlib.contextmanager
    def write(self, action: str, summary: str = "") -> Iterator[ChangeSet]:
        """One user action or import: one transaction and one changeset for its history rows.

        Nested calls join the outer transaction. Any exception rolls everything back.
        """
        if self._changeset is not None:
            yield self._changeset
            return
        if self.read_only:
            raise StoreError(self.read_only_reason)
        try:
            with self._begin_immediate():
                cursor = self.db.conn.execute(
                    "INSERT INTO changesets (at, actor, action, summary) VALUES (?, ?, ?, ?)",
                    (now_text(), current_user(), action, summary),
                )
                self._changeset = ChangeSet(cursor.lastrowid, action)
                try:
                    yield self._changeset
                finally:
                    self._changeset = None
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError("数据库正被另一个程序写入，请稍后再试") from None
            raise

    def _require_write(self) -> ChangeSet:
        if self._changeset is None:
            raise RuntimeError("write outside Store.write()")
        return self._changeset

    # -- rows with history --------------------------------------------------------------------

    def _log(self, table: str, row_id: int, operation: str, old: dict | None, new: dict | None,
             community_id: int | None = None, term: int | None = None) -> None:
        changeset = self._require_write()
        self.db.conn.execute(
            "INSERT INTO history (changeset_id, table_name, row_id, operation, community_id, term, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (changeset.id, table, row_id, operation, community_id, term,
             None if old is None else to_json(old), None if new is None else to_json(new)),
        )

    def _row(self, table: str, row_id: int) -> dict | None:
        cursor = self.db.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (row_id,))
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row))

    def _insert(self, table: str, values: dict, community_id: int | None = None, term: int | None = None) -> int:
        self._require_write()
        columns = ", ".join(f"[{k}]" for k in values)
        marks = ", ".join("?" for _ in values)
        row_id = self._execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", tuple(values.values())).lastrowid
        self._log(table, row_id, "insert", None, values, community_id, term)
        return row_id

    def _update(self, table: str, row_id: int, values: dict, community_id: int | None = None,
                term: int | None = None) -> bool:
        """Update changed columns only; returns whether anything changed."""
        old = self._row(table, row_id)
        if old is None:
            raise NotFound(f"记录不存在（{table} #{row_id}）")
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            return False
        assignments = ", ".join(f"[{k}] = ?" for k in changed)
        self._execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", (*changed.values(), row_id))
        self._log(table, row_id, "update", {k: old[k] for k in changed}, changed, community_id, term)
        return True

    def _delete(self, table: str, row_id: int, community_id: int | None = None, term: int | None = None) -> dict:
        old = self._row(table, row_id)
        if old is None:
            raise NotFound(f"记录不存在（{table} #{row_id}）")
        self._execute(f"DELETE FROM [{table}] WHERE id = ?", (row_id,))
        self._log(table, row_id, "delete", old, None, community_id, term)
        return old

    def _execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        try:
            return self.db.conn.execute(sql, params)
        except sqlite3.IntegrityError as exc:
            raise Conflict(_integrity_message(exc)) from None

    def _query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cursor = self.db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _scalar(self, sql: str, params: tuple | dict = ()) -> Any:
        row = self.db.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]


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
        raise _open_error(path, exc) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(20)").fetchall()]
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise _open_error(path, exc) from None
        return f"完整性检查失败：{exc}"
    finally:
        conn.close()
    return None if rows == ["ok"] else damage_text(rows)


def damage_text(rows: list[str]) -> str:
    first = rows[0].splitlines()[-1] if rows and rows[0] else ""
    return f"完整性检查发现{len(rows)}处问题，如：{first}" if len(rows) > 1 else f"完整性检查发现问题：{first}"


def _newer_message(version: int) -> str:
    return f"数据库版本（{version}）比本程序新（{migrations.LATEST}），请升级程序后再打开"


def _open_error(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
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


def _integrity_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    if "streets.name" in text:
        return "已有同名街道"
    if "communities.street_id, communities.name" in text:
        return "该街道下已有同名社区"
    if "communities.code" in text:
        return "社区代码已被另一个社区使用"
    if "streets.code" in text:
        return "街道代码已被另一个街道使用"
    if "congresses.community_id, congresses.term" in text:
        return "该社区本届已有妇代会记录"
    if "FOREIGN KEY" in text:
        return "仍有关联记录，不能删除"
    return f"数据不符合约束：{text}"
