"""The shape of the code (issue 11): no import circle anywhere in the package, and the window
reaches the district only through services/: no gui/ module imports storage/ or calls a method of
the Store."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "fdh_desktop"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(path: Path, type_checking: bool = False) -> list[tuple[str, int]]:
    """Every module this file imports (at the top or inside a function); those under
    TYPE_CHECKING only when asked (they make no circle at run time, but still name a layer)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    this = _module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child) and not type_checking:
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, child.lineno) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - (child.level - 1)]
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module or ""
                if not this.startswith(module + "."):  # `from . import x` does not import the parent anew
                    found.append((module, child.lineno))
                # `from pkg import module` imports the submodule too
                found.extend((f"{module}.{alias.name}", child.lineno) for alias in child.names)
            visit(child)

    visit(tree)
    return found


def _graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        for module, _line in _imports(path):
            if module in files and module != name:
                graph[name].add(module)
    # a package's __init__ runs before its modules: importing a.b imports a too
    for name in list(graph):
        for target in list(graph[name]):
            parent = target.rpartition(".")[0]
            while parent and parent in graph and parent != name and not name.startswith(parent + "."):
                graph[name].add(parent)
                parent = parent.rpartition(".")[0]
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return result


def test_no_import_circles():
    assert _cycles(_graph()) == []


def test_the_circle_finder_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _gui_files() -> list[Path]:
    return sorted(p for p in (PACKAGE / "gui").rglob("*.py") if "forms" not in p.parts)


def test_no_gui_module_imports_storage():
    offenders = [f"{p.relative_to(ROOT)}:{line} imports {module}"
                 for p in _gui_files() for module, line in _imports(p, type_checking=True)
                 if module == "fdh_desktop.storage" or module.startswith("fdh_desktop.storage.")]
    assert offenders == []


def _store_methods() -> set[str]:
    from fdh_desktop.storage import Store

    return {name for name in dir(Store) if not name.startswith("_") and callable(getattr(Store, name))}


def _store_calls(path: Path, methods: set[str]) -> list[str]:
    """Calls like `self.store.streets()` or `store.save_congress(...)`: a method of the Store
    called on something named store."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in methods:
            receiver = ast.unparse(node.func.value)
            if "store" in receiver.lower().rsplit(".", 1)[-1]:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {receiver}.{node.func.attr}()")
    return found


def test_no_gui_module_calls_a_store_method():
    methods = _store_methods()
    assert {"streets", "save_congress", "settings"} <= methods
    offenders = [call for p in _gui_files() for call in _store_calls(p, methods)]
    assert offenders == []


def test_the_store_call_finder_sees_a_call(tmp_path):
    sample = ROOT / "tests" / "_store_call_sample.py"
    sample.write_text("def f(self):\n    return self.store.streets()\n", encoding="utf-8")
    try:
        assert _store_calls(sample, {"streets"}) == ["tests/_store_call_sample.py:2 self.store.streets()"]
    finally:
        sample.unlink()
