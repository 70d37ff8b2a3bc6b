"""The Designer forms: generated code matches the .ui files, names follow the convention, the
text is Chinese, and nothing loads .ui files at run time."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fdh_desktop.gui import build_forms

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
SNAKE_WITH_ROLE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)+")
# Latin words allowed in UI text: key names, other programs' names, file types (single letters
# are keys too: Alt+N).
ALLOWED_LATIN = {"Ctrl", "Alt", "Enter", "Delete", "Excel", "Word", "WPS", "PDF", "xlsx", "xls", "ods", "sqlite"}


def test_generated_forms_are_up_to_date():
    result = subprocess.run([sys.executable, "-m", "fdh_desktop.gui.build_forms", "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert len(UI_FILES) >= 8


def test_check_fails_when_a_ui_file_changed(tmp_path, monkeypatch):
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "forms"
    ui_dir.mkdir()
    forms_dir.mkdir()
    for name in ("place_dialog", "row_dialog"):  # two small forms keep the test quick
        shutil.copy(ROOT / "ui" / f"{name}.ui", ui_dir)
        shutil.copy(build_forms.FORMS_DIR / f"ui_{name}.py", forms_dir)
    monkeypatch.setattr(build_forms, "UI_DIR", ui_dir)
    monkeypatch.setattr(build_forms, "FORMS_DIR", forms_dir)
    assert build_forms.stale_forms() == []
    form = ui_dir / "place_dialog.ui"
    form.write_text(form.read_text(encoding="utf-8").replace("所属街道", "街道名"), encoding="utf-8")
    assert build_forms.stale_forms() == ["ui_place_dialog.py"]
    assert build_forms.main(["--check"]) == 1
    build_forms.build()
    assert build_forms.stale_forms() == []
    assert "街道名".encode("unicode_escape").decode() in (forms_dir / "ui_place_dialog.py").read_text(encoding="utf-8")


def test_generated_files_say_they_are_generated():
    for ui in UI_FILES:
        text = build_forms.target_for(ui).read_text(encoding="utf-8")
        assert text.startswith("# GENERATED FILE, DO NOT EDIT"), ui.name


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_object_names_are_snake_case_with_a_role(ui):
    root = ET.parse(ui).getroot()
    top = root.find("widget")
    bad = []
    for element in root.iter():
        if element.tag in ("widget", "layout", "action", "spacer") and element is not top:
            name = element.get("name", "")
            if not SNAKE_WITH_ROLE.fullmatch(name):
                bad.append(name)
    assert bad == []


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_ui_text_is_chinese(ui):
    root = ET.parse(ui).getroot()
    english = []
    for string in root.iter("string"):
        if string.get("notr") == "true" or not string.text:
            continue
        words = set(re.findall(r"[A-Za-z]+", re.sub(r"\(&[A-Z0-9]\)|&", "", string.text)))
        english += sorted(w for w in words - ALLOWED_LATIN if len(w) > 1)
    assert english == []


def test_nothing_loads_ui_files_at_run_time():
    gui = ROOT / "fdh_desktop" / "gui"
    offenders = [p.name for p in gui.rglob("*.py") if "loadUiType" in p.read_text(encoding="utf-8")
                 or "QUiLoader" in p.read_text(encoding="utf-8")]
    assert offenders == []
