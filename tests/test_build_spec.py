"""build.spec without building: what it would put in the folder, read by running the spec with
PyInstaller's build classes replaced by recorders (PyInstaller need not be installed)."""

from __future__ import annotations

import ast
import struct
import sys
import types
from pathlib import Path

import pytest

import fdh_desktop

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"


class Recorder:
    """Stands in for Analysis / PYZ / EXE / COLLECT and keeps its arguments."""

    made: list[Recorder] = []

    def __init__(self, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list = []
        self.datas: list = []  # the TOC a real Analysis would fill
        self.pure, self.scripts = [], []
        Recorder.made.append(self)


def _kind(name: str) -> type:
    return type(name, (Recorder,), {})


@pytest.fixture(scope="module")
def spec() -> dict:
    """The spec's namespace after running it: its helpers, constants and recorded build steps."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    seen_filter = {}

    def collect_submodules(package, filter=None):  # noqa: A002 - PyInstaller's own argument name
        seen_filter["filter"] = filter
        names = [f"{package}.{p.stem}" for p in (ROOT / package).rglob("*.py")]
        return [n for n in names if filter is None or filter(n)]

    hooks.collect_submodules = collect_submodules
    saved = {name: sys.modules.get(name) for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.hooks")}
    sys.modules.update({
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
    })
    Recorder.made = []
    kinds = {name: _kind(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    namespace = {"SPECPATH": str(ROOT), "__file__": str(SPEC), **kinds}
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    namespace["_made"] = {name: [r for r in Recorder.made if type(r).__name__ == name] for name in kinds}
    namespace["_filter"] = seen_filter["filter"]
    return namespace


def test_names_version_and_icon_come_from_the_package(spec):
    made = spec["_made"]
    (collect,) = made["COLLECT"]
    assert collect.kwargs["name"] == fdh_desktop.APP_NAME
    assert spec["VERSION"] == fdh_desktop.__version__
    gui, cli = made["EXE"]
    assert gui.kwargs["name"] == fdh_desktop.APP_NAME and gui.kwargs["console"] is False
    assert cli.kwargs["name"] == "fdh" and cli.kwargs["console"] is True
    assert Path(gui.kwargs["icon"]).is_file()
    assert gui.kwargs["upx"] is False


def test_both_programs_share_one_folder(spec):
    (collect,) = spec["_made"]["COLLECT"]
    assert sum(isinstance(a, Recorder) and type(a).__name__ == "EXE" for a in collect.args) == 2
    assert all(exe.kwargs["exclude_binaries"] for exe in spec["_made"]["EXE"])


def test_entry_scripts_start_the_window_the_self_test_and_the_command():
    gui = (ROOT / "packaging" / "launch_gui.py").read_text(encoding="utf-8")
    cli = (ROOT / "packaging" / "launch_cli.py").read_text(encoding="utf-8")
    assert '"--self-test"' in gui and "fdh_desktop.gui.selftest_gui" in gui and "fdh_desktop.gui.app" in gui
    assert "fdh_desktop.cli" in cli


def test_data_files_are_resources_and_the_guide_never_tests(spec):
    gui_analysis = spec["_made"]["Analysis"][0]
    sources = [Path(src) for src, _dest in gui_analysis.kwargs["datas"]]
    relative = {src.relative_to(ROOT).as_posix() for src in sources}
    assert "resources/icons/app.png" in relative
    assert "resources/styles/app.qss" in relative
    assert any(r.startswith("resources/fonts/") and r.endswith((".otf", ".ttf")) for r in relative)
    assert not any(r.startswith(("tests/", "benchmarks/", ".venv/")) for r in relative)
    assert not any(r.endswith((".py", ".pyc", ".ts")) for r in relative), "build scripts stay out"
    user_docs = {"docs/guide.md", "docs/data-safety.md"}
    assert {d for d in user_docs if (ROOT / d).exists()} <= relative
    assert not any(r.startswith("docs/") and r not in user_docs and "/images/" not in r for r in relative), \
        "developer docs (readme-build.md, ...) stay out"
    for src, dest in gui_analysis.kwargs["datas"]:
        assert Path(src).parent.relative_to(ROOT).as_posix() == dest, "resource_root() expects the same layout"


def test_big_unused_qt_modules_and_test_tools_are_excluded(spec):
    excludes = set(spec["EXCLUDES"])
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "Qt3DCore", "QtMultimedia", "QtQml", "QtQuick",
                   "QtPdf", "QtNetwork"):
        assert f"PySide6.{module}" in excludes
    for tool in ("pytest", "hypothesis", "pytestqt", "tests", "PyInstaller"):
        assert tool in excludes
    assert "fdh_desktop.gui.make_icons" in excludes and "fdh_desktop.gui.build_forms" in excludes


def _qt_modules_imported_by_the_program() -> dict[str, set[str]]:
    dev = {"build_forms.py", "make_icons.py"}
    found: dict[str, set[str]] = {}
    for path in (ROOT / "fdh_desktop").rglob("*.py"):
        if path.name in dev:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + ([f"{node.module}.{a.name}" for a in node.names] if node.module == "PySide6" else [])
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1:
                    found.setdefault(parts[1], set()).add(path.relative_to(ROOT).as_posix())
    return found


def test_the_program_imports_no_excluded_qt_module(spec):
    used = _qt_modules_imported_by_the_program()
    assert {"QtCore", "QtGui", "QtWidgets"} <= set(used)
    clash = {m: sorted(files) for m, files in used.items() if m in spec["EXCLUDED_QT"]}
    assert not clash, f"build.spec excludes Qt modules the program imports: {clash}"


def test_developer_tools_are_not_collected(spec):
    keep = spec["_filter"]
    assert keep("fdh_desktop.gui.main_window") and keep("fdh_desktop.selftest")
    assert not keep("fdh_desktop.gui.build_forms") and not keep("fdh_desktop.gui.make_icons")


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
])
def test_plugin_choice(spec, dest, kept):
    assert spec["keep_binary"](dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/translations/qt_ja.qm", False),
    ("resources/translations/fdh_desktop_zh_CN.qm", True),
    ("resources/icons/app.png", True),
])
def test_only_chinese_qt_translations(spec, dest, kept):
    assert spec["keep_data"](dest) is kept


def test_links_to_dropped_libraries_are_dropped(spec):
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY")]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("resources/icons/app.png", "/x/app.png", "DATA"),
    ]
    kept = spec["drop_dangling_links"](datas, binaries)
    assert [d for d, _s, _t in kept] == ["libQt6Gui.so.6", "resources/icons/app.png"]


def test_icon_files_hold_every_size():
    png = (ROOT / "resources" / "icons" / "app.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (ROOT / "resources" / "icons" / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {struct.unpack("<B", ico[6 + 16 * i:7 + 16 * i])[0] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_icons_are_rendered_from_the_current_svg(qapp):
    from fdh_desktop.gui import make_icons

    stale = [p.name for p, data in make_icons.rendered().items() if p.read_bytes() != data]
    assert not stale, "resources/icons/app.svg changed: run python -m fdh_desktop.gui.make_icons"
