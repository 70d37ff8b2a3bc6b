"""The 选举 page on a real district file (`fdh demo`, then `fdh election-import`): the clerk types the
tally with the keyboard, sees the verdict change, saves, confirms, and the term's leadership is the
elected."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import press, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_unsaved_changes import answer_next_question

from fdh_desktop.gui.election.page import ElectionPage
from fdh_desktop.gui.election.tally_model import COL_ABSTAIN, COL_NO, COL_RESULT, COL_YES
from fdh_desktop.services import editing
from fdh_desktop.services.election import find_community, load_election
from fdh_desktop.storage import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "election_db"))
from election_db_helpers import BOARD, COMMUNITY, STREET, board_election  # noqa: E402


def fdh(db: Path, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(db), *args], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    fdh(path, "demo")
    return path


def district_with(tmp_path: Path, demo_file: Path, data: dict) -> Path:
    db = tmp_path / "district.sqlite"
    db.write_bytes(demo_file.read_bytes())
    election = tmp_path / "选举.json"
    election.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fdh(db, "election-import", str(election), "--term", "6")
    return db


@pytest.fixture
def page_on(qtbot):
    """page_on(db) → (page, store, community id): the page on 天桥 › 虎坊路社区 of a district file."""
    stores = []

    def make(db: Path):
        store = Store.open(db)
        stores.append(store)
        community = find_community(store, STREET, COMMUNITY).id
        page = ElectionPage()
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.set_store(store)
        page.set_term(6)
        page.set_community(community)
        with qtbot.waitActive(page):
            page.show()
            page.activateWindow()
        return page, store, community

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def opened(page_on, tmp_path, demo_file):
    """open(data) → (page, store, community id): the page on the community of the imported election."""
    return lambda data: page_on(district_with(tmp_path, demo_file, data))


def type_cell(page: ElectionPage, name: str, column: int, text: str) -> None:
    view = page.ui.tally_view
    view.setFocus()
    view.setCurrentIndex(page.model.index(page.model.row_of(name), column))
    type_into(view, text)
    press(Qt.Key.Key_Return)


def type_count(spin, text: str) -> None:
    spin.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, spin)
    type_into(spin, text)
    press(Qt.Key.Key_Tab, widget=spin)


def cell(page: ElectionPage, name: str, column: int) -> str:
    return str(page.model.index(page.model.row_of(name), column).data())


def test_the_page_shows_the_candidates_in_stroke_order_and_the_meeting(opened):
    page, _store, _community = opened(board_election())
    names = [page.model.index(row, 1).data() for row in range(page.model.rowCount())]
    # per role as the ballot prints them (主任, 副主任, 委员), each in 姓氏笔画 order
    assert names == ["王丽", "万兰丹", "朱兰秀", "丁玉兰", "马秀英", "石晓燕", "赵芳"]
    assert page.ui.name_edit.text() == "天桥街道虎坊路社区第六次妇女代表大会"
    assert (page.ui.expected_spin.value(), page.ui.present_spin.value()) == (45, 40)
    assert page.ui.issued_spin.value() == 40
    assert any(line.startswith("当选：") and "赵芳" in line for line in page.verdict_lines())


def test_typing_the_tally_changes_the_verdict_then_save_and_confirm_make_the_leadership(qtbot, opened):
    data = board_election()
    data["meetings"][0]["rounds"][0]["tally"]["votes"]["赵芳"] = [10, 23, 7]  # short of the majority
    page, store, community = opened(data)
    assert cell(page, "赵芳", COL_RESULT) == "未当选"
    assert any("尚缺1个名额" in line for line in page.verdict_lines())

    type_cell(page, "赵芳", COL_YES, "20")  # 20 + 23 + 7 = 50 votes from 40 valid ballots
    errors = [line for line in page.verdict_lines() if line.startswith("错误")]
    assert errors and "候选人:赵芳" in errors[0] and "不等于有效票40张" in errors[0]
    assert cell(page, "赵芳", COL_RESULT) == ""

    type_cell(page, "赵芳", COL_NO, "13")
    type_cell(page, "赵芳", COL_ABSTAIN, "7")
    assert cell(page, "赵芳", COL_YES) == "20" and cell(page, "赵芳", COL_NO) == "13"
    assert not [line for line in page.verdict_lines() if line.startswith("错误")]
    assert cell(page, "赵芳", COL_RESULT) == "未当选"  # 20 of 45 is not more than half

    type_cell(page, "赵芳", COL_YES, "30")
    type_cell(page, "赵芳", COL_NO, "3")  # 30 + 3 + 7 = 40
    assert cell(page, "赵芳", COL_RESULT) == "当选"
    assert any(line.startswith("当选：") and "赵芳" in line for line in page.verdict_lines())
    assert page.ui.save_button.isEnabled()

    with qtbot.waitSignal(page.changes_made) as saved:
        qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    assert community in saved.args[0].congresses
    stored = load_election(store, community, 6)
    votes = stored.sittings[0].tallies[1].votes["赵芳"]
    assert (votes.yes, votes.no, votes.abstain) == (30, 3, 7)
    assert not page.ui.save_button.isEnabled()

    seen: list[str] = []
    answer_next_question("确认当选", seen)
    with qtbot.waitSignal(page.changes_made) as confirmed:
        qtbot.mouseClick(page.ui.confirm_button, Qt.MouseButton.LeftButton)
    assert seen and "确认当选" in seen[0]
    assert community in confirmed.args[0].congresses
    loaded = editing.load(store, community, 6)
    roles = {m.name: m.role for m in loaded.members}
    assert roles == dict(BOARD)
    assert "已确认当选" in page.ui.heading_label.text()
    assert not page.ui.confirm_button.isEnabled() and not page.ui.issued_spin.isEnabled()
    assert not (page.model.flags(page.model.index(0, COL_YES)) & Qt.ItemFlag.ItemIsEditable)


def test_a_round_not_counted_yet_is_counted_from_what_the_clerk_types(qtbot, opened):
    page, store, community = opened(board_election(tallied=False))
    assert any("尚未计票" in line for line in page.verdict_lines())
    ui = page.ui
    for spin, text in ((ui.issued_spin, "40"), (ui.returned_spin, "41"), (ui.valid_spin, "40"),
                       (ui.invalid_spin, "0")):
        type_count(spin, text)
    for i, (name, _role) in enumerate(BOARD):
        type_cell(page, name, COL_YES, str(38 - i))
        type_cell(page, name, COL_NO, "1")
        type_cell(page, name, COL_ABSTAIN, str(1 + i))
    errors = [line for line in page.verdict_lines() if line.startswith("错误")]
    assert errors == ["错误：收回：收回选票41张，多于发出选票40张，本轮选举无效，应重新选举"]
    type_count(ui.returned_spin, "40")
    assert not [line for line in page.verdict_lines() if line.startswith("错误")]
    assert [cell(page, name, COL_RESULT) for name, _ in BOARD] == ["当选"] * 7
    with qtbot.waitSignal(page.changes_made):
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    tally = load_election(store, community, 6).sittings[0].tallies[1]
    assert (tally.issued, tally.returned, tally.valid, tally.invalid) == (40, 40, 40, 0)
    assert tally.votes["赵芳"].yes == 32


def test_papers_come_out_as_pdf_and_docx(opened, tmp_path):
    page, _store, _community = opened(board_election())
    ballots = page.export_ballots(str(tmp_path / "选票.pdf"))
    assert ballots and Path(ballots).stat().st_size > 0
    text = subprocess.run(["pdftotext", "-layout", ballots, "-"], capture_output=True, text=True).stdout
    assert "应选7名，多选无效" in text
    for suffix in (".pdf", ".docx"):
        written = page.export_report(str(tmp_path / f"报告单{suffix}"))
        assert written.endswith(suffix) and Path(written).stat().st_size > 0
    report = subprocess.run(["pdftotext", "-layout", str(tmp_path / "报告单.pdf"), "-"], capture_output=True,
                            text=True).stdout
    assert "选举结果报告单" in report and "王丽" in report


def test_the_page_fits_1366x768(opened, tmp_path):
    page, _store, _community = opened(board_election())
    QApplication.processEvents()
    assert not page.ui.tally_view.horizontalScrollBar().isVisible()
    assert not page.ui.tally_view.verticalScrollBar().isVisible()  # seven candidates, all in view
    shot = tmp_path / "election_page.png"
    assert page.grab().save(str(shot))
    assert page.grab().size().width() == 1366


def test_without_a_community_the_page_says_what_to_do(qtbot):
    page = ElectionPage()
    qtbot.addWidget(page)
    assert page.ui.status_label.text() == "请先在“录入”页左侧的列表中选择一个社区"
    assert page.model.rowCount() == 0 and not page.ui.confirm_button.isEnabled()


def test_a_show_of_hands_has_no_ballot_counts(opened):
    data = board_election()
    data["meetings"][0]["voting"] = "举手表决"
    tally = data["meetings"][0]["rounds"][0]["tally"]
    for key in ("issued", "returned", "valid", "invalid"):
        del tally[key]
    page, _store, _community = opened(data)
    assert not page.ui.issued_spin.isEnabled() and page.ui.issued_spin.text() == "未填"
    assert [cell(page, name, COL_RESULT) for name, _ in BOARD] == ["当选"] * 7


def test_a_ballot_is_not_printed_while_the_candidate_list_is_wrong(opened, tmp_path):
    data = board_election()
    data["meetings"][0]["chief_scrutineer"] = "赵芳"  # a candidate cannot watch the vote
    page, _store, _community = opened(data)
    assert any(line.startswith("错误：总监票人") for line in page.verdict_lines())
    seen: list[str] = []
    answer_next_question("确定", seen)
    assert page.export_ballots(str(tmp_path / "选票.pdf")) == ""
    assert seen == ["候选人名单有误，请先改正："]
    assert not (tmp_path / "选票.pdf").exists()


def test_the_window_shows_the_election_of_the_community_chosen_in_the_tree(open_window, demo_copy):
    """The 选举 tab (Ctrl+4) follows the community chosen in the tree."""
    from fdh_desktop.gui.election.page import ElectionPage

    window = open_window(demo_copy, term=6)
    community = next(c for c in window.store.communities())
    window.jump_to(community.id, window.term)
    window.ui.election_tab_action.trigger()
    assert window.ui.main_tabs.currentIndex() == 4
    page = window.findChild(ElectionPage)
    assert page is not None and window.ui.election_tab.isAncestorOf(page)
    # the demo has no election stored: the page says so for this community, not "choose one"
    assert "尚未录入选举" in page.ui.status_label.text()
