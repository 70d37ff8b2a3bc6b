"""What a command loads: `fdh --help` none of the heavy libraries; storage/ no import circle."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

STORAGE = Path(__file__).resolve().parents[2] / "fdh_desktop" / "storage"

_LOADED_BY_HELP = """
import io, json, sys
from contextlib import redirect_stdout
from fdh_desktop.cli import main
with redirect_stdout(io.StringIO()) as out:
    try:
        code = main(["--help"])
    except SystemExit as exc:  # argparse's help action exits
        code = exc.code
print(json.dumps({"code": code, "help": out.getvalue()[:200], "modules": sorted(sys.modules)}))
"""


def test_fdh_help_loads_no_workbook_library_no_qt_and_no_store():
    done = subprocess.run([sys.executable, "-c", _LOADED_BY_HELP], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    assert result["code"] == 0 and "妇代会换届管理" in result["help"]
    loaded = set(result["modules"])
    heavy = {"openpyxl", "python_calamine", "sqlite_utils", "PySide6", "platformdirs", "filelock",
             "fdh_desktop.storage.store", "fdh_desktop.domain", "fdh_desktop.excel", "fdh_desktop.reports"}
    assert not heavy & loaded


def _storage_imports() -> dict[str, set[str]]:
    """Module → the storage modules it imports at load time (not inside functions)."""
    graph: dict[str, set[str]] = {}
    for path in STORAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found: set[str] = set()
        for node in tree.body:  # top level only: an import inside a function is not a circle at load
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    found.add(node.module.split(".")[0])
                else:
                    found |= {a.name for a in node.names}
            elif isinstance(node, ast.If):  # `if TYPE_CHECKING:` blocks are not run
                continue
        graph[path.stem] = found & {p.stem for p in STORAGE.glob("*.py")}
    return graph


def test_storage_has_no_import_circle():
    graph = _storage_imports()
    assert "backup" in graph["base"] and "base" not in graph["backup"]

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == target or (nxt not in seen and reaches(nxt, target, seen | {nxt})):
                return True
        return False

    circles = [m for m in graph if reaches(m, m, {m})]
    assert circles == []


def test_lazy_names_of_the_storage_package_still_resolve():
    from fdh_desktop import storage

    assert storage.Store.__name__ == "Store" and storage.SaveResult().changed is False
    assert storage.ChangeSet(1, "x").action == "x"
