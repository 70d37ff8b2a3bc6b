"""Text normalisation for values typed by people: full-width forms, stray spaces, case."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_SPACE_NEXT_TO_CJK = re.compile(rf"(?<=[{_CJK}·])\s+|\s+(?=[{_CJK}·])")


def halfwidth(text: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms (NFKC), CJK untouched."""
    if text.isascii():  # most cells: NFKC would change nothing
        return text
    return unicodedata.normalize("NFKC", text)


def fold(text: str) -> str:
    """A key for loose comparison: NFKC, no white space at all, ASCII upper-case."""
    return _SPACE.sub("", halfwidth(text)).upper()


def clean_name(text: str) -> str:
    """Trim a person's name; inner spaces survive only between non-CJK words (Mary Ann)."""
    text = halfwidth(text).replace("\u3000", " ").strip()
    text = _SPACE_NEXT_TO_CJK.sub("", text)
    return _SPACE.sub(" ", text)


def clean_text(value: object) -> str:
    """Free text (notes, workplaces): trimmed, None becomes ''. Inner content is kept as typed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def display_name(name: str) -> str:
    """A file name fit to show: on Linux a name that is not UTF-8 arrives with surrogate escapes
    (a GBK-named 天桥街道返回表.xlsx from a Windows zip); its bytes are read as GB18030 when they
    are that, else shown with replacement characters. Printing it can never raise."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")
