"""Read-only lists for the window and reports: search, community status, district-wide rows."""

from __future__ import annotations

from .base import StoreBase


class QueriesMixin(StoreBase):
    def search_members(self, text: str, term: int | None = None, limit: int = 200) -> list[dict]:
        """Members whose name or ID number contains `text`, with their community and street."""
        text = text.strip()
        if not text:
            return []
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return self._query(
            """SELECT m.id, m.name, m.id_number, m.role, c.term, co.id AS community_id, co.name AS community,
                      s.name AS street
               FROM members m JOIN congresses c ON c.id = m.congress_id
               JOIN communities co ON co.id = c.community_id JOIN streets s ON s.id = co.street_id
               WHERE (m.name LIKE :p ESCAPE '\\' OR m.id_number LIKE :p ESCAPE '\\')
                 AND (:term IS NULL OR c.term = :term)
               ORDER BY c.term DESC, s.sort_order, co.sort_order, m.position LIMIT :limit""",
            {"p": pattern, "term": term, "limit": limit},
        )

    def congress_overview(self, term: int) -> list[dict]:
        """One row per community for a term: progress, establishment and member counts."""
        return self._query(
            """SELECT co.id AS community_id, co.name AS community, s.id AS street_id, s.name AS street,
                      c.id AS congress_id, c.should_establish, c.established, c.progress,
                      (SELECT COUNT(*) FROM members m WHERE m.congress_id = c.id) AS member_count,
                      (SELECT COUNT(*) FROM members m WHERE m.congress_id = c.id AND m.role = '主任') AS chair_count
               FROM communities co JOIN streets s ON s.id = co.street_id
               LEFT JOIN congresses c ON c.community_id = co.id AND c.term = :term
               ORDER BY s.sort_order, s.id, co.sort_order, co.id""",
            {"term": term},
        )

    def id_numbers_in_term(self, term: int) -> dict[str, list[int]]:
        """身份证号 → community ids where it appears in a term (for the two-communities warning)."""
        found: dict[str, list[int]] = {}
        for row in self._query(
            "SELECT m.id_number, c.community_id FROM members m JOIN congresses c ON c.id = m.congress_id"
            " WHERE c.term = ? AND m.id_number IS NOT NULL",
            (term,),
        ):
            found.setdefault(row["id_number"], []).append(row["community_id"])
        return found
