"""The printable table of the statistics, and the small helpers every table builder shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from .drill import Drill


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[object]] = field(default_factory=list)
    # Optional upper header row as (label, column span), covering every column; a span-1 group
    # with an empty label lets the header below it take both rows.
    header_groups: list[tuple[str, int]] = field(default_factory=list)
    # (row, column) → the records behind that count (reports.drill.Drill).
    drill: dict[tuple[int, int], Drill] = field(default_factory=dict)
    paper: str = "A4"  # "A3" for a table too wide for A4 landscape
    unit: str = ""  # e.g. 单位：个、人、%
    name: str = ""  # short, for a list entry or a sheet tab (组建情况, 统计总表); the title when empty

    def short_name(self) -> str:
        return self.name or self.title


def _signed(n: int) -> str:
    return f"+{n}" if n > 0 else str(n)


def _signed_text(text: str) -> str:
    return text if text.startswith("-") or text in ("0", "0.0", "0.00") else "+" + text


def _mark(table: Table, categories: list[str], has_prev: bool) -> None:
    """Drill-downs of the count columns: 1 (this term) and 3 (上届) of the first rows."""
    for r, category in enumerate(categories):
        table.drill[(r, 1)] = Drill(category)
        if has_prev and table.rows[r][3] != "":
            table.drill[(r, 3)] = Drill(category, previous=True)
