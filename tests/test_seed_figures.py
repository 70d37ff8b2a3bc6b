"""The seed work summary's district, entered as records, gives exactly DOMAIN.md's figures."""

from __future__ import annotations

from datetime import date

from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.domain.statistics import CongressEntry, build_report, count_records
from fdh_desktop.services.statistics import statistics


def _expand(spec: dict[str, int]) -> list[str]:
    return [k for k, n in spec.items() for _ in range(n)]


def seed_chairs() -> list[Member]:
    """106 chairs with the seed's distributions, built by hand (not by the demo generator)."""
    posts = _expand({"居委会主任": 39, "居委会副主任": 26, "社区党组织书记": 26, "社区党组织副书记": 9,
                     "居委会委员": 3, "其他": 2, "无": 1})
    # 11 aged ≤35, 48 aged 36-45, 47 aged ≥46; oldest 60, youngest 28.
    ages = [28] + [33] * 10 + [40] * 48 + [50] * 45 + [52, 60]
    political = _expand({"中共党员": 60, "中共预备党员": 7, "群众": 39})
    education = _expand({"研究生": 2, "大学本科": 30, "大学专科": 37, "高中": 20, "中专": 9, "初中": 6, "小学及以下": 2})
    new = [True] * 92 + [False] * 14
    election = date(2023, 5, 20)
    return [
        Member(role="主任", name=f"主任{i}", birth_date=date(election.year - age, 1, 1), rc_post=post,
               political=pol, education=edu, is_new=is_new)
        for i, (post, age, pol, edu, is_new) in enumerate(zip(posts, ages, political, education, new))
    ]


def test_hand_built_seed_district_matches_domain_figures(store):
    chairs = seed_chairs()
    street = store.add_street("天桥")
    election = date(2023, 5, 20)
    for i in range(110):
        community = store.add_community(street.id, f"社区{i:03d}")
        if i < 106:
            congress = Congress(established=True, election_date=election, progress="已完成")
            store.save_congress(community.id, 6, congress, [chairs[i]])
        else:
            store.save_congress(community.id, 6, Congress(established=False, progress="筹备中"), [])
    report = statistics(store, 6)
    chairs_fig = report["chairs"]
    assert report["congresses"] == {"should_establish": 110, "established": 106, "completed": 106}
    assert chairs_fig["total"] == 106
    assert chairs_fig["post"]["居委会主任"] == {"count": 39, "pct": "36.8"}  # the seed printed 36.7
    assert chairs_fig["post"]["居委会副主任"] == {"count": 26, "pct": "24.5"}
    assert chairs_fig["post"]["社区党组织书记"] == {"count": 26, "pct": "24.5"}
    assert chairs_fig["post"]["社区党组织副书记"] == {"count": 9, "pct": "8.5"}
    assert chairs_fig["key_post"] == {"count": 100, "pct": "94.3"}
    assert chairs_fig["new"] == {"count": 92, "pct": "86.8"}
    assert chairs_fig["age_band"] == {
        "35岁及以下": {"count": 11, "pct": "10.4"},
        "36至45岁": {"count": 48, "pct": "45.3"},  # the seed printed 45.2
        "46岁及以上": {"count": 47, "pct": "44.3"},
    }
    assert (chairs_fig["age_max"], chairs_fig["age_min"]) == (60, 28)
    assert chairs_fig["party"] == {"count": 67, "pct": "63.2"}
    assert chairs_fig["education"] == {
        "大专及以上": {"count": 69, "pct": "65.1"},
        "高中/中专": {"count": 29, "pct": "27.4"},  # the seed printed 27.3
        "初中及以下": {"count": 8, "pct": "7.5"},
    }


def test_sql_counts_equal_reference_counts_on_demo(demo_store):
    """The Store's SQL aggregates agree with the plain-records counter, term by term."""
    from fdh_desktop.domain.rules import age_reference

    settings = demo_store.settings()
    for term in (5, 6):
        t = demo_store.term(term)
        previous = demo_store.congresses_of_term(term - 1)
        derive = bool(previous) and any(members for _, members in previous.values())
        entries = []
        for community_id, (congress, members) in demo_store.congresses_of_term(term).items():
            prev_members = previous.get(community_id, (None, []))[1]
            prev_chair = next((m for m in prev_members if m.role == "主任"), None)
            entries.append(CongressEntry(congress, members, age_reference(congress, t.reference_date, t.year),
                                         prev_chair, derive))
        reference = count_records(entries, settings.age_bands)
        assert demo_store.counts(term, None, settings.age_bands) == reference


def test_demo_current_term_reproduces_seed(demo_store):
    report = statistics(demo_store, term=6)
    c = report["chairs"]
    assert report["congresses"]["should_establish"] == 110
    assert report["congresses"]["established"] == 106
    assert c["post"]["居委会主任"]["pct"] == "36.8"
    assert c["key_post"] == {"count": 100, "pct": "94.3"}
    assert c["age_mean"] == "45.0"
    assert report["previous"] is not None and report["change"]["key_post"]["pct_points"] is not None


def test_build_report_without_previous_has_null_change():
    from fdh_desktop.domain.statistics import Counts

    report = build_report(district="区", term=1, street=None, counts=Counts(age_bands=[0, 0, 0]),
                          previous_counts=None, bounds=(35, 45), decimals=1)
    assert report["previous"] is None and report["change"] is None
    assert report["chairs"]["key_post"] == {"count": 0, "pct": None}
    assert report["previous_term"] is None
