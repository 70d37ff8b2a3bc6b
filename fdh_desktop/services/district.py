"""Opening a district: for the command line (open_district) and for the window (open_session).

The window holds the district's writer lock for as long as it shows the file, so a second window
opens it read-only and says who holds it, and `fdh import` is refused while the window is open.
A file the window may not write (another program writes it, a read-only folder or file, a damaged
file) opens read-only with a plain message instead of failing later at 保存.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from fdh_desktop.domain.organisation import DEFAULT_FORM
from fdh_desktop.domain.records import Settings, Street, Term
from fdh_desktop.storage import StoreError

from .changes import Changes

if TYPE_CHECKING:  # the Store and the lock load when a file is opened, not when the window starts
    from fdh_desktop.storage import Store

    from .locking import WriterLock

__all__ = [
    "DistrictSession", "StoreError", "check_init_arguments", "ensure_current_term", "init_district",
    "communities", "open_district", "open_for_task", "open_session", "save_term", "settings", "streets",
    "terms", "term",
]


def open_district(path: Path, create: bool = False) -> Store:
    """Open an existing district database (or create one); StoreError says why not."""
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} 是文件夹，不是数据库文件")
    if not create and not path.exists():
        raise StoreError(f"数据库文件不存在：{path}。请先运行 fdh init 或 fdh demo，或用 --db 指定文件")
    from fdh_desktop.storage import Store

    return Store.open(path, create=create)


def check_init_arguments(district: str, term: int) -> None:
    if not district.strip():
        raise StoreError("区名称不能为空")
    if term < 1:
        raise StoreError("届次应为不小于1的整数")


def init_district(store: Store, district: str, term: int, year: int | None = None,
                  form: str = DEFAULT_FORM) -> None:
    check_init_arguments(district, term)
    district = district.strip()
    existing = store.settings().district
    if existing:
        raise StoreError(f"该数据库已初始化为“{existing}”，如需修改请在程序的区设置中修改")
    with store.write("init", f"新建{district}"):
        store.ensure_term(term, year=year, form=form)
        store.save_settings(Settings(district=district, current_term=term))


@dataclass
class DistrictSession:
    """A district file as the window holds it: the store, the writer lock while it is held, and
    why the file is read-only (None when the window may write)."""

    store: Store
    path: Path | None
    lock: WriterLock | None = None
    read_only_notice: str | None = None

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        try:
            self.store.close()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None


def open_session(path: Path, create: bool = False, program: str = "程序窗口") -> DistrictSession:
    """Open a district for the window, holding its writer lock until session.close().

    Raises StoreError (Chinese, one line) only when the file cannot be shown at all.
    """
    from .locking import LockHeld, WriterLock

    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} 是文件夹，不是数据库文件")
    if not create and not path.exists():
        raise StoreError(f"数据库文件不存在：{path}")
    if not create and not os.access(path, os.W_OK):
        return _read_only(path, f"数据库文件是只读的（可能在光盘、只读U盘上，或文件属性设为只读）：{path}。"
                                "本窗口以只读方式打开，可以查看、打印和导出，不能修改")
    lock = WriterLock(path, program)
    try:
        lock.acquire()
    except LockHeld as exc:
        # Another program writes this file: look, but do not touch.
        return _read_only(path, str(exc) + "。本窗口以只读方式打开")
    except StoreError:
        if create:
            raise StoreError(f"无法在这个文件夹里建立数据库（文件夹是只读的或没有写入权限）：{path.parent}") from None
        return _read_only(path, f"数据库所在的文件夹不能写入（只读文件夹或没有权限）：{path.parent}。"
                                "本窗口以只读方式打开，可以查看、打印和导出，不能修改")
    try:
        store = open_district(path, create=create)
    except BaseException:
        lock.release()
        raise
    return DistrictSession(store, path, lock)


def _read_only(path: Path, notice: str) -> DistrictSession:
    from fdh_desktop.storage import Store

    store = Store.open(path, read_only=True)
    return DistrictSession(store, path, None, notice)


def open_for_task(path: Path) -> Store:
    """A worker thread's own connection to the file the window has open (checked on open)."""
    from fdh_desktop.storage import Store

    return Store.open(path, check=False)


# -- what the window reads about the district ------------------------------------------------


def settings(store: Store) -> Settings:
    return store.settings()


def is_initialised(store: Store) -> bool:
    return store.is_initialised()


def terms(store: Store) -> list[Term]:
    return store.terms()


def term(store: Store, number: int) -> Term | None:
    return store.term(number)


def streets(store: Store) -> list[Street]:
    return store.streets()


def ensure_current_term(store: Store) -> Changes:
    """The current term's record exists (a file set up by an older release may lack it)."""
    current = store.settings().current_term
    if store.read_only or store.term(current) is not None:
        return Changes()
    store.ensure_term(current)
    return Changes(terms=True)


def save_settings(store: Store, settings: Settings, year: int | None, reference_date) -> Changes:
    """The district settings and the current term's year and reference date, in one transaction."""
    with store.write("settings", "修改区设置"):
        store.save_settings(settings)
        store.ensure_term(settings.current_term, year=year, reference_date=reference_date)
    return Changes(settings=True, terms=True)


def save_term(store: Store, term: Term) -> Changes:
    """A term's form, dates, year and reference date as the term dialog holds them, in one
    transaction; StoreError (Chinese) when the dates do not make sense."""
    from fdh_desktop.domain.organisation import TermForm, check_term_dates

    problem = check_term_dates(TermForm(term.number, term.form, term.start_date, term.end_date))
    if problem:
        raise StoreError(problem)
    with store.write("term", f"修改{term.label}届次设置"):
        store.save_term(term)
    return Changes(terms=True)


def communities(store: Store) -> list:
    return store.communities()


def community(store: Store, community_id: int):
    return store.community(community_id)


def place_names(store: Store) -> dict[int, str]:
    """Every community's "街道 › 社区", by community id."""
    streets = {s.id: s.name for s in store.streets()}
    return {c.id: f"{streets.get(c.street_id, '')} › {c.name}" for c in store.communities()}
