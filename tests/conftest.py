"""Shared fixtures. Qt runs offscreen; every storage test uses a real SQLite file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "district.sqlite"


@pytest.fixture
def store(db_path: Path):
    from fdh_desktop.services.district import init_district
    from fdh_desktop.storage import Store

    s = Store.open(db_path, create=True)
    init_district(s, "测试区", 6, 2023, form="妇代会")  # Part 1 behaviour; 妇联 tests ask for it
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A demo district built once per session; copy it before writing to it."""
    from fdh_desktop.services.demo import build_demo
    from fdh_desktop.storage import Store

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Store.open(path, create=True) as s:
        build_demo(s)
    return path


@pytest.fixture(scope="session")
def federation_db(demo_db: Path, tmp_path_factory) -> Path:
    """The demo with a 妇联 第七届 written through the services (services.federation_sample), built
    once per session; copy it before writing to it. Once the demo carries its own 第七届 this is
    the demo itself."""
    import shutil

    from fdh_desktop.services.federation_sample import add_federation_term
    from fdh_desktop.storage import Store

    path = tmp_path_factory.mktemp("federation") / "demo7.sqlite"
    shutil.copyfile(demo_db, path)
    with Store.open(path) as store:
        add_federation_term(store)
    return path


@pytest.fixture
def demo_store(demo_db: Path, tmp_path: Path):
    import shutil

    from fdh_desktop.storage import Store

    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_db, copy)
    s = Store.open(copy)
    yield s
    s.close()


@pytest.fixture
def fdh_cmd() -> list[str]:
    """The `fdh` command as a subprocess argv (the installed console script's module)."""
    return [sys.executable, "-m", "fdh_desktop"]
