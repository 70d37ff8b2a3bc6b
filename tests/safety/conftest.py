"""Fixtures for the data-safety tests: a private copy of the demo district."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def district(demo_db: Path, tmp_path: Path) -> Path:
    """A copy of the demo district in its own folder (so its backups folder is private)."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "district.sqlite"
    shutil.copyfile(demo_db, path)
    return path
