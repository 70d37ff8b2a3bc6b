"""The demo's 第七届: the district's first community 妇联 term after 会改联, half-way through its
campaign, planned from the 第六届 妇代会 records (plain records in, plain records out; nothing here
touches a database, so a later step writes the plan into the demo file in its transaction).

Shape, deterministic for a given input: the pilot streets (天桥, 广内) have finished; the other
streets are spread over every stage, the later streets less far along; or, given the campaign's
communities (domain.campaign_demo), each community's stage, stage dates and 指导员 come from there,
its election on the day it reached 已选举. A nominated (已提名) community has its slate of candidates
(the people and the offices proposed), not yet a leadership. An elected 妇联 has 11 to 19
执委 (odd): one 主席, one or two 副主席, one to three 兼职副主席 from units in the community, the rest
执委. About two in five chairs continue from 第六届 (the same woman as the 妇代会 主任); new chairs
are younger and more often in the 两委 and 一肩挑, as the 2021 两委 elections made them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from fdh_desktop.domain import organisation as org
from fdh_desktop.domain import vocab
from fdh_desktop.domain.campaign import CommunityProgress
from fdh_desktop.domain.dates import age_on
from fdh_desktop.domain.federation_records import FederationMember, from_part1, part1_post
from fdh_desktop.domain.records import Congress, Member

from .demo_people import PILOT_STREETS, _ethnicity, _People

TERM = 7
START = date(2026, 3, 1)
AS_OF = date(2026, 5, 15)  # the day the demo's campaign stands at
SEED = 20260301

COMPLETED, ELECTED, NOMINATED, PREPARING = vocab.PROGRESS_COMPLETED, "已选举", "已提名", "筹备中"
STAGES = (COMPLETED, ELECTED, NOMINATED, PREPARING, vocab.PROGRESS_NOT_STARTED)

# Units in a community whose woman cadres serve as 兼职副主席: (workplace, 界别).
LOCAL_UNITS = (
    ("社区卫生服务站", "事业单位"), ("辖区小学", "事业单位"), ("辖区幼儿园", "事业单位"), ("街道派出所社区警务室", "机关"),
    ("辖区银行支行", "企业"), ("物业服务中心", "企业"), ("辖区商场", "企业"), ("社区养老驿站", "社会组织"),
    ("社工事务所", "社会组织"), ("辖区中学", "事业单位"), ("律师事务所", "企业"), ("街道市场监管所", "机关"),
)
VOLUNTEER_SECTORS = (("巾帼志愿者", "退休"), ("社区居民", "个体"), ("社会组织", "社区社会组织"), ("企业", "辖区企业"),
                     ("巾帼志愿者", "社区楼门长"), ("社区居民", "自由职业"))


@dataclass
class CommunityTerm:
    """One community in one term: where it is, its congress (None: no row) and its leadership."""

    street: str
    community: str
    congress: Congress | None
    members: list[Member] = field(default_factory=list)
    candidates: list[Member] = field(default_factory=list)  # 已提名: the slate, with the offices proposed
    stage_dates: dict[str, date] = field(default_factory=dict)  # from the campaign, when planned with one


@dataclass
class FederationPlan:
    term: org.TermForm
    communities: list[CommunityTerm]


def plan_term7(previous: list[CommunityTerm], seed: int = SEED,
               progress: list[CommunityProgress] | None = None, start: date = START,
               taken_ids: set[str] | None = None) -> FederationPlan:
    """第七届 for the communities of `previous` (第六届, in the demo's street order); `progress`: the
    campaign's communities in the same order, whose stages and dates the plan follows; `taken_ids`:
    ID numbers already used elsewhere (no new person gets one)."""
    rng = random.Random(seed)
    people = _People(rng)
    people.ids.update(m.id_number for c in previous for m in c.members if m.id_number)
    people.ids.update(taken_ids or ())
    if progress is None:
        known: list[CommunityProgress | None] = [None] * len(previous)
        stages = _stages(rng, [c.street for c in previous])
    else:
        if [(p.street, p.community) for p in progress] != [(c.street, c.community) for c in previous]:
            raise ValueError("campaign communities and 第六届 communities differ")
        known, stages = list(progress), [p.progress or vocab.PROGRESS_NOT_STARTED for p in progress]
    planned = [_community(rng, people, c, stage, k, start) for c, stage, k in zip(previous, stages, known)]
    return FederationPlan(org.TermForm(TERM, org.FORM_FEDERATION, start), planned)


def _stages(rng: random.Random, streets: list[str]) -> list[str]:
    """Pilot streets done; the others further along the earlier they come in the list."""
    order = list(dict.fromkeys(s for s in streets if s not in PILOT_STREETS))
    result = []
    for street in streets:
        if street in PILOT_STREETS:
            result.append(COMPLETED)
            continue
        lag = order.index(street) / max(len(order) - 1, 1)  # 0 for the first, 1 for the last
        weights = (4 - 3 * lag, 2, 2, 1 + 2 * lag, 4 * lag)
        result.append(rng.choices(STAGES, weights)[0])
    return result


# A nominated community's meeting, for the candidates' ages: this long after its nomination.
NOMINATION_TO_MEETING = timedelta(days=14)


def _community(rng: random.Random, people: _People, before: CommunityTerm, stage: str,
               known: CommunityProgress | None, start: date) -> CommunityTerm:
    instructor = known.instructor if known is not None and known.instructor else people.name(False)
    dates = dict(known.stage_dates) if known is not None else {}
    if stage not in (COMPLETED, ELECTED):
        congress = Congress(should_establish=True, established=False, progress=stage, instructor=instructor)
        slate = []
        if stage == NOMINATED:
            nominated = dates.get(NOMINATED, AS_OF)
            slate = _executives(rng, people, before, nominated + NOMINATION_TO_MEETING)
        return CommunityTerm(before.street, before.community, congress, [], slate, dates)
    pilot = before.street in PILOT_STREETS
    day = dates.get(ELECTED) or start + timedelta(days=rng.randrange(30 if pilot else (AS_OF - start).days - 5))
    total = rng.randrange(35, 81)
    congress = Congress(
        should_establish=True, established=True, election_date=day,
        election_method="等额选举" if rng.random() < 0.8 else "差额选举",
        voting_method="无记名投票" if rng.random() < 0.7 else "举手表决",
        reps_total=total, reps_units=rng.randrange(4, 13), reps_migrants=rng.randrange(1, 7),
        reps_present=total - rng.randrange(0, 5), progress=stage, instructor=instructor,
    )
    return CommunityTerm(before.street, before.community, congress, _executives(rng, people, before, day),
                         [], dates)


def _executives(rng: random.Random, people: _People, before: CommunityTerm, day: date) -> list[Member]:
    size = rng.choice((11, 13, 13, 15, 15, 15, 17, 17, 19))
    vices = rng.choice((1, 1, 2))
    part_time = rng.choice((1, 2, 2, 3))
    roles = ([org.ROLE_PRESIDENT] + [org.ROLE_VICE_PRESIDENT] * vices + [org.ROLE_PART_TIME_VICE] * part_time
             + [org.ROLE_EXECUTIVE] * (size - 1 - vices - part_time))
    old_chair = next((m for m in before.members if m.role == vocab.ROLE_CHAIR), None)
    stayers = [m for m in before.members if m.role != vocab.ROLE_CHAIR and rng.random() < 0.3]
    result: list[Member] = []
    for role in roles:
        if role == org.ROLE_PRESIDENT:
            result.append(_chair(rng, people, before.street, old_chair, day))
        elif role == org.ROLE_PART_TIME_VICE:
            result.append(_part_time_vice(rng, people, before.street, day))
        else:
            carried = stayers.pop() if stayers else None
            result.append(_member(rng, people, before.street, role, carried, day))
    return result


def _person(rng: random.Random, people: _People, street: str, role: str, age: int, day: date) -> FederationMember:
    hui = street == "牛街" and rng.random() < 0.45
    born = people.birth_for_age(age, day)
    return FederationMember(role=role, name=people.name(hui), birth_date=born, id_number=people.id_number(born),
                            ethnicity="回族" if hui else _ethnicity(rng, street), is_new=True, phone=people.phone())


def _chair(rng: random.Random, people: _People, street: str, old: Member | None, day: date) -> FederationMember:
    if old is not None and old.birth_date is not None and age_on(old.birth_date, day) <= 57 and rng.random() < 0.42:
        chair = from_part1(old, org.FORM_FEDERATION)
        chair.is_new = False
        # 第六届 recorded one post; the 2021 两委 elections gave most of these women both.
        if chair.party_post is None:
            chair.party_post = rng.choice(("委员", "委员", "副书记", "无"))
        if chair.committee_post is None:
            chair.committee_post = "主任" if chair.party_post == "书记" and rng.random() < 0.5 else rng.choice(("委员", "副主任"))
        if chair.other_post or chair.party_post == chair.committee_post == "无":
            chair.party_post, chair.committee_post, chair.other_post = "无", "委员", False
    else:
        chair = _person(rng, people, street, org.ROLE_PRESIDENT, rng.randint(31, 54), day)
        chair.political = rng.choices(("中共党员", "中共预备党员", "群众"), (78, 6, 16))[0]
        chair.education = rng.choices(("研究生", "大学本科", "大学专科", "高中", "中专"), (5, 45, 38, 6, 6))[0]
        chair.party_post, chair.committee_post = rng.choices(
            (("书记", "主任"), ("副书记", "副主任"), ("委员", "主任"), ("委员", "副主任"), ("无", "委员"), ("委员", "委员"),
             ("无", "无")), (30, 22, 17, 17, 4, 3, 7))[0]
    chair.workplace, chair.sector, chair.part_time = "社区居委会", "社区工作者", False
    chair.rc_post = part1_post(chair)
    return chair


def _part_time_vice(rng: random.Random, people: _People, street: str, day: date) -> FederationMember:
    vice = _person(rng, people, street, org.ROLE_PART_TIME_VICE, rng.randint(30, 55), day)
    vice.workplace, vice.sector = rng.choice(LOCAL_UNITS)
    vice.political = rng.choices(("中共党员", "群众", "民主党派"), (60, 35, 5))[0]
    vice.education = rng.choices(("研究生", "大学本科", "大学专科"), (15, 60, 25))[0]
    vice.party_post = vice.committee_post = "无"
    vice.part_time = True
    vice.rc_post = part1_post(vice)
    return vice


def _member(rng: random.Random, people: _People, street: str, role: str, carried: Member | None,
            day: date) -> FederationMember:
    if carried is not None and carried.birth_date is not None and age_on(carried.birth_date, day) <= 65:
        person = from_part1(carried, org.FORM_FEDERATION)
        person.role, person.is_new = role, False
        person.party_post = person.party_post or "无"
        person.committee_post = person.committee_post or "无"
        person.other_post = False
    else:
        person = _person(rng, people, street, role, rng.randint(24, 64), day)
        person.political = rng.choices(vocab.POLITICAL, (45, 3, 6, 2, 2, 42))[0]
        person.education = rng.choices(vocab.EDUCATION, (3, 30, 30, 10, 14, 11, 2))[0]
        person.party_post, person.committee_post = rng.choices(
            (("无", "无"), ("无", "委员"), ("委员", "无"), ("委员", "委员")), (70, 18, 8, 4))[0]
    in_committees = person.posts.in_two_committees
    if role == org.ROLE_VICE_PRESIDENT:
        person.workplace, person.sector, person.part_time = "社区居委会", "社区工作者", False
    elif in_committees:
        person.workplace, person.sector, person.part_time = "社区居委会", "社区工作者", False
    else:
        person.sector, person.workplace = rng.choice(VOLUNTEER_SECTORS)
        person.part_time = True
    person.rc_post = part1_post(person)
    return person


def extra_candidates(rng: random.Random, people: _People, street: str, count: int, day: date) -> list[FederationMember]:
    """People nominated for 执委 beyond the slate: a 差额 election's candidates who may not be elected."""
    return [_member(rng, people, street, org.ROLE_EXECUTIVE, None, day) for _ in range(count)]
