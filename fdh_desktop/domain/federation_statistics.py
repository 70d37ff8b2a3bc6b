"""The statistics of DOMAIN.md Part 2 from plain records: the "form", the "chairs" additions, the
"executives" object, the "targets" list, and their comparison with the previous term across the
妇代会→妇联 boundary (主任↔主席, 副主任↔副主席), all in the documented `stats --json` shapes.

As in statistics.py, people are counted into integers first and every share is then computed
from the counts with round-half-up. `full_report` also computes Part 1's keys for either form
(through statistics.count_records), so it is the reference a store's SQL can be held to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from . import organisation as org
from . import vocab
from .dates import age_on
from .federation_records import FederationMember, from_part1, part1_post
from .organisation import ExecutiveRange
from .records import MEMBER_FIELDS, Congress, Member
from .rounding import format_decimal, mean, percent, points, round_half_up
from .rules import derive_is_new, is_same_person
from .statistics import (CongressEntry, age_band_labels, band_index, build_report, change, count_records,
                         share)

YOUNG_AGE = 45  # the "45岁及以下" figure of Part 2, independent of the configured bands
PLACE_SEPARATOR = " › "


@dataclass
class FederationEntry:
    """One community's congress or 妇联 in one term, with the people the figures are counted from."""

    street: str
    community: str
    congress: Congress
    members: list[Member]  # FederationMember, or Part 1 members (their 居委会任职 is mapped)
    age_date: date | None
    previous_members: list[Member] = field(default_factory=list)  # the same community, term-1
    derive_new: bool = False  # the previous term has member records: 新任 is derived, not read

    @property
    def place(self) -> str:
        """"牛街 › 南线阁社区": how a community is named in target lists."""
        return f"{self.street}{PLACE_SEPARATOR}{self.community}"

    def people(self) -> list[FederationMember]:
        return [from_part1(m) for m in self.members]


@dataclass
class TermRecords:
    form: str
    entries: list[FederationEntry]


@dataclass
class PeopleCounts:
    """Integer counts over a group of people (the chairs, or all 执委)."""

    total: int = 0
    new: int = 0
    party: int = 0
    minority: int = 0
    education: dict[str, int] = field(default_factory=lambda: dict.fromkeys(vocab.EDUCATION, 0))
    age_bands: list[int] = field(default_factory=list)
    age_45_or_under: int = 0
    age_sum: int = 0
    age_known: int = 0
    two_committees: int = 0
    party_org: int = 0
    residents_committee: int = 0
    one_shoulder: int = 0

    def add(self, person: FederationMember, age: int | None, is_new: bool | None, bounds: tuple[int, ...]) -> None:
        posts = person.posts
        self.add_alike(1, age, person.education, person.political in vocab.PARTY, bool(person.minority),
                       posts.in_party_org, posts.in_residents_committee, posts.one_shoulder, is_new, bounds)

    def add_alike(self, n: int, age: int | None, education: str | None, party: bool, minority: bool,
                  party_org: bool, residents: bool, one_shoulder: bool, is_new: bool | None,
                  bounds: tuple[int, ...]) -> None:
        """`n` people who are alike in everything counted here."""
        self.total += n
        self.new += n * bool(is_new)
        self.party += n * bool(party)
        self.minority += n * bool(minority)
        if education in self.education:
            self.education[education] += n
        if age is not None:
            self.age_bands[band_index(age, bounds)] += n
            self.age_45_or_under += n * (age <= YOUNG_AGE)
            self.age_sum += n * age
            self.age_known += n
        self.two_committees += n * bool(party_org or residents)
        self.party_org += n * bool(party_org)
        self.residents_committee += n * bool(residents)
        self.one_shoulder += n * bool(one_shoulder)

    def add_ages(self, ages: GroupAges) -> None:
        """Ages counted elsewhere: the bands from how many are at most each bound old."""
        *below, young = ages.younger
        self.age_known += ages.known
        self.age_sum += ages.total
        self.age_45_or_under += young
        previous = 0
        for i, count in enumerate(below):
            self.age_bands[i] += count - previous
            previous = count
        self.age_bands[-1] += ages.known - previous

    def education_group(self, group: str) -> int:
        return sum(self.education[e] for e in vocab.EDUCATION_GROUPS[group])


@dataclass
class FederationCounts:
    form: str
    chairs: PeopleCounts
    executives: PeopleCounts
    roles: dict[str, int]


@dataclass(frozen=True)
class GroupAges:
    """The ages of a group of people counted together (the Store counts them in SQL)."""

    known: int  # people whose age is known
    total: int  # the sum of their ages
    younger: tuple[int, ...]  # per limit of (*bounds, YOUNG_AGE): how many are at most that old


@dataclass(frozen=True)
class PeopleSums:
    """What PeopleCounts holds of a group, counted elsewhere (the Store counts in SQL)."""

    total: int
    new: int
    party: int
    minority: int
    education: dict[str, int]
    ages: GroupAges
    two_committees: int = 0
    party_org: int = 0
    residents_committee: int = 0
    one_shoulder: int = 0


def people_from_sums(sums: PeopleSums, bounds: tuple[int, ...]) -> PeopleCounts:
    """The PeopleCounts of a group counted elsewhere (the Store counts in SQL)."""
    counts = PeopleCounts(total=sums.total, new=sums.new, party=sums.party, minority=sums.minority,
                          education={e: sums.education.get(e, 0) for e in vocab.EDUCATION},
                          age_bands=[0] * (len(bounds) + 1), two_committees=sums.two_committees,
                          party_org=sums.party_org, residents_committee=sums.residents_committee,
                          one_shoulder=sums.one_shoulder)
    counts.add_ages(sums.ages)
    return counts


def tally_sums(places: list[tuple[int, str]], people: Iterable[tuple], chairs: Iterable[tuple]) -> list[CommunityTally]:
    """tally_entry's tallies from per-community counts made elsewhere (the Store counts in SQL).

    `places`: (congress id, place) in place order. `people`: (congress id, people, deputies,
    兼职副主席, then how many pass each of EXECUTIVE_FLAGS). `chairs`: (congress id, chairs, then
    how many chairs pass each of CHAIR_FLAGS); rows of one congress are added up.
    """
    people_of = {row[0]: row[1:] for row in people}
    chairs_of: dict[int, tuple] = {}
    for cid, *values in chairs:
        before = chairs_of.get(cid)
        chairs_of[cid] = tuple(values) if before is None else tuple(a + b for a, b in zip(before, values))
    no_chair = (0,) * (1 + len(CHAIR_MEASURES))
    tallies = []
    for cid, place in places:
        n, deputies, part_time_vices, *executive = people_of.get(cid) or (0, 0, 0)
        if not n:
            continue
        chair_count, *chair_passed = chairs_of.get(cid, no_chair)
        tallies.append(CommunityTally(place, n, chair_count, deputies, part_time_vices,
                                      dict(zip(MEASURES_COUNTED, (*chair_passed, *executive)))))
    return tallies


def _flags(party, minority, education, age, party_org, residents, one_shoulder) -> dict[str, bool]:
    """What a target can test of one person (the flag names of _CHAIR_TESTS and _EXECUTIVE_TESTS)."""
    return {
        "two_committees": bool(party_org or residents), "party_org": bool(party_org),
        "residents_committee": bool(residents), "one_shoulder": bool(one_shoulder), "party": bool(party),
        "college": education in vocab.EDUCATION_GROUPS["大专及以上"],
        "young": age is not None and age <= YOUNG_AGE, "minority": bool(minority),
    }


def _count_into(tally: CommunityTally, role: str, flags: dict[str, bool]) -> None:
    tally.people += 1
    passed = tally.passed
    for measure, (_, flag) in _EXECUTIVE_TESTS.items():
        passed[measure] += flags[flag]
    if org.is_chair(role):
        tally.chairs += 1
        for measure, (_, flag) in _CHAIR_TESTS.items():
            passed[measure] += flags[flag]
    tally.deputies += org.is_deputy(role)
    tally.part_time_vices += role == org.ROLE_PART_TIME_VICE


def _age(person: Member, on: date | None) -> int | None:
    if person.birth_date is None or on is None:
        return None
    return age_on(person.birth_date, on)


def chair_is_new(entry: FederationEntry, chair: Member) -> bool | None:
    """新任 of a chair as Part 1 defines it: not last term's chair of the community (either form)."""
    if not entry.derive_new:
        return chair.is_new
    previous = next((p for p in entry.previous_members if org.is_chair(p.role)), None)
    return derive_is_new(chair, previous)


def executive_is_new(entry: FederationEntry, person: Member) -> bool | None:
    """新当选 of a 执委: not in last term's leadership of the community (any role), else as recorded."""
    if not entry.derive_new:
        return person.is_new
    return not any(is_same_person(person, p) for p in entry.previous_members)


def established(entries: Iterable[FederationEntry]) -> list[FederationEntry]:
    return [e for e in entries if e.congress.established]


def count_term(term: TermRecords, bounds: tuple[int, ...]) -> FederationCounts:
    bands = len(bounds) + 1
    chairs, executives = PeopleCounts(age_bands=[0] * bands), PeopleCounts(age_bands=[0] * bands)
    roles = dict.fromkeys(org.roles(term.form), 0)
    for entry in established(term.entries):
        for person in entry.people():
            role = org.role_in_form(person.role, term.form)
            if role in roles:
                roles[role] += 1
            age = _age(person, entry.age_date)
            executives.add(person, age, executive_is_new(entry, person), bounds)
            if org.is_chair(role):
                chairs.add(person, age, chair_is_new(entry, person), bounds)
    return FederationCounts(term.form, chairs, executives, roles)


def _bands(counts: PeopleCounts, bounds: tuple[int, ...], decimals: int) -> dict:
    return {label: share(n, counts.total, decimals) for label, n in zip(age_band_labels(bounds), counts.age_bands)}


def chair_additions(counts: FederationCounts, decimals: int) -> dict:
    """The keys Part 2 adds to "chairs"."""
    c = counts.chairs
    return {
        "two_committees": share(c.two_committees, c.total, decimals),
        "party_org": share(c.party_org, c.total, decimals),
        "residents_committee": share(c.residents_committee, c.total, decimals),
        "one_shoulder": share(c.one_shoulder, c.total, decimals),
        "age_45_or_under": share(c.age_45_or_under, c.total, decimals),
        "minority": share(c.minority, c.total, decimals),
    }


def executive_figures(counts: FederationCounts, bounds: tuple[int, ...], decimals: int) -> dict:
    """The "executives" object: every leadership member of the term's established congresses."""
    e = counts.executives
    return {
        "total": e.total,
        "roles": dict(counts.roles),
        "new": share(e.new, e.total, decimals),
        "party": share(e.party, e.total, decimals),
        "minority": share(e.minority, e.total, decimals),
        "education": {g: share(e.education_group(g), e.total, decimals) for g in vocab.EDUCATION_GROUPS},
        "age_band": _bands(e, bounds, decimals),
        "age_45_or_under": share(e.age_45_or_under, e.total, decimals),
        "age_mean": mean(e.age_sum, e.age_known, 1),
    }


def mapped_roles(previous: dict[str, int], form: str) -> dict[str, int]:
    """Last term's role counts under this term's role names (主任 counted as 主席, ...)."""
    result = dict.fromkeys(org.roles(form), 0)
    for role, n in previous.items():
        result[org.role_in_form(role, form)] += n
    return result


def federation_changes(current: dict, previous: dict, current_form: str) -> dict:
    """比上届 for Part 2's figures, in counts and 百分点; roles mapped across the 会改联 boundary.

    `current` and `previous` are the full reports (Part 1 keys plus Part 2 keys); the result goes
    next to Part 1's "change" keys: the chair additions flat, the 执委 under "executives".
    """
    cur_c, prev_c = current["chairs"], previous["chairs"]
    cur_e, prev_e = current["executives"], previous["executives"]
    prev_roles = mapped_roles(prev_e["roles"], current_form)
    age = None
    if cur_e["age_mean"] is not None and prev_e["age_mean"] is not None:
        age = points(cur_e["age_mean"], prev_e["age_mean"])
    result = {key: change(cur_c[key], prev_c[key]) for key in CHAIR_ADDITION_KEYS}
    result["executives"] = {
        "total": cur_e["total"] - prev_e["total"],
        "roles": {role: n - prev_roles[role] for role, n in cur_e["roles"].items()},
        **{key: change(cur_e[key], prev_e[key]) for key in ("new", "party", "minority", "age_45_or_under")},
        "education": {g: change(cur_e["education"][g], prev_e["education"][g]) for g in cur_e["education"]},
        "age_band": {b: change(s, prev_e["age_band"][b]) for b, s in cur_e["age_band"].items() if b in prev_e["age_band"]},
        "age_mean": age,
    }
    return result


CHAIR_ADDITION_KEYS = ("two_committees", "party_org", "residents_committee", "one_shoulder", "age_45_or_under", "minority")


# --- target checks -------------------------------------------------------------------------

# measure → (label, the flag of _flags it counts)
_CHAIR_TESTS = {
    "chair_two_committees": ("进两委", "two_committees"),
    "chair_party_org": ("进党组织", "party_org"),
    "chair_residents_committee": ("进居委会", "residents_committee"),
    "chair_one_shoulder": ("一肩挑", "one_shoulder"),
    "chair_party": ("中共党员", "party"),
    "chair_college": ("大专及以上", "college"),
    "chair_age_45_or_under": ("45岁及以下", "young"),
}
_EXECUTIVE_TESTS = {
    "executives_party": ("执委中共党员", "party"),
    "executives_college": ("执委大专及以上", "college"),
    "executives_age_45_or_under": ("执委45岁及以下", "young"),
    "executives_minority": ("执委少数民族", "minority"),
}
_CONGRESS_TESTS = {
    "executives_odd": ("执委人数为奇数", lambda t, r: t.people % 2 == 1),
    "executives_in_range": ("执委人数在{low}至{high}人之间", lambda t, r: r.low <= t.people <= r.high),
    "has_deputy": ("配备副主席", lambda t, r: t.deputies > 0),
    "has_part_time_vice": ("配备兼职副主席", lambda t, r: t.part_time_vices > 0),
}
CHAIR_MEASURES = tuple(_CHAIR_TESTS)
EXECUTIVE_MEASURES = tuple(_EXECUTIVE_TESTS)
CHAIR_FLAGS = tuple(flag for _, flag in _CHAIR_TESTS.values())  # what a chair measure tests, in order
EXECUTIVE_FLAGS = tuple(flag for _, flag in _EXECUTIVE_TESTS.values())
MEASURES_COUNTED = CHAIR_MEASURES + EXECUTIVE_MEASURES
CONGRESS_MEASURES = tuple(_CONGRESS_TESTS)
MEASURES = (*CHAIR_MEASURES, *EXECUTIVE_MEASURES, *CONGRESS_MEASURES)


@dataclass(frozen=True)
class Target:
    """A district's aim: at least `aim` percent of the measured group passes `measure` (MEASURES)."""

    measure: str
    aim: str = "100"
    name: str | None = None  # default: from the measure and the term's form (妇联主席进两委)


DEFAULT_TARGETS = (Target("chair_two_committees"), Target("executives_odd"))


def target_name(target: Target, form: str, limits: ExecutiveRange = ExecutiveRange()) -> str:
    if target.name:
        return target.name
    return measure_label(target.measure, form, limits)


def measure_label(measure: str, form: str, limits: ExecutiveRange = ExecutiveRange()) -> str:
    """What a measure is called for the term's form: 妇联主席进两委, 执委人数为奇数, ..."""
    if measure in _CHAIR_TESTS:
        return org.labels(form).chair_title + _CHAIR_TESTS[measure][0]
    label = (_EXECUTIVE_TESTS.get(measure) or _CONGRESS_TESTS[measure])[0]
    label = label.format(low=limits.low, high=limits.high)
    return label.replace("执委", org.labels(form).members if form == org.FORM_CONGRESS else "执委")


@dataclass
class CommunityTally:
    """One community's leadership reduced to what the targets measure (the Store can count it in SQL).

    `passed` holds, per chair or 执委 measure, how many of its chairs or of its people pass.
    """

    place: str
    people: int
    chairs: int
    deputies: int
    part_time_vices: int
    passed: dict[str, int] = field(default_factory=dict)


def tally_entry(entry: FederationEntry) -> CommunityTally:
    tally = CommunityTally(entry.place, 0, 0, 0, 0, dict.fromkeys(MEASURES_COUNTED, 0))
    for p in entry.people():
        posts = p.posts
        _count_into(tally, p.role, _flags(p.political in vocab.PARTY, p.minority, p.education,
                                          _age(p, entry.age_date), posts.in_party_org,
                                          posts.in_residents_committee, posts.one_shoulder))
    return tally


def check_targets(term: TermRecords, targets: Iterable[Target], decimals: int,
                  limits: ExecutiveRange = ExecutiveRange()) -> list[dict]:
    """check_tallies over the term's established communities, counted here from the records."""
    tallies = [tally_entry(e) for e in established(term.entries)]
    return check_tallies(tallies, term.form, targets, decimals, limits)


def check_tallies(tallies: Iterable[CommunityTally], form: str, targets: Iterable[Target], decimals: int,
                  limits: ExecutiveRange = ExecutiveRange()) -> list[dict]:
    """Each target met or not, with the communities that miss it, in the "targets" JSON shape.

    Chairs: a community misses when its chair fails the test. 执委: when its own share falls
    below the aim. Counts of 执委 (odd, range, deputies): its leadership fails. Only communities
    with recorded people are measured, so a campaign half-way through lists what is done so far.
    "met" compares the exact ratio with the aim (99.96% does not meet 100%); null when nothing
    is measured yet.
    """
    tallies = [t for t in tallies if t.people]
    result = []
    for target in targets:
        aim = Decimal(target.aim)
        # aim = top / bottom exactly, so each community is judged in integers (no Decimal per row).
        top, bottom = aim.as_integer_ratio()
        scale = 100 * bottom
        passed = measured = 0
        missing: list[str] = []
        for ok, n, place in _measured(target.measure, tallies, limits):
            if n == 0:
                continue
            passed, measured = passed + ok, measured + n
            if ok * scale < top * n:
                missing.append(place)
        result.append({
            "name": target_name(target, form, limits),
            "aim": format_decimal(round_half_up(aim, decimals)),
            "actual": percent(passed, measured, decimals),
            "met": None if measured == 0 else passed * scale >= top * measured,
            "missing": missing,
        })
    return result


def _measured(measure: str, tallies: list[CommunityTally], limits: ExecutiveRange) -> list[tuple[int, int, str]]:
    """(passed, measured, place) per community."""
    if measure in _CONGRESS_TESTS:
        test = _CONGRESS_TESTS[measure][1]
        return [(int(test(t, limits)), 1, t.place) for t in tallies]
    if measure in _CHAIR_TESTS:
        return [(t.passed[measure], t.chairs, t.place) for t in tallies]
    if measure in _EXECUTIVE_TESTS:
        return [(t.passed[measure], t.people, t.place) for t in tallies]
    raise ValueError(f"unknown target measure {measure!r}")


# --- the whole report ----------------------------------------------------------------------

def part1_entries(term: TermRecords) -> list[CongressEntry]:
    """The term as statistics.count_records sees it: the chair as 主任, the highest post as 居委会任职.

    Part 1's figures (post breakdown, 新任, ages, ...) then mean the same for both forms.
    """
    result = []
    for entry in term.entries:
        members = []
        for person in entry.people():
            role = org.role_in_form(person.role, org.FORM_CONGRESS)
            members.append(Member(**{**_part1_values(person), "role": role, "rc_post": part1_post(person)}))
        previous = next((p for p in entry.previous_members if org.is_chair(p.role)), None)
        result.append(CongressEntry(entry.congress, members, entry.age_date, previous, entry.derive_new))
    return result


def _part1_values(person: FederationMember) -> dict:
    return {name: getattr(person, name) for name in MEMBER_FIELDS}


def part2_figures(term: TermRecords, bounds: tuple[int, ...], decimals: int) -> dict:
    """"form", the "chairs" additions and "executives" of one term."""
    return part2_from_counts(count_term(term, bounds), bounds, decimals)


def part2_from_counts(counts: FederationCounts, bounds: tuple[int, ...], decimals: int) -> dict:
    """part2_figures from counts made elsewhere (the Store counts them in SQL)."""
    return {"form": counts.form, "chairs": chair_additions(counts, decimals),
            "executives": executive_figures(counts, bounds, decimals)}


def extend_report(report: dict, current: dict, previous: dict | None, targets: list[dict]) -> dict:
    """Part 1's report with Part 2's keys merged in (part2_figures of this term and of term-1)."""
    report["form"] = current["form"]
    report["chairs"].update(current["chairs"])
    report["executives"] = current["executives"]
    report["targets"] = targets
    if previous is not None and report.get("previous") is not None:
        report["previous"]["form"] = previous["form"]
        report["previous"]["chairs"].update(previous["chairs"])
        report["previous"]["executives"] = previous["executives"]
        report["change"].update(federation_changes(report, report["previous"], current["form"]))
    return report


def full_report(*, district: str, term: int, street: str | None, current: TermRecords,
                previous: TermRecords | None, bounds: tuple[int, ...], decimals: int,
                targets: Iterable[Target] = DEFAULT_TARGETS, limits: ExecutiveRange = ExecutiveRange()) -> dict:
    """The whole `stats --json` object of DOMAIN.md Parts 1 and 2, from plain records."""
    counts = count_records(part1_entries(current), bounds)
    previous_counts = count_records(part1_entries(previous), bounds) if previous is not None else None
    report = build_report(district=district, term=term, street=street, counts=counts,
                          previous_counts=previous_counts, bounds=bounds, decimals=decimals)
    return extend_report(
        report, part2_figures(current, bounds, decimals),
        part2_figures(previous, bounds, decimals) if previous is not None else None,
        check_targets(current, targets, decimals, limits),
    )
