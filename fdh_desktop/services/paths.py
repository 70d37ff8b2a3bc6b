"""Where files live: the default database, logs, and bundled resources (also inside PyInstaller)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fdh_desktop import APP_NAME

DB_ENV = "FDH_DB"
DEFAULT_DB_NAME = "district.sqlite"


def data_dir() -> Path:
    import platformdirs  # only when a path is asked for: `fdh --help` does not pay for it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """--db, else $FDH_DB, else district.sqlite in the user's data folder."""
    env = os.environ.get(DB_ENV)
    return Path(env) if env else data_dir() / DEFAULT_DB_NAME


def resource_root() -> Path:
    """resources/ from a source checkout, or from the PyInstaller bundle (sys._MEIPASS)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
