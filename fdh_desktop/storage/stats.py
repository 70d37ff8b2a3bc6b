"""Statistics counts with SQL aggregates: the scope of a term, the age and 连任 rules in SQL, and
Part 1's counts of the congresses (the chairs are counted in federation_stats.term_counts, in the
same pass as Part 2's)."""

from __future__ import annotations

from fdh_desktop.domain.statistics import Counts

from .base import StoreBase

# Age in whole years at the congress's day (election date, else term reference date, else 30 June
# of the term's year), from ISO text: year difference less one before the birthday.
_AGE = (
    "CAST(substr(s.age_date, 1, 4) AS INTEGER) - CAST(substr(m.birth_date, 1, 4) AS INTEGER)"
    " - (substr(s.age_date, 6, 5) < substr(m.birth_date, 6, 5))"
)

_SCOPE = """
SELECT c.*, COALESCE(c.election_date, t.reference_date,
                     CASE WHEN t.year IS NOT NULL THEN printf('%04d-06-30', t.year) END) AS age_date
FROM congresses c
JOIN communities co ON co.id = c.community_id
JOIN terms t ON t.number = c.term
WHERE c.term = :term AND (:street_id IS NULL OR co.street_id = :street_id)
"""

# 连任 when last term's chair of the same community is the same person (DOMAIN.md).
_SAME_AS_PREVIOUS_CHAIR = """
EXISTS (
    SELECT 1 FROM members pm JOIN congresses pc ON pc.id = pm.congress_id
    WHERE pc.community_id = s.community_id AND pc.term = :term - 1 AND pm.role IN ('主任', '主席')
      AND CASE WHEN pm.id_number IS NOT NULL AND m.id_number IS NOT NULL THEN pm.id_number = m.id_number
               ELSE pm.name = m.name AND pm.birth_date = m.birth_date END
)
"""


def _in_list(values: tuple[str, ...]) -> str:
    return "(" + ", ".join("'" + v + "'" for v in values) + ")"


class StatsMixin(StoreBase):
    def previous_term_has_members(self, term: int) -> bool:
        return bool(self._scalar(
            "SELECT EXISTS (SELECT 1 FROM members m JOIN congresses c ON c.id = m.congress_id WHERE c.term = ?)",
            (term - 1,),
        ))

    def _congress_counts(self, params: dict, bounds: tuple[int, ...]) -> Counts:
        """Part 1's counts of the congresses themselves; the chairs' are filled in by term_counts."""
        row = self._query(
            f"""WITH s AS ({_SCOPE})
            SELECT COALESCE(SUM(should_establish), 0) AS should_establish,
                   COALESCE(SUM(established = 1), 0) AS established,
                   COALESCE(SUM(established = 1 AND progress = '已完成'), 0) AS completed,
                   COALESCE(SUM(CASE WHEN established = 1 THEN reps_total END), 0) AS reps_total,
                   COALESCE(SUM(CASE WHEN established = 1 THEN reps_units END), 0) AS reps_units,
                   COALESCE(SUM(CASE WHEN established = 1 THEN reps_migrants END), 0) AS reps_migrants
            FROM s""",
            params,
        )[0]
        return Counts(should_establish=row["should_establish"], established=row["established"],
                      completed=row["completed"], reps_total=row["reps_total"], reps_units=row["reps_units"],
                      reps_migrants=row["reps_migrants"], age_bands=[0] * (len(bounds) + 1))

    def has_congresses(self, term: int) -> bool:
        return bool(self._scalar("SELECT EXISTS (SELECT 1 FROM congresses WHERE term = ?)", (term,)))
