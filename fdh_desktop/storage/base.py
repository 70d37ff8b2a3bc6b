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

import sqlite_utils

from . import migrations

BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """A storage failure with a Chinese message for the user."""


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
    """Owns one sqlite-utils Database. All SQL of the application lives in storage/."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self._changeset: ChangeSet | None = None

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, create: bool = False):
        path = Path(path)
        if not create and not path.exists():
            raise StoreError(f"数据库文件不存在：{path}")
        if create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"无法创建数据库所在文件夹：{path.parent}（{exc.strerror}）") from None
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            store = cls(conn, path)
            store._configure()
            store.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"无法打开数据库：{path}（{_reason(exc)}）") from None
        return store

    @classmethod
    def memory(cls):
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
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")

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
        version = self.schema_version
        if version > migrations.LATEST:
            raise StoreError(f"数据库版本（{version}）比本程序新（{migrations.LATEST}），请升级程序后再打开")
        for target in range(version, migrations.LATEST):
            with self._begin_immediate():
                migrations.MIGRATIONS[target](self.db.conn)
                self.db.conn.execute(f"PRAGMA user_version = {target + 1}")

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
