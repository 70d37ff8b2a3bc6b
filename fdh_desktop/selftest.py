"""The self-test behind `fdh-desktop --self-test`: the parts that need no Qt.

It answers one question for whoever installed the program on a clerk's PC (or built the folder):
does this copy work? It opens a temporary database, loads the demo district, checks the
statistics against the demo's known figures, writes the statistics workbook and the exchange
workbook and reads them back (re-importing an export must change nothing). The Qt half
(fdh_desktop.gui.selftest_gui) adds the window, a statistics page and the PDF.

A step either passes, fails, or finds its feature missing from this build; only "all passed"
exits 0, so a frozen folder that lost a module cannot pass.
"""

from __future__ import annotations

import importlib
import re
import time
import traceback
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from fdh_desktop.storage import Store

# The demo district's figures (services.demo reproduces the seed work summary's in 第六届; its
# current term, 第七届, is a 社区妇联 campaign half-way through).
DEMO_SEED_TERM = 6
DEMO_SHOULD_ESTABLISH = 110
DEMO_ESTABLISHED = 106
DEMO_CHAIRS = 106
DEMO_CHAIR_POST = ("居委会主任", 39, "36.8")

OK, FAILED, MISSING = "ok", "failed", "missing"
MARKS = {OK: "[通过]", FAILED: "[失败]", MISSING: "[缺失]"}
MAX_XLSX_UNPACKED = 50 * 1024 * 1024  # calamine loads a whole sheet: refuse anything absurd first


class StepFailed(Exception):
    """A check did not hold; the message (Chinese) says what was expected."""


class Missing(Exception):
    """The feature a step needs is not part of this build."""


@dataclass
class Context:
    """What the steps share: the scratch folder, the demo store, the files written so far."""

    workdir: Path
    store: Store | None = None
    report: dict | None = None
    files: dict[str, Path] = field(default_factory=dict)
    app: object = None  # the QApplication, set by the Qt half
    window: object = None  # the main window, set by the Qt half

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window = None
        if self.store is not None:
            self.store.close()
            self.store = None


@dataclass(frozen=True)
class Step:
    name: str  # Chinese, shown to the user
    run: Callable[[Context], str]  # returns a short detail line; raises on failure


@dataclass(frozen=True)
class Result:
    name: str
    status: str
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{MARKS[self.status]} {self.name}：{self.detail}（{self.seconds:.1f} 秒）"


def missing_module(exc: ModuleNotFoundError, module: str) -> Missing:
    """A Missing for `module` itself; any other absent module is a real failure, re-raised."""
    if exc.name != module:
        raise exc
    return Missing(f"本版本不含 {module}")


def optional(module: str, name: str):
    """`name` from one of the app's modules; Missing when this build does not include the module."""
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        raise missing_module(exc, module) from None


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


# -- steps without Qt ---------------------------------------------------------------------------


def open_database(ctx: Context) -> str:
    path = ctx.workdir / "selftest.sqlite"
    ctx.store = Store.open(path, create=True)
    ctx.files["database"] = path
    return f"已新建临时数据库 {path}"


def load_demo(ctx: Context) -> str:
    from fdh_desktop.services.demo import DISTRICT, build_demo

    build_demo(ctx.store)
    district = ctx.store.settings().district
    expect(district == DISTRICT, f"区名称应为“{DISTRICT}”，实际为“{district}”")
    streets = len(ctx.store.streets())
    communities = len(ctx.store.communities())
    expect(streets > 0 and communities > 0, "演示数据中没有街道或社区")
    return f"{district}，{streets} 个街道，{communities} 个社区"


def check_statistics(ctx: Context) -> str:
    from fdh_desktop.services.statistics import statistics

    report = statistics(ctx.store, DEMO_SEED_TERM)
    ctx.report = report
    congresses, chairs = report["congresses"], report["chairs"]
    expect(congresses["should_establish"] == DEMO_SHOULD_ESTABLISH,
           f"应建数应为 {DEMO_SHOULD_ESTABLISH}，实际为 {congresses['should_establish']}")
    expect(congresses["established"] == DEMO_ESTABLISHED,
           f"实建数应为 {DEMO_ESTABLISHED}，实际为 {congresses['established']}")
    expect(chairs["total"] == DEMO_CHAIRS, f"主任人数应为 {DEMO_CHAIRS}，实际为 {chairs['total']}")
    post, count, pct = DEMO_CHAIR_POST
    share = chairs["post"][post]
    expect(share == {"count": count, "pct": pct},
           f"{post}应为 {count} 人（{pct}%），实际为 {share['count']} 人（{share['pct']}%）")
    return f"应建 {congresses['should_establish']}，实建 {congresses['established']}，{post} {count} 人（{pct}%）"


def write_stats_workbook(ctx: Context) -> str:
    write = optional("fdh_desktop.reports.stats_xlsx", "write_stats_workbook")
    from fdh_desktop.services.statistics import printable_sections, report_signature

    path = ctx.workdir / "统计表.xlsx"
    ctx.files["stats_xlsx"] = path
    sections = printable_sections(ctx.store, DEMO_SEED_TERM)
    write(path, sections, report_signature(ctx.store))
    sheets = read_xlsx(path)
    expect(len(sheets) == len(sections), f"统计表应有 {len(sections)} 个工作表，读回 {len(sheets)} 个")
    numbers = {_num(v) for rows in sheets.values() for row in rows for v in row}
    expect(float(DEMO_CHAIRS) in numbers, f"统计表中找不到主任人数 {DEMO_CHAIRS}")
    return f"已写入并读回 {path.name}：{len(sheets)} 个工作表"


def exchange_round_trip(ctx: Context) -> str:
    """The workbook a street office gets back: export the term, read it in again, nothing changes."""
    export_term = optional("fdh_desktop.services.exporting", "export_term")
    from fdh_desktop.services.importing import plan_import

    path = ctx.workdir / "交换工作簿.xlsx"
    ctx.files["exchange_xlsx"] = path
    written = export_term(ctx.store, path, term=DEMO_SEED_TERM)  # a 妇联 term's columns are not in it yet
    plan = plan_import(ctx.store, [path])
    (file_plan,) = plan.files
    errors = [problem.line() for problem in file_plan.errors]
    expect(not errors, "导出的工作簿读回时报错：" + "；".join(errors[:3]))
    counts = file_plan.counts()
    expect(not file_plan.changes_anything,
           f"导出后再导入应无变化，实际：新增社区 {counts['communities_added']}，"
           f"变更社区 {counts['communities_changed']}，新增街道 {counts['streets_created']}")
    expect(counts["communities_unchanged"] == written.communities,
           f"应读回 {written.communities} 个社区，实际 {counts['communities_unchanged']} 个")
    return f"导出 {written.communities} 个社区、{written.members} 名成员，再导入无变化"


def _num(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def read_xlsx(path: Path) -> dict[str, list[list[object]]]:
    """Every sheet's cells, read back with python-calamine (the importer's reader)."""
    from python_calamine import CalamineWorkbook

    expect(path.exists() and path.stat().st_size > 0, f"文件未写出：{path}")
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    expect(unpacked < MAX_XLSX_UNPACKED, f"{path.name} 解压后过大（{unpacked // 1024 // 1024} MB）")
    workbook = CalamineWorkbook.from_path(str(path))
    try:
        sheets = {name: workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names}
    finally:
        workbook.close()
    expect(bool(sheets), f"{path.name} 中没有工作表")
    return sheets


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_PAGES_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", re.S)


def pdf_pages(path: Path) -> int:
    """The page count of a PDF written by Qt, from its page objects (no PDF library needed).

    Qt writes a classic cross-reference table and no object streams, so every page dictionary is
    plain text in the file; the /Pages tree's /Count must agree with the page objects found.
    """
    expect(path.exists(), f"PDF 未写出：{path}")
    data = path.read_bytes()
    expect(data.startswith(b"%PDF-"), f"{path.name} 不是 PDF 文件（文件头不对）")
    expect(b"%%EOF" in data[-2048:], f"{path.name} 不完整（缺少文件尾）")
    pages = len(_PAGE.findall(data))
    counts = [int(a or b) for a, b in _PAGES_COUNT.findall(data)]
    expect(pages > 0, f"{path.name} 中没有页面")
    if counts:
        expect(max(counts) == pages, f"{path.name} 的页数不一致（页面对象 {pages}，页面树 {max(counts)}）")
    return pages


def pdf_embeds_fonts(path: Path) -> bool:
    return re.search(rb"/FontFile[23]?\b", path.read_bytes()) is not None


# -- running ------------------------------------------------------------------------------------

CORE_STEPS = (
    Step("新建数据库", open_database),
    Step("装入演示区", load_demo),
    Step("统计", check_statistics),
    Step("Excel统计表", write_stats_workbook),
    Step("交换工作簿", exchange_round_trip),
)


def run_steps(steps: Iterable[Step], ctx: Context, say: Callable[[str], None]) -> list[Result]:
    """Run the steps in order, saying each result as it comes. A failed step stops the rest
    (they build on each other); the traceback goes to the report for whoever reads it later."""
    results: list[Result] = []
    for step in steps:
        start = time.perf_counter()
        try:
            detail = step.run(ctx)
            status = OK
        except Missing as exc:
            status, detail = MISSING, str(exc)
        except StepFailed as exc:
            status, detail = FAILED, str(exc)
        except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, whatever it is
            status = FAILED
            detail = f"{type(exc).__name__}: {exc}\n" + traceback.format_exc()
        result = Result(step.name, status, detail, time.perf_counter() - start)
        results.append(result)
        say(result.line())
        if status == FAILED:
            break
    return results


def summary(results: list[Result], planned: int) -> tuple[int, str]:
    """Exit status and the closing line: 0 only when every planned step ran and passed."""
    passed = sum(r.status == OK for r in results)
    if passed == planned:
        return 0, f"自检通过：{passed} 项全部通过"
    failed = [r.name for r in results if r.status != OK]
    not_run = planned - len(results)
    tail = f"，{not_run} 项未运行" if not_run else ""
    return 1, f"自检未通过：{passed}/{planned} 项通过；未通过：{'、'.join(failed)}{tail}"
