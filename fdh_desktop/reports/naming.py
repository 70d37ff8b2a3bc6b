"""How a street is named in titles, file names and sentences.

A clerk may type the street as 牛街 or as 牛街街道; either way it is printed once as 牛街街道.
The name is used as typed: 街道 is added only when the name does not already end with a
street-level word (a 镇, 乡 or 地区 sits at the same level and takes no 街道 either).
"""

from __future__ import annotations

from fdh_desktop.domain.organisation import FORM_CONGRESS, labels
from fdh_desktop.domain.records import term_label

STREET_LEVEL_ENDINGS = ("街道", "街道办事处", "街道办", "镇", "乡", "地区")


def street_place(name: str) -> str:
    """牛街 → 牛街街道; 牛街街道, 长辛店镇 → unchanged."""
    name = name.strip()
    return name if name.endswith(STREET_LEVEL_ENDINGS) else f"{name}街道"


def scope_place(district: str, street: str | None) -> str:
    """The place a title names: the district, or the district and one street (宣南区牛街街道)."""
    return district + street_place(street) if street else district


def report_title(district: str, street: str | None, term: int, form: str = FORM_CONGRESS) -> str:
    """The printed title (and suggested file name) of the statistics tables; 社区妇联 for a 妇联 term."""
    return f"{scope_place(district, street)}{labels(form).community_organisation}换届选举情况统计表（{term_label(term)}）"


def summary_title(district: str, street: str | None, term: int, form: str = FORM_CONGRESS) -> str:
    """The suggested file name of the 基本情况 text."""
    return f"{scope_place(district, street)}{labels(form).community_organisation}换届选举基本情况（{term_label(term)}）"


def roster_title(district: str, street: str | None, term: int) -> str:
    """宣南区牛街街道社区妇代会班子成员名册（第六届）."""
    return f"{scope_place(district, street)}社区妇代会班子成员名册（{term_label(term)}）"
