"""A form loaded before someone else changed the same community must not overwrite that change:
saving is refused with a message, nothing is written, and the form offers to reload."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from gui_helpers import press, type_here
from PySide6.QtCore import Qt

from fdh_desktop.gui import messages
from fdh_desktop.services.exporting import export_term
from fdh_desktop.services.importing import apply_import, plan_import
from fdh_desktop.storage import Store
from test_entry_by_keyboard import choose_community


def import_with_fewer_members(db: Path, tmp: Path, community: str, keep: int) -> None:
    """A real import (plan + apply, as `fdh import` does) that leaves `community` with `keep` members."""
    workbook = tmp / "returned.xlsx"
    with Store.open(db) as store:
        export_term(store, workbook, term=6)
    book = openpyxl.load_workbook(workbook)
    sheet = book["班子成员"]
    rows = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 2).value == community]
    for r in reversed(rows[keep:]):
        sheet.delete_rows(r)
    book.save(workbook)
    with Store.open(db) as store:
        plan = plan_import(store, [workbook])
        assert not plan.has_errors
        apply_import(store, plan)


def stored(db: Path, community: str) -> tuple[str, list[str]]:
    with Store.open(db) as store:
        found = store.find_community("天桥", community)
        return store.congress(found.id, 6).note, [m.name for m in store.members(found.id, 6)]


def test_saving_over_an_import_made_after_loading_is_refused_and_writes_nothing(open_window, demo_copy, tmp_path,
                                                                                 monkeypatch):
    window = open_window(demo_copy, term=6)
    choose_community(window, "虎坊路")
    form = window.form
    assert form.members_model.rowCount() > 2
    import_with_fewer_members(demo_copy, tmp_path, "虎坊路社区", keep=2)
    after_import = stored(demo_copy, "虎坊路社区")
    assert len(after_import[1]) == 2

    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, ok, detail="": asked.append((text, ok)) or False)
    form.ui.note_edit.setFocus()
    type_here("patched")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert stored(demo_copy, "虎坊路社区") == after_import  # the import stands, the note is not written
    assert len(asked) == 1 and "已被修改" in asked[0][0] and asked[0][1] == "重新载入"
    assert form.is_dirty()  # the clerk's edit is still on screen


def test_reloading_after_a_refusal_shows_the_file(open_window, demo_copy, tmp_path, monkeypatch):
    window = open_window(demo_copy, term=6)
    choose_community(window, "虎坊路")
    form = window.form
    import_with_fewer_members(demo_copy, tmp_path, "虎坊路社区", keep=1)
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    form.ui.note_edit.setFocus()
    type_here("x")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert form.members_model.rowCount() == 1
    assert form.ui.note_edit.text() == "" and not form.is_dirty()
    # Now the form holds what the file holds: a save goes through.
    form.ui.note_edit.setFocus()
    type_here("ok")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(demo_copy, "虎坊路社区")[0] == "ok"
