"""Deterministic data sets for the benchmarks: a district, a city, and a 100,000-member city.

Built through the Store (the same write path as the application), cached under benchmarks/data/.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from fdh_desktop.domain import vocab
from fdh_desktop.domain.records import Congress, Member, Settings
from fdh_desktop.services.demo import _People, build_demo
from fdh_desktop.storage import Store

DATA = Path(__file__).resolve().parent / "data"

SIZES = {
    # name: (streets, communities per street, members per congress)
    "city": (100, 30, 15),  # 3,000 communities, 45,000 members
    "city100k": (200, 34, 15),  # 6,800 communities, 102,000 members
}


def district() -> Path:
    path = DATA / "district.sqlite"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        with Store.open(path, create=True) as store:
            build_demo(store)
    return path


def city(name: str = "city") -> Path:
    path = DATA / f"{name}.sqlite"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    streets, per_street, per_congress = SIZES[name]
    rng = random.Random(45000)
    people = _People(rng)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with Store.open(tmp, create=True) as store, store.write("bench", "city data set"):
        store.save_settings(Settings(district="测试市", current_term=6))
        store.ensure_term(6, year=2023)
        for s in range(streets):
            street = store.add_street(f"街道{s + 1:03d}")
            for c in range(per_street):
                community = store.add_community(street.id, f"社区{s + 1:03d}-{c + 1:02d}")
                election = date(2023, 3, 1) + timedelta(days=rng.randrange(90))
                congress = Congress(established=True, election_date=election, progress="已完成",
                                    reps_total=40, reps_units=5, reps_migrants=3, reps_present=38,
                                    election_method="等额选举", voting_method="举手表决")
                members = []
                for i in range(per_congress):
                    born = people.birth_for_age(rng.randrange(25, 66), election)
                    members.append(Member(
                        role=vocab.ROLE_CHAIR if i == 0 else vocab.ROLE_VICE if i < 3 else vocab.ROLE_MEMBER,
                        name=people.name(False), id_number=people.id_number(born), birth_date=born,
                        ethnicity="汉族", political=rng.choice(vocab.POLITICAL), education=rng.choice(vocab.EDUCATION),
                        rc_post=rng.choice(vocab.POSTS), is_new=rng.random() < 0.7, phone=people.phone(),
                    ))
                store.save_congress(community.id, 6, congress, members, action="bench")
    tmp.rename(path)
    return path
