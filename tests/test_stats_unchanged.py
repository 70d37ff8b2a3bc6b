"""`fdh stats --json` says byte for byte what it said before the statistics SQL was made faster.

tests/data/stats_unchanged.sqlite is the demo (妇代会 第五届/第六届, 妇联 第七届) with the awkward
records a real district has (unknown birth dates, 民族 and 文化程度, no chair or two chairs, ID
numbers missing on one side, congresses not established, a term reference date) and a target on
every measure (its change history is left out: no figure reads it). tests/data/stats_unchanged.json holds what `fdh stats --json` printed for every
term and scope of it at commit 95d68a8, the last one before the change, with the district's age
bands and decimals, then with others. To remake both (only for a deliberate change of the figures):
`python tests/test_stats_unchanged.py` (it builds the demo with the code of the day).
"""

from __future__ import annotations

import io
import json
import shutil
import sys
from contextlib import redirect_stdout
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DB = ROOT / "tests" / "data" / "stats_unchanged.sqlite"
EXPECTED = ROOT / "tests" / "data" / "stats_unchanged.json"
OTHER_SETTINGS = {"age_bands": (30, 40, 50), "decimals": 2}


def _stats_json(db: Path, term: int, street: str | None) -> str:
    from fdh_desktop import cli

    argv = ["--db", str(db), "stats", "--json", "--term", str(term), *(["--street", street] if street else [])]
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(argv) == 0
    return out.getvalue()


def _scopes(db: Path) -> list[tuple[int, str | None]]:
    from fdh_desktop.storage import Store

    with Store.open(db) as store:
        streets = [s.name for s in store.streets()]
        terms = [t.number for t in store.terms()]
    return [(term, street) for term in terms for street in (None, *streets)]


def _use_other_settings(db: Path) -> None:
    from fdh_desktop.services.district import save_settings
    from fdh_desktop.storage import Store

    with Store.open(db) as store:
        settings = store.settings()
        current = store.require_term(settings.current_term)
        save_settings(store, replace(settings, **OTHER_SETTINGS), current.year, current.reference_date)


def _key(settings: str, term: int, street: str | None) -> str:
    return f"{settings} term {term} {street or '全区'}"


def outputs(db: Path) -> dict[str, str]:
    """Every term and scope of the file at `db`, with its own settings and then the other ones
    (which this changes in the file)."""
    result = {}
    scopes = _scopes(db)
    for settings in ("own", "other"):
        if settings == "other":
            _use_other_settings(db)
        for term, street in scopes:
            result[_key(settings, term, street)] = _stats_json(db, term, street)
    return result


@pytest.fixture(scope="module")
def expected() -> dict[str, str]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def actual(tmp_path_factory) -> dict[str, str]:
    copy = tmp_path_factory.mktemp("unchanged") / "district.sqlite"
    shutil.copyfile(DB, copy)
    return outputs(copy)


def test_every_term_and_scope_prints_the_same_json(expected, actual):
    assert actual.keys() == expected.keys()
    for key, text in expected.items():
        assert actual[key] == text, key


def test_the_cases_hold_both_forms_and_what_makes_the_figures_hard(expected):
    reports = {key: json.loads(text) for key, text in expected.items()}
    forms = {r["form"] for r in reports.values()}
    assert forms == {"妇代会", "妇联"}
    district7 = reports[_key("own", 7, None)]
    assert len(district7["targets"]) == 15 and any(t["missing"] for t in district7["targets"])
    assert district7["chairs"]["age_min"] is not None and district7["previous"] is not None
    assert reports[_key("other", 7, None)]["chairs"]["age_band"].keys() == {
        "30岁及以下", "31至40岁", "41至50岁", "51岁及以上"}


# --- making the data (run by hand with the code before the change) ----------------------------

def _awkward(db: Path) -> None:
    """What real returns hold and the demo does not, written straight into the file."""
    import sqlite3

    conn = sqlite3.connect(db)
    with conn:
        def members(term: int, role_clause: str, limit: int, offset: int = 0) -> list[int]:
            return [r[0] for r in conn.execute(
                f"SELECT m.id FROM members m JOIN congresses c ON c.id = m.congress_id"
                f" WHERE c.term = ? AND c.established = 1 AND {role_clause} ORDER BY m.id LIMIT ? OFFSET ?",
                (term, limit, offset))]

        def congresses(term: int, limit: int, offset: int) -> list[int]:
            return [r[0] for r in conn.execute(
                "SELECT id FROM congresses WHERE term = ? AND established = 1 ORDER BY id LIMIT ? OFFSET ?",
                (term, limit, offset))]

        def update(sql: str, ids: list[int]) -> None:
            conn.executemany(sql, [(i,) for i in ids])

        for term in (5, 6, 7):
            update("UPDATE members SET birth_date = NULL WHERE id = ?", members(term, "m.role IN ('主任', '主席')", 1, 3)
                   + members(term, "m.role NOT IN ('主任', '主席')", 3, 10))
            update("UPDATE members SET ethnicity = NULL WHERE id = ?", members(term, "1", 2, 20))
            update("UPDATE members SET ethnicity = '' WHERE id = ?", members(term, "1", 1, 30))
            update("UPDATE members SET ethnicity = '回族' WHERE id = ?", members(term, "m.role IN ('主任', '主席')", 2, 5))
            update("UPDATE members SET education = NULL WHERE id = ?", members(term, "1", 2, 40))
            update("UPDATE members SET political = NULL WHERE id = ?", members(term, "1", 1, 50))
            update("UPDATE members SET is_new = NULL WHERE id = ?", members(term, "1", 3, 60))
            # No chair in one congress, two in another; one not established, one not known.
            no_chair, two_chairs, closed, unknown = congresses(term, 4, 7)
            conn.execute("DELETE FROM members WHERE congress_id = ? AND role IN ('主任', '主席')", (no_chair,))
            conn.execute("UPDATE members SET role = CASE WHEN role = '副主任' THEN '主任' ELSE '主席' END"
                         " WHERE id = (SELECT id FROM members WHERE congress_id = ? AND role IN ('副主任', '副主席')"
                         " ORDER BY id LIMIT 1)", (two_chairs,))
            conn.execute("UPDATE congresses SET established = 0 WHERE id = ?", (closed,))
            conn.execute("UPDATE congresses SET established = NULL WHERE id = ?", (unknown,))
            # A congress without its day: the term's reference date, else 30 June of its year.
            conn.execute("UPDATE congresses SET election_date = NULL WHERE id = ?", congresses(term, 1, 20))
        conn.execute("UPDATE terms SET reference_date = '2023-05-31' WHERE number = 6")
        # The same person without an ID number on one side is matched by name and birth date.
        for term in (6, 7):
            update("UPDATE members SET id_number = NULL WHERE id = ?", [r[0] for r in conn.execute(
                "SELECT m.id FROM members m JOIN congresses c ON c.id = m.congress_id"
                " JOIN congresses p ON p.community_id = c.community_id AND p.term = c.term - 1"
                " JOIN members pm ON pm.congress_id = p.id AND pm.id_number = m.id_number"
                " WHERE c.term = ? ORDER BY m.id LIMIT 4", (term,))])
        # Birthdays on the congress's day and the day after (a year older, or not yet).
        for offset, shift in ((0, "+0 days"), (1, "+1 days")):
            conn.execute(
                "UPDATE members SET birth_date = date((SELECT COALESCE(c.election_date, '2023-05-31') FROM congresses c"
                " WHERE c.id = members.congress_id), '-40 years', ?) WHERE id = ?",
                (shift, members(7, "m.role = '主席'", 1, 30 + offset)[0]))
        conn.execute("DELETE FROM history")  # no figure reads it; it would be most of the file
    conn.execute("VACUUM")
    conn.close()


def _make(db: Path) -> None:
    from fdh_desktop.domain.federation_statistics import MEASURES, Target
    from fdh_desktop.services.demo import build_demo
    from fdh_desktop.services.targets import save_targets
    from fdh_desktop.storage import Store

    db.unlink(missing_ok=True)
    with Store.open(db, create=True) as store:
        build_demo(store)
        aims = ("100", "60", "30", "50.5", "90")
        save_targets(store, [Target(m, aims[i % len(aims)]) for i, m in enumerate(MEASURES)])
    _awkward(db)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    _make(DB)
    work = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp") / "stats_unchanged_work.sqlite"
    shutil.copyfile(DB, work)
    EXPECTED.write_text(json.dumps(outputs(work), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    work.unlink()
