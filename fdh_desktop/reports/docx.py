"""The 基本情况 text as a small .docx (WordprocessingML written directly: no dependency).

Laid out the way a work summary is typed: heading in 黑体, body in 仿宋_GB2312 三号 (16 pt) with a
two-character first-line indent. Word, WPS and LibreOffice open it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(text: str, font: str, half_points: int, bold: bool = False) -> str:
    return (
        f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
        + ("<w:b/>" if bold else "")
        + f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    )


def _paragraph(text: str, font: str, half_points: int, *, centre: bool = False, indent: bool = False,
               bold: bool = False) -> str:
    props = '<w:spacing w:line="560" w:lineRule="exact"/>'  # 28 pt lines, as official documents use
    if centre:
        props += '<w:jc w:val="center"/>'
    if indent:
        props += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    return f"<w:p><w:pPr>{props}</w:pPr>{_run(text, font, half_points, bold)}</w:p>"


def document_xml(title: str, heading: str, paragraphs: list[str]) -> str:
    body = []
    if title:
        body.append(_paragraph(title, "方正小标宋简体", 44, centre=True))
    if heading:
        body.append(_paragraph(heading, "黑体", 32))
    body += [_paragraph(p, "仿宋_GB2312", 32, indent=True) for p in paragraphs]
    section = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
               '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
               'w:footer="992" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}">'
            f"<w:body>{''.join(body)}{section}</w:body></w:document>")


def write_docx(path: str | Path, paragraphs: list[str], title: str = "", heading: str = "一、基本情况") -> None:
    """Write the text as a .docx. OSError when the file cannot be written."""
    from .html import check_writable

    path = Path(path)
    check_writable(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document_xml(title, heading, paragraphs))
