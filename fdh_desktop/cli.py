"""`fdh`: the services of the window from a terminal (DOMAIN.md, "Command line").

Exit status: 0 done, 1 the data or a file was refused (one clear line, or every import error),
2 bad usage. No traceback reaches the user: unexpected failures are logged to a file and
reported in one line.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from fdh_desktop import __version__
from fdh_desktop.services import paths
from fdh_desktop.storage import StoreError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

log = logging.getLogger(__name__)


class UsageError(Exception):
    """Bad usage: exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would exit itself; keep the exit codes ours
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="fdh", description="妇代会换届管理（命令行）")
    parser.add_argument("--db", type=Path, help=f"数据库文件（默认：环境变量{paths.DB_ENV}，否则用户数据文件夹）")
    parser.add_argument("--version", action="version", version=f"fdh {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help="新建区数据库")
    p.add_argument("--district", required=True, help="区名称")
    p.add_argument("--term", type=int, required=True, help="本届届次，如 6")
    p.add_argument("--year", type=int, help="本届换届年份（用于计算年龄）")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="装入演示区（8个街道，约110个社区）")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("template", help="导出给街道填写的Excel模板")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--street")
    p.add_argument("--term", type=int)
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser("import", help="导入街道交回的工作簿")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--term", type=int)
    p.add_argument("--dry-run", action="store_true", help="只显示将要做的修改，不写入")
    p.add_argument("--errors-dir", type=Path, help="标注错误的副本存放位置（默认与原文件同一文件夹）")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="导出一届的全部数据（交换格式）")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--term", type=int)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("stats", help="统计")
    p.add_argument("--term", type=int)
    p.add_argument("--street")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="输出JSON")
    out.add_argument("--xlsx", type=Path, metavar="FILE", help="写入Excel统计表")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="写入PDF统计表")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("summary", help="基本情况文字")
    p.add_argument("--term", type=int)
    p.add_argument("--street")
    p.set_defaults(handler=cmd_summary)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else paths.default_db_path()


def _open(args: argparse.Namespace, create: bool = False):
    from fdh_desktop.services.district import open_district

    return open_district(_db_path(args), create=create)


def cmd_init(args: argparse.Namespace) -> int:
    from fdh_desktop.services.district import check_init_arguments, init_district

    check_init_arguments(args.district, args.term)  # before the file is created
    with _open(args, create=True) as store:
        init_district(store, args.district, args.term, args.year)
        print(f"已新建{args.district}（第{args.term}届）：{_db_path(args)}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from fdh_desktop.services.demo import build_demo

    with _open(args, create=True) as store:
        build_demo(store)
        settings = store.settings()
        print(f"已装入演示区“{settings.district}”（{len(store.streets())}个街道，"
              f"{len(store.communities())}个社区）：{_db_path(args)}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from fdh_desktop.domain.records import term_label
    from fdh_desktop.reports.tables import format_text, report_tables
    from fdh_desktop.services.statistics import statistics

    if args.xlsx or args.pdf:
        return _not_yet("统计表导出（--xlsx/--pdf）")
    with _open(args) as store:
        report = statistics(store, args.term, args.street)
        decimals = store.settings().decimals
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        where = f"{args.street}街道" if args.street else report["district"]
        print(f"{where} {term_label(report['term'])} 社区妇代会换届选举情况\n")
        print(format_text(report_tables(report, decimals)))
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from fdh_desktop.reports.summary import summary_text
    from fdh_desktop.services.statistics import statistics

    with _open(args) as store:
        report = statistics(store, args.term, args.street)
        print(summary_text(report, store.settings().current_term))
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    return _not_yet("模板导出（fdh template）")


def cmd_import(args: argparse.Namespace) -> int:
    return _not_yet("工作簿导入（fdh import）")


def cmd_export(args: argparse.Namespace) -> int:
    return _not_yet("数据导出（fdh export）")


def _not_yet(what: str) -> int:
    print(f"{what}尚未实现，将在后续版本提供", file=sys.stderr)
    return EXIT_USAGE


def main(argv: list[str] | None = None, handle: Callable[[argparse.Namespace], int] | None = None) -> int:
    _utf8_stdio()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help()
            return EXIT_USAGE
        return (handle or args.handler)(args)
    except UsageError as exc:
        print(f"用法错误：{exc}（fdh --help 查看用法）", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one line for the user, the rest in a log
        where = _log_crash()
        print(f"内部错误：{type(exc).__name__}: {exc}（详情见 {where}）", file=sys.stderr)
        return EXIT_REFUSED


def _utf8_stdio() -> None:
    # A Windows console or a pipe may default to a legacy code page; Chinese must not crash output.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass


def _log_crash() -> Path | str:
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "fdh-errors.log"
        with target.open("a", encoding="utf-8") as f:
            f.write(traceback.format_exc() + "\n")
        return target
    except OSError:
        return "（无法写入日志）"


if __name__ == "__main__":
    raise SystemExit(main())
