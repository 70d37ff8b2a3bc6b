"""Text written into a cell so that it comes back exactly as it went in.

- Text a spreadsheet would run as a formula (= + - @) is stored as a string cell with Excel's
  quote prefix: shown and edited as text, never evaluated.
- Characters XML 1.0 cannot hold (control characters, U+FFFE/U+FFFF) and a carriage return
  (which XML parsers turn into a line feed) are written as OOXML's _xHHHH_ escapes, and a literal
  "_xHHHH_" in the text gets its underscore escaped, as Excel itself does. calamine, Excel and
  LibreOffice all decode these escapes on reading.
"""

from __future__ import annotations

import re

FORMULA_PREFIXES = ("=", "+", "-", "@")

_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


def _escape_char(match: re.Match) -> str:
    return f"_x{ord(match.group()):04X}_"


def escape_text(text: str) -> str:
    """The OOXML escaped form of `text` (unchanged for ordinary text)."""
    if "_" not in text and text.isprintable():
        return text
    return _NEEDS_ESCAPE.sub(_escape_char, text)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def set_text(cell, text: str) -> None:
    """Put `text` in an openpyxl cell (normal or write-only) as a plain string."""
    cell.value = escape_text(text)
    if is_formula_like(text):
        cell.data_type = "s"
        cell.quotePrefix = True
