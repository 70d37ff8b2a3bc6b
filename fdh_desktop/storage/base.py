"""The connection, transactions, migrations and change history that every Store part shares."""

from __future__ import annotations

import contextlib
import getpass
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import migrations
from .backup import make_backup
from .connection import (
    BUSY_TIMEOUT_MS, check_file, connect_read_only, newer_message, open_error, require_sqlite_version,
)
from .errors import Conflict, NotFound, StoreError


@dataclass(frozen=True)
class ChangeSet:
    id: int
    action: str


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value))


def to_json(value: Any) -> str:
    """The history's one encoding of a row: keys sorted, no spaces, text as is (json_object's form)."""
    return json.dumps(value, ensure_ascii=False, default=_json_default, sort_keys=True, separators=(",", ":"))


def json_object_sql(columns: tuple[str, ...], alias: str = "") -> str:
    """SQL building to_json's text from a row's columns, for history rows SQLite writes itself.

    Columns must hold only text, integers and NULL (dates and booleans are stored as such), so
    SQLite's json_object and json.dumps agree character for character (tests/storage proves it).
    """
    prefix = f"{alias}." if alias else ""
    return "json_object(" + ", ".join(f"'{c}', {prefix}[{c}]" for c in sorted(columns)) + ")"


def now_text() -> str:
    return datetime.now().isoformat(timespec="seconds")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down Windows PCs
        return "unknown"


class StoreBase:
    """Owns one SQLite connection. All SQL of the application lives in storage/.

    A store is read-only when asked for, or when the file failed its check on open
    (`damaged_reason` then says why); such a store refuses every write and never touches the file.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, read_only: bool = False,
                 damaged_reason: str | None = None) -> None:
        self.path = path
        self.conn = conn
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
            raise open_error(path, exc) from None
        try:
            store = cls(conn, path)
            store._configure()
            store.migrate()
        except BaseException as exc:
            conn.close()  # a refused file is not kept open (Windows could not replace it)
            if isinstance(exc, sqlite3.DatabaseError):
                raise open_error(path, exc) from None
            raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path, damaged: str | None):
        try:
            conn = connect_read_only(path, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise open_error(path, exc) from None
        try:
            store = cls(conn, path, read_only=True, damaged_reason=damaged)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only = ON")  # a second guard beside mode=ro
            version = store.schema_version
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise open_error(path, exc) from None
        if damaged is None and version > migrations.LATEST:
            store.close()
            raise StoreError(newer_message(version))
        return store

    @classmethod
    def memory(cls):
        require_sqlite_version()
        store = cls(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False), None)
        store._configure()
        store.migrate()
        return store

    def _configure(self) -> None:
        conn = self.conn
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
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Bring the schema to migrations.LATEST: all pending steps in one transaction, after a backup.

        A failing step rolls everything back, so the file and its user_version stay as they were.
        """
        version = self.schema_version
        latest = migrations.LATEST
        if version > latest:
            raise StoreError(newer_message(version))
        if version == latest:
            return
        conn = self.conn
        if version == 0 and conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError("该文件不是本程序的数据库（其中已有其他程序的数据表），未作任何修改")
        backup = None
        if version > 0 and self.path is not None:
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
        conn = self.conn
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
                cursor = self.conn.execute(
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
        self.conn.execute(
            "INSERT INTO history (changeset_id, table_name, row_id, operation, community_id, term, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (changeset.id, table, row_id, operation, community_id, term,
             None if old is None else to_json(old), None if new is None else to_json(new)),
        )

    def _row(self, table: str, row_id: int) -> dict | None:
        cursor = self.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (row_id,))
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

    def _next_id(self, table: str) -> int:
        """The id AUTOINCREMENT would give next: never one a deleted row had (history names rows by id)."""
        return self._scalar(
            f"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
            f" COALESCE((SELECT MAX(id) FROM [{table}]), 0)) + 1",
            (table,),
        )

    def _insert_rows(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        marks = ", ".join("?" for _ in columns)
        names = ", ".join(f"[{c}]" for c in columns)
        try:
            self.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", rows)
        except sqlite3.IntegrityError as exc:
            raise Conflict(_integrity_message(exc)) from None

    def _execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.IntegrityError as exc:
            raise Conflict(_integrity_message(exc)) from None

    def _query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _scalar(self, sql: str, params: tuple | dict = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]


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
