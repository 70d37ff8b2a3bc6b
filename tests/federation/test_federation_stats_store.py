"""A 妇联 第七届 built through the services on the demo's 第六届 (services.federation_sample; once the
demo carries its own 第七届, read that term instead): `stats --json` from the Store's SQL
equals the reference counter over the same records, and its 执委 and 主席 figures are recomputed by
hand from `fdh export` of the two terms (the two 两委 fields, not columns of the export yet, are read
through the Store)."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest

from fdh_desktop.domain.federation_statistics import FederationEntry, Target, TermRecords, full_report
from fdh_desktop.domain.organisation import executive_range_of
from fdh_desktop.services.statistics import statistics
from fdh_desktop.services.targets import save_targets, targets
from fdh_desktop.storage import Store


@pytest.fixture
def fed_store(federation_db):
    with Store.open(federation_db) as store:
        yield store


def term_records(store: Store, number: int, street_id: int | None = None) -> TermRecords:
    """The reference counter's view of a term, read record by record (no SQL aggregates)."""
    term = store.require_term(number)
    records = store.congresses_of_term(number)
    previous = store.congresses_of_term(number - 1)
    derive = bool(previous) and any(members for _, members in previous.values())
    entries = []
    for community in store.communities(street_id):
        if community.id not in records:
            continue
        congress, members = records[community.id]
        age_date = congress.election_date or term.reference_date or date(term.year, 6, 30)
        entries.append(FederationEntry(store.street(community.street_id).name, community.name, congress, members,
                                       age_date, previous.get(community.id, (None, []))[1], derive))
    return TermRecords(term.form, entries)


def reference(store: Store, street: str | None = None) -> dict:
    settings = store.settings()
    street_id = store.require_street(street).id if street else None
    return full_report(district=settings.district, term=7, street=street, current=term_records(store, 7, street_id),
                       previous=term_records(store, 6, street_id), bounds=tuple(settings.age_bands),
                       decimals=settings.decimals, targets=targets(store), limits=executive_range_of(settings))


@pytest.mark.parametrize("street", [None, "天桥", "牛街"])
def test_the_sql_figures_equal_the_reference_counter(fed_store, street):
    mine = statistics(fed_store, 7, street)
    theirs = reference(fed_store, street)
    for key in ("form", "congresses", "chairs", "executives", "targets", "previous", "change"):
        assert mine[key] == theirs[key], key


def test_configured_targets_are_what_stats_checks(federation_db, tmp_path):
    shutil.copyfile(federation_db, tmp_path / "copy.sqlite")
    with Store.open(tmp_path / "copy.sqlite") as store:
        _check_configured_targets(store)


def _check_configured_targets(fed_store):
    save_targets(fed_store, [Target("executives_college", "60"), Target("chair_one_shoulder", "30", "一肩挑比例")])
    found = statistics(fed_store, 7)["targets"]
    assert [t["name"] for t in found] == ["执委大专及以上", "一肩挑比例"]
    assert found == reference(fed_store)["targets"]
    assert found[0]["missing"], "some communities have fewer than 60% 执委 with 大专及以上"


def _pct(n: int, total: int) -> str:
    return str((Decimal(100 * n) / Decimal(total)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _sheet_rows(book, header: str) -> list[dict]:
    """The rows of the sheet whose header row holds `header`, as dicts by header text."""
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        for i, row in enumerate(rows):
            if header in row:
                names = [str(v) if v is not None else "" for v in row]
                return [dict(zip(names, r)) for r in rows[i + 1:] if any(v is not None for v in r)]
    raise AssertionError(f"no sheet with {header}")


def _export(fdh_cmd, db, term, out):
    subprocess.run([*fdh_cmd, "--db", str(db), "export", "--term", str(term), "--out", str(out)], check=True,
                   capture_output=True)
    book = openpyxl.load_workbook(out, read_only=True)
    congresses = {(r["街道"], r["社区"]): r for r in _sheet_rows(book, "换届日期")}
    members = _sheet_rows(book, "职务")
    return congresses, members


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def test_figures_recomputed_by_hand_from_the_export(federation_db, fdh_cmd, tmp_path):
    result = subprocess.run([*fdh_cmd, "--db", str(federation_db), "stats", "--term", "7", "--json"], check=True,
                            capture_output=True, text=True)
    report = json.loads(result.stdout)
    congresses7, members7 = _export(fdh_cmd, federation_db, 7, tmp_path / "t7.xlsx")
    congresses6, members6 = _export(fdh_cmd, federation_db, 6, tmp_path / "t6.xlsx")
    with Store.open(federation_db) as store:
        reference_date = store.require_term(7).reference_date

    def posts(m) -> tuple:
        """The two 两委 columns of a 妇联 term's export (blank: not recorded)."""
        return (m["社区党组织职务"] or None, m["居委会职务"] or None)

    def in_two_committees(m) -> bool:
        return any(p not in (None, "无") for p in posts(m))

    def established(row) -> bool:
        return congresses7[(row["街道"], row["社区"])]["是否建立"] == "是"

    people = [m for m in members7 if established(m)]
    before = {}
    for m in members6:
        before.setdefault((m["街道"], m["社区"]), set()).add(m["身份证号"])
    ages = []
    for m in people:
        day = congresses7[(m["街道"], m["社区"])]["换届日期"] or reference_date
        day = day.date() if hasattr(day, "date") else day
        born = m["出生日期"].date() if hasattr(m["出生日期"], "date") else m["出生日期"]
        ages.append(_age(born, day))
    n = len(people)
    ex = report["executives"]
    assert report["form"] == "妇联" and ex["total"] == n > 500
    assert ex["roles"] == {r: sum(m["职务"] == r for m in people) for r in ("主席", "副主席", "兼职副主席", "执委")}
    party = sum(m["政治面貌"] in ("中共党员", "中共预备党员") for m in people)
    assert ex["party"] == {"count": party, "pct": _pct(party, n)}
    minority = sum(m["民族"] != "汉族" for m in people)
    assert ex["minority"] == {"count": minority, "pct": _pct(minority, n)}
    college = sum(m["文化程度"] in ("研究生", "大学本科", "大学专科") for m in people)
    assert ex["education"]["大专及以上"] == {"count": college, "pct": _pct(college, n)}
    young = sum(a <= 45 for a in ages)
    assert ex["age_45_or_under"] == {"count": young, "pct": _pct(young, n)}
    assert ex["age_band"]["35岁及以下"]["count"] == sum(a <= 35 for a in ages)
    assert ex["age_mean"] == str((Decimal(sum(ages)) / n).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    new = sum(m["身份证号"] not in before.get((m["街道"], m["社区"]), set()) for m in people)
    assert ex["new"] == {"count": new, "pct": _pct(new, n)}

    chairs = [m for m in people if m["职务"] == "主席"]
    c = len(chairs)
    assert report["chairs"]["total"] == c == ex["roles"]["主席"]
    in_two = sum(in_two_committees(m) for m in chairs)
    assert report["chairs"]["two_committees"] == {"count": in_two, "pct": _pct(in_two, c)}
    shoulder = sum(posts(m) == ("书记", "主任") for m in chairs)
    assert report["chairs"]["one_shoulder"] == {"count": shoulder, "pct": _pct(shoulder, c)}
    party_org = sum(posts(m)[0] not in (None, "无") for m in chairs)
    assert report["chairs"]["party_org"] == {"count": party_org, "pct": _pct(party_org, c)}

    # 比上届 in 百分点: 第六届's 主任 against 第七届's 主席, from the two printed percentages.
    chairs6 = [m for m in members6 if m["职务"] == "主任"
               and congresses6[(m["街道"], m["社区"])]["是否建立"] == "是"]
    in_two6 = sum(m["居委会任职"] not in ("其他", "无", None) for m in chairs6)
    assert report["previous"]["chairs"]["two_committees"]["count"] == in_two6
    points = Decimal(_pct(in_two, c)) - Decimal(_pct(in_two6, len(chairs6)))
    assert report["change"]["two_committees"] == {"count": in_two - in_two6, "pct_points": f"{points:f}"}
    # Every target names the communities that miss it; the chairs outside the 两委 are exactly those.
    [two] = [t for t in report["targets"] if t["name"] == "妇联主席进两委"]
    outside = [f"{m['街道']} › {m['社区']}" for m in chairs if not in_two_committees(m)]
    assert sorted(two["missing"]) == sorted(outside) and two["met"] is (not outside)


def test_the_command_line_speaks_of_the_federation_for_term_7_only(federation_db, fdh_cmd):
    def fdh(*args: str) -> str:
        return subprocess.run([*fdh_cmd, "--db", str(federation_db), *args], check=True, capture_output=True,
                              text=True).stdout

    seven = fdh("stats", "--term", "7")
    assert seven.startswith("宣南区 第七届 社区妇联换届选举情况") and "【执委情况】" in seven and "【目标完成情况】" in seven
    six = fdh("stats", "--term", "6")
    assert six.startswith("宣南区 第六届 社区妇代会换届选举情况") and "执委" not in six
    assert "名妇联主席中，进社区“两委”" in fdh("summary", "--term", "7")
    assert "名妇代会主任中" in fdh("summary", "--term", "6")
