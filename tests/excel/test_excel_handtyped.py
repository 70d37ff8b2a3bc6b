"""Returns typed by hand, as street offices do, import to exactly the figures their records imply:
saved by openpyxl, and converted to .xls and .ods (and re-saved as .xlsx) by LibreOffice."""

from __future__ import annotations

from datetime import date

import pytest
from excel_helpers import CHAIR_B, EXPECTED, VICE_A, check_figures, prepare_handtyped_district

from fdh_desktop.services.importing import apply_import, plan_import
from fdh_desktop.services.statistics import statistics

FORMATS = [("handtyped", "openpyxl"), ("handtyped", "xls"), ("handtyped", "ods"), ("handtyped", "xlsx")]


@pytest.mark.parametrize("book", FORMATS, indirect=True, ids=lambda p: p[1])
def test_handtyped_return_imports_to_the_expected_figures(store, book):
    prepare_handtyped_district(store)
    plan = plan_import(store, [book])
    fp = plan.files[0]
    assert not plan.has_errors, [p.line() for p in fp.errors]
    # Found under title rows, in sheets named their own way; header rows as Excel numbers them.
    assert [(c.label, c.row) for c in fp.communities] == [
        ("广安 槐柏社区", 5), ("广安 枣林社区", 6), ("牛街 春风社区", 8), ("牛街 钢院社区", 9)]
    assert fp.new_streets == ["牛街"]  # 广安街道 is the known street 广安
    assert sorted(fp.new_communities) == ["广安 枣林社区", "牛街 春风社区", "牛街 钢院社区"]
    assert [c.status for c in fp.communities] == ["added"] * 4
    # Only the chair who is not 居委会副主任 or above is mentioned, as a warning.
    assert [p.row for p in fp.warnings] == [9]
    apply_import(store, plan)

    check_figures(statistics(store, 6))
    members = {m.name: m for c in store.communities() for m in store.members(c.id, 6)}
    assert len(members) == EXPECTED["members"]
    assert "李秀英" in members  # "李 秀英": the space inside a Chinese name is dropped
    assert members["张丽"].id_number == CHAIR_B and CHAIR_B.endswith("X")  # typed with spaces and lower-case x
    assert members["王芳"].id_number == VICE_A  # typed in full-width digits
    assert members["赵敏"].birth_date == date(1980, 6, 1)  # "1980.06": month only
    assert members["刘洋"].birth_date == date(1990, 12, 1)  # "1990年12月"
    assert members["马兰"].birth_date == date(1973, 1, 10)  # a real date cell
    assert members["李秀英"].phone == "13800138000"  # a number cell, kept as text
    assert members["李秀英"].political == "中共党员" and members["李秀英"].rc_post == "社区党组织书记"
    assert members["张丽"].rc_post == "居委会主任" and members["张丽"].political == "中共预备党员"
    assert members["王芳"].ethnicity == "回族" and members["李秀英"].ethnicity == "汉族"
    assert [members[n].is_new for n in ("李秀英", "王芳", "赵敏", "刘洋", "马兰", "白雪")] == [
        True, False, False, True, False, False]
    huaibai = store.find_community("广安", "槐柏社区")
    congress = store.congress(huaibai.id, 6)
    assert congress.reps_total == 40  # "４０"
    assert congress.election_date == date(2023, 5, 20)  # "2023年5月20日"
    assert congress.election_method == "等额选举" and congress.voting_method == "举手表决"
    zaolin = store.congress(store.find_community("广安", "枣林社区").id, 6)
    assert zaolin.election_date == date(2023, 5, 8) and zaolin.progress == "已完成"
    assert zaolin.reps_migrants == 2 and zaolin.note == "试点社区"
    gangyuan = store.congress(store.find_community("牛街", "钢院社区").id, 6)
    assert gangyuan.established is False and gangyuan.progress == "未启动"


@pytest.mark.parametrize("book", FORMATS, indirect=True, ids=lambda p: p[1])
def test_handtyped_return_reimported_changes_nothing(store, book, db_path):
    from excel_helpers import dump_db

    prepare_handtyped_district(store)
    apply_import(store, plan_import(store, [book]))
    # Right after its import: the same bytes are recognised and not even read again.
    before = dump_db(db_path)
    again = plan_import(store, [book])
    assert again.files[0].already_imported and not again.changes_anything
    apply_import(store, again)
    assert dump_db(db_path) == before
    # After another write: read and compared again, and every community is unchanged.
    store.add_street("大栅栏")
    before = dump_db(db_path)
    again = plan_import(store, [book])
    fp = again.files[0]
    assert not fp.already_imported and not again.has_errors and not again.changes_anything
    assert [c.status for c in fp.communities] == ["unchanged"] * 4
    assert fp.previous_imports  # it says the same file was imported before
    apply_import(store, again)
    assert dump_db(db_path) == before  # no changeset, no history rows, no import record
