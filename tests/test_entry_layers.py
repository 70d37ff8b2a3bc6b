"""The entry screen reaches the district only through services, and marks its text for Qt Linguist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "fdh_desktop"
ENTRY_FILES = sorted((ROOT / "gui" / "entry").glob("*.py")) + [ROOT / "gui" / "common" / "editors.py"]
CJK = re.compile(r"[\u4e00-\u9fff]")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _tree(path: Path) -> tuple[ast.AST, dict[ast.AST, ast.AST]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    return tree, parents


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def unwrapped_chinese(path: Path) -> list[tuple[int, str]]:
    """Chinese string literals that are no docstring and stand in no tr()/translate()/NOOP call."""
    tree, parents = _tree(path)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value)):
            continue
        if isinstance(parents.get(node), ast.Expr):
            continue  # a docstring
        up, wrapped = node, False
        while up in parents and not wrapped:
            up = parents[up]
            wrapped = isinstance(up, ast.Call) and _call_name(up) in TRANSLATING
        if not wrapped:
            found.append((node.lineno, node.value))
    return found


def store_calls(path: Path, methods: set[str]) -> list[tuple[int, str]]:
    """Calls like store.congress(...) or self._store.members(...)."""
    tree, _ = _tree(path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in methods:
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if "store" in name.lower():
                found.append((node.lineno, node.func.attr))
    return found


def storage_imports(path: Path) -> list[int]:
    tree, _ = _tree(path)
    return [node.lineno for node in ast.walk(tree)
            if (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("fdh_desktop.storage"))
            or (isinstance(node, ast.Import) and any(a.name.startswith("fdh_desktop.storage") for a in node.names))]


@pytest.mark.parametrize("path", ENTRY_FILES, ids=lambda p: p.name)
def test_the_entry_screen_uses_services_only(path: Path):
    from fdh_desktop.storage import Store

    methods = {name for name in dir(Store) if not name.startswith("_")}
    assert storage_imports(path) == []
    assert store_calls(path, methods) == []


@pytest.mark.parametrize("path", ENTRY_FILES, ids=lambda p: p.name)
def test_every_chinese_text_of_the_entry_screen_is_marked_for_translation(path: Path):
    assert unwrapped_chinese(path) == []


def test_the_checks_catch_what_they_look_for(tmp_path: Path):
    bad = tmp_path / "bad.py"
    bad.write_text('from fdh_desktop.storage import Store\nlabel = "班子成员"\nstore.members(1, 6)\n'
                   'ok = self.tr("社区")\n', encoding="utf-8")
    assert storage_imports(bad) == [1]
    assert unwrapped_chinese(bad) == [(2, "班子成员")]
    assert store_calls(bad, {"members"}) == [(3, "members")]
