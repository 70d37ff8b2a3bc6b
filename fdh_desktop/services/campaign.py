"""The campaign of a term as the 进度 board, the bulletin and `fdh progress` need it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fdh_desktop.domain import campaign as cp
from fdh_desktop.domain.records import Street
from fdh_desktop.storage import Store, StoreError

from .changes import Changes


@dataclass(frozen=True)
class Campaign:
    term: int
    communities: list[cp.CommunityProgress]
    plan: cp.CampaignPlan
    plan_saved: bool  # False: default_plan, nothing saved yet
    streets: list[Street]
    imports: list[cp.ImportRecord]


def default_start(communities: list[cp.CommunityProgress], today: date) -> date:
    """Where a term's default plan starts: the earliest stage date, else the first of this month."""
    return cp.campaign_start(communities) or today.replace(day=1)


def load_campaign(store: Store, term: int, today: date | None = None) -> Campaign:
    communities = store.campaign_communities(term)
    saved = store.campaign_plan(term)
    plan = saved or cp.default_plan(default_start(communities, today or date.today()))
    return Campaign(term, communities, plan, saved is not None, store.streets(), store.import_records(term))


def save_plan(store: Store, term: int, plan: cp.CampaignPlan) -> Changes:
    """Save the term's plan after the domain's checks; one clear message when it is out of order."""
    problems = cp.plan_problems(plan)
    if problems:
        raise StoreError("；".join(problems))
    store.save_campaign_plan(term, plan)
    return Changes(settings=True)


def stage_dates(store: Store, community_id: int, term: int) -> dict[str, date]:
    """The dates a congress reached its stages (none for a congress not yet recorded)."""
    return store.stage_dates(community_id, term)


def edit_stage_dates(store: Store, community_id: int, term: int, dates: dict[str, date]) -> Changes:
    """A clerk corrects the dates a congress reached its stages (refused with one message if out of order)."""
    store.set_stage_dates(community_id, term, dates)
    return Changes(congresses=frozenset({community_id}))


# -- the 进度 board and the 周通报 ------------------------------------------------------------------


@dataclass(frozen=True)
class Board:
    """Everything the 进度 tab shows for one term and week, computed in one go."""

    campaign: Campaign
    district: str
    decimals: int
    week: cp.Week
    as_of: date  # the figures' day: the week's Sunday, or today for the week still running
    bulletin: cp.Bulletin
    stages: list[cp.StreetStages]  # every street, in the district's order (empty ones too)
    overdue: list[cp.Overdue]
    instructors: list[cp.InstructorGroup]
    returns: list[cp.StreetReturn]

    @property
    def pilots(self) -> set[str]:
        return {s.name for s in self.campaign.streets if s.pilot}

    @property
    def missing_returns(self) -> list[str]:
        return cp.missing_returns(self.returns)


def board(store: Store, term: int | None = None, day: date | None = None, today: date | None = None) -> Board:
    """The board of `term` (the current one when None) for the week holding `day` (this week when
    None; a day before the campaign's start means its first week)."""
    from .statistics import term_or_current

    today = today or date.today()
    number = term_or_current(store, term)
    campaign = load_campaign(store, number, today)
    settings = store.settings()
    week = cp.week_of(max(day or today, campaign.plan.start), campaign.plan.start)
    names = [s.name for s in campaign.streets]
    bulletin = cp.bulletin(campaign.communities, campaign.plan, week, names, today)
    as_of = bulletin.as_of
    found = {s.street: s for s in cp.by_street(campaign.communities, as_of)}
    stages = [found.get(n) or cp.StreetStages(n, {p: [] for p in cp.PROGRESS}) for n in names]
    items = cp.counted(campaign.communities)
    return Board(
        campaign=campaign, district=settings.district, decimals=settings.decimals, week=week, as_of=as_of,
        bulletin=bulletin, stages=stages, overdue=cp.overdue(items, campaign.plan, as_of),
        instructors=cp.by_instructor(items, campaign.plan, as_of),
        returns=cp.returns_status(names, [r for r in campaign.imports if r.at.date() <= as_of]),
    )


def form_header(store: Store):
    """The top-right block of printed tables (reports.form_conventions.FormHeader) as saved."""
    from fdh_desktop.reports.form_conventions import FormHeader

    return FormHeader.from_dict(store.form_header())


SIGNATURE_NAMES = ("head", "statistician", "preparer", "phone")  # saved in the settings, not per table


def form_signature(store: Store, today: date | None = None):
    """The bottom lines of printed tables (reports.form_conventions.FormSignature): the names saved
    in the settings and the 落款 of the statistics (填报单位, 报出日期), today when none."""
    from fdh_desktop.reports.form_conventions import FormSignature

    saved = store.report_signature()
    values = {k: saved[k] for k in (*SIGNATURE_NAMES, "unit", "date") if saved.get(k)}
    if "statistician" not in values and saved.get("reviewer"):
        values["statistician"] = saved["reviewer"]  # saved as 审核人 before 统计负责人
    return FormSignature.for_district(store.settings().district, today, **values)


def save_form_settings(store: Store, header: dict[str, str], names: dict[str, str]) -> Changes:
    """The header block and the signature names of printed tables (the settings' 统计表表头), one action."""
    with store.write("form_header", "修改统计表表头"):
        store.save_form_header(header)
        signature = store.report_signature()
        for key in SIGNATURE_NAMES:
            signature[key] = names.get(key, "")
        store.save_report_signature(signature)
    return Changes(settings=True)


def save_district_settings(store: Store, settings, year: int | None, reference_date: date | None,
                           header: dict[str, str], names: dict[str, str]) -> Changes:
    """The settings dialog's 确定: district settings and the 统计表表头 tab, in one transaction."""
    from .district import save_settings

    with store.write("settings", "修改区设置"):
        return save_settings(store, settings, year, reference_date) | save_form_settings(store, header, names)


def bulletin_sections(store: Store, board: Board) -> list:
    """The 周通报 as printable pages (reports.html.Section): PDF, print and xlsx."""
    from fdh_desktop.reports.bulletin import bulletin_section

    return [bulletin_section(board.bulletin, board.district, form_header(store), form_signature(store),
                             pilots=board.pilots, decimals=board.decimals)]


def bulletin_file_stem(board: Board) -> str:
    return f"{board.district}换届工作周通报（第{board.week.number}周）"


def save_campaign_setup(store: Store, term: int, plan: cp.CampaignPlan, pilots: dict[int, bool]) -> Changes:
    """The plan and the pilot streets (试点) from the plan dialog, after the domain's checks."""
    problems = cp.plan_problems(plan)
    if problems:
        raise StoreError("；".join(problems))
    store.save_campaign_setup(term, plan, pilots)
    return Changes(settings=True, places=True)


# -- the work-summary draft ---------------------------------------------------------------------


def work_summary(store: Store, term: int | None = None):
    """The facts of the 工作总结初稿 (reports.work_summary.SummaryFacts) of a term."""
    from fdh_desktop.reports.summary import summary_text
    from fdh_desktop.reports.work_summary import facts_from_campaign

    from .statistics import statistics, term_or_current

    number = term_or_current(store, term)
    report = statistics(store, number)
    campaign = load_campaign(store, number)
    form = getattr(store.require_term(number), "form", None) or "妇代会"  # Term.form comes with migration 6
    return facts_from_campaign(
        store.settings().district, summary_text(report, store.settings().current_term), campaign.communities,
        plan=campaign.plan if campaign.plan_saved else None, organisation=form,
        representatives=report.get("representatives"))


def summary_file_stem(facts) -> str:
    return f"{facts.district}社区{facts.organisation}换届选举工作总结（初稿）"


# -- the demo's campaign ------------------------------------------------------------------------


def demo_start(today: date) -> date:
    """Where the demo's campaign starts so that its day (the 10th of its fifth month) is the
    latest such day not after `today`; that day is demo_day(today)."""
    back = today.year * 12 + today.month - 1 - (4 if today.day >= 10 else 5)
    return date(back // 12, back % 12 + 1, 1)


def demo_day(today: date) -> date:
    start = demo_start(today)
    index = start.year * 12 + start.month - 1 + 4
    return date(index // 12, index % 12 + 1, 10)


def write_demo_campaign(store: Store, term: int, today: date | None = None) -> Changes:
    """Give the term's congresses the demo's campaign (domain.campaign_demo), in its fifth month by
    `today`: pilot streets done, late communities, one street missing and one refused return."""
    from fdh_desktop.domain.campaign_demo import demo_campaign

    start = demo_start(today or date.today())
    demo = demo_campaign(store.streets(), store.communities(), start)
    with store.write("campaign_state", "换届进度示例"):
        store.save_campaign_plan(term, demo.plan)
        store.set_campaign_state(term, [(c.community_id, c.progress or cp.PROGRESS_NOT_STARTED, dict(c.stage_dates))
                                        for c in demo.communities])
        store.add_import_records(term, demo.imports)
    return Changes(all_congresses=True, settings=True)
