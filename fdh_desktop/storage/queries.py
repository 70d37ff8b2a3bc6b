"""Read-only lists for the window and reports: search, community status, district-wide rows."""

from __future__ import annotations

from .base import StoreBase


# The day ages are taken on (election date, else the term's reference date, else 30 June of its
# year) and the age in whole years on it, for ordering the member list by age.
_ROSTER_AGE_DATE = (
    "COALESCE(c.election_date, t.reference_date, CASE WHEN t.year IS NOT NULL THEN printf('%04d-06-30', t.year) END)"
)
_ROSTER_AGE = (
    f"(CAST(substr({_ROSTER_AGE_DATE}, 1, 4) AS INTEGER) - CAST(substr(m.birth_date, 1, 4) AS INTEGER)"
    f" - (substr({_ROSTER_AGE_DATE}, 6, 5) < substr(m.birth_date, 6, 5)))"
)


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
                      (SELECT COUNT(*) FROM members m WHERE m.congress_id = c.id AND m.role IN ('主任', '主席')) AS chair_count
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

    # -- the window's reads ------------------------------------------------------------------

    def id_numbers_elsewhere(self, term: int, numbers: list[str], community_id: int) -> dict[str, list[str]]:
        """For each given 身份证号, the other communities of the term where it appears ("街道 社区")."""
        numbers = sorted({n for n in numbers if n})
        if not numbers:
            return {}
        marks = ", ".join("?" for _ in numbers)
        found: dict[str, list[str]] = {}
        # "+c.term" keeps SQLite off the term index: looking members up by ID number is far
        # cheaper than scanning a whole term (26 ms → 0.6 ms at 100,000 members).
        for row in self._query(
            f"""SELECT m.id_number, s.name AS street, co.name AS community
                FROM members m JOIN congresses c ON c.id = m.congress_id
                JOIN communities co ON co.id = c.community_id JOIN streets s ON s.id = co.street_id
                WHERE +c.term = ? AND c.community_id <> ? AND m.id_number IN ({marks})
                ORDER BY s.sort_order, co.sort_order""",
            (term, community_id, *numbers),
        ):
            found.setdefault(row["id_number"], []).append(f"{row['street']} {row['community']}")
        return found

    # The district-wide member list (班子成员名单): an id list in the asked order, then rows by id
    # for the pages a view shows, so 100,000 members cost one light query and a few small ones.
    ROSTER_ORDER: dict[str, tuple[str, ...]] = {
        "place": ("s.sort_order", "s.id", "co.sort_order", "co.id", "m.position", "m.id"),
        "street": ("s.name", "co.sort_order", "co.id", "m.position"),
        "community": ("co.name", "s.name", "m.position"),
        "role": ("CASE m.role WHEN '主任' THEN 0 WHEN '主席' THEN 0 WHEN '副主任' THEN 1 WHEN '副主席' THEN 1 WHEN '兼职副主席' THEN 2 ELSE 3 END", "s.sort_order", "co.sort_order",
                 "m.position"),
        "name": ("m.name", "m.id"),
        "id_number": ("m.id_number", "m.id"),
        "birth_date": ("m.birth_date", "m.id"),
        "age": (_ROSTER_AGE, "m.id"),
        "ethnicity": ("m.ethnicity", "m.id"),
        "political": ("m.political", "m.id"),
        "education": ("m.education", "m.id"),
        "rc_post": ("m.rc_post", "m.id"),
        "party_post": ("m.party_post", "m.id"),
        "committee_post": ("m.committee_post", "m.id"),
        "is_new": ("m.is_new", "m.id"),
        "part_time": ("m.part_time", "m.id"),
        "sector": ("m.sector", "m.id"),
        "phone": ("m.phone", "m.id"),
        "workplace": ("m.workplace", "m.id"),
    }

    def roster_ids(self, term: int, order: str = "place", descending: bool = False, text: str = "",
                   street_id: int | None = None, chairs_only: bool = False) -> list[int]:
        """Member ids of a term in the asked order (a key of ROSTER_ORDER), optionally filtered
        by any part of a name, ID number or community name, by street, or to chairs."""
        parts = self.ROSTER_ORDER.get(order, self.ROSTER_ORDER["place"])
        order_sql = ", ".join(f"{p} DESC" if descending else p for p in parts)
        where = ["c.term = :term"]
        params: dict = {"term": term}
        text = text.strip()
        if text:
            params["p"] = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append(
                "(m.name LIKE :p ESCAPE '\\' OR m.id_number LIKE :p ESCAPE '\\' OR co.name LIKE :p ESCAPE '\\'"
                " OR s.name LIKE :p ESCAPE '\\')"
            )
        if street_id is not None:
            where.append("co.street_id = :street_id")
            params["street_id"] = street_id
        if chairs_only:
            where.append("m.role IN ('主任', '主席')")
        rows = self.conn.execute(
            f"""SELECT m.id FROM members m JOIN congresses c ON c.id = m.congress_id
                JOIN communities co ON co.id = c.community_id JOIN streets s ON s.id = co.street_id
                JOIN terms t ON t.number = c.term
                WHERE {" AND ".join(where)} ORDER BY {order_sql}""",
            params,
        ).fetchall()
        return [r[0] for r in rows]

    def roster_rows(self, ids: list[int]) -> dict[int, dict]:
        """The rows of the member list for these member ids, by id, with street, community and the
        age in whole years on the congress's day (election date, else the term's reference date,
        else 30 June of the term's year)."""
        if not ids:
            return {}
        found: dict[int, dict] = {}
        # SQLite allows 32766 variables; a page is far smaller, but stay safe for any caller.
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            marks = ", ".join("?" for _ in chunk)
            for row in self._query(
                f"""SELECT m.*, c.term, c.community_id, co.name AS community, s.name AS street,
                           COALESCE(c.election_date, t.reference_date,
                                    CASE WHEN t.year IS NOT NULL THEN printf('%04d-06-30', t.year) END) AS age_date
                    FROM members m JOIN congresses c ON c.id = m.congress_id
                    JOIN communities co ON co.id = c.community_id JOIN streets s ON s.id = co.street_id
                    JOIN terms t ON t.number = c.term
                    WHERE m.id IN ({marks})""",
                tuple(chunk),
            ):
                found[row["id"]] = row
        return found

