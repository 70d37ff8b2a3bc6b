"""Statistics of a term, the whole district or one street, in the `stats --json` shape.

The previous term (比上届) comes from its records when it has member records, else from the
上届基数 entered for it (services.baselines); reports.report.previous_source(report) says which.
"""

from __future__ import annotations

from dataclasses import dataclass

from fdh_desktop.domain.federation_statistics import (
    FederationCounts, check_tallies, extend_report, part2_from_counts,
)
from fdh_desktop.domain.organisation import FORM_FEDERATION, executive_range_of
from fdh_desktop.domain.statistics import Counts, build_report
from fdh_desktop.reports.drill import Drill, filter_rows, is_congress_category
from fdh_desktop.reports.federation_drill import describe_people, filter_people, is_people_category
from fdh_desktop.reports.naming import report_title, roster_title, summary_title
from fdh_desktop.reports.report import SOURCE_BASELINES, SOURCE_RECORDS, with_source
from fdh_desktop.reports.tables import Table, report_tables
from fdh_desktop.storage import Store, StoreError

from .baselines import baseline_counts
from .changes import Changes
from .targets import targets as configured_targets

__all__ = ["StoreError", "SOURCE_BASELINES", "SOURCE_RECORDS", "report_title", "roster_title", "summary_title"]  # re-exported for the screens


@dataclass(frozen=True)
class Choices:
    """What the statistics screen offers to choose from: streets (as typed) and terms."""

    streets: list[str]
    terms: list[tuple[int, str]]  # (number, 第六届)
    current_term: int | None


def choices(store: Store) -> Choices:
    """Streets and terms of the district; empty when the file holds no district yet."""
    if not store.is_initialised():
        return Choices([], [], None)
    return Choices([s.name for s in store.streets()], [(t.number, t.label) for t in store.terms()],
                   store.settings().current_term)

def term_or_current(store: Store, term: int | None) -> int:
    """The given term, checked to exist, else the district's current term."""
    if not store.is_initialised():
        raise StoreError("数据库尚未初始化（没有区名称和届次），请先运行 fdh init 或 fdh demo")
    number = term if term is not None else store.settings().current_term
    store.require_term(number)
    return number


def previous_counts(store: Store, term: int, street_id: int | None, bounds: tuple[int, ...],
                    ) -> tuple[Counts | None, str | None, FederationCounts | None]:
    """Counts of term-1 for the scope, where they came from (records win over 上届基数), and its
    Part 2 counts when they are records (上届基数 have none)."""
    previous = term - 1
    if previous < 1:
        return None, None, None
    if not store.has_members(previous, street_id):
        from_baselines = baseline_counts(store, previous, street_id, bounds)
        if from_baselines is not None:
            return from_baselines, SOURCE_BASELINES, None
        if store.term(previous) is None or not store.has_congresses(previous):
            return None, None, None
    counts, federation, _ = store.term_counts(previous, store.require_term(previous).form, street_id, bounds)
    return counts, SOURCE_RECORDS, federation


def statistics(store: Store, term: int | None = None, street: str | None = None) -> dict:
    """The `stats --json` object (a reports.report.Report, which also knows its previous_source)."""
    settings = store.settings()
    number = term_or_current(store, term)
    street_id = store.require_street(street).id if street else None
    bounds = tuple(settings.age_bands)
    form = store.require_term(number).form
    targets = _targets(store, form)
    counts, federation, tallies = store.term_counts(number, form, street_id, bounds, tallies=bool(targets))
    previous, source, previous_federation = previous_counts(store, number, street_id, bounds)
    report = build_report(
        district=settings.district,
        term=number,
        street=street,
        counts=counts,
        previous_counts=previous,
        bounds=bounds,
        decimals=settings.decimals,
    )
    report = with_source(report, source)
    if source == SOURCE_BASELINES:
        # Published figures give education groups only; the levels are not known.
        report["previous"]["chairs"]["education_detail"] = {}
    # DOMAIN.md Part 2's keys: "form", the chairs' additions, "executives", "targets", and their
    # comparison with the previous term when its figures are records.
    before = part2_from_counts(previous_federation, bounds, settings.decimals) if previous_federation else None
    return extend_report(report, part2_from_counts(federation, bounds, settings.decimals), before,
                         _checked(store, form, targets, tallies))


def _targets(store: Store, form: str) -> list:
    """The district's targets (domain Target); a 妇代会 term has none."""
    return configured_targets(store) if form == FORM_FEDERATION else []


def _checked(store: Store, form: str, targets: list, tallies: list | None) -> list[dict]:
    settings = store.settings()
    return check_tallies(tallies, form, targets, settings.decimals, executive_range_of(settings)) if targets else []


def term_targets(store: Store, term: int, street_id: int | None = None) -> list[dict]:
    """The district's targets checked on a 妇联 term (the "targets" list); [] for a 妇代会 term."""
    form = store.require_term(term).form
    targets = _targets(store, form)
    tallies = store.term_counts(term, form, street_id, tuple(store.settings().age_bands), tallies=True)[2] if targets else []
    return _checked(store, form, targets, tallies)


@dataclass(frozen=True)
class StreetReport:
    street_id: int | None  # None: the 合计 row (whole district)
    name: str
    report: dict


def street_statistics(store: Store, term: int | None = None) -> list[StreetReport]:
    """One report per street, in the district's order, then the whole district as 合计."""
    number = term_or_current(store, term)
    rows = [StreetReport(s.id, s.name, statistics(store, number, s.name)) for s in store.streets()]
    rows.append(StreetReport(None, "合计", statistics(store, number)))
    return rows


def drill_rows(store: Store, term: int, street_id: int | None, drill: Drill) -> list[dict]:
    """The chairs or congresses behind one figure (DOMAIN.md counts, checked against the records).

    `street_id` is the scope of the table; the drill's own street wins. The previous term gives
    [] when its figures are 上届基数 rather than records.
    """
    number = term - 1 if drill.previous else term
    scope = drill.street_id if drill.street_id is not None else street_id
    if number < 1:
        return []
    bounds = tuple(store.settings().age_bands)
    if is_people_category(drill.category):
        if store.term(number) is None:
            return []
        # Roles are named as the table names them: last term's 主任 are listed under 主席.
        form = store.require_term(term).form
        return filter_people(drill.category, store.people_details(number, scope), bounds, form)
    if is_congress_category(drill.category):
        rows = store.congress_details(number, scope)
    else:
        rows = store.chair_details(number, scope)
    return filter_rows(drill.category, rows, bounds)


def describe_drill(category: str) -> str:
    """The Chinese heading of the list behind a figure."""
    from fdh_desktop.reports.drill import describe

    return describe_people(category) if is_people_category(category) else describe(category)


def consistency(store: Store, term: int | None = None, street: str | None = None,
                streets: list | None = None, report: dict | None = None) -> list:
    """The checks panel's findings (reports.checks.Check), errors first.

    `report` and `streets` (already computed for the tables) are reused when given.
    """
    from fdh_desktop.reports.checks import consistency_checks
    from fdh_desktop.reports.street_tables import StreetRow

    number = term_or_current(store, term)
    street_id = store.require_street(street).id if street else None
    report = report if report is not None else statistics(store, number, street)
    if street is None and streets is None:
        streets = [StreetRow(s.street_id, s.name, s.report) for s in street_statistics(store, number)]
    rows = store.congress_details(number, street_id)
    no_chair = len(filter_rows("no_chair", rows, tuple(store.settings().age_bands)))
    from fdh_desktop.services.places import uncounted_communities

    uncounted = [name for name in uncounted_communities(store, number)
                 if street is None or name.split(" ", 1)[0] == street]
    return consistency_checks(report, streets if street is None else None, no_chair, uncounted=uncounted)


def roster(store: Store, term: int | None = None, street: str | None = None) -> list[tuple[str, list[dict]]]:
    """班子成员名册: per street (in order), every member of its congresses with community and age."""
    from fdh_desktop.domain.dates import age_on
    from fdh_desktop.domain.rules import age_reference

    number = term_or_current(store, term)
    t = store.require_term(number)
    only = store.require_street(street).id if street else None
    congresses = store.congresses_of_term(number)
    by_street: dict[int, list[dict]] = {}
    for community in store.communities(only):
        if community.id not in congresses:
            continue
        congress, members = congresses[community.id]
        on = age_reference(congress, t.reference_date, t.year)
        for m in members:
            by_street.setdefault(community.street_id, []).append({
                **m.content(), "community": community.name, "community_id": community.id,
                "age": age_on(m.birth_date, on) if m.birth_date and on else None,
            })
    return [(s.name, by_street[s.id]) for s in store.streets() if s.id in by_street]


def printable_sections(store: Store, term: int | None = None, street: str | None = None,
                       signature: dict | None = None) -> list:
    """The printed pages of the statistics (reports.html.Section): what 导出PDF and
    `fdh stats --pdf` write. The per-street tables come with the whole district only."""
    from fdh_desktop.reports.html import Signature, report_sections

    settings = store.settings()
    report = statistics(store, term, street)
    tables = None if street else street_tables_of(store, report["term"])
    sign = Signature.from_dict(signature if signature is not None else store.report_signature(), settings.district)
    _add_form_header(store, sign)
    return report_sections(report, tables, sign, settings.decimals)


def street_tables_of(store: Store, term: int, streets: list[StreetReport] | None = None) -> list:
    from fdh_desktop.reports.street_tables import StreetRow, street_tables

    rows = streets if streets is not None else street_statistics(store, term)
    return street_tables([StreetRow(s.street_id, s.name, s.report) for s in rows], store.settings().decimals)


def report_signature(store: Store):
    """The signature lines (reports.html.Signature) as last saved, 填报单位 defaulting to 某区妇联."""
    from fdh_desktop.reports.html import Signature

    signature = Signature.from_dict(store.report_signature(), store.settings().district)
    _add_form_header(store, signature)
    return signature


def _add_form_header(store: Store, signature) -> None:
    """The settings' 统计表表头 (表号, 制表机关…), at the top right of every printed or exported table."""
    from fdh_desktop.reports.form_conventions import FormHeader, header_html

    header = FormHeader.from_dict(store.form_header())
    signature.header_html = header_html(header)
    signature.header_lines = tuple(header.lines())


def summary(store: Store, term: int | None = None, street: str | None = None) -> str:
    """The 基本情况 paragraph of a term and scope: Part 2's wording for a 妇联 term, Part 1's otherwise."""
    from fdh_desktop.reports.federation_summary import report_summary

    return report_summary(statistics(store, term, street), store.settings().current_term)


def roster_sections(store: Store, term: int | None = None, street: str | None = None,
                    masked: bool = True) -> list:
    """班子成员名册 pages, one section per street; ID numbers and phones masked unless asked."""
    from fdh_desktop.reports.html import roster_section
    from fdh_desktop.reports.roster import roster_rows

    from .roster import new_label

    number = term_or_current(store, term)
    district = store.settings().district
    signature = report_signature(store)
    new = new_label(store, number)
    return [
        roster_section(roster_title(district, name, number),
                       roster_rows(members, masked), signature, masked, new)
        for name, members in roster(store, number, street)
    ]


def save_report_signature(store: Store, values: dict[str, str]) -> Changes:
    """The signature lines of printed tables (落款), in one action."""
    store.save_report_signature(values)
    return Changes(settings=True)


@dataclass
class Overview:
    """Everything the statistics screen shows for one term and scope, computed in one go."""

    report: dict  # the `stats --json` object (a reports.report.Report)
    street_id: int | None  # the scope; None for the whole district
    decimals: int
    tables: list[Table]  # this term against the previous
    streets: list[StreetReport]  # per street then 合计; empty for one street
    street_tables: list[Table]  # the per-street tables; empty for one street
    checks: list  # reports.checks.Check, errors first


def overview(store: Store, term: int | None = None, street: str | None = None) -> Overview:
    from fdh_desktop.reports.street_tables import StreetRow

    number = term_or_current(store, term)
    street_id = store.require_street(street).id if street else None
    decimals = store.settings().decimals
    report = statistics(store, number, street)
    streets = [] if street else street_statistics(store, number)
    rows = [StreetRow(s.street_id, s.name, s.report) for s in streets] or None
    return Overview(
        report=report,
        street_id=street_id,
        decimals=decimals,
        tables=report_tables(report, decimals),
        streets=streets,
        street_tables=street_tables_of(store, number, streets) if streets else [],
        checks=consistency(store, number, street, streets=rows, report=report),
    )
