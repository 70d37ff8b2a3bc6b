"""DOMAIN.md Part 2's counts in SQL: every leadership member (执委) of a term, the chairs' posts in
the 两委, and what the district's targets measure per community.

A full pass over the members is what costs at city scale, so it is one grouped query whose only
per-row work is comparisons: an age band is "born after the cut date" (the day the person turns
the band's limit plus one, computed once per congress), which gives the same whole years (周岁) as
stats._AGE. The chairs (one per congress) are read row by row and counted by the domain.
"""

from __future__ import annotations

from fdh_desktop.domain import organisation as org
from fdh_desktop.domain import vocab
from fdh_desktop.domain.federation_statistics import (
    PLACE_SEPARATOR, YOUNG_AGE, CommunityTally, FederationCounts, GroupAges, count_groups, tally_parts,
)

from .base import StoreBase
from .stats import _AGE, _SAME_AS_PREVIOUS_CHAIR, _SCOPE, _in_list

_CHAIR_ROLES = _in_list(tuple(sorted(org.CHAIR_ROLES)))
_MINORITY = f"(m.ethnicity IS NOT NULL AND m.ethnicity <> '' AND m.ethnicity <> '{vocab.ETHNICITIES[0]}')"
_PARTY_ORG = "(m.party_post IS NOT NULL AND m.party_post <> '无')"
_RESIDENTS = "(m.committee_post IS NOT NULL AND m.committee_post <> '无')"
_ONE_SHOULDER = "(m.party_post = '书记' AND m.committee_post = '主任')"

# 新当选 of a 执委: not in last term's leadership of the same community, in any role.
_IN_PREVIOUS_LEADERSHIP = """
EXISTS (
    SELECT 1 FROM members pm JOIN congresses pc ON pc.id = pm.congress_id
    WHERE pc.community_id = s.community_id AND pc.term = :term - 1
      AND CASE WHEN pm.id_number IS NOT NULL AND m.id_number IS NOT NULL THEN pm.id_number = m.id_number
               ELSE pm.name = m.name AND pm.birth_date = m.birth_date END
)
"""
_NEW_EXECUTIVE = f"CASE WHEN :derive THEN NOT {_IN_PREVIOUS_LEADERSHIP} ELSE COALESCE(m.is_new, 0) END"
_NEW_CHAIR = f"CASE WHEN :derive THEN NOT {_SAME_AS_PREVIOUS_CHAIR} ELSE COALESCE(m.is_new, 0) END"


def _cut(limit: int) -> str:
    """The day a person born on it turns limit + 1 at the congress's age day (ISO text, any date)."""
    return f"printf('%04d', CAST(substr(x.age_date, 1, 4) AS INTEGER) - {int(limit) + 1}) || substr(x.age_date, 5)"


def _established(limits: tuple[int, ...]) -> str:
    """The term's established congresses with their age day and one cut date per age limit."""
    cuts = ", ".join(f"{_cut(limit)} AS cut{i}" for i, limit in enumerate(limits))
    return f"SELECT x.id, x.community_id, x.age_date, {cuts} FROM ({_SCOPE}) x WHERE x.established = 1"


def _age_key(limits: tuple[int, ...]) -> str:
    """How many of the (sorted) age limits a member is older than; NULL when her age is unknown."""
    steps = " ".join(f"WHEN m.birth_date > s.cut{i} THEN {i}" for i in range(len(limits)))
    return f"CASE WHEN m.birth_date IS NULL OR s.age_date IS NULL THEN NULL {steps} ELSE {len(limits)} END"


class FederationStatsMixin(StoreBase):
    def _params(self, term: int, street_id: int | None) -> dict:
        return {"term": term, "street_id": street_id, "derive": int(self.previous_term_has_members(term))}

    def federation_counts(self, term: int, form: str, street_id: int | None = None,
                          bounds: tuple[int, ...] = (35, 45)) -> FederationCounts:
        """What domain.federation_statistics.count_term counts, except the 两委 posts of 执委 who
        are not chairs (no figure reports them)."""
        return self.federation_figures(term, form, street_id, bounds)[0]

    def federation_figures(self, term: int, form: str, street_id: int | None = None,
                           bounds: tuple[int, ...] = (35, 45), tallies: bool = False,
                           per_person: bool = False) -> tuple[FederationCounts, list[CommunityTally] | None]:
        """The counts and, with `tallies`, what the targets measure per community (the per-person
        执委 measures only with `per_person`): one grouped pass over the members, the chairs read
        once for both."""
        limits = tuple(sorted({*bounds, YOUNG_AGE}))
        params = self._params(term, street_id)
        scope = f"WITH s AS MATERIALIZED ({_established(limits)})"
        groups = self.conn.execute(
            f"""{scope}
            SELECT m.role, m.education, m.political, m.ethnicity, {_NEW_EXECUTIVE}, {_age_key(limits)},
                   COUNT(*), SUM({_AGE})
            FROM members m JOIN s ON s.id = m.congress_id
            GROUP BY 1, 2, 3, 4, 5, 6""",
            params,
        ).fetchall()
        # A bound's band (and 45岁及以下) holds the keys up to that bound's place among the limits.
        places = [limits.index(limit) for limit in (*bounds, YOUNG_AGE)]
        people = [(role, education, political, ethnicity, new, n,
                   GroupAges(0, 0, (0,) * len(places)) if key is None
                   else GroupAges(n, age_sum or 0, tuple(n if key <= place else 0 for place in places)))
                  for role, education, political, ethnicity, new, key, n, age_sum in groups]
        chairs = self.conn.execute(
            f"""{scope}
            SELECT m.congress_id, m.role, {_AGE}, m.education, m.political, m.ethnicity, m.party_post,
                   m.committee_post, {_NEW_CHAIR}
            FROM members m JOIN s ON s.id = m.congress_id
            WHERE m.role IN {_CHAIR_ROLES}""",
            params,
        ).fetchall()
        counts = count_groups(people, chairs, form, bounds)
        if not tallies:
            return counts, None
        roles = self.conn.execute(
            f"{scope} SELECT m.congress_id, m.role, COUNT(*) FROM members m JOIN s ON s.id = m.congress_id GROUP BY 1, 2",
            params,
        ).fetchall()
        sums = None
        if per_person:
            college = _in_list(vocab.EDUCATION_GROUPS["大专及以上"])
            young = f"s.cut{limits.index(YOUNG_AGE)}"
            sums = self.conn.execute(
                f"""{scope}
                SELECT m.congress_id, SUM(m.political IN {_in_list(vocab.PARTY)}), SUM(m.education IN {college}),
                       SUM(m.birth_date > {young}), SUM({_MINORITY})
                FROM members m JOIN s ON s.id = m.congress_id GROUP BY 1""",
                params,
            ).fetchall()
        return counts, tally_parts(self.congress_places(term, street_id), chairs, roles, sums)

    def target_tallies(self, term: int, street_id: int | None = None, per_person: bool = True) -> list[CommunityTally]:
        """Per established community with people, what the district's targets measure, in place order."""
        form = self.require_term(term).form
        return self.federation_figures(term, form, street_id, tallies=True, per_person=per_person)[1]

    def congress_places(self, term: int, street_id: int | None = None) -> list[tuple[int, str]]:
        """(congress id, "牛街 › 南线阁社区") of the term's established congresses, in place order."""
        rows = self.conn.execute(
            f"""WITH s AS ({_SCOPE})
            SELECT s.id, st.name, co.name FROM s
            JOIN communities co ON co.id = s.community_id JOIN streets st ON st.id = co.street_id
            WHERE s.established = 1
            ORDER BY st.sort_order, st.id, co.sort_order, co.id""",
            {"term": term, "street_id": street_id},
        ).fetchall()
        return [(cid, f"{street}{PLACE_SEPARATOR}{community}") for cid, street, community in rows]

    def people_details(self, term: int, street_id: int | None = None) -> list[dict]:
        """Every leadership member of the established congresses with place, age and what
        federation_counts counts of her (is_new as a 执委, new_chair, the 两委 flags), in place order."""
        params = {"term": term, "street_id": street_id, "derive": int(self.previous_term_has_members(term))}
        return self._query(
            f"""WITH s AS ({_SCOPE})
            SELECT m.id AS member_id, m.role, m.name, m.id_number, m.birth_date, m.ethnicity, m.political,
                   m.education, m.rc_post, m.party_post, m.committee_post, m.phone, m.workplace,
                   CASE WHEN m.birth_date IS NULL OR s.age_date IS NULL THEN NULL ELSE {_AGE} END AS age,
                   {_MINORITY} AS minority, {_PARTY_ORG} AS party_org, {_RESIDENTS} AS residents,
                   {_ONE_SHOULDER} AS one_shoulder,
                   {_NEW_EXECUTIVE} AS is_new,
                   CASE WHEN m.role NOT IN {_CHAIR_ROLES} THEN 0
                        WHEN :derive THEN NOT {_SAME_AS_PREVIOUS_CHAIR} ELSE COALESCE(m.is_new, 0) END AS new_chair,
                   s.id AS congress_id, s.progress, s.election_date,
                   co.id AS community_id, co.name AS community, st.id AS street_id, st.name AS street
            FROM members m JOIN s ON s.id = m.congress_id
            JOIN communities co ON co.id = s.community_id JOIN streets st ON st.id = co.street_id
            WHERE s.established = 1
            ORDER BY st.sort_order, st.id, co.sort_order, co.id, m.position""",
            params,
        )
