"""Plain campaign records for the tests: communities at a stage with dates, the demo's places."""

from __future__ import annotations

from datetime import date

from fdh_desktop.domain.campaign import STAGES, CommunityProgress
from fdh_desktop.domain.records import Community, Street

_ids = iter(range(1, 100000))


def at(street: str, name: str, *days: date, instructor: str = "", pilot: bool = False,
       should: bool = True) -> CommunityProgress:
    """A community that reached the first len(days) stages on those days."""
    stages = ("未启动", *STAGES)
    return CommunityProgress(next(_ids), street, name, stages[len(days)], dict(zip(STAGES, days)),
                             instructor, pilot, should)


def demo_places() -> tuple[list[Street], list[Community]]:
    """The demo district's streets and communities as plain records (services.demo's names)."""
    from fdh_desktop.services.demo import PILOT_STREETS, STREETS

    streets, communities = [], []
    for s_id, (name, names) in enumerate(STREETS.items(), start=1):
        streets.append(Street(s_id, name, pilot=name in PILOT_STREETS))
        for n in names:
            communities.append(Community(len(communities) + 1, s_id, f"{n}社区"))
    return streets, communities


def render_demo_bulletin(out) -> list:
    """The demo's 周通报 as PDF and PNG pages, for looking at it:
    `QT_QPA_PLATFORM=offscreen .venv/bin/python tests/campaign/campaign_helpers.py OUTDIR`."""
    import subprocess
    from pathlib import Path

    from fdh_desktop.domain import campaign as cp
    from fdh_desktop.domain.campaign_demo import demo_campaign
    from fdh_desktop.gui.common.printing import write_pdf
    from fdh_desktop.reports.bulletin import bulletin_section
    from fdh_desktop.reports.form_conventions import FormHeader, FormSignature

    out = Path(out)
    streets, communities = demo_places()
    demo = demo_campaign(streets, communities, date(2028, 1, 1))
    b = cp.bulletin(demo.communities, demo.plan, cp.week_of(demo.today, demo.plan.start), [s.name for s in streets], demo.today)
    section = bulletin_section(b, "宣南区", FormHeader("妇统5表", "宣南区妇联", "宣妇发〔2028〕3号", "2028年12月31日"),
                               FormSignature.for_district("宣南区", demo.today, preparer="张丽"),
                               pilots={s.name for s in streets if s.pilot})
    write_pdf(out / "bulletin.pdf", [section])
    subprocess.run(["pdftoppm", "-png", "-r", "110", str(out / "bulletin.pdf"), str(out / "bulletin")], check=True)
    return sorted(out.glob("bulletin*.png"))


if __name__ == "__main__":
    import sys

    print(*render_demo_bulletin(sys.argv[1]), sep="\n")
