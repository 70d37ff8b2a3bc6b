"""Opening and creating district databases."""

from __future__ import annotations

from pathlib import Path

from fdh_desktop.domain.records import Settings
from fdh_desktop.storage import Store, StoreError


def open_district(path: Path, create: bool = False) -> Store:
    """Open an existing district database (or create one); StoreError says why not."""
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} 是文件夹，不是数据库文件")
    if not create and not path.exists():
        raise StoreError(f"数据库文件不存在：{path}。请先运行 fdh init 或 fdh demo，或用 --db 指定文件")
    return Store.open(path, create=create)


def check_init_arguments(district: str, term: int) -> None:
    if not district.strip():
        raise StoreError("区名称不能为空")
    if term < 1:
        raise StoreError("届次应为不小于1的整数")


def init_district(store: Store, district: str, term: int, year: int | None = None) -> None:
    check_init_arguments(district, term)
    district = district.strip()
    existing = store.settings().district
    if existing:
        raise StoreError(f"该数据库已初始化为“{existing}”，如需修改请在程序的区设置中修改")
    with store.write("init", f"新建{district}"):
        store.ensure_term(term, year=year)
        store.save_settings(Settings(district=district, current_term=term))
