"""The election papers as a few kinds of block, so one text gives both the PDF's HTML and the .docx.

Only the HTML subset QTextDocument lays out (see reports.html): tables with border attributes,
align attributes, inline font sizes. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

BLANK_LINE = "\u3000" * 6  # left empty for a pen


@dataclass
class Title:
    text: str


@dataclass
class Subtitle:
    text: str


@dataclass
class Heading:
    text: str


@dataclass
class Para:
    text: str
    indent: bool = True  # the two-character first-line indent of official documents
    align: str = "left"  # left, center, right
    bold: bool = False


@dataclass
class Grid:
    """A bordered table: a header row, then rows (all cells text)."""

    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)  # percentages of the page width, optional


@dataclass
class Signatures:
    """Label：name pairs on lines, per_line to a line, a blank line for a pen where the name is empty."""

    pairs: list[tuple[str, str]]
    per_line: int = 2


@dataclass
class PageBreak:
    pass


Block = Title | Subtitle | Heading | Para | Grid | Signatures | PageBreak

STYLE = """
<style>
  p { margin-top: 0; margin-bottom: 4px; }
  p.title { font-size: 18pt; font-weight: bold; margin-bottom: 6px; }
  p.subtitle { font-size: 12pt; margin-bottom: 8px; }
  p.heading { font-size: 13pt; font-weight: bold; margin-top: 8px; }
  table.grid { border-collapse: collapse; border-color: #000; margin-top: 4px; margin-bottom: 6px; }
  table.grid th { font-weight: bold; background-color: #eeeeee; }
</style>
"""


def _grid_html(grid: Grid, font_pt: float, padding: int) -> str:
    def width(i: int) -> str:
        return f' width="{grid.widths[i]}%"' if i < len(grid.widths) else ""

    head = "".join(f"<th{width(i)}>{escape(h)}</th>" for i, h in enumerate(grid.headers))
    body = "".join("<tr>" + "".join(f'<td align="center">{escape(c)}</td>' for c in row) + "</tr>"
                   for row in grid.rows)
    return (f'<table class="grid" border="1" cellspacing="0" cellpadding="{padding}" width="100%" '
            f'style="font-size: {font_pt}pt;"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def _signatures_html(sign: Signatures) -> str:
    cells = [f"<td>{escape(label)}：{escape(name) or BLANK_LINE}</td>" for label, name in sign.pairs]
    n = sign.per_line
    rows = ["<tr>" + "".join(cells[i:i + n]) + "</tr>" for i in range(0, len(cells), n)]
    return ('<table width="100%" border="0" cellspacing="0" cellpadding="6" style="margin-top: 10px;">'
            + "".join(rows) + "</table>")


def blocks_html(blocks: list[Block], font_pt: float = 12, padding: int = 4) -> str:
    """A whole HTML page for QTextDocument (reports.html.Section.html); padding: table cells'."""
    parts = [STYLE, f'<div style="font-size: {font_pt}pt;">']
    page_break = False
    for block in blocks:
        extra = ' style="page-break-before: always;"' if page_break else ""
        page_break = False
        if isinstance(block, PageBreak):
            page_break = True
        elif isinstance(block, Title):
            parts.append(f'<p class="title" align="center"{extra}>{escape(block.text)}</p>')
        elif isinstance(block, Subtitle):
            parts.append(f'<p class="subtitle" align="center"{extra}>{escape(block.text)}</p>')
        elif isinstance(block, Heading):
            parts.append(f'<p class="heading"{extra}>{escape(block.text)}</p>')
        elif isinstance(block, Para):
            styles = (["text-indent: 2em"] if block.indent else []) + (["page-break-before: always"] if extra else [])
            style = f' style="{"; ".join(styles)};"' if styles else ""
            text = f"<b>{escape(block.text)}</b>" if block.bold else escape(block.text)
            parts.append(f'<p align="{block.align}"{style}>{text}</p>')
        elif isinstance(block, Grid):
            parts.append(_grid_html(block, font_pt - 1, padding))
        elif isinstance(block, Signatures):
            parts.append(_signatures_html(block))
    parts.append("</div>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def blocks_text(blocks: list[Block]) -> str:
    """Plain text of the blocks (terminal, JSON, a quick check)."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, (Title, Subtitle, Heading)):
            lines.append(block.text)
        elif isinstance(block, Para):
            lines.append(("\u3000\u3000" if block.indent else "") + block.text)
        elif isinstance(block, Grid):
            lines += ["\t".join(block.headers)] + ["\t".join(row) for row in block.rows]
        elif isinstance(block, Signatures):
            lines += [f"{label}：{name or BLANK_LINE}" for label, name in block.pairs]
        elif isinstance(block, PageBreak):
            lines.append("")
    return "\n".join(lines) + "\n"
