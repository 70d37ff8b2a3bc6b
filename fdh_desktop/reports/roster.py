"""班子成员名册: the leadership members of a street's congresses, ID numbers and phones masked."""

from __future__ import annotations

from datetime import date

from fdh_desktop.domain.masking import mask_id_number, mask_phone
from fdh_desktop.domain.records import yes_no


def roster_rows(members: list[dict], masked: bool = True) -> list[list[object]]:
    """Printable rows from the store's member rows (services.statistics.roster), numbered."""
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
            m.get("rc_post") or "", yes_no(m.get("is_new")),
            mask_phone(phone) if masked else phone, m.get("workplace") or "",
        ])
    return rows
