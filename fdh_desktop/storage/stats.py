"""Statistics counts with SQL aggregates: one pass over the indexed chair rows of a term."""

from __future__ import annotations

from fdh_desktop.domain import organisation as org
from fdh_desktop.domain import vocab
from fdh_desktop.domain.federation_statistics import (
    PLACE_SEPARATOR, YOUNG_AGE, CommunityTally, FederationCounts, PeopleCounts,
)
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
            chairs AS (
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


# --- DOMAIN.md Part 2: the chairs' additions, every leadership member (执委), target tallies ---

_CHAIR_ROLES = _in_list(tuple(sorted(org.CHAIR_ROLES)))
_DEPUTY_ROLES = _in_list(tuple(sorted(org.DEPUTY_ROLES)))
_MINORITY = f"(m.ethnicity IS NOT NULL AND m.ethnicity <> '' AND m.ethnicity <> '{vocab.ETHNICITIES[0]}')"
_PARTY_ORG = "(m.party_post IS NOT NULL AND m.party_post <> '无')"
_RESIDENTS = "(m.committee_post IS NOT NULL AND m.committee_post <> '无')"
_ONE_SHOULDER = "(m.party_post = '书记' AND m.committee_post = '主任')"
_COLLEGE = _in_list(vocab.EDUCATION_GROUPS["大专及以上"])

# 新当选 of a 执委: not in last term's leadership of the same community, in any role.
_IN_PREVIOUS_LEADERSHIP = """
EXISTS (
    SELECT 1 FROM members pm JOIN congresses pc ON pc.id = pm.congress_id
    WHERE pc.community_id = s.community_id AND pc.term = :term - 1
      AND CASE WHEN pm.id_number IS NOT NULL AND m.id_number IS NOT NULL THEN pm.id_number = m.id_number
               ELSE pm.name = m.name AND pm.birth_date = m.birth_date END
)
"""

_PEOPLE = f"""
SELECT m.role, m.education, m.political,
       CASE WHEN m.birth_date IS NULL OR s.age_date IS NULL THEN NULL ELSE {_AGE} END AS age,
       {_MINORITY} AS minority, {_PARTY_ORG} AS party_org, {_RESIDENTS} AS residents, {_ONE_SHOULDER} AS one_shoulder,
       CASE WHEN :derive THEN NOT {_IN_PREVIOUS_LEADERSHIP} ELSE COALESCE(m.is_new, 0) END AS new_executive,
       CASE WHEN m.role NOT IN {_CHAIR_ROLES} THEN 0
            WHEN :derive THEN NOT {_SAME_AS_PREVIOUS_CHAIR} ELSE COALESCE(m.is_new, 0) END AS new_chair,
       s.id AS congress_id, s.community_id
FROM members m JOIN s ON s.id = m.congress_id
WHERE s.established = 1
"""


def _people_counts(row, bounds: tuple[int, ...], new_column: str) -> PeopleCounts:
    counts = PeopleCounts(age_bands=[0] * (len(bounds) + 1))
    counts.total = row["total"]
    counts.new = row[new_column]
    counts.party, counts.minority = row["party"], row["minority"]
    counts.education = {e: row[f"edu{i}"] for i, e in enumerate(vocab.EDUCATION)}
    counts.age_bands = [row[f"band{i}"] for i in range(len(bounds) + 1)]
    counts.age_45_or_under, counts.age_sum, counts.age_known = row["young"], row["age_sum"], row["age_known"]
    counts.two_committees, counts.party_org = row["two_committees"], row["party_org"]
    counts.residents_committee, counts.one_shoulder = row["residents"], row["one_shoulder"]
    return counts


def _add(into: PeopleCounts, more: PeopleCounts) -> None:
    for name in ("total", "new", "party", "minority", "age_45_or_under", "age_sum", "age_known", "two_committees",
                 "party_org", "residents_committee", "one_shoulder"):
        setattr(into, name, getattr(into, name) + getattr(more, name))
    for key, n in more.education.items():
        into.education[key] += n
    into.age_bands = [a + b for a, b in zip(into.age_bands, more.age_bands)]


class FederationStatsMixin(StoreBase):
    def federation_counts(self, term: int, form: str, street_id: int | None = None,
                          bounds: tuple[int, ...] = (35, 45)) -> FederationCounts:
        """What domain.federation_statistics.count_term counts, in one grouped pass over the members."""
        params = {"term": term, "street_id": street_id, "derive": int(self.previous_term_has_members(term))}
        bands = [f"{expr} AS band{i}" for i, expr in enumerate(_band_sums(bounds))]
        education = [f"SUM(education = '{e}') AS edu{i}" for i, e in enumerate(vocab.EDUCATION)]
        columns = [
            "role", "COUNT(*) AS total", "SUM(new_executive) AS new_executive", "SUM(new_chair) AS new_chair",
            f"SUM(political IN {_in_list(vocab.PARTY)}) AS party", "SUM(minority) AS minority",
            f"SUM(age <= {YOUNG_AGE}) AS young", "SUM(age) AS age_sum", "COUNT(age) AS age_known",
            "SUM(party_org OR residents) AS two_committees", "SUM(party_org) AS party_org",
            "SUM(residents) AS residents", "SUM(one_shoulder) AS one_shoulder", *education, *bands,
        ]
        cursor = self.conn.execute(
            f"""WITH s AS ({_SCOPE}), people AS ({_PEOPLE})
            SELECT {", ".join(columns)} FROM people GROUP BY role""",
            params,
        )
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        width = len(bounds) + 1
        chairs, executives = PeopleCounts(age_bands=[0] * width), PeopleCounts(age_bands=[0] * width)
        roles = dict.fromkeys(org.roles(form), 0)
        for values in rows:
            row = {k: (v or 0) for k, v in zip(names, values)}
            role = org.role_in_form(values[0], form)
            if role in roles:
                roles[role] += row["total"]
            _add(executives, _people_counts(row, bounds, "new_executive"))
            if values[0] in org.CHAIR_ROLES:
                _add(chairs, _people_counts(row, bounds, "new_chair"))
        return FederationCounts(form, chairs, executives, roles)

    def target_tallies(self, term: int, street_id: int | None = None) -> list[CommunityTally]:
        """Per established community with people, what the district's targets measure, in place order."""
        params = {"term": term, "street_id": street_id, "derive": 0}
        young = f"(age IS NOT NULL AND age <= {YOUNG_AGE})"
        chair_tests = {
            "chair_two_committees": "party_org OR residents", "chair_party_org": "party_org",
            "chair_residents_committee": "residents", "chair_one_shoulder": "one_shoulder",
            "chair_party": f"political IN {_in_list(vocab.PARTY)}", "chair_college": f"education IN {_COLLEGE}",
            "chair_age_45_or_under": young,
        }
        executive_tests = {
            "executives_party": f"political IN {_in_list(vocab.PARTY)}",
            "executives_college": f"education IN {_COLLEGE}",
            "executives_age_45_or_under": young, "executives_minority": "minority",
        }
        sums = [f"SUM(role IN {_CHAIR_ROLES} AND ({test}))" for test in chair_tests.values()]
        sums += [f"SUM({test})" for test in executive_tests.values()]
        rows = self.conn.execute(
            f"""WITH s AS ({_SCOPE}), people AS ({_PEOPLE})
            SELECT st.name, co.name, COUNT(*), SUM(role IN {_CHAIR_ROLES}), SUM(role IN {_DEPUTY_ROLES}),
                   SUM(role = '{org.ROLE_PART_TIME_VICE}'), {", ".join(sums)}
            FROM people JOIN communities co ON co.id = people.community_id JOIN streets st ON st.id = co.street_id
            GROUP BY people.congress_id
            ORDER BY st.sort_order, st.id, co.sort_order, co.id""",
            params,
        ).fetchall()
        measures = (*chair_tests, *executive_tests)
        return [
            CommunityTally(f"{street}{PLACE_SEPARATOR}{community}", people, chairs, deputies, vices,
                           {m: n or 0 for m, n in zip(measures, passed)})
            for street, community, people, chairs, deputies, vices, *passed in rows
        ]

    def people_details(self, term: int, street_id: int | None = None) -> list[dict]:
        """Every leadership member of the established congresses with place, age and what
        federation_counts counts of her (new_executive, new_chair, the 两委 flags), in place order."""
        params = {"term": term, "street_id": street_id, "derive": int(self.previous_term_has_members(term))}
        return self._query(
            f"""WITH s AS ({_SCOPE})
            SELECT m.id AS member_id, m.role, m.name, m.id_number, m.birth_date, m.ethnicity, m.political,
                   m.education, m.rc_post, m.party_post, m.committee_post, m.phone, m.workplace,
                   CASE WHEN m.birth_date IS NULL OR s.age_date IS NULL THEN NULL ELSE {_AGE} END AS age,
                   {_MINORITY} AS minority, {_PARTY_ORG} AS party_org, {_RESIDENTS} AS residents,
                   {_ONE_SHOULDER} AS one_shoulder,
                   CASE WHEN :derive THEN NOT {_IN_PREVIOUS_LEADERSHIP} ELSE COALESCE(m.is_new, 0) END AS is_new,
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
