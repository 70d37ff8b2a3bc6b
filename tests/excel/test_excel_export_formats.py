"""What Excel shows in an exported sheet's cells: ID numbers, phones and codes stay text when a
clerk edits them, dates read as dates, headers keep their look (excel.streaming reuses one
formatted cell per column, so these are checked cell by cell)."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from fdh_desktop.excel.streaming import FormattedColumnsSheet, add_sheet
from fdh_desktop.services.exporting import export_term


def test_every_exported_id_phone_and_code_cell_is_text_and_every_date_a_date(demo_store, tmp_path):
    export_term(demo_store, tmp_path / "e.xlsx", term=6)
    wb = load_workbook(tmp_path / "e.xlsx")
    members = wb["班子成员"]
    assert [c.value for c in members[1]][5:7] == ["身份证号", "出生日期"]
    assert members["A1"].fill.fgColor.rgb.endswith("FCE4D6") and members["A1"].font.bold
    rows = list(members.iter_rows(min_row=2))
    assert len(rows) == 705
    for row in rows:
        code, id_number, birth, phone = row[2], row[5], row[6], row[12]
        for cell in (code, id_number, phone):
            if cell.value is not None:
                assert isinstance(cell.value, str) and cell.number_format == "@", cell.coordinate
        if birth.value is not None:
            assert isinstance(birth.value, datetime) and birth.number_format == "yyyy-mm-dd", birth.coordinate
        assert row[4].number_format == "General"  # 姓名: no format carried over from a neighbour
    assert sum(r[5].value is not None for r in rows) > 600 and sum(r[6].value is not None for r in rows) > 600
    congresses = list(wb["社区妇代会"].iter_rows(min_row=2))
    assert len(congresses) == 110
    assert all(r[2].number_format == "@" and isinstance(r[2].value, str) for r in congresses)
    dated = [r[5] for r in congresses if r[5].value is not None]
    assert dated and all(c.number_format == "yyyy-mm-dd" for c in dated)


def test_a_cell_of_another_type_does_not_change_its_columns_format(tmp_path):
    wb = Workbook(write_only=True)
    ws = add_sheet(wb, "s", text_columns=[1], date_columns=[2])
    ws.append(["110101197501011234", date(1975, 1, 1), 3])
    ws.append([date(2000, 2, 2), "未知", 4.5])  # a date in the text column, text in the date column
    ws.append(["+86 13800000000", datetime(2001, 3, 3, 12, 0), True])
    ws.append(["", None, "=1+1"])
    ws.append(["110101197501011234", date(1976, 2, 2), 5])
    wb.save(tmp_path / "s.xlsx")
    rows = [[(c.value, c.number_format) for c in row] for row in load_workbook(tmp_path / "s.xlsx")["s"].iter_rows()]
    assert rows[0] == [("110101197501011234", "@"), (datetime(1975, 1, 1), "yyyy-mm-dd"), (3, "General")]
    assert rows[1] == [(datetime(2000, 2, 2), "yyyy-mm-dd"), ("未知", "General"), (4.5, "General")]
    assert rows[2] == [("+86 13800000000", "@"), (datetime(2001, 3, 3, 12), "yyyy-mm-dd h:mm:ss"), (True, "General")]
    assert rows[3][2] == ("=1+1", "General")  # formula-like text stays text
    assert rows[4] == [("110101197501011234", "@"), (datetime(1976, 2, 2), "yyyy-mm-dd"), (5, "General")]


def test_the_openpyxl_hook_the_sheet_overrides_still_exists():
    # An openpyxl upgrade that renames the hook would silently drop the formats; fail here instead.
    assert "_values_to_row" in vars(WriteOnlyWorksheet)
    assert FormattedColumnsSheet._values_to_row is not WriteOnlyWorksheet._values_to_row
