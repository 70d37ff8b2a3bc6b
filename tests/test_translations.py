"""One route for UI text (issue 11): every Chinese literal under gui/ goes through Qt's
translation functions (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP), so that
pyside6-lupdate sees it and `make translations` writes it into resources/translations/."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "fdh_desktop" / "gui"
CJK = re.compile(r"[\u3400-\u9fff]")  # ideographs: punctuation alone such as "：" is no text to translate
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Developer-facing calls whose text never reaches a clerk's screen.
# Console output (print, argparse) is not Qt UI; neither is a line marked "# not UI text" (data
# such as the demo's place names, or a table of Qt's own missing translations).
NOT_UI = {"debug", "info", "warning", "exception", "critical", "add_argument", "ArgumentParser", "_Parser",
          "print", "UsageError"}
MARK = "# not UI text"
# A developer tool or a console report may say so once, in its first lines.
FILE_MARK = "# i18n: this module prints to a console or builds demo data; it shows no window text"


def _func_name(call: ast.Call) -> str:
    """The called name as lupdate sees it: self.tr / X.translate are methods; a bare function
    called tr() would hide its text from lupdate (or give it the wrong context)."""
    f = call.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id if f.id not in ("tr", "translate") else f"bare {f.id}"
    return ""


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def unwrapped_chinese(path: Path) -> list[str]:
    """Chinese string literals in `path` that are not the text argument of a translating call."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    if any(FILE_MARK in line for line in lines[:40]):
        return []
    allowed = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _func_name(node) in TRANSLATING | NOT_UI:
            for arg in ast.walk(node):
                if isinstance(arg, ast.Constant) and arg is not node:
                    # only the call's own arguments (and the pieces of an f-string among them)
                    allowed.add(id(arg))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value) \
                and id(node) not in allowed and MARK not in lines[node.lineno - 1]:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    return found


def _gui_sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "forms" not in p.parts)


def test_every_chinese_ui_string_goes_through_tr():
    found = [line for path in _gui_sources() for line in unwrapped_chinese(path)]
    assert found == [], "\n" + "\n".join(found)


def test_the_checker_finds_a_bare_chinese_label(tmp_path):
    sample = GUI / "_translation_sample.py"
    sample.write_text('def f(self, label):\n    label.setText("保存")\n    label.setToolTip(self.tr("保存"))\n',
                      encoding="utf-8")
    try:
        assert unwrapped_chinese(sample) == ["fdh_desktop/gui/_translation_sample.py:2: '保存'"]
    finally:
        sample.unlink()


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
                    reason="pyside6-lupdate is not installed")
def test_lupdate_collects_the_window_texts(tmp_path):
    """What `make translations` runs: the catalogue holds the texts of the window and its forms."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    out = tmp_path / "fdh_desktop_zh_CN.ts"
    sources = [str(p) for p in _gui_sources()] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    done = subprocess.run([lupdate, *sources, "-ts", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    for source in ("打开演示数据(&amp;D)", "将要写入的修改", "筛选：输入社区、姓名、字段或操作人…", "操作人"):
        assert f"<source>{source}</source>" in text, source
