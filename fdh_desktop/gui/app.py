"""`fdh-desktop`: the window.

    fdh-desktop [--db FILE]
    fdh-desktop [--db FILE] --screenshot OUT.png [--tab 录入|统计|班子成员] [--size 1366x768] [--community NAME]

Without --db the last district opened reopens (else the default file in the user's data folder,
else a welcome page offers to create one, open one, or try the demo). --screenshot renders the
window (offscreen works) to a PNG and exits: used by tests and for the README's pictures.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import traceback
from pathlib import Path

from fdh_desktop import APP_NAME, APP_TITLE
from fdh_desktop.services import paths

from fdh_desktop.gui.application import make_application, render

DEFAULT_SIZE = (1366, 768)
log = logging.getLogger("fdh_desktop")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="fdh-desktop", description=f"{APP_TITLE}（窗口）")
    parser.add_argument("--db", type=Path, help="区数据库文件（默认：上次打开的文件）")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="把窗口画到PNG文件后退出")
    parser.add_argument("--tab", default="录入", help="截图时显示的页：录入、统计、班子成员")
    parser.add_argument("--size", default=f"{DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]}", help="截图的窗口大小，如 1366x768")
    parser.add_argument("--community", help="截图时选中的社区名称（默认：第一个有问题的社区）")
    return parser


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(p) for p in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise UsageError(f"--size 应写成 宽x高，如 1366x768，现为“{text}”") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise UsageError(f"--size 超出范围：{text}")
    return width, height


def startup_path(given: Path | None, recent_last: Path | None) -> Path | None:
    """--db, else the last file opened, else the default file if it exists, else None (welcome)."""
    if given is not None:
        return given
    if recent_last is not None:
        return recent_last
    default = paths.default_db_path()
    return default if default.is_file() else None


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else list(argv)
    if "--self-test" in args_list:
        from fdh_desktop.gui.selftest_gui import main as self_test

        return self_test(args_list)
    try:
        args = build_parser().parse_args(args_list)
        size = parse_size(args.size)
    except UsageError as exc:
        print(f"用法错误：{exc}（fdh-desktop --help 查看用法）", file=sys.stderr)
        return 2
    if args.screenshot is not None:
        return screenshot(args.db, args.screenshot, args.tab, size, args.community)
    return run(args.db)


def run(db: Path | None) -> int:
    app = make_application([sys.argv[0] if sys.argv else APP_NAME])
    _install_excepthook()
    from fdh_desktop.gui.main_window import MainWindow

    window = MainWindow()
    start_window(window, startup_path(db, window.recent.last()))
    return app.exec()


def start_window(window, path: Path | None) -> None:
    """Show the window at once; the district file opens once the first paint is on screen."""
    window.show()
    if path is not None:
        window.open_database_after_paint(path)


def screenshot(db: Path | None, out: Path, tab: str, size: tuple[int, int], community: str | None = None) -> int:
    from PySide6.QtCore import QSettings

    app = make_application([sys.argv[0] if sys.argv else APP_NAME])
    from fdh_desktop.gui.main_window import TAB_NAMES, MainWindow

    if tab not in TAB_NAMES:
        print(f"用法错误：--tab 应为 录入、统计 或 班子成员，现为“{tab}”", file=sys.stderr)
        return 2
    path = db if db is not None else paths.default_db_path()
    if not path.is_file():
        print(f"错误：数据库文件不存在：{path}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        # A throwaway settings file: a screenshot must not change the user's recent files.
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, remember=False)
        try:
            if not window.open_database(path):
                print(f"错误：无法打开 {path}", file=sys.stderr)
                return 1
            render(window, out, tab, size, community)
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    print(f"已保存截图：{out}")
    return 0


def _install_excepthook() -> None:
    """An unexpected error: one Chinese line in a message box, the traceback in the log file."""

    def hook(exc_type, exc, tb) -> None:
        where = _log_crash(exc_type, exc, tb)
        try:
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QApplication

            from fdh_desktop.gui import messages

            parent = QApplication.activeWindow()
            messages.error(parent, QCoreApplication.translate("app", "内部错误"),
                           QCoreApplication.translate("app", "程序遇到意外错误：{0}: {1}").format(exc_type.__name__, exc),
                           QCoreApplication.translate("app", "详情已写入 {0}。请保存工作后重新启动程序。").format(where))
        except Exception:  # noqa: BLE001 - never raise from the hook itself
            pass

    sys.excepthook = hook


def _log_crash(exc_type, exc, tb) -> str:
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "fdh-desktop-errors.log"
        with target.open("a", encoding="utf-8") as f:
            f.write("".join(traceback.format_exception(exc_type, exc, tb)) + "\n")
        return str(target)
    except OSError:
        return "（无法写入日志）"  # not UI text: goes into the message above, translated there


if __name__ == "__main__":
    raise SystemExit(main())
