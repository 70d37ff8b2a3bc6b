"""Compile the Designer forms ui/*.ui into fdh_desktop/gui/forms/ui_*.py with pyside6-uic.

    python -m fdh_desktop.gui.build_forms          regenerate every form
    python -m fdh_desktop.gui.build_forms --check  exit 1 if a generated file is missing or stale

The generated files are committed (a frozen build must not need uic at run time) and never
edited by hand.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"

HEADER = (
    "# GENERATED FILE, DO NOT EDIT: compiled from ui/{name} by\n"
    "# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.\n"
)


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def _uic_command() -> list[str]:
    """pyside6-uic beside this interpreter (a venv), else on PATH, else PySide6's own uic binary."""
    exe = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).parent / f"pyside6-uic{exe}"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / "Qt" / "libexec" / "uic", base / f"uic{exe}"):
        if candidate.exists():
            return [str(candidate), "-g", "python"]
    raise SystemExit("pyside6-uic not found: install PySide6 (pip install -e .)")


def compile_form(ui_file: Path) -> str:
    """The Python text of one form; deterministic (uic is run on the bare file name)."""
    result = subprocess.run(
        [*_uic_command(), ui_file.name],
        cwd=ui_file.parent, capture_output=True, text=True, encoding="utf-8", check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {ui_file}:\n{result.stderr}")
    # Normalise line endings so a Windows checkout compares equal, and drop uic's version stamp:
    # the code it generates, not the patch release that made it, is what --check compares.
    body = result.stdout.replace("\r\n", "\n")
    body = re.sub(r"(## Created by: Qt User Interface Compiler) version [0-9.]+", r"\1", body)
    return HEADER.format(name=ui_file.name) + body


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def stale_forms() -> list[str]:
    """Names of the generated files that differ from their .ui (or are missing, or orphaned)."""
    stale = []
    expected = set()
    for ui_file in ui_files():
        target = target_for(ui_file)
        expected.add(target.name)
        if not target.exists() or target.read_text(encoding="utf-8") != compile_form(ui_file):
            stale.append(target.name)
    for generated in FORMS_DIR.glob("ui_*.py"):
        if generated.name not in expected:
            stale.append(generated.name)
    return stale


def build() -> list[Path]:
    FORMS_DIR.mkdir(exist_ok=True)
    written = []
    expected = set()
    for ui_file in ui_files():
        target = target_for(ui_file)
        expected.add(target)
        text = compile_form(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            written.append(target)
    for generated in FORMS_DIR.glob("ui_*.py"):
        if generated not in expected:
            generated.unlink()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_forms", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a generated form is stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms()
        if stale:
            print("stale generated forms (run `make forms`): " + ", ".join(stale), file=sys.stderr)
            return 1
        print(f"{len(ui_files())} forms up to date")
        return 0
    written = build()
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    print(f"{len(ui_files())} forms, {len(written)} regenerated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
