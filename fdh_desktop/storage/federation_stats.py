"""The statistics' counts in SQL: Part 1's chairs and DOMAIN.md Part 2's figures of every
leadership member (执委), the chairs' posts in the 两委, and what the district's targets measure
per community.

A full pass over the members is what costs at city scale, so there is one, and one over the
chairs (found through their own index, migration 7), which serves Part 1 and Part 2 alike. Each
sums comparisons only: no sort, no row per person into Python, and one cheap age sum per member.
An age band is "born after the cut date" (the day the person turns the band's limit plus one,
computed once per congress), which gives the same whole years (周岁) as stats._AGE. With the
targets, the members are summed per community as well (the rows come grouped already) and the
chairs' tests are read per chair; the totals are still summed in SQL.
"""

from __future__ import annotations

from fdh_desktop.domain import organisation as org
from fdh_desktop.domain import vocab
from fdh_desktop.domain.statistics import Counts
from fdh_desktop.domain.federation_statistics import (
    CHAIR_FLAGS, EXECUTIVE_FLAGS, PLACE_SEPARATOR, YOUNG_AGE, CommunityTally, FederationCounts, GroupAges,
    PeopleSums, people_from_sums, tally_sums,
)

from .base import StoreBase
from .stats import _AGE, _SAME_AS_PREVIOUS_CHAIR, _SCOPE, _in_list

_CHAIR_ROLES = _in_list(tuple(sorted(org.CHAIR_ROLES)))  # the WHERE term of the index members_chair
_MINORITY = f"(m.ethnicity IS NOT NULL AND m.ethnicity <> '' AND m.ethnicity <> '{vocab.ETHNICITIES[0]}')"
_PARTY_ORG = "(m.party_post IS NOT NULL AND m.party_post <> '无')"
_RESIDENTS = "(m.committee_post IS NOT NULL AND m.committee_post <> '无')"
_ONE_SHOULDER = "(m.party_post = '书记' AND m.committee_post = '主任')"
_PARTY = f"(m.political IN {_in_list(vocab.PARTY)})"

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
# stats._AGE with the congress's year and month-day taken apart once per congress (s.age_year,
# s.month_day); CAST of ISO text to INTEGER reads its year. NULL when either date is unknown.
_FAST_AGE = "s.age_year - CAST(m.birth_date AS INTEGER) - (substr(m.birth_date, 5) > s.month_day)"


def _cut(limit: int) -> str:
    """The day a person born on it turns limit + 1 at the congress's age day (ISO text, any date)."""
    return f"printf('%04d', CAST(substr(x.age_date, 1, 4) AS INTEGER) - {int(limit) + 1}) || substr(x.age_date, 5)"


def _established(limits: tuple[int, ...]) -> str:
    """The term's established congresses with their age day taken apart and one cut date per age
    limit (cut35 for 35, ...)."""
    cuts = ", ".join(f"{_cut(limit)} AS cut{int(limit)}" for limit in limits)
    return (f"SELECT x.id, x.community_id, x.age_date, CAST(x.age_date AS INTEGER) AS age_year,"
            f" substr(x.age_date, 5) AS month_day, {cuts} FROM ({_SCOPE}) x WHERE x.established = 1")


# What a target tests of one person (domain _flags), in SQL; NULL when not recorded.
_TESTS = {
    "party": _PARTY, "minority": _MINORITY, "college": f"(m.education IN {_in_list(vocab.EDUCATION_GROUPS['大专及以上'])})",
    "young": f"(m.birth_date > s.cut{YOUNG_AGE})", "two_committees": f"({_PARTY_ORG} OR {_RESIDENTS})",
    "party_org": _PARTY_ORG, "residents_committee": _RESIDENTS, "one_shoulder": _ONE_SHOULDER,
}


def _people_columns(new: str, limits: tuple[int, ...], posts: bool) -> list[tuple[str, str]]:
    """(name, SQL sum) of what PeopleSums holds of a group; the 两委 flags with `posts`."""
    columns = [("people", "COUNT(*)"), ("new", f"SUM({new})"), ("party", f"SUM({_TESTS['party']})"),
               ("minority", f"SUM({_TESTS['minority']})"),
               *((f"education {e}", f"SUM(m.education = '{e}')") for e in vocab.EDUCATION),
               ("known", "SUM(m.birth_date IS NOT NULL AND s.age_date IS NOT NULL)"), ("age_sum", f"SUM({_FAST_AGE})"),
               *((f"younger {limit}", f"SUM(m.birth_date > s.cut{int(limit)})") for limit in limits)]
    if posts:
        columns += [(flag, f"SUM({_TESTS[flag]})")
                    for flag in ("two_committees", "party_org", "residents_committee", "one_shoulder")]
    return columns


def _role_classes() -> list[tuple[str, ...]]:
    """The roles in classes that map alike in both forms (主任 and 主席; 副主任 and 副主席; 兼职副主席;
    委员 and 执委): one sum per class gives every form's role counts, the deputies and 兼职副主席."""
    classes: dict[tuple[str, ...], tuple[str, ...]] = {}
    for role in (*vocab.ROLES, *org.FEDERATION_ROLES):
        key = tuple(org.role_in_form(role, form) for form in org.FORMS)
        classes[key] = (*classes.get(key, ()), role)
    return list(classes.values())


_ROLE_CLASSES = _role_classes()
_ROLE_COLUMNS = [(f"role {roles[0]}", f"SUM(m.role IN {_in_list(roles)})") for roles in _ROLE_CLASSES]
_DEPUTIES = tuple(f"role {roles[0]}" for roles in _ROLE_CLASSES if org.is_deputy(roles[0]))
_PART_TIME = next(f"role {roles[0]}" for roles in _ROLE_CLASSES if org.ROLE_PART_TIME_VICE in roles)
# Per flag a target tests, the columns of _people_columns that count it.
_FLAG_COLUMNS = {
    "party": ("party",), "college": tuple(f"education {e}" for e in vocab.EDUCATION_GROUPS["大专及以上"]),
    "young": (f"younger {YOUNG_AGE}",), "minority": ("minority",), "two_committees": ("two_committees",),
    "party_org": ("party_org",), "residents_committee": ("residents_committee",), "one_shoulder": ("one_shoulder",),
}


class _Sums:
    """The named columns of one summing query and their SQL."""

    def __init__(self, columns: list[tuple[str, str]]) -> None:
        # COALESCE: a sum over NULLs only counts 0. MAX and MIN stay NULL when nothing is known.
        self.sql = {name: sql if name in _EXTREMES else f"COALESCE({sql}, 0)" for name, sql in columns}

    def of(self, *names: str) -> str:
        """The SQL of the sum of the named columns (SQLite counts each aggregate once however
        often it is named, so this costs nothing per member)."""
        return " + ".join(self.sql[n] for n in names)

    def flag(self, flag: str) -> str:
        return self.of(*_FLAG_COLUMNS[flag])

    def totals_sql(self) -> list[str]:
        """The totals over per-community rows whose columns are named v0, v1, ..."""
        return [f"{_EXTREMES.get(name, 'COALESCE(SUM')}(v{i}){'' if name in _EXTREMES else ', 0)'}"
                for i, name in enumerate(self.sql)]


# Part 1's figures of the chairs beyond PeopleSums: 居委会任职 and the oldest and youngest.
_POST_COLUMNS = [(f"post {p}", f"SUM(m.rc_post = '{p}')") for p in vocab.POSTS]
_EXTREMES = {"age_max": "MAX", "age_min": "MIN"}
_EXTREME_COLUMNS = [("age_max", f"MAX({_FAST_AGE})"), ("age_min", f"MIN({_FAST_AGE})")]


def _part1_chairs(counts: Counts, values: dict, bounds: tuple[int, ...]) -> None:
    """Fill in Part 1's counts of the chairs (statistics.Counts) from the chairs' sums."""
    counts.chairs, counts.new, counts.party = values["people"], values["new"], values["party"]
    counts.post = {p: values[f"post {p}"] for p in vocab.POSTS}
    counts.education = {e: values[f"education {e}"] for e in vocab.EDUCATION}
    counts.age_sum, counts.age_known = values["age_sum"], values["known"]
    counts.age_max, counts.age_min = values["age_max"], values["age_min"]
    younger = [values[f"younger {bound}"] for bound in bounds]
    counts.age_bands = [b - a for a, b in zip([0, *younger], [*younger, values["known"]])]


def _people_sums(values: dict[str, int], bounds: tuple[int, ...]) -> PeopleSums:
    ages = GroupAges(values["known"], values["age_sum"],
                     tuple(values[f"younger {limit}"] for limit in (*bounds, YOUNG_AGE)))
    return PeopleSums(values["people"], values["new"], values["party"], values["minority"],
                      {e: values[f"education {e}"] for e in vocab.EDUCATION}, ages,
                      values.get("two_committees", 0), values.get("party_org", 0),
                      values.get("residents_committee", 0), values.get("one_shoulder", 0))


def _role_counts(values: dict[str, int], form: str) -> dict[str, int]:
    counts = dict.fromkeys(org.roles(form), 0)
    for roles in _ROLE_CLASSES:
        counts[org.role_in_form(roles[0], form)] += values[f"role {roles[0]}"]
    return counts


class FederationStatsMixin(StoreBase):
    def _params(self, term: int, street_id: int | None) -> dict:
        return {"term": term, "street_id": street_id, "derive": int(self.previous_term_has_members(term))}

    def counts(self, term: int, street_id: int | None = None, bounds: tuple[int, ...] = (35, 45)) -> Counts:
        """Part 1's counts of a term (DOMAIN.md)."""
        return self.term_counts(term, None, street_id, bounds)[0]

    def federation_counts(self, term: int, form: str, street_id: int | None = None,
                          bounds: tuple[int, ...] = (35, 45)) -> FederationCounts:
        """What domain.federation_statistics.count_term counts, except the 两委 posts of 执委 who
        are not chairs (no figure reports them)."""
        return self.term_counts(term, form, street_id, bounds)[1]

    def term_counts(self, term: int, form: str | None, street_id: int | None = None,
                    bounds: tuple[int, ...] = (35, 45), tallies: bool = False,
                    ) -> tuple[Counts, FederationCounts | None, list[CommunityTally] | None]:
        """Part 1's counts; with the term's `form`, Part 2's too; with `tallies`, what the targets
        measure per community. One pass over the chairs serves Part 1 and Part 2, one over all
        members (only for Part 2) gives the 执委."""
        limits = tuple(sorted({*bounds, YOUNG_AGE}))
        params = self._params(term, street_id)
        counts = self._congress_counts(params, bounds)
        chairs = _Sums([*_people_columns(_NEW_CHAIR, limits, posts=True), *_POST_COLUMNS, *_EXTREME_COLUMNS])
        # With the targets, tally_sums' values per chair (one a community, so not grouped) and per
        # community of all its people.
        chair_tally = ["1", *(f"COALESCE({_TESTS[flag]}, 0)" for flag in CHAIR_FLAGS)] if tallies else []
        chair_totals, chair_rows = self._sum_rows(chairs, chair_tally, f"AND m.role IN {_CHAIR_ROLES}", limits, params,
                                                  grouped=False)
        _part1_chairs(counts, chair_totals, bounds)
        if form is None:
            return counts, None, None
        everyone = _Sums([*_ROLE_COLUMNS, *_people_columns(_NEW_EXECUTIVE, limits, posts=False)])
        people_tally = [everyone.of("people"), everyone.of(*_DEPUTIES), everyone.of(_PART_TIME),
                        *(everyone.flag(flag) for flag in EXECUTIVE_FLAGS)] if tallies else []
        totals, people_rows = self._sum_rows(everyone, people_tally, "", limits, params)
        federation = FederationCounts(form, people_from_sums(_people_sums(chair_totals, bounds), bounds),
                                      people_from_sums(_people_sums(totals, bounds), bounds), _role_counts(totals, form))
        if not tallies:
            return counts, federation, None
        return counts, federation, tally_sums(self.congress_places(term, street_id), people_rows, chair_rows)

    def _sum_rows(self, sums: _Sums, tally: list[str], where: str, limits: tuple[int, ...], params: dict,
                  grouped: bool = True) -> tuple[dict, list[tuple]]:
        """The sums over the established congresses of the scope, by name, and when `tally` is
        given (congress id, *tally) per congress with people (`tally` are sums then), or per
        person (`tally` are values of one row).

        Per community, congresses are read in the order of congresses_term (term, community_id)
        and grouped by community (one congress each in a term), so the members come grouped
        already: nothing is sorted. The totals are summed in SQL too, so only the tally values
        come into Python."""
        scope = f"""WITH s AS MATERIALIZED ({_established(limits)})"""
        # One street's congresses are looked up by community (still in community_id order), not
        # picked out of the whole district's.
        street = "" if params["street_id"] is None else \
            "AND c.community_id IN (SELECT id FROM communities WHERE street_id = :street_id)"
        members = ("FROM congresses c CROSS JOIN s CROSS JOIN members m"
                   f" WHERE c.term = :term {street} AND s.id = c.id AND m.congress_id = c.id {where}")
        if not tally:
            row = self.conn.execute(f"{scope} SELECT {', '.join(sums.sql.values())} {members}", params).fetchone()
            return dict(zip(sums.sql, row)), []
        padding = ", NULL" * (len(sums.sql) - len(tally))
        if grouped:
            named = [f"{sql} AS v{i}" for i, sql in enumerate(sums.sql.values())]
            sql = f"""{scope}, g AS MATERIALIZED (
                SELECT c.id AS cid, {", ".join(f"{sql} AS t{i}" for i, sql in enumerate(tally))}, {", ".join(named)}
                {members} GROUP BY c.community_id)
            SELECT NULL, {", ".join(sums.totals_sql())} FROM g
            UNION ALL
            SELECT cid, {", ".join(f"t{i}" for i in range(len(tally)))}{padding} FROM g"""
        else:
            sql = f"""{scope}
            SELECT NULL, {", ".join(sums.sql.values())} {members}
            UNION ALL
            SELECT c.id, {", ".join(tally)}{padding} {members}"""
        rows = self.conn.execute(sql, params).fetchall()
        totals = next(row for row in rows if row[0] is None)
        return dict(zip(sums.sql, totals[1:])), [row[:1 + len(tally)] for row in rows if row[0] is not None]

    def target_tallies(self, term: int, street_id: int | None = None) -> list[CommunityTally]:
        """Per established community with people, what the district's targets measure, in place order."""
        return self.term_counts(term, self.require_term(term).form, street_id, tallies=True)[2]

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
