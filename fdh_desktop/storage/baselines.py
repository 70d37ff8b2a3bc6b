"""上届基数 (published figures of a term without member records), drill-down rows behind the
statistics, and the signature lines of printed tables."""

from __future__ import annotations

import json

from .base import StoreBase, StoreError
from .stats import _AGE, _SAME_AS_PREVIOUS_CHAIR, _SCOPE

SIGNATURE_KEY = "report_signature"


class BaselinesMixin(StoreBase):
    # -- 上届基数 -------------------------------------------------------------------------------

    def baselines(self, term: int, street_id: int | None = None) -> dict[str, int]:
        """The entered figures of one scope (street_id None: the whole district); {} when none."""
        rows = self._query(
            "SELECT key, count FROM baselines WHERE term = ? AND street_id IS ? ORDER BY id",
            (term, street_id),
        )
        return {r["key"]: r["count"] for r in rows}

    def baselines_by_scope(self, term: int) -> dict[int | None, dict[str, int]]:
        """Every scope of a term that has figures: None (district) and street ids."""
        found: dict[int | None, dict[str, int]] = {}
        for r in self._query("SELECT street_id, key, count FROM baselines WHERE term = ? ORDER BY id", (term,)):
            found.setdefault(r["street_id"], {})[r["key"]] = r["count"]
        return found

    def save_baselines(self, term: int, street_id: int | None, values: dict[str, int]) -> bool:
        """Make the figures of (term, scope) exactly `values`, with history; returns whether anything changed."""
        if term < 1:
            raise StoreError("届次应为不小于1的整数")
        for key, count in values.items():
            if not isinstance(count, int) or isinstance(count, bool) or count < 0:
                raise StoreError(f"上届基数“{key}”应为不小于0的整数")
        where = "全区" if street_id is None else self.street(street_id).name
        changed = False
        with self.write("save_baselines", f"第{term}届上届基数（{where}）"):
            existing = {
                r["key"]: r for r in self._query(
                    "SELECT * FROM baselines WHERE term = ? AND street_id IS ?", (term, street_id)
                )
            }
            for key, row in existing.items():
                if key not in values:
                    self._delete("baselines", row["id"], term=term)
                    changed = True
            for key, count in values.items():
                if key in existing:
                    changed |= self._update("baselines", existing[key]["id"], {"count": count}, term=term)
                else:
                    self._insert("baselines", {"term": term, "street_id": street_id, "key": key, "count": count},
                                 term=term)
                    changed = True
        return changed

    def has_members(self, term: int, street_id: int | None = None) -> bool:
        """Whether a term has any member records, in the district or one street."""
        return bool(self._scalar(
            """SELECT EXISTS (
                   SELECT 1 FROM members m JOIN congresses c ON c.id = m.congress_id
                   JOIN communities co ON co.id = c.community_id
                   WHERE c.term = :term AND (:street_id IS NULL OR co.street_id = :street_id))""",
            {"term": term, "street_id": street_id},
        ))

    # -- the people and congresses behind a figure ----------------------------------------------

    def chair_details(self, term: int, street_id: int | None = None) -> list[dict]:
        """Chairs of established congresses with their place and age, counted as `counts()` does."""
        params = {"term": term, "street_id": street_id, "derive": int(self.previous_term_has_members(term))}
        return self._query(
            f"""WITH s AS ({_SCOPE})
            SELECT m.id AS member_id, m.name, m.id_number, m.birth_date, m.ethnicity, m.political,
                   m.education, m.rc_post, m.phone, m.workplace,
                   CASE WHEN m.birth_date IS NULL OR s.age_date IS NULL THEN NULL ELSE {_AGE} END AS age,
                   CASE WHEN :derive THEN NOT {_SAME_AS_PREVIOUS_CHAIR} ELSE COALESCE(m.is_new, 0) END AS is_new,
                   s.id AS congress_id, s.progress, s.election_date,
                   co.id AS community_id, co.name AS community, st.id AS street_id, st.name AS street
            FROM members m JOIN s ON s.id = m.congress_id
            JOIN communities co ON co.id = s.community_id JOIN streets st ON st.id = co.street_id
            WHERE s.established = 1 AND m.role IN ('主任', '主席')
            ORDER BY st.sort_order, st.id, co.sort_order, co.id, m.position""",
            params,
        )

    def congress_details(self, term: int, street_id: int | None = None) -> list[dict]:
        """Congress rows of a term with their place and number of chairs."""
        return self._query(
            f"""WITH s AS ({_SCOPE})
            SELECT s.id AS congress_id, s.should_establish, s.established, s.progress, s.election_date,
                   s.reps_total, s.reps_units, s.reps_migrants, s.reps_present,
                   (SELECT COUNT(*) FROM members m WHERE m.congress_id = s.id AND m.role IN ('主任', '主席')) AS chairs,
                   co.id AS community_id, co.name AS community, st.id AS street_id, st.name AS street
            FROM s JOIN communities co ON co.id = s.community_id JOIN streets st ON st.id = co.street_id
            ORDER BY st.sort_order, st.id, co.sort_order, co.id""",
            {"term": term, "street_id": street_id},
        )

    # -- signature lines of printed tables ------------------------------------------------------

    def report_signature(self) -> dict[str, str]:
        text = self._scalar("SELECT value FROM settings WHERE key = ?", (SIGNATURE_KEY,))
        try:
            value = json.loads(text) if text else {}
        except ValueError:
            value = {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def save_report_signature(self, values: dict[str, str]) -> None:
        old = self.report_signature()
        new = {k: v.strip() for k, v in values.items() if v and v.strip()}
        if new == old:
            return
        with self.write("report_signature", "修改统计表落款"):
            self._execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                          (SIGNATURE_KEY, json.dumps(new, ensure_ascii=False)))
            self._log("settings", 0, "update", {SIGNATURE_KEY: old}, {SIGNATURE_KEY: new})
