"""Statistics of a 妇联 term on the hand-built district of federation_district.py; every figure
below is recomputed by hand from the people listed there."""

from __future__ import annotations

from datetime import date

import pytest
from federation_district import BOUNDS, DAY7, done, fm, term6, term7

from fdh_desktop.domain.federation_records import FederationMember
from fdh_desktop.domain.federation_statistics import (
    FederationEntry,
    Target,
    TermRecords,
    check_targets,
    full_report,
    part2_figures,
)
from fdh_desktop.domain.organisation import ExecutiveRange
from fdh_desktop.domain.records import Congress
from fdh_desktop.domain.statistics import CongressEntry, build_report, count_records


@pytest.fixture(scope="module")
def report() -> dict:
    return full_report(district="测试区", term=7, street=None, current=term7(), previous=term6(),
                       bounds=BOUNDS, decimals=1)


def test_form_and_part1_keys_for_the_federation_term(report):
    assert report["form"] == "妇联" and report["previous"]["form"] == "妇代会"
    assert report["congresses"] == {"should_establish": 5, "established": 4, "completed": 2}
    chairs = report["chairs"]
    assert chairs["total"] == 3  # the 主席 of 虎坊路, 南线阁, 法源寺
    # Highest posts: A 书记+主任 → 社区党组织书记; B 无; C 居委会副主任.
    assert chairs["post"]["社区党组织书记"] == {"count": 1, "pct": "33.3"}
    assert chairs["post"]["居委会副主任"] == {"count": 1, "pct": "33.3"}
    assert chairs["post"]["无"] == {"count": 1, "pct": "33.3"}
    assert chairs["key_post"] == {"count": 2, "pct": "66.7"}
    # 新任: A was 第六届's 主任 of 虎坊路 (连任); B was a 委员, not the 主任; C had no predecessor.
    assert chairs["new"] == {"count": 2, "pct": "66.7"}
    assert (chairs["age_mean"], chairs["age_max"], chairs["age_min"]) == ("45.7", 52, 40)  # (40+52+45)/3


def test_chair_additions(report):
    chairs = report["chairs"]
    assert chairs["two_committees"] == {"count": 2, "pct": "66.7"}  # A, C
    assert chairs["party_org"] == {"count": 1, "pct": "33.3"}  # A
    assert chairs["residents_committee"] == {"count": 2, "pct": "66.7"}  # A, C
    assert chairs["one_shoulder"] == {"count": 1, "pct": "33.3"}  # A
    assert chairs["age_45_or_under"] == {"count": 2, "pct": "66.7"}  # 40, 45
    assert chairs["minority"] == {"count": 1, "pct": "33.3"}  # B 回族


def test_executives(report):
    ex = report["executives"]
    assert ex["total"] == 16
    assert ex["roles"] == {"主席": 3, "副主席": 2, "兼职副主席": 2, "执委": 9}
    # 新当选: not in 第六届's leadership of the community: all but A and X in 虎坊路, all but B in 南线阁.
    assert ex["new"] == {"count": 13, "pct": "81.3"}  # 81.25 rounds half up
    assert ex["party"] == {"count": 8, "pct": "50.0"}
    assert ex["minority"] == {"count": 4, "pct": "25.0"}
    assert ex["education"] == {"大专及以上": {"count": 9, "pct": "56.3"}, "高中/中专": {"count": 5, "pct": "31.3"},
                               "初中及以下": {"count": 2, "pct": "12.5"}}
    assert ex["age_band"] == {"35岁及以下": {"count": 4, "pct": "25.0"}, "36至45岁": {"count": 6, "pct": "37.5"},
                              "46岁及以上": {"count": 6, "pct": "37.5"}}
    assert ex["age_45_or_under"] == {"count": 10, "pct": "62.5"}
    assert ex["age_mean"] == "43.1"  # 689 / 16 = 43.0625


def test_previous_congress_term_in_the_same_shapes(report):
    prev = report["previous"]
    assert prev["executives"]["roles"] == {"主任": 2, "副主任": 1, "委员": 2}
    assert prev["executives"]["total"] == 5
    assert prev["chairs"]["two_committees"] == {"count": 2, "pct": "100.0"}  # 社区党组织书记, 居委会主任
    assert prev["chairs"]["party_org"] == {"count": 1, "pct": "50.0"}
    assert prev["chairs"]["one_shoulder"] == {"count": 0, "pct": "0.0"}
    assert prev["executives"]["age_mean"] == "47.4"  # (37+50+43+58+49)/5


def test_change_across_the_boundary_in_percentage_points(report):
    change = report["change"]
    assert change["two_committees"] == {"count": 0, "pct_points": "-33.3"}
    assert change["party_org"] == {"count": 0, "pct_points": "-16.7"}
    assert change["residents_committee"] == {"count": 1, "pct_points": "16.7"}
    assert change["one_shoulder"] == {"count": 1, "pct_points": "33.3"}
    assert change["age_45_or_under"] == {"count": 1, "pct_points": "16.7"}
    assert change["minority"] == {"count": 1, "pct_points": "33.3"}
    ex = change["executives"]
    assert ex["total"] == 11
    # 主任 counted as 主席, 副主任 as 副主席; 第六届 had no 兼职副主席.
    assert ex["roles"] == {"主席": 1, "副主席": 1, "兼职副主席": 2, "执委": 7}
    assert ex["party"] == {"count": 6, "pct_points": "10.0"}
    assert ex["minority"] == {"count": 2, "pct_points": "-15.0"}
    assert ex["new"] == {"count": 10, "pct_points": "21.3"}  # 第六届 as recorded: 3 of 5
    assert ex["age_45_or_under"] == {"count": 8, "pct_points": "22.5"}
    assert ex["education"]["大专及以上"] == {"count": 7, "pct_points": "16.3"}
    assert ex["age_mean"] == "-4.3"
    # Part 1's chair comparison keeps its meaning across the boundary (主任 ↔ 主席).
    assert change["key_post"] == {"count": 0, "pct_points": "-33.3"}


def test_default_targets(report):
    assert report["targets"] == [
        {"name": "妇联主席进两委", "aim": "100.0", "actual": "66.7", "met": False, "missing": ["牛街 › 南线阁社区"]},
        {"name": "执委人数为奇数", "aim": "100.0", "actual": "66.7", "met": False, "missing": ["牛街 › 南线阁社区"]},
    ]


def test_configured_targets():
    targets = [Target("executives_in_range"), Target("executives_college", "50"), Target("executives_college", "60"),
               Target("chair_one_shoulder", "30", name="书记主任一肩挑"), Target("has_part_time_vice", "50")]
    found = check_targets(term7(), targets, 1, ExecutiveRange(7, 21))
    assert found[0] == {"name": "执委人数在7至21人之间", "aim": "100.0", "actual": "33.3", "met": False,
                        "missing": ["牛街 › 南线阁社区", "牛街 › 法源寺社区"]}
    # 4/7, 3/6 (exactly 50 meets 50) and 2/3 of 执委 have 大专及以上; 9/16 overall.
    assert found[1] == {"name": "执委大专及以上", "aim": "50.0", "actual": "56.3", "met": True, "missing": []}
    assert found[2]["met"] is False
    assert found[2]["missing"] == ["天桥 › 虎坊路社区", "牛街 › 南线阁社区"]
    assert found[3]["name"] == "书记主任一肩挑" and found[3]["met"] is True and found[3]["actual"] == "33.3"
    assert found[4] == {"name": "配备兼职副主席", "aim": "50.0", "actual": "66.7", "met": True,
                        "missing": ["牛街 › 南线阁社区"]}


def test_a_hundred_percent_aim_is_not_met_by_rounding_up():
    chairs = [fm("主席", i, 1980, "中共党员", "大学本科", "汉族", "书记", "主任") for i in range(2000)]
    chairs[0].party_post, chairs[0].committee_post = "无", "无"
    entries = [FederationEntry("街", f"社区{i}", done(DAY7), [c], DAY7) for i, c in enumerate(chairs)]
    [target] = check_targets(TermRecords("妇联", entries), [Target("chair_two_committees")], 1)
    assert target["actual"] == "100.0"  # 1999/2000 = 99.95 prints as 100.0 ...
    assert target["met"] is False  # ... but one chair is missing
    assert target["missing"] == ["街 › 社区0"]


def test_nothing_measured_yet():
    empty = TermRecords("妇联", [FederationEntry("街", "社区", Congress(established=True, progress="筹备中"), [], DAY7)])
    assert check_targets(empty, [Target("chair_two_committees")], 1) == [
        {"name": "妇联主席进两委", "aim": "100.0", "actual": None, "met": None, "missing": []}]
    figures = part2_figures(empty, BOUNDS, 1)
    assert figures["chairs"]["two_committees"] == {"count": 0, "pct": None}
    assert figures["executives"]["total"] == 0 and figures["executives"]["age_mean"] is None


def test_a_congress_term_alone_keeps_part1_figures_exactly():
    """Part 1 members through the federation path give the very report Part 1 gives."""
    term = term6()
    mine = full_report(district="测试区", term=6, street=None, current=term, previous=None, bounds=BOUNDS, decimals=1)
    plain = [CongressEntry(e.congress, e.members, e.age_date) for e in term.entries]
    theirs = build_report(district="测试区", term=6, street=None, counts=count_records(plain, BOUNDS),
                          previous_counts=None, bounds=BOUNDS, decimals=1)
    for key in theirs:
        if key != "chairs":
            assert mine[key] == theirs[key]
    assert {k: v for k, v in mine["chairs"].items() if k in theirs["chairs"]} == theirs["chairs"]
    assert mine["form"] == "妇代会"
    assert mine["executives"]["roles"] == {"主任": 2, "副主任": 1, "委员": 2}
    assert [t["name"] for t in mine["targets"]] == ["妇代会主任进两委", "班子成员人数为奇数"]


def test_decimals_follow_the_setting():
    figures = part2_figures(term7(), BOUNDS, 2)
    assert figures["executives"]["new"] == {"count": 13, "pct": "81.25"}
    assert figures["chairs"]["two_committees"]["pct"] == "66.67"
    assert part2_figures(term7(), BOUNDS, 0)["executives"]["education"]["大专及以上"]["pct"] == "56"


def _expand(spec: dict[str, int]) -> list[str]:
    return [k for k, n in spec.items() for _ in range(n)]


def test_the_seed_chairs_in_a_federation_term_give_the_seed_breakdown():
    """DOMAIN.md Part 1's 106 chairs, typed as 妇联 主席 with the two fields, keep the seed's figures."""
    two_fields = {"社区党组织书记": ("书记", None), "居委会主任": (None, "主任"), "居委会副主任": (None, "副主任"),
                  "社区党组织副书记": ("副书记", None), "居委会委员": (None, "委员"), "无": ("无", "无")}
    posts = _expand({"居委会主任": 39, "居委会副主任": 26, "社区党组织书记": 26, "社区党组织副书记": 9,
                     "居委会委员": 3, "无": 3})
    entries = []
    for i, post in enumerate(posts):
        party, rc = two_fields[post]
        chair = FederationMember(role="主席", name=f"主席{i}", birth_date=date(1980, 1, 1), party_post=party,
                                 committee_post=rc)
        entries.append(FederationEntry("街", f"社区{i}", done(DAY7), [chair], DAY7))
    entries += [FederationEntry("街", f"未建{i}", Congress(established=False), [], DAY7) for i in range(4)]
    report = full_report(district="区", term=7, street=None, current=TermRecords("妇联", entries), previous=None,
                         bounds=BOUNDS, decimals=1)
    chairs = report["chairs"]
    assert report["congresses"]["should_establish"] == 110 and chairs["total"] == 106
    assert chairs["post"]["居委会主任"] == {"count": 39, "pct": "36.8"}
    assert chairs["post"]["居委会副主任"] == {"count": 26, "pct": "24.5"}
    assert chairs["post"]["社区党组织书记"] == {"count": 26, "pct": "24.5"}
    assert chairs["post"]["社区党组织副书记"] == {"count": 9, "pct": "8.5"}
    assert chairs["key_post"] == {"count": 100, "pct": "94.3"}
    assert chairs["two_committees"] == {"count": 103, "pct": "97.2"}  # 100 key posts + 3 委员
