"""`fdh-desktop --self-test`: the Qt half of the self-test, and its command line.

    fdh-desktop --self-test [--self-test-dir DIR]

Runs fdh_desktop.selftest's steps plus the ones that need Qt: start Qt on this machine's platform
(offscreen when there is no display) with its Chinese texts, render the main window and the
statistics page to PNG, write the statistics PDF, and make sure Python and PySide6 agree on None's
reference count. Prints one line per step and a verdict, writes the same lines to self-test.txt in
the log folder (a windowed program on Windows has no console), exits 0 when everything passed and
1 otherwise. --self-test-dir keeps the files it made, and a copy of the report, there. Neither the
user's database nor their settings are touched.
"""

from __future__ import annotations

# i18n: this module prints to a console or builds demo data; it shows no window text

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

from fdh_desktop import APP_TITLE, __version__
from fdh_desktop.selftest import (
    CORE_STEPS,
    Context,
    Step,
    expect,
    pdf_embeds_fonts,
    pdf_pages,
    run_steps,
    summary,
)
from fdh_desktop.services import paths

WINDOW_SIZE = (1366, 768)  # the usual office laptop screen
MIN_COLOURS = 8  # a blank or single-colour grab means nothing was drawn
REPORT_NAME = "self-test.txt"
SAFE_NONE_REFCOUNT = 2**32  # billions of calls away from zero (on Python 3.12+ nothing is lost at all)


def start_qt(ctx: Context) -> str:
    from PySide6.QtCore import QCoreApplication, qVersion

    from fdh_desktop.gui.application import make_application

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        # Without a display xcb would abort the process; offscreen renders the same pixels.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ctx.app = make_application([sys.argv[0] if sys.argv else APP_TITLE])
    # Qt's own texts (dialog buttons, text-field menus) come from the bundled qtbase_zh_CN.qm.
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    expect(cancel == "取消", f"Qt 的中文翻译未加载（“Cancel”仍显示为“{cancel}”）")
    return f"Qt {qVersion()}，平台插件 {ctx.app.platformName()}，Qt 中文翻译已加载"


def check_none_refcount(ctx: Context) -> str:
    """PySide6 6.12 drops a reference to None on every call of a method that returns nothing. On
    Python 3.12+ None is immortal and that is harmless; on 3.11 the program dies after some
    thousands of such calls ("Fatal Python error: none_dealloc") unless None's count was raised
    out of reach at start. A build that would die must not pass."""
    from PySide6.QtCore import QObject

    probe = QObject()
    calls = 200
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    after = sys.getrefcount(None)
    lost = before - after
    expect(lost < calls // 10 or after >= SAFE_NONE_REFCOUNT,
           f"PySide6 每调用一次无返回值的方法就少计一次 None 的引用（{calls} 次少了 {lost} 次，余 {after}），"
           "程序用一阵就会崩溃（Fatal Python error: none_dealloc）")
    return f"Python {platform.python_version()} 与 PySide6 配合正常"


def check_png(path: Path) -> str:
    """Read a rendered PNG back and make sure something was drawn on it."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    expect(not image.isNull(), f"图片读不回来：{path}")
    small = image.scaled(64, 40)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    expect(len(colours) >= MIN_COLOURS, f"{path.name} 几乎是空白（只有 {len(colours)} 种颜色）")
    return f"{path.name}，{image.width()}×{image.height()}"


def _render(ctx: Context, tab: str, name: str) -> str:
    from PySide6.QtCore import Qt

    from fdh_desktop.gui.application import render

    ctx.window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    path = ctx.workdir / name
    ctx.files[name] = path
    render(ctx.window, path, tab, WINDOW_SIZE)
    return check_png(path)


def render_main_window(ctx: Context) -> str:
    from PySide6.QtCore import QSettings

    from fdh_desktop.gui.main_window import MainWindow

    # A throwaway settings file: the self-test must not touch the user's recent files.
    settings = QSettings(str(ctx.workdir / "settings.ini"), QSettings.Format.IniFormat)
    ctx.window = MainWindow(ctx.store, settings=settings, remember=False)
    from fdh_desktop.services.district import settings as district_settings

    district = district_settings(ctx.store).district
    expect(district in ctx.window.windowTitle(), f"窗口标题中没有区名称“{district}”：{ctx.window.windowTitle()}")
    return "录入页 " + _render(ctx, "录入", "main_window.png")


def render_stats_page(ctx: Context) -> str:
    expect(ctx.window is not None, "主窗口未能建立")
    return "统计页 " + _render(ctx, "统计", "statistics.png")


def write_stats_pdf(ctx: Context) -> str:
    from fdh_desktop.gui.common.printing import FONT_FILE, write_pdf
    from fdh_desktop.services.statistics import printable_sections

    path = ctx.workdir / "统计表.pdf"
    ctx.files["stats_pdf"] = path
    written = write_pdf(path, printable_sections(ctx.store))
    pages = pdf_pages(path)
    expect(pages == written, f"PDF 应有 {written} 页，读回 {pages} 页")
    expect(pdf_embeds_fonts(path), "PDF 未嵌入字体，在没有中文字体的电脑上会显示不出")
    font = Path(FONT_FILE).stem
    expect(font.encode("ascii") in path.read_bytes(), f"PDF 没有用随程序附带的字体 {font}（resources/fonts 缺失？）")
    return f"已写入并读回 {path.name}：{pages} 页，嵌入字体 {font}"


def steps() -> list[Step]:
    by_name = {step.name: step for step in CORE_STEPS}
    return [
        Step("启动Qt", start_qt),
        by_name["新建数据库"],
        by_name["装入演示区"],
        by_name["统计"],
        Step("主窗口", render_main_window),
        Step("统计页", render_stats_page),
        Step("PDF统计表", write_stats_pdf),
        by_name["Excel统计表"],
        by_name["交换工作簿"],
        # Last: on a bad build each probe call brings the crash nearer.
        Step("Python与PySide6", check_none_refcount),
    ]


class Output:
    """Each line to stdout when there is one, and to the report file at the end."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        stream = sys.stdout
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="replace")
            except (OSError, ValueError):
                pass
        self.stream = stream

    def __call__(self, line: str) -> None:
        self.lines.append(line)
        if self.stream is not None:
            try:
                print(line, file=self.stream, flush=True)
            except (OSError, ValueError):
                self.stream = None

    def save(self, also: Path | None = None) -> Path | None:
        """Write the report to the log folder (and into `also`); the log folder's copy, or None."""
        text = "\n".join(self.lines) + "\n"
        if also is not None:
            try:
                (also / REPORT_NAME).write_text(text, encoding="utf-8")
            except OSError:
                pass
        try:
            folder = paths.log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / REPORT_NAME
            path.write_text(text, encoding="utf-8")
            return path
        except OSError:
            return None


def header() -> str:
    frozen = "打包版" if getattr(sys, "frozen", False) else "源代码"
    return (f"{APP_TITLE} {__version__} 自检（{frozen}，Python {platform.python_version()}，"
            f"{platform.system()} {platform.release()}）")


def run(workdir: Path, say) -> int:
    ctx = Context(workdir=workdir)
    planned = steps()
    try:
        results = run_steps(planned, ctx, say)
    finally:
        ctx.close()
    code, verdict = summary(results, len(planned))
    say(verdict)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fdh-desktop --self-test", add_help=False)
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--self-test-dir", type=Path, default=None)
    args, _unknown = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    say = Output()
    say(header())
    keep = args.self_test_dir.resolve() if args.self_test_dir is not None else None
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        code = run(keep, say)
        say(f"自检文件保存在 {keep}")
    else:
        with tempfile.TemporaryDirectory(prefix="fdh-selftest-", ignore_cleanup_errors=True) as tmp:
            code = run(Path(tmp), say)
    report = say.save(keep)
    if report is not None:
        say(f"自检报告：{report}")
    return code

