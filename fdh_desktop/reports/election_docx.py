"""The election papers (reports.election_blocks) as .docx a clerk can edit in Word or WPS.

WordprocessingML written directly, as reports.docx does, with the same package parts and fonts:
title in 方正小标宋简体 二号, headings in 黑体 三号, body in 仿宋_GB2312 三号; tables in 仿宋 小四.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .docx import _CONTENT_TYPES, _RELS, _W, _run
from .election_blocks import BLANK_LINE, Block, Grid, Heading, PageBreak, Para, Signatures, Subtitle, Title
from .html import check_writable

BODY_FONT = "仿宋_GB2312"
TABLE_HALF_POINTS = 24  # 小四
_ALIGN = {"center": "center", "right": "right", "left": "left"}


def _p(text: str, font: str, half_points: int, *, align: str = "left", indent: bool = False,
       bold: bool = False, page_break: bool = False, line: int = 560) -> str:
    props = f'<w:spacing w:line="{line}" w:lineRule="exact"/><w:jc w:val="{_ALIGN[align]}"/>'
    if page_break:
        props = "<w:pageBreakBefore/>" + props
    if indent:
        props += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    return f"<w:p><w:pPr>{props}</w:pPr>{_run(text, font, half_points, bold)}</w:p>"


def _cell(text: str, width: int, bold: bool = False) -> str:
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            f'{_p(text, BODY_FONT, TABLE_HALF_POINTS, align="center", bold=bold, line=400)}</w:tc>')


def _table(grid: Grid, page_width: int) -> str:
    n = max(1, len(grid.headers))
    widths = ([page_width * w // 100 for w in grid.widths] if len(grid.widths) == n
              else [page_width // n] * n)
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(_cell(h, w, True) for h, w in zip(grid.headers, widths))
            + "</w:tr>"]
    rows += ["<w:tr>" + "".join(_cell(c, w) for c, w in zip(row, widths)) + "</w:tr>" for row in grid.rows]
    grid_cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{page_width}" w:type="dxa"/><w:jc w:val="center"/>'
            f"<w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>{grid_cols}</w:tblGrid>"
            + "".join(rows) + "</w:tbl>" + _p("", BODY_FONT, TABLE_HALF_POINTS, line=300))


def document_xml(blocks: list[Block]) -> str:
    page_width = 11906 - 1588 - 1474  # A4 less the margins below, in twentieths of a point
    body: list[str] = []
    page_break = False
    for block in blocks:
        brk, page_break = page_break, False
        if isinstance(block, PageBreak):
            page_break = True
        elif isinstance(block, Title):
            body.append(_p(block.text, "方正小标宋简体", 44, align="center", page_break=brk, line=700))
        elif isinstance(block, Subtitle):
            body.append(_p(block.text, "楷体_GB2312", 32, align="center", page_break=brk))
        elif isinstance(block, Heading):
            body.append(_p(block.text, "黑体", 32, page_break=brk))
        elif isinstance(block, Para):
            body.append(_p(block.text, BODY_FONT, 32, align=block.align, indent=block.indent, bold=block.bold,
                           page_break=brk))
        elif isinstance(block, Grid):
            body.append(_table(block, page_width))
        elif isinstance(block, Signatures):
            for i in range(0, len(block.pairs), 2):
                line = "\u3000\u3000".join(f"{label}：{name or BLANK_LINE}" for label, name in block.pairs[i:i + 2])
                body.append(_p(line, BODY_FONT, 32, page_break=brk and i == 0))
    section = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
               '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
               'w:footer="992" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}">'
            f"<w:body>{''.join(body)}{section}</w:body></w:document>")


def write_blocks_docx(path: str | Path, blocks: list[Block]) -> None:
    """Write the blocks as a .docx. OSError (with a Chinese reason) when the file cannot be written."""
    path = Path(path)
    check_writable(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document_xml(blocks))
