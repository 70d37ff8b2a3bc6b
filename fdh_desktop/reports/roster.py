"""班子成员名册: the leadership members of a street's congresses, ID numbers and phones masked.

The roles are printed as stored (主任 or 主席...); the posts are the two 两委 fields of DOMAIN.md
Part 2, with 是否兼职 and 界别 beside them.
"""

from __future__ import annotations

from datetime import date

from fdh_desktop.domain.masking import mask_id_number, mask_phone
from fdh_desktop.domain.records import yes_no

ROSTER_HEADERS = ["序号", "社区", "职务", "姓名", "身份证号", "出生年月", "年龄", "民族", "政治面貌",
                  "文化程度", "社区党组织职务", "居委会职务", "是否新任", "是否兼职", "界别", "联系电话", "工作单位"]


def roster_headers(new_label: str = "新任") -> list[str]:
    """ROSTER_HEADERS with the 是否新任 column as the term's form says it (是否新当选 for a 社区妇联)."""
    return [f"是否{new_label}" if h == "是否新任" else h for h in ROSTER_HEADERS]


def _flag(value: object) -> str:
    return yes_no(None if value is None else bool(value))  # the store's 0/1 or a bool


def roster_rows(members: list[dict], masked: bool = True) -> list[list[object]]:
    """Printable rows (ROSTER_HEADERS) from the store's member rows (services.statistics.roster), numbered."""
    rows = []
    for n, m in enumerate(members, start=1):
        id_number = m.get("id_number") or ""
        phone = m.get("phone") or ""
        born = m.get("birth_date")
        rows.append([
            n, m["community"], m["role"], m["name"],
            mask_id_number(id_number) if masked and id_number else id_number,
            f"{born.year}.{born.month:02d}" if isinstance(born, date) else (born or ""),
            "" if m.get("age") is None else m["age"],
            m.get("ethnicity") or "", m.get("political") or "", m.get("education") or "",
            m.get("party_post") or "", m.get("committee_post") or "",
            _flag(m.get("is_new")), _flag(m.get("part_time")), m.get("sector") or "",
            mask_phone(phone) if masked else phone, m.get("workplace") or "",
        ])
    return rows
