"""`fdh`: the services of the window from a terminal (DOMAIN.md, "Command line").

Exit status: 0 done, 1 the data or a file was refused (one clear line, or every import error),
2 bad usage. No traceback reaches the user: unexpected failures are logged to a file and
reported in one line.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from fdh_desktop import __version__
from fdh_desktop.os_errors import describe as describe_os_error
from fdh_desktop.services import paths
from fdh_desktop.storage import StoreError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

class UsageError(Exception):
    """Bad usage: exit status 2."""


# argparse's own words, which it prints in English; a clerk reads Chinese.
_ARGPARSE_MESSAGES = [
    (re.compile(r"the following arguments are required: (.+)"), "缺少必需的参数：{0}"),
    (re.compile(r"unrecognized arguments: (.+)"), "无法识别的参数：{0}"),
    (re.compile(r"argument (\S+): invalid (?:int|float|Path) value: (.+)"), "参数 {0} 的值无效：{1}"),
    (re.compile(r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)"), "参数 {0} 的值无效：{1}（可选：{2}）"),
    (re.compile(r"argument (\S+): expected one argument"), "参数 {0} 后面需要一个值"),
    (re.compile(r"argument (\S+): expected at least one argument"), "参数 {0} 后面至少需要一个值"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"), "参数 {0} 不能与 {1} 同时使用"),
    (re.compile(r"argument (\S+): ignored explicit argument (.+)"), "参数 {0} 不接受值：{1}"),
]


def chinese_usage_error(message: str) -> str:
    for pattern, text in _ARGPARSE_MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return text.format(*match.groups())
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        # prefix "" is argparse working out a sub-command's name: leave that alone
        super().add_usage(usage, actions, groups, prefix="用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse in Chinese, with our exit codes (argparse would exit itself)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str):
        raise UsageError(chinese_usage_error(message))


def _output_options(p: argparse.ArgumentParser, json_help: str, table: str) -> None:
    """--json | --xlsx FILE | --pdf FILE, one of them, for a printable table."""
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=json_help)
    out.add_argument("--xlsx", type=Path, metavar="FILE", help=f"写入Excel{table}")
    out.add_argument("--pdf", type=Path, metavar="FILE", help=f"写入PDF{table}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="fdh", description="妇代会换届管理（命令行）")
    parser.add_argument("--db", type=Path, metavar="FILE", help=f"数据库文件（默认：环境变量{paths.DB_ENV}，否则用户数据文件夹）")
    parser.add_argument("--version", action="version", version=f"fdh {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, title="可用的命令")

    p = sub.add_parser("init", help="新建区数据库")
    p.add_argument("--district", required=True, metavar="NAME", help="区名称")
    p.add_argument("--term", type=int, required=True, metavar="N", help="本届届次，如 6")
    p.add_argument("--year", type=int, metavar="YEAR", help="本届换届年份（用于计算年龄）")
    p.add_argument("--form", choices=("妇联", "妇代会"), default="妇联",
                   help="本届组织形式：妇联（会改联后，默认）或妇代会")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="装入演示区（8个街道，约110个社区）")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("template", help="导出给街道填写的Excel模板")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="模板保存为")
    p.add_argument("--street", metavar="NAME", help="只含这个街道的社区（默认：全区）")
    p.add_argument("--term", type=int, metavar="N", help="届次（默认：本届）")
    p.add_argument("--prefill", action="store_true", help="预填上届班子成员，街道核对修改即可")
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser("import", help="导入街道交回的工作簿")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="交回的工作簿（.xlsx .xls .ods），可以多个")
    p.add_argument("--term", type=int, metavar="N", help="导入到第N届（默认：工作簿中注明的届次，否则本届）")
    p.add_argument("--dry-run", action="store_true", help="只显示将要做的修改，不写入")
    p.add_argument("--errors-dir", type=Path, metavar="DIR",
                   help="标注错误的副本存放位置（默认与原文件同一文件夹；试运行时只在给出此项时生成）")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="导出一届的全部数据（交换格式）")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="保存为")
    p.add_argument("--term", type=int, metavar="N", help="届次（默认：本届）")
    p.add_argument("--mask", action="store_true", help="隐去身份证号和电话的部分数字")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("stats", help="统计")
    p.add_argument("--term", type=int, metavar="N", help="届次（默认：本届）")
    p.add_argument("--street", metavar="NAME", help="只统计这个街道（默认：全区）")
    _output_options(p, "输出JSON", "统计表")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("progress", help="换届进度与周通报")
    p.add_argument("--term", type=int, metavar="N", help="届次（默认：本届）")
    p.add_argument("--week", metavar="YYYY-MM-DD", help="通报这一天所在的一周（默认：本周）")
    _output_options(p, "输出JSON（进度与周通报）", "周通报")
    p.set_defaults(handler=cmd_progress)

    p = sub.add_parser("summary", help="基本情况文字")
    p.add_argument("--term", type=int, metavar="N", help="届次（默认：本届）")
    p.add_argument("--street", metavar="NAME", help="只写这个街道（默认：全区）")
    p.add_argument("--docx", type=Path, metavar="FILE", help="同时保存为Word文档（.docx）")
    p.set_defaults(handler=cmd_summary)

    _election_parsers(sub)

    p = sub.add_parser("backup", help="立即备份数据库（存放在数据库旁的 backups 文件夹）")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("backups", help="列出全部备份")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help="从备份恢复数据库（恢复前先备份当前文件）")
    p.add_argument("file", type=Path, metavar="FILE", help="备份文件（路径，或 backups 文件夹中的文件名）")
    p.set_defaults(handler=cmd_restore)
    return parser


PAPER_KINDS = ("选举办法", "议程", "当选名单")


def _where(p: argparse.ArgumentParser) -> None:
    p.add_argument("--street", required=True, metavar="NAME", help="街道")
    p.add_argument("--community", required=True, metavar="NAME", help="社区")
    p.add_argument("--term", type=int, metavar="N", help="届次（默认：本届）")
    _threshold_flags(p)


def _threshold_flags(p: argparse.ArgumentParser, verb: str = "本次改用") -> None:
    # The district's rules (DOMAIN.md, "The election"), stored by `fdh election-rules` or the window's
    # 选举规则 dialog; a flag overrides the stored value for one command.
    p.add_argument("--quorum", choices=("超过三分之二", "过半数"), default=None,
                   help=f"会议有效所需实到人数（{verb}；默认：区里保存的选举规则，初始为超过应到的三分之二）")
    p.add_argument("--base", choices=("应到", "实到", "收回"), default=None,
                   help=f"当选须得赞成票超过其半数的基数（{verb}；默认：区里保存的选举规则，初始为应到）")
    p.add_argument("--surplus", type=int, default=None, metavar="PCT",
                   help=f"差额选举候选人多于应选名额的比例，百分数（{verb}；默认：区里保存的选举规则，初始为10）")


def _thresholds(args: argparse.Namespace, store):
    """The district's stored thresholds with the command's flags over them."""
    import dataclasses
    from decimal import Decimal

    from fdh_desktop.services.election import load_thresholds

    if args.surplus is not None and not 0 <= args.surplus <= 100:
        raise UsageError("--surplus 应为0至100的整数")
    given = {"quorum": args.quorum, "majority_base": args.base,
             "surplus": None if args.surplus is None else Decimal(args.surplus) / 100}
    return dataclasses.replace(load_thresholds(store), **{k: v for k, v in given.items() if v is not None})


def _election_parsers(sub) -> None:
    p = sub.add_parser("election", help="显示一个社区的选举（会议、各轮候选人、计票结果）")
    _where(p)
    p.add_argument("--json", action="store_true", help="输出JSON（与 election-import 读入的格式相同，另附各轮结果）")
    p.set_defaults(handler=cmd_election)

    p = sub.add_parser("elections", help="列出一届中已录入选举的社区及其进度")
    p.add_argument("--term", type=int, metavar="N", help="届次（默认：本届）")
    p.add_argument("--json", action="store_true", help="输出JSON")
    p.set_defaults(handler=cmd_elections)

    p = sub.add_parser("election-import", help="从JSON文件录入一个社区的选举（会议、各轮、候选人、计票）")
    p.add_argument("file", type=Path, metavar="FILE.json", help="选举文件（格式见 fdh election --json）")
    p.add_argument("--term", type=int, metavar="N", help="届次（默认：文件中注明的届次，否则本届）")
    p.set_defaults(handler=cmd_election_import)

    p = sub.add_parser("ballot", help="打印选票（PDF，候选人按姓氏笔画为序）")
    _where(p)
    p.add_argument("--round", type=int, required=True, metavar="N", help="第N轮")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存为")
    p.add_argument("--paper", choices=("A4", "A5"), default="A4", help="选票大小（A5：一张A4纸印两张）")
    p.add_argument("--copies", type=int, default=1, metavar="N", help="份数（默认1）")
    p.set_defaults(handler=cmd_ballot)

    p = sub.add_parser("tally", help="一轮的计票结果（总监票人宣读的文字）")
    _where(p)
    p.add_argument("--round", type=int, required=True, metavar="N", help="第N轮")
    p.add_argument("--json", action="store_true", help="输出计票结论JSON")
    p.set_defaults(handler=cmd_tally)

    p = sub.add_parser("result", help="选举结果报告单（PDF 或 Word）")
    _where(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="保存为 .pdf 或 .docx")
    p.set_defaults(handler=cmd_result)

    p = sub.add_parser("papers", help="会议材料：选举办法（草案）、会议议程和主持词、当选名单（PDF 或 Word）")
    _where(p)
    p.add_argument("--kind", required=True, choices=PAPER_KINDS, help="哪一种材料")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="保存为 .pdf 或 .docx")
    p.set_defaults(handler=cmd_papers)

    p = sub.add_parser("confirm", help="确认当选：当选人写入本届班子成员（可在修改记录中撤销）")
    _where(p)
    p.set_defaults(handler=cmd_confirm)

    p = sub.add_parser("election-rules", help="显示或修改本区的选举规则（会议有效人数、当选票数基数、差额比例）")
    _threshold_flags(p, "保存为本区规则")
    p.add_argument("--json", action="store_true", help="输出JSON")
    p.set_defaults(handler=cmd_election_rules)


def _db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else paths.default_db_path()


def _open(args: argparse.Namespace, create: bool = False):
    from fdh_desktop.services.district import open_district

    store = open_district(_db_path(args), create=create)
    if store.damaged_reason:  # read commands still work; say that the figures may be incomplete
        from fdh_desktop.services.backups import damaged_message

        print(f"注意：{damaged_message(store)}", file=sys.stderr)
    return store


def cmd_init(args: argparse.Namespace) -> int:
    from fdh_desktop.services.district import check_init_arguments, init_district

    from fdh_desktop.services.backups import writing

    check_init_arguments(args.district, args.term)  # before the file is created
    with writing(_db_path(args), "init", create=True, program="fdh init") as store:
        init_district(store, args.district, args.term, args.year, form=args.form)
        print(f"已新建{args.district}（第{args.term}届社区{args.form}）：{_db_path(args)}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from fdh_desktop.services.demo import build_demo
    from fdh_desktop.services.backups import writing

    with writing(_db_path(args), "demo", create=True, program="fdh demo") as store:
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
        from fdh_desktop.services.statistics import printable_sections, report_signature

        with _open(args) as store:
            sections = printable_sections(store, args.term, args.street)
            signature = report_signature(store)
        try:
            if args.pdf:
                from fdh_desktop.gui.common.printing import write_pdf  # Qt only when a PDF is asked for

                pages = write_pdf(args.pdf, sections)
                print(f"已写入PDF统计表（{pages}页）：{args.pdf}")
            else:
                from fdh_desktop.reports.stats_xlsx import write_stats_workbook

                write_stats_workbook(args.xlsx, sections, signature)
                print(f"已写入Excel统计表（{len(sections)}个工作表）：{args.xlsx}")
        except OSError as exc:
            print(f"错误：无法写入{args.pdf or args.xlsx}（{describe_os_error(exc)}）", file=sys.stderr)
            return EXIT_REFUSED
        return EXIT_OK
    with _open(args) as store:
        report = statistics(store, args.term, args.street)
        decimals = store.settings().decimals
    if args.json:
        import json

        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        from fdh_desktop.domain.organisation import FORM_CONGRESS, labels
        from fdh_desktop.reports.naming import street_place

        where = street_place(args.street) if args.street else report["district"]
        organisation = labels(report.get("form") or FORM_CONGRESS).community_organisation
        print(f"{where} {term_label(report['term'])} {organisation}换届选举情况\n")
        print(format_text(report_tables(report, decimals)))
    return EXIT_OK


def _week_day(text: str | None):
    from datetime import date

    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--week 应为日期，例如 2027-03-15，而不是“{text}”") from None


def cmd_progress(args: argparse.Namespace) -> int:
    from datetime import date

    from fdh_desktop.domain import campaign as cp
    from fdh_desktop.reports.bulletin import bulletin_dict, bulletin_text
    from fdh_desktop.reports.progress import progress_dict
    from fdh_desktop.services.campaign import form_header, form_signature, load_campaign
    from fdh_desktop.services.statistics import term_or_current

    day = _week_day(args.week)
    with _open(args) as store:
        term = term_or_current(store, args.term)
        campaign = load_campaign(store, term)
        settings = store.settings()
        header, footer = form_header(store), form_signature(store)  # the settings' 统计表表头
        signature = None
        if args.xlsx:
            from fdh_desktop.services.statistics import report_signature

            signature = report_signature(store)
    if day < campaign.plan.start:
        raise UsageError(f"--week {day.isoformat()} 早于换届工作开始日期 {campaign.plan.start.isoformat()}")
    names = [s.name for s in campaign.streets]
    pilots = {s.name for s in campaign.streets if s.pilot}
    week = cp.week_of(day, campaign.plan.start)
    bulletin = cp.bulletin(campaign.communities, campaign.plan, week, names, date.today())
    if args.json:
        board = progress_dict(campaign.communities, campaign.plan, bulletin.as_of, campaign.streets,
                              campaign.imports, settings.decimals)
        _json_out({"term": term, **board, "bulletin": bulletin_dict(bulletin, settings.decimals)})
        return EXIT_OK
    if not (args.pdf or args.xlsx):
        print(bulletin_text(bulletin, settings.district, pilots=pilots, decimals=settings.decimals))
        return EXIT_OK
    from fdh_desktop.reports.bulletin import bulletin_section

    section = bulletin_section(bulletin, settings.district, header, footer, pilots=pilots, decimals=settings.decimals)
    try:
        if args.pdf:
            from fdh_desktop.gui.common.printing import write_pdf  # Qt only when a PDF is asked for

            pages = write_pdf(args.pdf, [section])
            print(f"已写入PDF周通报（{pages}页）：{args.pdf}")
        else:
            from fdh_desktop.reports.stats_xlsx import write_stats_workbook

            write_stats_workbook(args.xlsx, [section], signature)
            print(f"已写入Excel周通报：{args.xlsx}")
    except OSError as exc:
        print(f"错误：无法写入{args.pdf or args.xlsx}（{describe_os_error(exc)}）", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from fdh_desktop.services.statistics import summary

    with _open(args) as store:
        text = summary(store, args.term, args.street)
    print(text)
    if args.docx:
        from fdh_desktop.reports.docx import write_docx

        try:
            write_docx(args.docx, [text])
        except OSError as exc:
            print(f"错误：无法写入{args.docx}（{describe_os_error(exc)}）", file=sys.stderr)
            return EXIT_REFUSED
        print(f"已写入：{args.docx}", file=sys.stderr)
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from fdh_desktop.domain.records import term_label
    from fdh_desktop.services.exporting import make_template

    if args.out.suffix.lower() != ".xlsx":
        raise UsageError("--out 的文件名应以.xlsx结尾")
    with _open(args) as store:
        result = make_template(store, args.out, street=args.street, term=args.term, prefill_previous=args.prefill)
    from fdh_desktop.reports.naming import street_place

    where = street_place(args.street) if args.street else "全区"  # 街道 added once, never twice
    prefilled = f"，预填上届班子成员{result.members}人" if args.prefill else ""
    print(f"已生成{term_label(result.term)}填报模板（{where}，{result.communities}个社区{prefilled}）：{result.path}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Exit 0: written (or, with --dry-run, would be); 1: a file has errors, nothing written."""
    from fdh_desktop.services.importing import apply_import, describe_plan, plan_import, write_error_copy

    if args.term is not None and args.term < 1:
        raise UsageError("--term 应为不小于1的整数")
    for path in args.files:
        if not path.exists():
            raise UsageError(f"文件不存在：{path}")
        if path.is_dir():
            raise UsageError(f"{path} 是文件夹，请给出工作簿文件")

    def run(store) -> int:
        plan = plan_import(store, args.files, term=args.term)
        for line in describe_plan(plan):
            print(line)
        problems = [p for f in plan.files for p in f.problems]
        for p in problems:
            print(p.line(), file=sys.stderr if p.is_error else sys.stdout)
        if plan.has_errors:
            if args.dry_run and args.errors_dir is None and any(f.has_errors and f.can_mark for f in plan.files):
                # A trial run writes nothing, not even beside the input; the copy goes where asked.
                print("试运行：未生成标注错误的副本；需要时加 --errors-dir 文件夹", file=sys.stderr)
            for f in plan.files:
                if f.has_errors and f.can_mark and not (args.dry_run and args.errors_dir is None):
                    try:
                        copy = write_error_copy(f, args.errors_dir)
                        print(f"已生成标注错误的副本：{copy}", file=sys.stderr)
                    except StoreError as exc:
                        print(f"错误：{exc}", file=sys.stderr)
            count = sum(len(f.errors) for f in plan.files)
            print(f"共{count}处错误，未导入任何数据；请改正后重新导入", file=sys.stderr)
            return EXIT_REFUSED
        if args.dry_run:
            print("试运行：以上修改未写入" if plan.changes_anything else "试运行：没有需要写入的修改")
            return EXIT_OK
        if not plan.changes_anything:
            print("数据库已与这些文件一致，未写入任何修改")
            return EXIT_OK
        from fdh_desktop.services.backups import prepare_write

        backup = prepare_write(store, "import")
        apply_import(store, plan)
        print("已导入" + (f"（导入前已备份：{backup.path.name}）" if backup is not None else ""))
        return EXIT_OK

    if args.dry_run:
        with _open(args) as store:
            return run(store)
    from fdh_desktop.services.locking import writer_lock

    with writer_lock(_db_path(args), None, "fdh import"):
        with _open(args) as store:
            return run(store)


def cmd_export(args: argparse.Namespace) -> int:
    from fdh_desktop.domain.records import term_label
    from fdh_desktop.services.exporting import export_term

    if args.out.suffix.lower() != ".xlsx":
        raise UsageError("--out 的文件名应以.xlsx结尾")
    mask = bool(getattr(args, "mask", False))
    with _open(args) as store:
        result = export_term(store, args.out, term=args.term, mask_personal=mask)
    note = "，身份证号和电话已隐去部分数字" if mask else ""
    print(f"已导出{term_label(result.term)}（{result.communities}个社区，{result.members}名班子成员{note}）：{result.path}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from fdh_desktop.services.backups import backup_now

    info = backup_now(_db_path(args))
    print(f"已备份到：{info.path}（{info.size_text}）")
    if info.check != "ok":
        print("注意：当前数据库已损坏，这份备份同样不完整", file=sys.stderr)
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from fdh_desktop.services.backups import backup_dir, list_backups

    db_path = _db_path(args)
    backups = list_backups(db_path)
    if not backups:
        print(f"没有备份（备份文件夹：{backup_dir(db_path)}）")
        return EXIT_OK
    print(f"{db_path} 的备份（{backup_dir(db_path)}），最新的在前：")
    for b in backups:
        state = "完好" if b.good else "已损坏" if b.check in ("damaged", "raw-copy") else "版本过新"
        print(f"{b.at:%Y-%m-%d %H:%M:%S}  {b.reason_label:<8}  {b.size_text:>8}  {state}  {b.path.name}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from fdh_desktop.services.backups import find_backup, restore_backup

    db_path = _db_path(args)
    result = restore_backup(db_path, find_backup(db_path, args.file), program="fdh restore")
    print(f"已从备份 {result.restored_from.name} 恢复：{db_path}")
    if result.safety_copy is not None:
        print(f"恢复前的数据已另存为：{result.safety_copy.path}")
    return EXIT_OK


def _election_of(store, args: argparse.Namespace):
    """(community, term, stored election) named by --street/--community/--term."""
    from fdh_desktop.services.election import find_community, require_election
    from fdh_desktop.services.statistics import term_or_current

    term = term_or_current(store, args.term)
    community = find_community(store, args.street, args.community)
    return community, term, require_election(store, community.id, term)


def _json_out(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _write_paper(path: Path, sections: list | None = None, blocks: list | None = None) -> int:
    """Sections as PDF, or blocks as .docx; returns the PDF's pages. A file that cannot be
    written is refused in one line (StoreError)."""
    try:
        if blocks is not None:
            from fdh_desktop.reports.election_docx import write_blocks_docx

            write_blocks_docx(path, blocks)
            return 0
        from fdh_desktop.gui.common.printing import write_pdf  # Qt only when a PDF is asked for

        return write_pdf(path, sections or [])
    except OSError as exc:
        raise StoreError(f"无法写入{path}（{describe_os_error(exc)}）") from None


def cmd_election(args: argparse.Namespace) -> int:
    import dataclasses

    from fdh_desktop.services.election import round_states
    from fdh_desktop.services.election_io import election_json

    with _open(args) as store:
        community, term, election = _election_of(store, args)
        thresholds = _thresholds(args, store)
    states = round_states(election, thresholds)
    if args.json:
        data = election_json(args.street, community.name, term, election)
        data["results"] = [{"round": s.round.number, "candidate_problems": [dataclasses.asdict(p) for p in s.candidate_problems],
                            "verdict": None if s.verdict is None else dataclasses.asdict(s.verdict)} for s in states]
        _json_out(data)
        return EXIT_OK
    from fdh_desktop.domain.strokes import sort_by_strokes

    print(f"{args.street}街道{community.name} 选举" + ("（已确认当选）" if election.confirmed else ""))
    for sitting in election.sittings:
        m = sitting.meeting
        print(f"\n{m.name}  {m.day or '日期未定'}  应到{m.expected} 实到{m.present}  {m.voting} {m.method}")
    for s in states:
        names = "、".join(c.name + (f"（{c.role}）" if c.role else "")
                         for c in sort_by_strokes(s.round.candidates, key=lambda c: c.name))
        print(f"\n第{s.round.number}轮 {s.round.title}：应选{s.round.seats}名，候选人{len(s.round.candidates)}名：{names}")
        for p in s.candidate_problems:
            print(f"  {'错误' if p.is_error else '提示'}：{p.message}")
        if s.verdict is None:
            print("  尚未计票")
            continue
        for o in s.verdict.outcomes:
            print(f"  {o.name}{'（另选）' if o.write_in else ''} 赞成{o.votes.yes} 反对{o.votes.no} 弃权{o.votes.abstain}  {o.status}")
        for p in s.verdict.problems:
            print(f"  {'错误' if p.is_error else '提示'}：{p.field}：{p.message}")
    return EXIT_OK


def cmd_elections(args: argparse.Namespace) -> int:
    from fdh_desktop.services.election import term_elections

    with _open(args) as store:
        rows = term_elections(store, args.term)
    if args.json:
        _json_out(rows)
        return EXIT_OK
    if not rows:
        print("本届尚未录入任何社区的选举")
    for row in rows:
        print(f"{row['street']}  {row['community']}  {row['state']}（{row['rounds']}轮，已计票{row['tallied']}轮）")
    return EXIT_OK


def cmd_election_import(args: argparse.Namespace) -> int:
    import json

    from fdh_desktop.services.backups import writing
    from fdh_desktop.services.election import find_community, save_election
    from fdh_desktop.services.election_io import read_election

    if not args.file.is_file():
        raise UsageError(f"文件不存在：{args.file}")
    try:
        data = json.loads(args.file.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise StoreError(f"无法读取{args.file}（{describe_os_error(exc)}）") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f"第{exc.lineno}行第{exc.colno}列" if isinstance(exc, json.JSONDecodeError) else "编码不是UTF-8"
        raise StoreError(f"{args.file.name}：不是有效的JSON文件（{where}）") from None
    file = read_election(data, args.file.name)
    with writing(_db_path(args), "import", program="fdh election-import") as store:
        community = find_community(store, file.street, file.community)
        changes = save_election(store, community.id, file.election, args.term or file.term)
    rounds = sum(len(s.rounds) for s in file.election.sittings)
    print(f"已录入{file.street}街道{community.name}的选举（{len(file.election.sittings)}次会议，{rounds}轮）"
          if changes else f"{community.name}的选举与文件一致，未写入任何修改")
    return EXIT_OK


def cmd_ballot(args: argparse.Namespace) -> int:
    from fdh_desktop.domain.election import check_candidates
    from fdh_desktop.reports.election_papers import ballot_section
    from fdh_desktop.services.election import find_round

    if args.copies < 1:
        raise UsageError("--copies 应为不小于1的整数")
    if args.out.suffix.lower() != ".pdf":
        raise UsageError("--out 的文件名应以.pdf结尾")
    with _open(args) as store:
        _, _, election = _election_of(store, args)
        thresholds = _thresholds(args, store)
    sitting, round_ = find_round(election, args.round)
    errors = [p for p in check_candidates(sitting.meeting, round_, thresholds) if p.is_error]
    if errors:  # an unknown character or a wrong count: never print a ballot that cannot stand
        print(f"错误：第{args.round}轮候选人有误，未打印选票：" + "；".join(p.message for p in errors), file=sys.stderr)
        return EXIT_REFUSED
    pages = _write_paper(args.out, [ballot_section(sitting.meeting, round_, args.copies, args.paper)])
    print(f"已写入选票{args.copies}张（{args.paper}，{pages}页）：{args.out}")
    return EXIT_OK


def cmd_tally(args: argparse.Namespace) -> int:
    import dataclasses

    from fdh_desktop.reports.election_papers import tally_readout
    from fdh_desktop.services.election import round_state

    with _open(args) as store:
        _, _, election = _election_of(store, args)
        thresholds = _thresholds(args, store)
    state = round_state(election, args.round, thresholds)
    if state.verdict is None:
        print(f"错误：第{args.round}轮尚未计票", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        _json_out(dataclasses.asdict(state.verdict))
    else:
        print(tally_readout(state.meeting, state.round, state.tally, state.verdict, thresholds), end="")
    return EXIT_OK if state.verdict.ok else EXIT_REFUSED


def cmd_result(args: argparse.Namespace) -> int:
    from fdh_desktop.reports.election_papers import result_report_blocks
    from fdh_desktop.services.election import round_states

    _paper_suffix(args.out)
    with _open(args) as store:
        community, _, election = _election_of(store, args)
        thresholds = _thresholds(args, store)
    states = [s for s in round_states(election, thresholds) if s.verdict is not None]
    if not states:
        print(f"错误：{community.name}的选举尚未计票，无法生成选举结果报告单", file=sys.stderr)
        return EXIT_REFUSED
    papers = []
    for sitting in election.sittings:
        rounds = [(s.round, s.tally, s.verdict) for s in states if s.meeting is sitting.meeting]
        if rounds:
            papers.append(result_report_blocks(sitting.meeting, rounds))
    _write_papers(args.out, "选举结果报告单", papers)
    print(f"已写入选举结果报告单（{len(papers)}份）：{args.out}")
    return EXIT_OK


def _paper_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise UsageError("--out 的文件名应以.pdf或.docx结尾")
    return suffix


def _write_papers(path: Path, title: str, papers: list[list]) -> None:
    """Papers (lists of blocks) into one .docx, a page break between them, or one PDF."""
    from fdh_desktop.reports.election_blocks import PageBreak
    from fdh_desktop.reports.election_papers import paper_section

    if path.suffix.lower() == ".docx":
        _write_paper(path, blocks=[b for i, paper in enumerate(papers) for b in ([PageBreak()] if i else []) + paper])
    else:
        _write_paper(path, [paper_section(title, paper) for paper in papers])


def cmd_papers(args: argparse.Namespace) -> int:
    from fdh_desktop.reports.election_papers import elected_list_blocks
    from fdh_desktop.reports.election_scripts import agenda_blocks, election_rules_blocks
    from fdh_desktop.services.election import round_states

    _paper_suffix(args.out)
    with _open(args) as store:
        community, _, election = _election_of(store, args)
        thresholds = _thresholds(args, store)
    if args.kind == "选举办法":
        rounds = [r for s in election.sittings for r in s.rounds]
        papers = [election_rules_blocks(election.sittings[0].meeting, rounds, thresholds)]
    elif args.kind == "议程":
        papers = [agenda_blocks(s.meeting, s.rounds, thresholds) for s in election.sittings if s.rounds]
    else:
        papers = [elected_list_blocks(s.meeting, s.round, s.verdict) for s in round_states(election, thresholds)
                  if s.verdict is not None and s.verdict.ok and s.verdict.elected]
    if not papers:
        print(f"错误：{community.name}的选举尚无{'已计票的轮次' if args.kind == '当选名单' else '轮次'}，"
              f"无法生成{args.kind}", file=sys.stderr)
        return EXIT_REFUSED
    _write_papers(args.out, args.kind, papers)
    print(f"已写入{args.kind}（{len(papers)}份）：{args.out}")
    return EXIT_OK


def cmd_confirm(args: argparse.Namespace) -> int:
    from fdh_desktop.services.backups import refuse_if_read_only
    from fdh_desktop.services.election import confirm_election, find_community
    from fdh_desktop.services.locking import writer_lock
    from fdh_desktop.services.statistics import term_or_current

    with writer_lock(_db_path(args), None, "fdh confirm"):
        with _open(args) as store:
            refuse_if_read_only(store)
            term = term_or_current(store, args.term)
            community = find_community(store, args.street, args.community)
            done = confirm_election(store, community.id, term, _thresholds(args, store))
    print(f"{community.name}{done.message}（可用修改记录撤销：修改#{done.changeset_id}）")
    return EXIT_OK


def cmd_election_rules(args: argparse.Namespace) -> int:
    """Without flags: the stored rules; with flags: those values saved, the others kept."""
    from fdh_desktop.services.backups import writing
    from fdh_desktop.services.election import save_thresholds

    if args.quorum is None and args.base is None and args.surplus is None:
        with _open(args) as store:
            rules = _thresholds(args, store)
        changed = None
    else:
        with writing(_db_path(args), "settings", program="fdh election-rules") as store:
            rules = _thresholds(args, store)
            changed = bool(save_thresholds(store, rules))
    surplus = format((rules.surplus * 100).normalize(), "f")
    if args.json:
        _json_out({"quorum": rules.quorum, "majority_base": rules.majority_base, "surplus_percent": surplus})
        return EXIT_OK
    if changed is not None:
        print("已保存本区的选举规则" if changed else "选举规则与保存的相同，未写入任何修改")
    quorum = "超过应到代表的半数" if rules.quorum == "过半数" else "超过应到代表的三分之二"
    print(f"会议有效：实到代表{quorum}\n当选：赞成票超过{rules.majority_base}的半数\n"
          f"差额选举：候选人多于应选名额{surplus}%（至少多1名）")
    return EXIT_OK


def main(argv: list[str] | None = None, handle: Callable[[argparse.Namespace], int] | None = None) -> int:
    _utf8_stdio()
    parser = build_parser()
    args = None
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
    except sqlite3.DatabaseError as exc:  # a damaged page met while reading
        print(f"错误：读取数据库时出错（{exc}），文件可能已损坏；fdh backups 列出备份，fdh restore FILE 从备份恢复",
              file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # `fdh stats | head`: the reader has what it wanted and left. Not an error; and Python's
        # own flush at exit must not complain about the closed pipe either.
        _drop_stdout()
        return EXIT_OK
    except SystemExit:
        raise
    except BaseException as exc:  # noqa: BLE001 - the last line of defence: one line, the rest in a log
        # BaseException: a Rust panic inside a library (pyo3's PanicException) is one.
        where = _log_crash()
        files = [str(f) for f in getattr(args, "files", None) or []]
        about = f"处理{'、'.join(files)}时" if files else ""
        detail = " ".join(str(exc).split())[:200]
        print(f"内部错误：{about}{type(exc).__name__}: {detail}（详情见 {where}）", file=sys.stderr)
        return EXIT_REFUSED


def _drop_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _utf8_stdio() -> None:
    # A Windows console or a pipe may default to a legacy code page; Chinese must not crash output.
    # errors="replace": a file name that is not valid UTF-8 (GBK bytes on Linux) must not crash printing.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass


def _log_crash() -> Path | str:
    import traceback

    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "fdh-errors.log"
        with target.open("a", encoding="utf-8", errors="backslashreplace") as f:
            f.write(traceback.format_exc() + "\n")
        return target
    except OSError:
        return "（无法写入日志）"


if __name__ == "__main__":
    raise SystemExit(main())
