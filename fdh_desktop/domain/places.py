"""Matching the places a workbook names to the district's streets and communities (pure).

DOMAIN.md: a community code wins; else street and community names, compared loosely
(full-width forms, spaces, and the suffixes 街道/社区/居委会... do not count) when that is unambiguous.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .problems import ERROR, WARNING
from .text import fold


class WrittenPlace(Protocol):
    """A place as a workbook row names it (excel.rows.Place has these fields)."""

    street: str
    community: str
    code: str | None


STREET_SUFFIXES = ("街道办事处", "街道办", "街道")
COMMUNITY_SUFFIXES = ("社区居民委员会", "社区居委会", "居民委员会", "居委会", "社区")


def loose_key(name: str, suffixes: tuple[str, ...]) -> str:
    """A name folded and without its generic suffix (槐柏社区 → 槐柏), unless that is all it is."""
    key = fold(name)
    for suffix in suffixes:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


@dataclass
class PlaceMatch:
    """What a written place means here; `notes` are (level, Chinese message) for its row."""

    community_id: int | None = None
    street: str = ""
    community: str = ""
    code: str | None = None
    new_street: bool = False
    set_code: str | None = None
    error: bool = False
    notes: list[tuple[str, str]] = field(default_factory=list)


class PlaceIndex:
    """The district's streets and communities, matched the way DOMAIN.md says and a clerk expects."""

    def __init__(self, streets: list[dict], communities: list[dict]) -> None:
        self.streets = {fold(s["name"]): s["name"] for s in streets}
        self.loose_streets: dict[str, list[str]] = {}
        for s in streets:
            self.loose_streets.setdefault(loose_key(s["name"], STREET_SUFFIXES), []).append(s["name"])
        self.by_code = {c["code"]: c for c in communities if c["code"]}
        self.by_names = {(fold(c["street"]), fold(c["name"])): c for c in communities}
        self.loose_communities: dict[tuple[str, str], list[dict]] = {}
        for c in communities:
            key = (loose_key(c["street"], STREET_SUFFIXES), loose_key(c["name"], COMMUNITY_SUFFIXES))
            self.loose_communities.setdefault(key, []).append(c)
        self.labels = {c["id"]: f"{c['street']} {c['name']}" for c in communities}
        self.pending: dict[tuple[str, str], str | None] = {}  # new communities of this call
        self.pending_codes: set[str] = set()

    def add_pending(self, street: str, community: str, code: str | None) -> None:
        self.pending[(fold(street), fold(community))] = code
        if code:
            self.pending_codes.add(code)

    def street_name(self, written: str) -> tuple[str, bool]:
        """The existing street a written name means, else (the name, True: to be created)."""
        key = fold(written)
        if key in self.streets:
            return self.streets[key], False
        candidates = self.loose_streets.get(loose_key(written, STREET_SUFFIXES), [])
        if len(candidates) == 1:
            return candidates[0], False
        return written, True

    def resolve(self, place: WrittenPlace) -> PlaceMatch:
        m = PlaceMatch()
        if place.code and place.code in self.by_code:
            found = self.by_code[place.code]
            m.community_id, m.street, m.community, m.code = found["id"], found["street"], found["name"], place.code
            written = (fold(place.street), fold(place.community))
            if place.community and written[1] != fold(found["name"]) and \
                    loose_key(place.community, COMMUNITY_SUFFIXES) != loose_key(found["name"], COMMUNITY_SUFFIXES):
                m.notes.append((WARNING, f"社区代码{place.code}在数据库中是“{found['street']} {found['name']}”，"
                                         f"表中写的是“{place_label(place)}”；已按代码导入，名称未改"))
            elif place.street and written[0] != fold(found["street"]) and \
                    loose_key(place.street, STREET_SUFFIXES) != loose_key(found["street"], STREET_SUFFIXES):
                m.notes.append((WARNING, f"社区代码{place.code}在数据库中属于“{found['street']}”，表中写的是"
                                         f"“{place.street}”；已按代码导入，未改动所属街道"))
            return m
        if not place.community or not place.street:
            m.error = True
            m.notes.append((ERROR, f"社区代码{place.code}在数据库中不存在；新社区须同时填写街道和社区名称"))
            return m
        found = self.by_names.get((fold(place.street), fold(place.community)))
        if found is None:
            candidates = self.loose_communities.get((loose_key(place.street, STREET_SUFFIXES), loose_key(place.community, COMMUNITY_SUFFIXES)), [])
            if len(candidates) == 1:
                found = candidates[0]
        if found is not None:
            m.community_id, m.street, m.community = found["id"], found["street"], found["name"]
            m.code = found["code"]
            if place.code and found["code"] and place.code != found["code"]:
                m.error = True
                m.notes.append((ERROR, f"社区代码{place.code}与数据库中“{found['street']} {found['name']}”的代码"
                                       f"{found['code']}不一致，请核对"))
            elif place.code and not found["code"]:
                if place.code in self.pending_codes:
                    m.error = True
                    m.notes.append((ERROR, f"社区代码{place.code}已用于本次导入的另一个社区"))
                    return m
                m.code = m.set_code = place.code
                self.pending_codes.add(place.code)
            return m
        if place.code and place.code in self.pending_codes:
            m.error = True
            m.notes.append((ERROR, f"社区代码{place.code}已用于本次导入的另一个新社区"))
            return m
        m.street, m.new_street = self.street_name(place.street)
        m.community = place.community
        m.code = place.code
        return m


def names_key(place: WrittenPlace) -> tuple[str, str] | None:
    """Within one workbook 广安 and 广安街道, 槐柏 and 槐柏社区 are the same place."""
    if not place.community:
        return None
    return loose_key(place.street, STREET_SUFFIXES), loose_key(place.community, COMMUNITY_SUFFIXES)


def place_label(place: WrittenPlace) -> str:
    text = f"{place.street} {place.community}".strip()
    return text or (place.code or "")
