"""A small hand-built district with a 妇联 term (第七届) and the 妇代会 term before it (第六届).

第七届 (妇联), age date 2026-04-01; everyone is born on 1 January, so ages are 2026 - year:
  天桥 › 虎坊路社区 (已完成, 7 执委)   主席 A 40 党员 本科 汉 书记+主任 (第六届主任: 连任)
      副主席 50 群众 高中 回 无+委员; 兼职副主席 35 党员 专科 汉 无+无;
      执委 30 党员 研究生 汉 / X 46 群众 初中 满 (第六届委员) / 55 群众 中专 汉 / 45 预备 本科 汉
  牛街 › 南线阁社区 (已完成, 6 执委)   主席 B 52 群众 高中 回 无+无 (第六届委员, 主任是 Q)
      副主席 38 党员 本科 汉; 执委 28 党员 本科 汉 / 44 群众 专科 回 / 47 群众 高中 汉 / 60 群众 小学 汉
  牛街 › 法源寺社区 (已选举, 3 执委, 第六届未建立)
      主席 C 45 预备 专科 汉 无+副主任; 兼职副主席 41 党员 研究生 汉; 执委 33 群众 中专 汉
  广内 › 报国寺社区 (未建立), 广内 › 校场社区 (建立, 筹备中, no one yet)
第六届 (妇代会), age date 2023-05-20 (ages 3 less):
  虎坊路: 主任 A 社区党组织书记, 副主任 P 50 群众 高中, 委员 X 其他; 南线阁: 主任 Q 58 党员 大专
  居委会主任, 委员 B 其他; 法源寺 not established. 是否新任 as recorded: A, P, X 是; Q, B 否.
"""

from __future__ import annotations

from datetime import date

from fdh_desktop.domain.federation_records import FederationMember
from fdh_desktop.domain.federation_statistics import FederationEntry, TermRecords
from fdh_desktop.domain.records import Congress, Member

BOUNDS = (35, 45)
DAY7 = date(2026, 4, 1)
DAY6 = date(2023, 5, 20)


def _id(n: int) -> str:
    return f"ID{n:04d}"  # identity only; the rules (checksums) are not what is tested here


def fm(role, key, year, political, education, ethnicity, party="无", rc="无") -> FederationMember:
    return FederationMember(role=role, name=f"人{key}", id_number=_id(key), birth_date=date(year, 1, 1),
                            political=political, education=education, ethnicity=ethnicity,
                            party_post=party, committee_post=rc)


def pm(role, key, year, political, education, ethnicity, rc_post, is_new) -> Member:
    return Member(role=role, name=f"人{key}", id_number=_id(key), birth_date=date(year, 1, 1), political=political,
                  education=education, ethnicity=ethnicity, rc_post=rc_post, is_new=is_new)


def done(day):
    return Congress(established=True, election_date=day, progress="已完成")


PREVIOUS_MEMBERS = {
    "虎坊路社区": [pm("主任", 1, 1986, "中共党员", "大学本科", "汉族", "社区党组织书记", True),
                pm("副主任", 90, 1973, "群众", "高中", "汉族", "无", True),
                pm("委员", 5, 1980, "群众", "初中", "满族", "其他", True)],
    "南线阁社区": [pm("主任", 91, 1965, "中共党员", "大学专科", "汉族", "居委会主任", False),
                pm("委员", 10, 1974, "群众", "高中", "回族", "其他", False)],
}


def term7() -> TermRecords:
    hufang = [
        fm("主席", 1, 1986, "中共党员", "大学本科", "汉族", "书记", "主任"),
        fm("副主席", 2, 1976, "群众", "高中", "回族", "无", "委员"),
        fm("兼职副主席", 3, 1991, "中共党员", "大学专科", "汉族"),
        fm("执委", 4, 1996, "中共党员", "研究生", "汉族"),
        fm("执委", 5, 1980, "群众", "初中", "满族"),
        fm("执委", 6, 1971, "群众", "中专", "汉族"),
        fm("执委", 7, 1981, "中共预备党员", "大学本科", "汉族"),
    ]
    nanxiange = [
        fm("主席", 10, 1974, "群众", "高中", "回族"),
        fm("副主席", 11, 1988, "中共党员", "大学本科", "汉族"),
        fm("执委", 12, 1998, "中共党员", "大学本科", "汉族"),
        fm("执委", 13, 1982, "群众", "大学专科", "回族"),
        fm("执委", 14, 1979, "群众", "高中", "汉族"),
        fm("执委", 15, 1966, "群众", "小学及以下", "汉族"),
    ]
    fayuansi = [
        fm("主席", 20, 1981, "中共预备党员", "大学专科", "汉族", "无", "副主任"),
        fm("兼职副主席", 21, 1985, "中共党员", "研究生", "汉族"),
        fm("执委", 22, 1993, "群众", "中专", "汉族"),
    ]
    elected = Congress(established=True, election_date=DAY7, progress="已选举")
    return TermRecords("妇联", [
        FederationEntry("天桥", "虎坊路社区", done(DAY7), hufang, DAY7, PREVIOUS_MEMBERS["虎坊路社区"], True),
        FederationEntry("牛街", "南线阁社区", done(DAY7), nanxiange, DAY7, PREVIOUS_MEMBERS["南线阁社区"], True),
        FederationEntry("牛街", "法源寺社区", elected, fayuansi, DAY7, [], True),
        FederationEntry("广内", "报国寺社区", Congress(established=False, progress="未启动"), [], DAY7, [], True),
        FederationEntry("广内", "校场社区", Congress(established=True, progress="筹备中"), [], DAY7, [], True),
    ])


def term6() -> TermRecords:
    return TermRecords("妇代会", [
        FederationEntry("天桥", "虎坊路社区", done(DAY6), PREVIOUS_MEMBERS["虎坊路社区"], DAY6),
        FederationEntry("牛街", "南线阁社区", done(DAY6), PREVIOUS_MEMBERS["南线阁社区"], DAY6),
        FederationEntry("牛街", "法源寺社区", Congress(established=False, progress="未启动"), [], DAY6),
    ])
