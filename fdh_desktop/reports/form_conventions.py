"""The conventions of Chinese statistical forms (DOMAIN.md Part 2, "Printed and exported tables"),
as data and HTML blocks a report renderer adds around its table:

- top right: 表号, 制表机关, 文号, 有效期至 (configured per district; blank lines when none);
- above the table: 填报单位 (with room for the seal) on the left, 计量单位 on the right;
- "其中" rows indented under the row they are part of;
- below: the rounding footnote, then 单位负责人, 统计负责人, 填表人, 联系电话, 报出日期;
- checks between rows before printing (其中 ≤ 合计, 主席 ≤ 执委, parts adding up to the total).

Only the HTML subset QTextDocument renders (see reports.html). No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from .checks import ERROR, Check
from .html import BLANK, date_text
from .tables import ROUNDING_NOTE, Table

INDENT = "\u3000\u3000"  # two full-width spaces: how a 其中 row sits under its total
SUB_PREFIX = "其中："


@dataclass(frozen=True)
class FormHeader:
    """The top-right block of an official form; the district configures it (blank: no such line)."""

    form_number: str = ""  # 表号, e.g. 妇统3表
    authority: str = ""  # 制表机关, e.g. XX区妇联
    document_number: str = ""  # 文号 (批准文号)
    valid_until: str = ""  # 有效期至

    @classmethod
    def from_dict(cls, values: dict[str, str]) -> FormHeader:
        """As saved in the settings; unknown keys are ignored."""
        return cls(**{k: str(v) for k, v in values.items() if k in cls.__dataclass_fields__})

    def lines(self) -> list[tuple[str, str]]:
        return [("表　　号", self.form_number), ("制表机关", self.authority),
                ("文　　号", self.document_number), ("有效期至", self.valid_until)]


@dataclass(frozen=True)
class FormSignature:
    """The bottom lines of an official form. Blank ones are left for a pen."""

    unit: str = ""  # 填报单位
    head: str = ""  # 单位负责人
    statistician: str = ""  # 统计负责人
    preparer: str = ""  # 填表人
    phone: str = ""  # 联系电话
    date: str = ""  # 报出日期

    @classmethod
    def for_district(cls, district: str, today: date | None = None, **values: str) -> FormSignature:
        """The district's 妇联 as 填报单位 and today as 报出日期 unless given."""
        values.setdefault("unit", f"{district}妇联" if district else "")
        values.setdefault("date", date_text(today or date.today()))
        return cls(**values)

    def lines(self) -> list[tuple[str, str]]:
        return [("单位负责人", self.head), ("统计负责人", self.statistician), ("填表人", self.preparer),
                ("联系电话", self.phone), ("报出日期", self.date)]


# -- 其中 rows ----------------------------------------------------------------------------------------


def sub_label(name: str, first: bool = True) -> str:
    """The label of a part row: '　　其中：已完成' for the first, the next ones aligned under it."""
    return INDENT + (SUB_PREFIX if first else "\u3000" * len(SUB_PREFIX)) + name


def is_sub_label(label: object) -> bool:
    return isinstance(label, str) and label.startswith(INDENT)


# -- HTML blocks -------------------------------------------------------------------------------------


def header_html(header: FormHeader) -> str:
    """The top-right block: one line per field, the value or a blank line."""
    rows = "".join(f'<tr><td align="left">{label}：{escape(value) or BLANK}</td></tr>'
                   for label, value in header.lines())
    return ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td></td>'
            '<td width="30%" align="right"><table border="0" cellspacing="0" cellpadding="0" '
            f'style="font-size: 9pt;">{rows}</table></td></tr></table>')


def unit_line_html(signature: FormSignature, measure: str) -> str:
    """填报单位（盖章） on the left, 计量单位 on the right, just above the table."""
    unit = escape(signature.unit) or BLANK
    return ('<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top: 4px;"><tr>'
            f'<td align="left">填报单位（盖章）：{unit}</td>'
            f'<td align="right">计量单位：{escape(measure)}</td></tr></table>')


def footer_html(signature: FormSignature, note: str | None = ROUNDING_NOTE) -> str:
    """The footnote, the signature lines, and an empty square of room for the seal."""
    cells = "".join(f"<td>{label}：{escape(value) or BLANK}</td>" for label, value in signature.lines())
    parts = []
    if note:
        parts.append(f'<p style="font-size: 8.5pt; margin-top: 4px;">{escape(note)}</p>')
    # The seal goes over the 报出日期 end of the line: a last cell keeps room for it.
    parts.append('<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top: 10px;">'
                 f'<tr>{cells}<td width="12%" height="48" align="center" valign="bottom" '
                 'style="color: #888888; font-size: 8pt;">（盖章）</td></tr></table>')
    return "".join(parts)


def footer_text(signature: FormSignature, note: str | None = ROUNDING_NOTE) -> str:
    """The same footer as plain text, for a terminal or a sheet's last rows."""
    line = "    ".join(f"{label}：{value or '　' * 4}" for label, value in signature.lines())
    return "\n".join(([note] if note else []) + [line])


# -- checks between rows ---------------------------------------------------------------------------------


def _number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if text.isdigit() else None


def _label(row: list[object]) -> str:
    return str(row[0]).strip().removeprefix(SUB_PREFIX)


def sub_rows_checks(table: Table) -> list[Check]:
    """Every '其中' row is no larger than the row it belongs to (the nearest row above not indented),
    in every count column."""
    problems = []
    parent = None
    for r, row in enumerate(table.rows):
        if not is_sub_label(row[0]):
            parent = row
            continue
        if parent is None:
            continue
        for c in range(1, min(len(row), len(parent))):
            part, whole = _number(row[c]), _number(parent[c])
            if part is not None and whole is not None and part > whole:
                problems.append(Check(ERROR, f"{table.title}：“{_label(row)}”的{table.headers[c]}（{part}）"
                                             f"大于“{_label(parent)}”（{whole}）"))
    return problems


def column_checks(table: Table, pairs: list[tuple[str, str]]) -> list[Check]:
    """For each (part, whole) pair of column headers, part ≤ whole on every row: 已完成 ≤ 应换届,
    主席 ≤ 执委. Pairs naming a column the table has not are skipped."""
    problems = []
    for part_name, whole_name in pairs:
        if part_name not in table.headers or whole_name not in table.headers:
            continue
        p, w = table.headers.index(part_name), table.headers.index(whole_name)
        for row in table.rows:
            part, whole = _number(row[p]), _number(row[w])
            if part is not None and whole is not None and part > whole:
                problems.append(Check(ERROR, f"{table.title}：{_label(row)}的{part_name}（{part}）"
                                             f"大于{whole_name}（{whole}）"))
    return problems


def sum_checks(table: Table, parts: list[str], whole: str) -> list[Check]:
    """The `parts` columns add up to the `whole` column on every row (each stage's count to 应换届)."""
    if whole not in table.headers or any(p not in table.headers for p in parts):
        return []
    w = table.headers.index(whole)
    indexes = [table.headers.index(p) for p in parts]
    problems = []
    for row in table.rows:
        values = [_number(row[i]) for i in indexes]
        total = _number(row[w])
        if total is None or any(v is None for v in values):
            continue
        if sum(values) != total:  # type: ignore[arg-type]
            problems.append(Check(ERROR, f"{table.title}：{_label(row)}的{'、'.join(parts)}之和（{sum(values)}）"  # type: ignore[arg-type]
                                         f"不等于{whole}（{total}）"))
    return problems


def total_row_checks(table: Table, columns: list[str], total_label: str = "合计") -> list[Check]:
    """The last row (合计) is the sum of the rows above it in each named count column."""
    if not table.rows or _label(table.rows[-1]) != total_label:
        return []
    problems = []
    for name in columns:
        if name not in table.headers:
            continue
        c = table.headers.index(name)
        values = [_number(row[c]) for row in table.rows[:-1] if not is_sub_label(row[0])]
        total = _number(table.rows[-1][c])
        if total is not None and all(v is not None for v in values) and sum(values) != total:  # type: ignore[arg-type]
            problems.append(Check(ERROR, f"{table.title}：{total_label}行的{name}（{total}）"
                                         f"不等于各行之和（{sum(values)}）"))  # type: ignore[arg-type]
    return problems


# The pairs of DOMAIN.md Part 2 that hold in any table having both columns.
STANDARD_PAIRS = [("主席", "执委"), ("已完成", "应换届"), ("本周新完成", "已完成"), ("逾期", "应换届")]
