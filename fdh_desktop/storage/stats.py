"""Statistics counts with SQL aggregates: one pass over the indexed chair rows of a term."""

from __future__ import annotations

from fdh_desktop.domain import vocab
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


def _band_sums(bounds: tuple[int, ...]) -> list[str]:
    sums = [f"SUM(age <= {int(bounds[0])})"]
    for low, high in zip(bounds, bounds[1:]):
        sums.append(f"SUM(age > {int(low)} AND age <= {int(high)})")
    sums.append(f"SUM(age > {int(bounds[-1])})")
    return sums


class StatsMixin(StoreBase):
    def previous_term_has_members(self, term: int) -> bool:
        return bool(self._scalar(
            "SELECT EXISTS (SELECT 1 FROM members m JOIN congresses c ON c.id = m.congress_id WHERE c.term = ?)",
            (term - 1,),
        ))

    def counts(self, term: int, street_id: int | None = None, bounds: tuple[int, ...] = (35, 45)) -> Counts:
        params = {"term": term, "street_id": street_id, "derive": int(self.previous_term_has_members(term))}
        counts = Counts(age_bands=[0] * (len(bounds) + 1))
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
        counts.should_establish = row["should_establish"]
        counts.established = row["established"]
        counts.completed = row["completed"]
        counts.reps_total = row["reps_total"]
        counts.reps_units = row["reps_units"]
        counts.reps_migrants = row["reps_migrants"]

        posts = [f"SUM(rc_post = '{p}')" for p in vocab.POSTS]
        education = [f"SUM(education = '{e}')" for e in vocab.EDUCATION]
        bands = _band_sums(bounds)
        columns = [
            "COUNT(*)",
            "SUM(is_new_derived)",
            f"SUM(political IN {_in_list(vocab.PARTY)})",
            "SUM(age)", "COUNT(age)", "MAX(age)", "MIN(age)",
            *posts, *education, *bands,
        ]
        values = self.conn.execute(
            f"""WITH s AS ({_SCOPE}),
            chairs AS MATERIALIZED (  -- each chair's age once, not once per figure that reads it
                SELECT m.rc_post, m.education, m.political,
                       CASE WHEN m.birth_date IS NULL OR s.age_date IS NULL THEN NULL ELSE {_AGE} END AS age,
                       CASE WHEN :derive THEN NOT {_SAME_AS_PREVIOUS_CHAIR} ELSE COALESCE(m.is_new, 0) END
                           AS is_new_derived
                FROM members m JOIN s ON s.id = m.congress_id
                WHERE s.established = 1 AND m.role IN ('主任', '主席')
            )
            SELECT {", ".join(columns)} FROM chairs""",
            params,
        ).fetchone()
        values = [v or 0 if i not in (5, 6) else v for i, v in enumerate(values)]
        counts.chairs, counts.new, counts.party, counts.age_sum, counts.age_known, counts.age_max, counts.age_min = values[:7]
        rest = values[7:]
        counts.post = dict(zip(vocab.POSTS, rest[: len(vocab.POSTS)]))
        rest = rest[len(vocab.POSTS):]
        counts.education = dict(zip(vocab.EDUCATION, rest[: len(vocab.EDUCATION)]))
        counts.age_bands = list(rest[len(vocab.EDUCATION):])
        return counts

    def has_congresses(self, term: int) -> bool:
        return bool(self._scalar("SELECT EXISTS (SELECT 1 FROM congresses WHERE term = ?)", (term,)))
