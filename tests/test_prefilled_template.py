"""Issue 12 ("Also"): the street template can carry the previous term's leadership, so that a
re-election is confirm-and-correct; the returned template imports like any other workbook."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook

from fdh_desktop.services.exporting import make_template
from fdh_desktop.services.importing import apply_import, plan_import
from fdh_desktop.services.statistics import statistics
from fdh_desktop.storage import Store


def _member_rows(path: Path) -> list[dict]:
    sheet = load_workbook(path)["执委"]  # 第八届 follows 第七届, a 社区妇联 term
    header_row = next(r for r in range(1, 10) if str(sheet.cell(r, 1).value).rstrip("*") == "街道")
    header = [str(c.value).rstrip("*") for c in sheet[header_row]]  # required columns carry a *
    rows = []
    for values in sheet.iter_rows(min_row=header_row + 1, values_only=True):
        if any(v not in (None, "") for v in values):
            rows.append(dict(zip(header, values)))
    return rows


def test_a_prefilled_template_lists_last_terms_leaders_and_imports_into_the_new_term(demo_db, tmp_path):
    db = tmp_path / "district.sqlite"
    shutil.copyfile(demo_db, db)
    with Store.open(db) as store:
        niujie = store.require_street("牛街")
        written = make_template(store, tmp_path / "牛街第八届.xlsx", street="牛街", term=8, prefill_previous=True)
        communities = {c.id: c.name for c in store.communities(niujie.id)}
        previous = {(communities[c], m.name, m.role) for c in communities for m in store.members(c, 7)}
    rows = _member_rows(written.path)
    assert written.members == len(rows) == len(previous) > 0
    assert {(r["社区"], r["姓名"], r["职务"]) for r in rows} == previous
    assert all(r["是否新当选"] in (None, "") for r in rows)  # derived on import, not copied
    assert all(r["身份证号"] and len(str(r["身份证号"])) == 18 for r in rows)  # as recorded, unmasked

    # The street confirms the people unchanged, says each congress is established, and sends it
    # back: term 8 gets the same people, every chair 连任 (the demo ends at 第七届).
    book = load_workbook(written.path)
    sheet = book["社区妇联"]
    header = [str(c.value).rstrip("*") for c in sheet[1]]
    column = header.index("是否建立") + 1
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 2).value:
            sheet.cell(row, column).value = "是"
    book.save(written.path)
    with Store.open(db) as store:
        plan = plan_import(store, [written.path])
        assert not plan.has_errors, [p.line() for p in plan.files[0].errors]
        apply_import(store, plan)
        assert {(communities[c], m.name, m.role) for c in communities for m in store.members(c, 8)} == previous
        report = statistics(store, term=8, street="牛街")
    assert report["chairs"]["total"] > 0
    assert report["chairs"]["new"]["count"] == 0  # every chair is the same person as last term: 连任


def test_without_prefill_the_template_has_no_people(demo_db, tmp_path):
    with Store.open(demo_db) as store:
        written = make_template(store, tmp_path / "牛街.xlsx", street="牛街", term=8)
    assert written.members == 0 and _member_rows(written.path) == []
