"""Fixtures of the election's storage and command tests: a district made by `fdh demo`, and the
`fdh` command run as a script runs it, on a fresh copy per test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    done = subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(path), "demo"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def fdh(demo_file: Path, tmp_path: Path):
    """fdh(*args) → the finished `fdh --db <copy of the demo> *args` subprocess."""
    db = tmp_path / "district.sqlite"
    shutil.copyfile(demo_file, db)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(db), *args], capture_output=True,
                              text=True, cwd=tmp_path)

    return run
