"""Everything below the GUI works without Qt: import it and run `fdh` with PySide6 blocked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CORE_PACKAGES = ["fdh_desktop.domain", "fdh_desktop.storage", "fdh_desktop.excel", "fdh_desktop.reports",
                 "fdh_desktop.services"]

SCRIPT = textwrap.dedent("""
    import importlib, io, json, pkgutil, sys
    from contextlib import redirect_stdout

    class BlockQt:
        # Any attempt to import Qt fails exactly as it would on a machine without PySide6.
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{name} is blocked in this test")
            return None

    sys.meta_path.insert(0, BlockQt())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the blocker does not work")

    imported = []
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        imported.append(package_name)
        # walk_packages imports subpackages itself; onerror makes a failing import loud.
        def fail(name):
            raise SystemExit(f"cannot import {name}: {sys.exc_info()[1]!r}")
        for info in pkgutil.walk_packages(package.__path__, package_name + ".", onerror=fail):
            importlib.import_module(info.name)
            imported.append(info.name)
    import fdh_desktop.cli as cli
    imported.append("fdh_desktop.cli")

    db = sys.argv[1]
    results = {}
    for name, argv in (("demo", ["--db", db, "demo"]), ("stats", ["--db", db, "stats", "--json", "--term", "6"]),
                       ("summary", ["--db", db, "summary", "--term", "6"])):
        out = io.StringIO()
        with redirect_stdout(out):
            results[name] = [cli.main(argv), out.getvalue()]
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    print(json.dumps({"imported": imported, "results": results, "qt": qt}, ensure_ascii=False))
""")


def test_core_and_cli_run_without_pyside6(tmp_path):
    script = "PACKAGES = " + json.dumps(CORE_PACKAGES) + "\n" + SCRIPT
    env = {k: v for k, v in os.environ.items() if k != "FDH_DB"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "layers.sqlite")], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])

    imported = set(report["imported"])
    for module in ("fdh_desktop.domain.idcard", "fdh_desktop.domain.rules", "fdh_desktop.storage.base",
                   "fdh_desktop.storage.migrations", "fdh_desktop.reports.summary", "fdh_desktop.services.demo",
                   "fdh_desktop.cli", *CORE_PACKAGES):
        assert module in imported
    # every module file of the core packages was imported
    for package in CORE_PACKAGES:
        folder = ROOT.joinpath(*package.split("."))
        for path in folder.rglob("*.py"):
            if path.name == "__init__.py":
                continue
            relative = path.relative_to(ROOT).with_suffix("")
            assert ".".join(relative.parts) in imported, path
    assert report["qt"] == []

    status, output = report["results"]["demo"]
    assert status == 0 and "宣南区" in output
    status, output = report["results"]["stats"]
    assert status == 0 and json.loads(output)["chairs"]["total"] == 106
    status, output = report["results"]["summary"]
    assert status == 0 and output.startswith("第六届全区应建社区妇代会110个，实建106个")  # 本届 is 第七届


def test_the_window_paints_before_the_store_is_loaded():
    """The window's module (and everything it imports at the top) loads no Store, no lock and no
    workbook library: they load when a file is opened, after the first paint."""
    code = ("import json, sys; import fdh_desktop.gui.main_window; "
            "print(json.dumps(sorted(sys.modules)))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert not loaded & {"fdh_desktop.storage.store", "fdh_desktop.storage.base", "fdh_desktop.services.locking",
                         "openpyxl", "python_calamine"}
