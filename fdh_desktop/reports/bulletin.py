"""The 周通报 (weekly bulletin) of the campaign as a printable table: a reports.html.Section, so
gui.common.printing.write_pdf prints it and reports.stats_xlsx writes it, like the statistics.

Per street: 应换届, the communities at each 换届进度, 完成率, 本周新完成, 逾期; the district's 合计
row; a bar chart drawn with table cells (QTextDocument renders no SVG inline), one stacked bar per
street by stage; the form's header, unit line, footnote and signature block (form_conventions).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from fdh_desktop.domain.campaign import Bulletin, BulletinRow
from fdh_desktop.domain.records import chinese_number
from fdh_desktop.domain.vocab import PROGRESS, PROGRESS_COMPLETED

from .checks import Check
from .form_conventions import (
    STANDARD_PAIRS,
    FormHeader,
    FormSignature,
    column_checks,
    footer_html,
    header_html,
    sum_checks,
    total_row_checks,
    unit_line_html,
)
from .html import STYLE, Section, table_html
from .tables import Table, format_text

STAGE_GROUP = "各阶段社区数"
HEADERS = ["街道", "应换届", *PROGRESS, "完成率", "本周新完成", "逾期"]
COUNT_COLUMNS = ["应换届", *PROGRESS, "本周新完成", "逾期"]
MEASURE = "个、%"
# Colours of the stages in the chart, pale to dark as the work advances; printable in grey too.
STAGE_COLOURS = dict(zip(PROGRESS, ("#e6e6e6", "#c6dbef", "#9ecae1", "#4292c6", "#08519c")))


def title(bulletin: Bulletin, district: str, organisation: str = "妇联") -> str:
    w = bulletin.week
    return (f"{district}社区{organisation}换届工作周通报（第{chinese_number(w.number)}周，"
            f"{w.start.month}月{w.start.day}日—{w.end.month}月{w.end.day}日）")


def _cells(row: BulletinRow, label: str, decimals: int) -> list[object]:
    rate = row.rate(decimals)
    return [label, row.should, *(row.stages[s] for s in PROGRESS), "—" if rate is None else rate + "%",
            row.new_completed, row.overdue]


def bulletin_table(bulletin: Bulletin, pilots: set[str] | frozenset[str] = frozenset(), decimals: int = 1) -> Table:
    """Per-street rows (pilot streets marked 试点), then 合计."""
    table = Table("换届工作进度", list(HEADERS), unit=f"单位：{MEASURE}")
    table.header_groups = [("", 1), ("", 1), (STAGE_GROUP, len(PROGRESS)), ("", 1), ("", 1), ("", 1)]
    for row in bulletin.rows:
        label = f"{row.street}（试点）" if row.street in pilots else row.street
        table.rows.append(_cells(row, label, decimals))
    table.rows.append(_cells(bulletin.total, bulletin.total.street, decimals))
    return table


def bulletin_checks(table: Table) -> list[Check]:
    """The checks run before printing: parts within their wholes, stages adding up, 合计 the sum."""
    return (column_checks(table, STANDARD_PAIRS) + sum_checks(table, list(PROGRESS), "应换届")
            + total_row_checks(table, COUNT_COLUMNS))


# -- the chart -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One street's bar: (stage, communities) from 已完成 back to 未启动, and its 完成率 label."""

    street: str
    segments: list[tuple[str, int]]
    total: int
    label: str


def chart_bars(bulletin: Bulletin, decimals: int = 1) -> list[Bar]:
    """The chart's data: a stacked bar per street, 已完成 first so the bars compare by completion."""
    bars = []
    for row in bulletin.rows:
        segments = [(s, row.stages[s]) for s in reversed(PROGRESS) if row.stages[s]]
        rate = row.rate(decimals)
        bars.append(Bar(row.street, segments, row.should, "—" if rate is None else f"{rate}%"))
    return bars


def chart_html(bars: list[Bar]) -> str:
    """Horizontal stacked bars as table cells: widths in percent of the longest street, a legend."""
    longest = max((b.total for b in bars), default=0) or 1
    rows = []
    for bar in bars:
        cells = "".join(
            f'<td width="{count * 100 / longest:.2f}%" bgcolor="{STAGE_COLOURS[stage]}" align="center" '
            f'style="font-size: 7pt; color: {"#ffffff" if stage in ("已选举", PROGRESS_COMPLETED) else "#000000"};">'
            f"{count}</td>" for stage, count in bar.segments)
        rest = longest - bar.total
        if rest:
            cells += f'<td width="{rest * 100 / longest:.2f}%"></td>'
        if not cells:
            cells = "<td></td>"
        rows.append(
            f'<tr><td width="12%" align="right" style="font-size: 8.5pt;">{escape(bar.street)}</td>'
            f'<td width="76%"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{cells}'
            f'</tr></table></td><td width="12%" style="font-size: 8.5pt;">完成率 {escape(bar.label)}</td></tr>')
    # QTextDocument paints no inline background: the legend's swatches are table cells too.
    legend = "".join(f'<td width="18" bgcolor="{STAGE_COLOURS[s]}"></td><td style="font-size: 8pt;">&nbsp;{s}&nbsp;&nbsp;</td>'
                     for s in reversed(PROGRESS))
    return ('<p class="caption">各街道换届进度（社区数）</p>'
            '<table width="100%" border="0" cellspacing="0" cellpadding="1">' + "".join(rows) + "</table>"
            f'<table align="center" border="0" cellspacing="2" cellpadding="0"><tr>{legend}</tr></table>')


# -- the section -------------------------------------------------------------------------------------------


def bulletin_section(bulletin: Bulletin, district: str, header: FormHeader, signature: FormSignature,
                     pilots: set[str] | frozenset[str] = frozenset(), organisation: str = "妇联",
                     decimals: int = 1) -> Section:
    """The whole bulletin page: header block, title, unit line, table with 合计, chart, footer."""
    table = bulletin_table(bulletin, pilots, decimals)
    text = title(bulletin, district, organisation)
    day = bulletin.as_of
    as_of = f"统计截至{day.year}年{day.month}月{day.day}日"
    html = "".join([
        "<html><body>", STYLE, header_html(header),
        f'<p class="title" align="center">{escape(text)}</p>',
        f'<p class="subtitle" align="center">{as_of}</p>',
        unit_line_html(signature, MEASURE),
        table_html(table, 9.5, total_row=True, padding=2),
        chart_html(chart_bars(bulletin, decimals)),
        footer_html(signature),
        "</body></html>",
    ])
    return Section(text, html, "A4", [table], "周通报")


def bulletin_dict(bulletin: Bulletin, decimals: int = 1) -> dict:
    """The figures as JSON-ready data (`fdh progress --json`): shares as strings, as in stats."""

    def row(r: BulletinRow) -> dict:
        return {"street": r.street, "should": r.should, "stages": dict(r.stages), "completed": r.completed,
                "rate": r.rate(decimals), "new_completed": r.new_completed, "overdue": r.overdue}

    w = bulletin.week
    return {"week": {"number": w.number, "start": w.start.isoformat(), "end": w.end.isoformat()},
            "as_of": bulletin.as_of.isoformat(),
            "streets": [row(r) for r in bulletin.rows], "total": row(bulletin.total)}


def bulletin_text(bulletin: Bulletin, district: str, organisation: str = "妇联",
                  pilots: set[str] | frozenset[str] = frozenset(), decimals: int = 1) -> str:
    """The bulletin for a terminal (`fdh progress` without an output file): title, table, note."""
    return title(bulletin, district, organisation) + "\n\n" + format_text([bulletin_table(bulletin, pilots, decimals)])
