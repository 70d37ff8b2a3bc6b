"""A realistic demo district, deterministic (seeded): the same file whatever day it is built.

第六届 (妇代会) reproduces the seed work summary's chair figures exactly (110 to establish, 106
established, 106 chairs: 居委会主任 39, 担任重要职务 100, 新任 92, ...); 第五届 is shaped so that the
comparisons go the way the seed describes. The current term, 第七届, is the district's first
community 妇联 term after 会改联, half-way through its campaign (services.demo_term7).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from fdh_desktop.domain import vocab
from fdh_desktop.domain.campaign import stage_index
from fdh_desktop.domain.records import Congress, Member, Settings
from fdh_desktop.storage import Store, StoreError

from .demo_people import PILOT_STREETS, STREETS, _ethnicity, _People
from .demo_term7 import add_term7

DISTRICT = "宣南区"
CURRENT_TERM = 7
SEED_TERM = 6  # the term whose chairs have the seed's figures
TERM_YEARS = {5: 2018, 6: 2023}

# 110 communities: 4 not established; 3 established but not yet finished (已选举).
NOT_ESTABLISHED = 4
NOT_FINISHED = 3


@dataclass(frozen=True)
class ChairPlan:
    post: str
    age: int
    political: str
    education: str
    continuing: bool


def _counted(spec: dict[str, int]) -> list[str]:
    return [value for value, n in spec.items() for _ in range(n)]


def _ages(rng: random.Random, bands: list[tuple[int, int, int]], total: int, fixed: tuple[int, ...]) -> list[int]:
    """Ages with exact counts per band (low, high, n), including `fixed` ages, summing to `total`."""
    ages: list[list[int]] = []
    for low, high, n in bands:
        band = [a for a in fixed if low <= a <= high]
        band += [rng.randint(low, high) for _ in range(n - len(band))]
        ages.append(band)
    flat = [(b, i) for b, band in enumerate(ages) for i in range(len(band))]
    pinned = {(b, band.index(a)) for b, band in enumerate(ages) for a in fixed if a in band}
    movable = [p for p in flat if p not in pinned]
    diff = total - sum(sum(band) for band in ages)
    while diff:
        b, i = rng.choice(movable)
        low, high, _ = bands[b]
        step = 1 if diff > 0 else -1
        if low <= ages[b][i] + step <= high:
            ages[b][i] += step
            diff -= step
    result = [a for band in ages for a in band]
    rng.shuffle(result)
    return result


def _chair_plans(rng: random.Random, term: int, count: int) -> list[ChairPlan]:
    if term == SEED_TERM:
        posts = _counted({"居委会主任": 39, "居委会副主任": 26, "社区党组织书记": 26, "社区党组织副书记": 9,
                          "居委会委员": 4, "其他": 1, "无": 1})
        ages = _ages(rng, [(28, 35, 11), (36, 45, 48), (46, 60, 47)], 45 * count, (28, 60))
        political = _counted({"中共党员": 61, "中共预备党员": 6, "群众": 33, "无党派人士": 4, "民主党派": 2})
        education = _counted({"研究生": 3, "大学本科": 30, "大学专科": 36, "高中": 17, "中专": 12, "初中": 7, "小学及以下": 1})
        continuing = [True] * (count - 92) + [False] * 92
    else:
        posts = _counted({"居委会主任": 37, "居委会副主任": 24, "社区党组织书记": 25, "社区党组织副书记": 7,
                          "居委会委员": 7, "其他": 2, "无": 2})
        ages = _ages(rng, [(26, 35, 18), (36, 45, 46), (46, 58, 40)], round(42.9 * count), (26, 58))
        political = _counted({"中共党员": 54, "中共预备党员": 4, "群众": 40, "无党派人士": 4, "民主党派": 2})
        education = _counted({"研究生": 1, "大学本科": 14, "大学专科": 28, "高中": 29, "中专": 22, "初中": 9, "小学及以下": 1})
        continuing = [False] * count
    for values in (posts, political, education, continuing):
        assert len(values) == count, (term, len(values), count)
        rng.shuffle(values)
    return [ChairPlan(*fields) for fields in zip(posts, ages, political, education, continuing)]


def build_demo(store: Store) -> None:
    """Fill an empty database with the demo district, in one transaction."""
    if store.streets() or store.settings().district:
        raise StoreError("数据库中已有数据，演示数据只能装入空数据库；请另选一个文件")
    rng = random.Random(20230531)
    people = _People(rng)
    with store.write("demo", "装入演示区") as changeset:
        store.save_settings(Settings(district=DISTRICT, current_term=CURRENT_TERM))
        for term, year in TERM_YEARS.items():
            store.ensure_term(term, year=year, form="妇代会")  # terms 5 and 6 predate 会改联
        communities: list[tuple[str, int]] = []
        for s_index, (street, names) in enumerate(STREETS.items(), start=1):
            s = store.add_street(street, code=f"110102{s_index:03d}", pilot=street in PILOT_STREETS)
            for c_index, name in enumerate(names, start=1):
                c = store.add_community(s.id, f"{name}社区", code=f"110102{s_index:03d}{c_index:03d}")
                communities.append((street, c.id))
        n = len(communities)
        order = rng.sample(range(n), n)
        # Term 6: 4 not established, 3 established but not finished. Term 5: 2 communities did not
        # exist yet and 4 were not established.
        shape6 = {"absent": set(), "not_established": set(order[:NOT_ESTABLISHED]),
                  "not_finished": set(order[NOT_ESTABLISHED:NOT_ESTABLISHED + NOT_FINISHED])}
        order = rng.sample(range(n), n)
        shape5 = {"absent": set(order[:2]), "not_established": set(order[2:6]), "not_finished": set()}
        established5 = [i for i in range(n) if i not in shape5["absent"] | shape5["not_established"]]
        # The current term first, so its figures come out exact; 连任 chairs are then carried back.
        chairs6 = _fill_term(store, rng, people, SEED_TERM, communities, shape6, set(established5), {})
        continuing = {cid: m for cid, (m, plan) in chairs6.items() if plan.continuing}
        _fill_term(store, rng, people, 5, communities, shape5, set(), continuing)
        add_term7(store, changeset.id)


def _fill_term(store: Store, rng: random.Random, people: _People, term: int,
               communities: list[tuple[str, int]], shape: dict[str, set[int]],
               continuing_allowed: set[int], carried: dict[int, Member]) -> dict[int, tuple[Member, ChairPlan]]:
    """One term's congresses. `continuing_allowed`: indexes whose chair may be 连任 (term 6);
    `carried`: chairs (by community id) who are the same person in this earlier term."""
    year = TERM_YEARS[term]
    excluded = shape["absent"] | shape["not_established"]
    established = [i for i in range(len(communities)) if i not in excluded]
    plans = _chair_plans(rng, term, len(established))
    if continuing_allowed:
        slots = [p for p in plans if p.continuing]
        others = [p for p in plans if not p.continuing]
        keep = set(rng.sample([i for i in established if i in continuing_allowed], len(slots)))
        established = [i for i in established if i in keep] + [i for i in established if i not in keep]
        plans = slots + others
    plan_of = dict(zip(established, plans))
    chairs: dict[int, tuple[Member, ChairPlan]] = {}
    for index, (street, community_id) in enumerate(communities):
        if index in shape["absent"]:
            continue
        days = 28 if street in PILOT_STREETS else 85  # pilot streets finished by the end of March
        start = date(year, 3, 1) + timedelta(days=rng.randrange(days))
        if index in shape["not_established"]:
            congress = Congress(should_establish=True, established=False,
                                progress=rng.choice((vocab.PROGRESS_NOT_STARTED, "筹备中")),
                                instructor=people.name(False))
            store.save_congress(community_id, term, congress, [], action="demo",
                                stage_dates=_stage_dates(congress.progress, start))
            continue
        total = rng.randrange(30, 61)
        congress = Congress(
            should_establish=True, established=True, election_date=start,
            election_method="等额选举" if rng.random() < 0.9 else "差额选举",
            voting_method="举手表决" if rng.random() < 0.8 else "无记名投票",
            reps_total=total, reps_units=rng.randrange(2, 9), reps_migrants=rng.randrange(1, 6),
            reps_present=total - rng.randrange(0, 6),
            progress="已选举" if index in shape["not_finished"] else vocab.PROGRESS_COMPLETED,
            instructor=people.name(False),
        )
        plan = plan_of[index]
        if community_id in carried:
            before = carried[community_id]
            chair = Member(role=vocab.ROLE_CHAIR, name=before.name, id_number=before.id_number,
                           birth_date=before.birth_date, ethnicity=before.ethnicity)
        else:
            hui = street == "牛街" and rng.random() < 0.45
            born = people.birth_for_age(plan.age, start)
            chair = Member(role=vocab.ROLE_CHAIR, name=people.name(hui), birth_date=born,
                           id_number=people.id_number(born), ethnicity="回族" if hui else _ethnicity(rng, street))
        chair.political, chair.education, chair.rc_post = plan.political, plan.education, plan.post
        chair.is_new = not plan.continuing if term == SEED_TERM else rng.random() < 0.7
        chair.phone = people.phone()
        chair.workplace = "社区居委会"
        members = [chair] + _others(rng, people, street, start)
        store.save_congress(community_id, term, congress, members, action="demo",
                            stage_dates=_stage_dates(congress.progress, start))
        chairs[community_id] = (chair, plan)
    return chairs


# Days before (after) the election each stage was reached, in terms 5 and 6 (no random draw: the
# seed terms' other values stay as they were before stage dates existed).
_STAGE_OFFSETS = {"筹备中": -45, "已提名": -14, "已选举": 0, vocab.PROGRESS_COMPLETED: 7}


def _stage_dates(progress: str | None, election: date) -> dict[str, date]:
    """A past term's stage dates: around its election day; a congress not elected began preparing then."""
    if progress == "筹备中":
        return {"筹备中": election}
    reached = list(_STAGE_OFFSETS)[:stage_index(progress)]
    return {stage: election + timedelta(days=_STAGE_OFFSETS[stage]) for stage in reached}


def _others(rng: random.Random, people: _People, street: str, on: date) -> list[Member]:
    roles = [vocab.ROLE_VICE] * rng.choice((1, 2, 2)) + [vocab.ROLE_MEMBER] * rng.randrange(3, 6)
    result = []
    for role in roles:
        hui = street == "牛街" and rng.random() < 0.45
        born = people.birth_for_age(rng.randrange(24, 66), on)
        result.append(Member(
            role=role, name=people.name(hui), id_number=people.id_number(born), birth_date=born,
            ethnicity="回族" if hui else _ethnicity(rng, street),
            political=rng.choice(vocab.POLITICAL[:1] * 3 + vocab.POLITICAL[2:]),
            education=rng.choice(vocab.EDUCATION),
            rc_post=rng.choice(("居委会委员", "其他", "无", "无")),
            is_new=rng.random() < 0.6,
            phone=people.phone(),
            workplace=rng.choice(("社区居委会", "辖区单位", "退休", "个体", "")),
        ))
    return result


def make_demo_file(path: Path) -> None:
    """A new file holding the demo district (the window's 演示数据, the screenshots)."""
    with Store.open(path, create=True) as store:
        build_demo(store)
