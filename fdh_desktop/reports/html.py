"""Printable HTML of the statistics tables and the roster, for Qt's QTextDocument (gui.printing).

Only the HTML subset QTextDocument renders: tables with border attributes, <thead> (its rows are
repeated on every page), align attributes, a little CSS. No Qt here: the GUI lays it out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path

from fdh_desktop.domain.organisation import FORM_CONGRESS
from fdh_desktop.domain.records import chinese_number, term_label

from .naming import report_title
from .report import SOURCE_BASELINES, previous_source
from .roster import roster_headers
from .street_tables import SUMMARY_NAME
from .tables import ROUNDING_NOTE, Table, report_tables

SIGNATURE_FIELDS = {
    "unit": "填报单位",
    "head": "单位负责人",
    "statistician": "统计负责人",  # DOMAIN.md Part 2; files from before saved it as "reviewer" (审核人)
    "preparer": "填表人",
    "phone": "联系电话",
    "date": "报出日期",
}
BLANK = "\u3000" * 5  # left empty for a pen


@dataclass
class Signature:
    """The lines an official table carries: who reports, who checked, and when."""

    unit: str = ""
    head: str = ""
    statistician: str = ""
    preparer: str = ""
    phone: str = ""
    date: str = ""
    header_html: str = ""  # the top-right 表号, 制表机关, 文号, 有效期至 (form_conventions.header_html)
    header_lines: tuple[tuple[str, str], ...] = ()  # the same block as (label, value), for a workbook

    @classmethod
    def from_dict(cls, values: dict[str, str], district: str = "") -> Signature:
        s = cls(**{k: v for k, v in values.items() if k in SIGNATURE_FIELDS})
        if not s.statistician and values.get("reviewer"):
            s.statistician = values["reviewer"]  # saved as 审核人 before 统计负责人
        if not s.unit and district:
            s.unit = f"{district}妇联"
        if not s.date:
            s.date = date_text(date.today())
        return s


def check_writable(path: Path) -> None:
    """OSError with a Chinese reason before any output file is started."""
    if path.is_dir():
        raise OSError(f"{path} 是文件夹，请给出文件名")
    if not path.parent.is_dir():
        raise OSError(f"文件夹不存在：{path.parent}")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OSError(f"没有写入权限：{path}")


def date_text(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass
class Section:
    """One printed part: its pages share a paper size. paper: 'A4' or 'A3' (always landscape)."""

    title: str
    html: str
    paper: str = "A4"
    tables: list[Table] = field(default_factory=list)
    name: str = ""  # short, for a sheet tab or a list: 统计总表, 对比表, 分街道-年龄结构


STYLE = """
<style>
  p { margin: 0; }
  p.title { font-size: 17pt; font-weight: bold; }
  p.subtitle { font-size: 11pt; }
  p.caption { font-size: 11pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }
  table.data { border-collapse: collapse; border-color: #000; }
  table.data th { font-weight: bold; background-color: #eeeeee; vertical-align: middle; }
  table.data td.total { font-weight: bold; }
  p.note { font-size: 8.5pt; margin-top: 6px; }
  table.lines { margin-top: 4px; }
  table.sign { margin-top: 10px; }
</style>
"""


def _cell(value: object) -> str:
    return escape("" if value is None else str(value))


def _is_number(value: object) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    text = str(value).rstrip("%").lstrip("+-")
    return bool(text) and text.replace(".", "", 1).isdigit()


# Space between a cell's text and its border, in CSS pixels (1/96 inch; Qt scales them to the
# printer): little above and below, more left and right so that a right-aligned figure stands
# about 1 mm clear of the border. QTextDocument's HTML has one cellpadding for all sides, so the
# printing code applies the side padding to the laid-out cells.
CELL_PADDING_PX = 2
CELL_SIDE_PADDING_PX = 4


def table_html(table: Table, font_pt: float = 10, total_row: bool = False, padding: int = CELL_PADDING_PX) -> str:
    """One table: its header (one or two rows) in <thead> so every page repeats it."""
    head = []
    two_rows = any(label for label, _ in table.header_groups)
    if two_rows:
        top, bottom = [], []
        col = 0
        for label, span in table.header_groups:
            if span == 1 and not label:
                top.append(f'<th rowspan="2">{_cell(table.headers[col])}</th>')
            else:
                top.append(f'<th colspan="{span}">{_cell(label)}</th>')
                bottom += [f"<th>{_cell(h)}</th>" for h in table.headers[col:col + span]]
            col += span
        head = [f"<tr>{''.join(top)}</tr>", f"<tr>{''.join(bottom)}</tr>"]
    else:
        head = ["<tr>" + "".join(f"<th>{_cell(h)}</th>" for h in table.headers) + "</tr>"]
    body = []
    for r, row in enumerate(table.rows):
        last = total_row and r == len(table.rows) - 1
        cells = []
        for c, value in enumerate(row):
            align = "right" if c > 0 and (_is_number(value) or value in ("—", "")) else "left"
            klass = ' class="total"' if last else ""
            cells.append(f'<td align="{align}"{klass}>{_cell(value)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f'<table class="data" border="1" cellspacing="0" cellpadding="{padding}" width="100%" '
        f'style="font-size: {font_pt}pt;">'
        f"<thead>{''.join(head)}</thead><tbody>{''.join(body)}</tbody></table>"
    )


def _lines(signature: Signature, unit_text: str) -> str:
    unit = escape(signature.unit) or BLANK
    return (
        '<table class="lines" width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td align="left">填报单位（盖章）：{unit}</td>'
        f'<td align="right">{escape(unit_text)}</td></tr></table>'
    )


def _sign(signature: Signature) -> str:
    cells = []
    for key in ("head", "statistician", "preparer", "phone", "date"):
        value = escape(getattr(signature, key)) or BLANK
        cells.append(f"<td>{SIGNATURE_FIELDS[key]}：{value}</td>")
    return ('<table class="sign" width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
            + "".join(cells) + "</tr></table>")


def _page(title: str, subtitle: str, body: str, signature: Signature, unit_text: str,
          note: str | None = ROUNDING_NOTE) -> str:
    parts = [STYLE, signature.header_html, f'<p class="title" align="center">{escape(title)}</p>']
    if subtitle:
        parts.append(f'<p class="subtitle" align="center">{escape(subtitle)}</p>')
    parts += [_lines(signature, unit_text), body, _sign(signature)]
    if note:
        parts.append(f'<p class="note">{escape(note)}</p>')
    return "<html><body>" + "".join(parts) + "</body></html>"


def comparison_section(report: dict, signature: Signature, decimals: int = 1) -> Section:
    """The report's tables, this term against last (A4 landscape)."""
    tables = report_tables(report, decimals)
    title = report_title(report["district"], report.get("street"), report["term"], report.get("form") or FORM_CONGRESS)
    subtitle = ""
    if report.get("previous") is not None:
        subtitle = f"与{term_label(report['term'] - 1)}对比"
        if previous_source(report) == SOURCE_BASELINES:
            subtitle += "（上届数字为录入的上届基数）"
    body = []
    for i, table in enumerate(tables, start=1):
        body.append(f'<p class="caption">{_ordinal(i)}、{escape(table.title)}</p>')
        body.append(table_html(table, 9.5))
    html = _page(title, subtitle, "".join(body), signature, "单位：个、人、岁、%")
    return Section(title, html, "A4", tables, "对比表" if report.get("previous") is not None else "统计表")


def street_sections(tables: list[Table], district: str, signature: Signature) -> list[Section]:
    """Per-street tables (reports.street_tables), one section each, 合计 in bold."""
    sections = []
    for table in tables:
        title = table.title if table.title.startswith(district) else f"{district}{table.title}"
        # The summary table has few rows on a big sheet: a larger type fills it and reads better.
        font = 11 if table.title.startswith(district) else 9 if table.paper == "A3" else 9.5
        html = _page(title, "", table_html(table, font, total_row=True), signature, table.unit)
        sections.append(Section(title, html, table.paper, [table], _short_name(table)))
    return sections


def _short_name(table: Table) -> str:
    return table.short_name() if table.name == SUMMARY_NAME or not table.name else f"分街道-{table.name}"


def report_sections(report: dict, street_table_list: list[Table] | None, signature: Signature,
                    decimals: int = 1) -> list[Section]:
    """Everything `fdh stats --pdf` prints: the wide per-street table first (district only),
    then the comparison tables, then one table per topic by street."""
    sections: list[Section] = []
    if street_table_list:
        sections += street_sections(street_table_list[:1], report["district"], signature)
    sections.append(comparison_section(report, signature, decimals))
    if street_table_list:
        sections += street_sections(street_table_list[1:], report["district"], signature)
    return sections


def _ordinal(n: int) -> str:
    return chinese_number(n)


def roster_section(title: str, rows: list[list[object]], signature: Signature, masked: bool,
                   new_label: str = "新任") -> Section:
    """班子成员名册 of one street: rows as reports.roster.roster_rows gives them; `new_label`: 新任, or
    新当选 for a 社区妇联 term."""
    table = Table(title, roster_headers(new_label), rows)
    note = "注：身份证号、联系电话已部分隐去。" if masked else "注：本名册含个人身份信息，请妥善保管，勿外传。"
    html = _page(title, "", table_html(table, 9), signature, f"共{len(rows)}人", note)
    return Section(title, html, "A4", [table])
