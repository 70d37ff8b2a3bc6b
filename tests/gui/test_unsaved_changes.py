"""Unsaved edits are never lost silently: leaving the form (another community, another term,
closing the window) asks 保存 / 不保存 / 取消, and each answer does what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import type_into
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fdh_desktop.gui import messages
from fdh_desktop.storage import Store


def ids(path: Path) -> dict[str, int]:
    with Store.open(path) as store:
        return {c.name: c.id for c in store.communities()}


def instructor(path: Path, name: str, term: int = 6) -> str | None:
    with Store.open(path) as store:
        congress = store.congress(ids(path)[name], term)
        return congress.instructor if congress else None


def answer_next_question(button_text: str, seen: list[str]) -> None:
    """Click a button of the message box about to open (a real QMessageBox, answered by a timer)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") .startswith(button_text))
        button.click()

    QTimer.singleShot(0, click)


@pytest.fixture
def window(open_window, demo_copy):
    w = open_window(demo_copy, term=6)
    w.jump_to(ids(demo_copy)["法源寺社区"], 6)
    return w


def test_switching_community_with_edits_asks_and_cancel_keeps_them(window, demo_copy):
    window.form.ui.instructor_edit.setText("")
    type_into(window.form.ui.instructor_edit, "新指导员")
    assert window.form.is_dirty() and window.isWindowModified()
    seen: list[str] = []
    answer_next_question("取消", seen)
    window.panel.select_community(ids(demo_copy)["春风社区"])
    QApplication.processEvents()

    assert seen == ["法源寺社区（第六届）有未保存的修改，是否保存？"]
    assert window.form.ui.title_label.text().endswith("法源寺社区 · 第六届")  # 本届 is 第七届
    assert window.form.ui.instructor_edit.text() == "新指导员"
    assert window.panel.current_community_id() == ids(demo_copy)["法源寺社区"]  # the tree went back
    assert instructor(demo_copy, "法源寺社区") != "新指导员"


def test_save_answer_saves_before_switching(window, demo_copy):
    window.form.ui.instructor_edit.clear()
    type_into(window.form.ui.instructor_edit, "王指导")
    seen: list[str] = []
    answer_next_question("保存", seen)
    window.panel.select_community(ids(demo_copy)["春风社区"])

    assert seen and window.form.ui.title_label.text().endswith("春风社区 · 第六届")  # 本届 is 第七届
    assert instructor(demo_copy, "法源寺社区") == "王指导"


def test_discard_answer_drops_the_edits(window, demo_copy, monkeypatch):
    before = instructor(demo_copy, "法源寺社区")
    type_into(window.form.ui.instructor_edit, "改了又不要")
    monkeypatch.setattr(messages, "ask_unsaved", lambda parent, what: messages.DISCARD)
    window.panel.select_community(ids(demo_copy)["春风社区"])
    assert window.form.ui.title_label.text().endswith("春风社区 · 第六届")  # 本届 is 第七届
    assert instructor(demo_copy, "法源寺社区") == before
    window.jump_to(ids(demo_copy)["法源寺社区"], 6)
    assert window.form.ui.instructor_edit.text() == before


def test_switching_term_asks_too(window, demo_copy, monkeypatch):
    asked = []
    type_into(window.form.ui.note_edit, "备注")
    monkeypatch.setattr(messages, "ask_unsaved", lambda parent, what: asked.append(what) or messages.CANCEL)
    combo = window.ui.term_combo
    combo.setCurrentIndex(combo.findData(5))
    combo.activated.emit(combo.currentIndex())
    assert asked == ["法源寺社区（第六届）"]
    assert window.term == 6 and combo.currentData() == 6 and window.form.ui.note_edit.text() == "备注"

    monkeypatch.setattr(messages, "ask_unsaved", lambda parent, what: messages.DISCARD)
    combo.setCurrentIndex(combo.findData(5))
    combo.activated.emit(combo.currentIndex())
    assert window.term == 5 and window.form.term == 5
    assert window.form.ui.title_label.text().endswith("法源寺社区 · 第五届")


def test_closing_the_window_asks_and_cancel_keeps_it_open(window, demo_copy, monkeypatch):
    type_into(window.form.ui.note_edit, "还没保存")
    monkeypatch.setattr(messages, "ask_unsaved", lambda parent, what: messages.CANCEL)
    assert window.close() is False and window.isVisible()
    monkeypatch.setattr(messages, "ask_unsaved", lambda parent, what: messages.SAVE)
    assert window.close() is True
    with Store.open(demo_copy) as store:
        assert store.congress(ids(demo_copy)["法源寺社区"], 6).note == "还没保存"


def test_undoing_back_to_the_saved_state_is_not_unsaved(window, monkeypatch):
    type_into(window.form.ui.note_edit, "x")
    assert window.form.is_dirty()
    window.undo_action.trigger()
    assert not window.form.is_dirty()
    asked = []
    monkeypatch.setattr(messages, "ask_unsaved", lambda parent, what: asked.append(what) or messages.CANCEL)
    assert window.close() is True and asked == []
