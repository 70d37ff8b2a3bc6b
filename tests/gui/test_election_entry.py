"""Entering an election in the 选举 page on a real district file (`fdh demo`): 新建选举, the meeting
typed by keyboard (Chinese through the input method), 应选名额 per role, candidates through the
candidate dialog and picked from the previous term's leadership, the live candidate checks, 保存,
and the file reopened shows it all back. The 选举规则 dialog changes a verdict and `fdh tally`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gui_helpers import press, type_into
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from test_election_page import cell, demo_file, district_with, page_on, type_count  # noqa: F401 (fixtures)
from test_unsaved_changes import answer_next_question

from fdh_desktop.gui.election.candidate_dialog import CandidateDialog
from fdh_desktop.gui.election.page import ElectionPage
from fdh_desktop.gui.election.pick_dialog import CandidatePickDialog
from fdh_desktop.gui.election.rules_dialog import ElectionRulesDialog
from fdh_desktop.gui.election.tally_model import COL_RESULT
from fdh_desktop.services.election import load_election, load_thresholds
from fdh_desktop.storage import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "election_db"))
from election_db_helpers import COMMUNITY, STREET, board_election  # noqa: E402

# 虎坊路社区's leadership of 第五届 in the demo (the previous term of the current 第六届).
PREVIOUS_CHAIR = "任倩雪"
PREVIOUS_DEPUTY = "钱兰芳"
# 王丽 stands with 居委会任职 居委会主任 only (election_db_helpers.BOARD): no 社区党组织职务 recorded.
EXPECTED_POSTS = ("", "主任")


def when_dialog_opens(kind: type[QDialog], act, seen: list) -> None:
    """Run act(dialog) once a modal dialog of `kind` is open (a timer: exec() blocks the test)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, attempt)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, attempt)


def retype(widget, text: str) -> None:
    """Select what a field holds and type over it, as a clerk does."""
    widget.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, widget)
    press(Qt.Key.Key_Delete, widget=widget)
    type_into(widget, text)


def ok(dialog: QDialog) -> None:
    press(Qt.Key.Key_Return, widget=dialog.ui.button_box)


def pick_with_keys(combo, steps: int) -> None:
    combo.setFocus()
    for _ in range(steps):
        press(Qt.Key.Key_Down, widget=combo)


def errors(page: ElectionPage) -> list[str]:
    return [line for line in page.verdict_lines() if line.startswith("错误")]


def add_candidate(page: ElectionPage, name: str, id_number: str = "", role_steps: int = 0,
                  extra=None) -> list[str]:
    """添加候选人… typed in its dialog; the messages the dialog showed before it was accepted."""
    refusals: list[str] = []
    seen: list = []

    def fill(dialog: CandidateDialog) -> None:
        type_into(dialog.ui.name_edit, name)
        if id_number:
            dialog.ui.id_edit.setFocus()
            type_into(dialog.ui.id_edit, id_number)
        pick_with_keys(dialog.ui.role_combo, role_steps)
        if extra is not None:
            extra(dialog)
        ok(dialog)
        if dialog.isVisible():  # refused: note why, then cancel so the test cannot hang
            refusals.append(dialog.ui.message_label.text())
            dialog.reject()

    when_dialog_opens(CandidateDialog, fill, seen)
    page.ui.add_candidate_button.click()
    assert seen, "the candidate dialog did not open"
    return refusals


def test_a_new_election_is_typed_in_saved_and_read_back_from_the_file(qtbot, page_on, demo_file, tmp_path):
    db = tmp_path / "district.sqlite"
    db.write_bytes(demo_file.read_bytes())
    page, store, community = page_on(db)
    ui = page.ui
    assert "尚未录入选举" in ui.status_label.text() and ui.new_election_button.isVisible()
    assert ui.heading_label.text() == "虎坊路社区 选举（本届尚未录入）"

    qtbot.mouseClick(ui.new_election_button, Qt.MouseButton.LeftButton)
    # the meeting starts from the congress record: 代表总数 57, 到会 55, 举手表决 (demo's 第六届)
    assert (ui.expected_spin.value(), ui.present_spin.value()) == (57, 55)
    assert ui.voting_combo.currentText() == "举手表决" and ui.name_edit.text() == "天桥街道虎坊路社区第六次妇女代表大会"
    assert [ui.round_combo.itemText(i) for i in range(ui.round_combo.count())] == ["第1轮：选举妇代会主任、副主任、委员"]
    assert ui.role_seats_edit.text() == "主任1、副主任2、委员4" and ui.seats_spin.value() == 7
    assert page.is_dirty() and not ui.new_election_button.isVisible()

    retype(ui.name_edit, "虎坊路社区第六次妇女代表大会")
    retype(ui.date_edit, "2026-03-21")
    press(Qt.Key.Key_Return, widget=ui.date_edit)
    type_count(ui.present_spin, "50")
    retype(ui.host_edit, "韩梅")
    retype(ui.chief_edit, "周慧")
    retype(ui.scrutineers_edit, "吴婷、郑洁")
    retype(ui.counters_edit, "冯雪")
    retype(ui.role_seats_edit, "主任1、副主任1、委员2")
    press(Qt.Key.Key_Return, widget=ui.role_seats_edit)
    assert ui.seats_spin.value() == 4
    assert any("等额选举应选1名，候选人应为1名，现有0名" in line for line in errors(page))

    # 从上届班子选取: 第五届's 主任 and a 副主任, checked with the space bar
    seen: list = []

    def check_two(dialog: CandidatePickDialog) -> None:
        labels = [dialog.ui.nominee_list.item(i).text() for i in range(dialog.ui.nominee_list.count())]
        assert labels[0] == f"{PREVIOUS_CHAIR}（上届主任，居委会主任）"
        assert any(label.startswith("朱兰秀（本届主任") for label in labels)
        view = dialog.ui.nominee_list
        view.setFocus()
        press(Qt.Key.Key_Space, widget=view)
        press(Qt.Key.Key_Down, widget=view)
        press(Qt.Key.Key_Space, widget=view)
        ok(dialog)

    when_dialog_opens(CandidatePickDialog, check_two, seen)
    qtbot.mouseClick(ui.pick_candidates_button, Qt.MouseButton.LeftButton)
    assert seen
    shown = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    roles = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert shown == [PREVIOUS_CHAIR, PREVIOUS_DEPUTY] and roles == ["主任", "副主任"]

    # typed in: a wrong ID number is refused in the dialog, naming the field; then a good one
    refusals = add_candidate(page, "石晓燕", "110102199001011242", role_steps=2)
    assert refusals and refusals[0].startswith("身份证号：")
    assert page.model.rowCount() == 2

    def part_time_unsure(dialog: CandidateDialog) -> None:
        retype(dialog.ui.part_time_combo, "待定")

    refusals = add_candidate(page, "石晓燕", "110102199001011241", role_steps=2, extra=part_time_unsure)
    assert len(refusals) == 1 and refusals[0].startswith("是否兼职：") and "待定" in refusals[0]
    assert page.model.rowCount() == 2  # nothing added

    def part_time_from_a_local_unit(dialog: CandidateDialog) -> None:
        retype(dialog.ui.part_time_combo, "兼职")  # a synonym, as the members table takes it
        retype(dialog.ui.sector_combo, "驻区单位")

    assert add_candidate(page, "石晓燕", "110102199001011241", role_steps=2, extra=part_time_from_a_local_unit) == []
    assert any("委员等额选举应选2名，候选人应为2名，现有1名" in line for line in errors(page))
    assert add_candidate(page, "赵芳", role_steps=2) == []
    assert not errors(page)

    # a supervisor who stands is an error at once
    retype(ui.counters_edit, "赵芳")
    assert any(line.startswith("错误：计票人：计票人“赵芳”是本轮候选人") for line in errors(page))
    retype(ui.counters_edit, "冯雪")
    assert not errors(page)

    with qtbot.waitSignal(page.changes_made):
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert not page.is_dirty()
    store.close()

    reopened = Store.open(db)
    try:
        election = load_election(reopened, community, 6)
        meeting = election.sittings[0].meeting
        assert (meeting.name, str(meeting.day), meeting.expected, meeting.present) == (
            "虎坊路社区第六次妇女代表大会", "2026-03-21", 57, 50)
        assert (meeting.host, meeting.chief_scrutineer, meeting.scrutineers, meeting.counters) == (
            "韩梅", "周慧", ["吴婷", "郑洁"], ["冯雪"])
        round_ = election.sittings[0].rounds[0]
        assert round_.role_seats == {"主任": 1, "副主任": 1, "委员": 2}
        by_name = {c.name: c for c in round_.candidates}
        assert {n: c.role for n, c in by_name.items()} == {PREVIOUS_CHAIR: "主任", PREVIOUS_DEPUTY: "副主任",
                                                           "石晓燕": "委员", "赵芳": "委员"}
        assert by_name[PREVIOUS_CHAIR].id_number == "110102199202161342"
        assert by_name[PREVIOUS_CHAIR].post == "居委会主任"
        assert by_name[PREVIOUS_CHAIR].fields["political"] == "中共预备党员"
        assert by_name["石晓燕"].id_number == "110102199001011241"
        assert by_name["石晓燕"].fields["birth_date"] == "1990-01-01"  # taken from the ID number
        assert (by_name["石晓燕"].fields["part_time"], by_name["石晓燕"].fields["sector"]) == (True, "驻区单位")

        again = ElectionPage()
        qtbot.addWidget(again)
        again.set_store(reopened)
        again.set_term(6)
        again.set_community(community)
        assert again.ui.host_edit.text() == "韩梅" and again.ui.present_spin.value() == 50
        assert again.ui.role_seats_edit.text() == "主任1、副主任1、委员2"
        assert [again.model.index(r, 1).data() for r in range(again.model.rowCount())] == [
            PREVIOUS_CHAIR, PREVIOUS_DEPUTY, "石晓燕", "赵芳"]
        assert not again.ui.new_election_button.isVisible()
    finally:
        reopened.close()


def test_a_chair_candidate_outside_the_two_committees_is_a_warning_and_edit_and_remove_work(qtbot, page_on,
                                                                                           demo_file, tmp_path):
    page, _store, _community = page_on(district_with(tmp_path, demo_file, board_election(tallied=False)))
    view = page.ui.tally_view
    view.setCurrentIndex(page.model.index(page.model.row_of("王丽"), 1))
    seen: list = []
    shown: list = []

    def no_post(dialog: CandidateDialog) -> None:
        assert dialog.ui.name_edit.text() == "王丽" and dialog.ui.role_combo.currentText() == "主任"
        shown.append((dialog.ui.party_combo.currentText(), dialog.ui.committee_combo.currentText()))
        retype(dialog.ui.party_combo, "无")
        retype(dialog.ui.committee_combo, "无")
        ok(dialog)

    when_dialog_opens(CandidateDialog, no_post, seen)
    qtbot.mouseClick(page.ui.edit_candidate_button, Qt.MouseButton.LeftButton)
    assert seen
    assert shown == [EXPECTED_POSTS]  # her one recorded 居委会任职, shown in the two 两委 fields
    assert "提示：两委职务：主任候选人“王丽”不是社区“两委”副职及以上（现任：无）" in page.verdict_lines()

    view.setCurrentIndex(page.model.index(page.model.row_of("赵芳"), 1))
    qtbot.mouseClick(page.ui.remove_candidate_button, Qt.MouseButton.LeftButton)
    assert "赵芳" not in [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert any("委员等额选举应选4名，候选人应为4名，现有3名" in line for line in errors(page))


def test_leaving_with_an_unsaved_meeting_asks_and_cancel_keeps_it(qtbot, page_on, demo_file, tmp_path):
    page, store, community = page_on(district_with(tmp_path, demo_file, board_election()))
    retype(page.ui.host_edit, "新主持人")
    assert page.is_dirty() and page.ui.save_button.isEnabled()

    seen: list[str] = []
    answer_next_question("取消", seen)
    assert page.confirm_leave() is False
    assert seen == ["本社区的选举有未保存的修改，是否保存？"]
    assert page.ui.host_edit.text() == "新主持人"

    page.set_community(community)  # the window showing the same community again keeps the typing
    assert page.ui.host_edit.text() == "新主持人"

    answer_next_question("保存", seen)
    assert page.confirm_leave() is True
    assert load_election(store, community, 6).sittings[0].meeting.host == "新主持人"

    retype(page.ui.host_edit, "又一位")
    answer_next_question("不保存", seen)
    assert page.confirm_leave() is True
    assert page.ui.host_edit.text() == "新主持人" and not page.is_dirty()


def test_the_rules_dialog_flips_a_verdict_and_fdh_tally_follows_the_stored_rules(qtbot, page_on, demo_file,
                                                                                  tmp_path):
    data = board_election()
    data["meetings"][0]["rounds"][0]["tally"]["votes"]["赵芳"] = [21, 12, 7]  # 21 of 45 应到, of 40 实到
    db = district_with(tmp_path, demo_file, data)
    page, store, _community = page_on(db)
    assert cell(page, "赵芳", COL_RESULT) == "未当选"
    seen: list = []

    def majority_of_present(dialog: ElectionRulesDialog) -> None:
        assert dialog.ui.base_combo.currentText().startswith("应到")
        pick_with_keys(dialog.ui.base_combo, 1)
        ok(dialog)

    when_dialog_opens(ElectionRulesDialog, majority_of_present, seen)
    with qtbot.waitSignal(page.changes_made) as saved:
        qtbot.mouseClick(page.ui.rules_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].settings
    assert cell(page, "赵芳", COL_RESULT) == "当选"
    assert load_thresholds(store).majority_base == "实到"

    def tally(*flags: str) -> str:
        done = subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(db), "tally", "--street", STREET,
                               "--community", COMMUNITY, "--term", "6", "--round", "1", *flags], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    stored = tally()
    assert "超过实到代表40名的半数" in stored and "委员赵芳" in _elected_line(stored)
    once = tally("--base", "应到")  # a flag overrides the stored rule for one command
    assert "超过应到代表45名的半数" in once and "赵芳" not in _elected_line(once)
    assert "委员赵芳" in _elected_line(tally())


def _elected_line(readout: str) -> str:
    return next(line for line in readout.splitlines() if line.startswith("当选的是"))


def test_seats_per_role_can_be_cleared_and_a_show_of_hands_has_no_ballot_counts(qtbot, page_on, demo_file, tmp_path):
    page, _store, _community = page_on(district_with(tmp_path, demo_file, board_election(tallied=False)))
    ui = page.ui
    retype(ui.role_seats_edit, "主任1、书记1")
    press(Qt.Key.Key_Return, widget=ui.role_seats_edit)
    assert ui.status_label.text() == "职务名额：“书记”不是本轮可选的职务（主任、副主任、委员）"
    assert ui.seats_spin.value() == 7 and not page.is_dirty()

    retype(ui.role_seats_edit, "")
    press(Qt.Key.Key_Return, widget=ui.role_seats_edit)
    assert ui.seats_spin.isEnabled() and page.is_dirty()
    type_count(ui.seats_spin, "5")
    assert any("等额选举应选5名，候选人应为5名，现有7名" in line for line in errors(page))

    assert ui.issued_spin.isEnabled()
    ui.voting_combo.setFocus()
    press(Qt.Key.Key_Up, widget=ui.voting_combo)  # 无记名投票 → 举手表决
    assert ui.voting_combo.currentText() == "举手表决" and not ui.issued_spin.isEnabled()


def typing_a_new_election(qtbot, open_window, demo_copy):
    """(window, community ids by name, page): the window on 法源寺社区's 选举 tab, a new election
    started and its 主持人 typed, not saved."""
    from test_unsaved_changes import ids

    window = open_window(demo_copy)
    places = ids(demo_copy)
    window.jump_to(places["法源寺社区"], window.term)
    window.ui.election_tab_action.trigger()
    page = window.findChild(ElectionPage)
    qtbot.mouseClick(page.ui.new_election_button, Qt.MouseButton.LeftButton)
    retype(page.ui.host_edit, "韩梅")
    return window, places, page


def test_the_window_asks_before_leaving_a_new_unsaved_election(qtbot, open_window, demo_copy):
    """In the window: a new election being typed is asked about when the clerk picks another
    community in the tree; 取消 keeps it, 不保存 drops it and moves on."""
    window, places, page = typing_a_new_election(qtbot, open_window, demo_copy)
    assert page.is_dirty()

    seen: list[str] = []
    answer_next_question("取消", seen)
    window.panel.select_community(places["春风社区"])
    QApplication.processEvents()
    assert seen == ["本社区的选举有未保存的修改，是否保存？"]
    assert window.panel.current_community_id() == places["法源寺社区"]
    assert page.ui.host_edit.text() == "韩梅" and page.ui.heading_label.text().startswith("法源寺社区")

    answer_next_question("不保存", seen)
    window.panel.select_community(places["春风社区"])
    QApplication.processEvents()
    assert window.panel.current_community_id() == places["春风社区"]
    assert page.ui.heading_label.text() == "春风社区 选举（本届尚未录入）"
    assert "尚未录入选举" in page.ui.status_label.text()
    assert not page.is_dirty()


def test_ctrl_s_on_the_election_tab_saves_the_election(qtbot, open_window, demo_copy):
    """Ctrl+S saves what the clerk is looking at: on the 选举 tab, the election being typed."""
    window, places, page = typing_a_new_election(qtbot, open_window, demo_copy)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, page.ui.host_edit)
    assert not page.is_dirty()
    with Store.open(demo_copy) as store:
        saved = load_election(store, places["法源寺社区"], window.term)
    assert saved is not None and saved.sittings[0].meeting.host == "韩梅"


def test_the_method_shown_is_the_rounds_and_choosing_another_is_kept(qtbot, page_on, demo_file, tmp_path):
    """The 执委会's 主席 round is 等额 whatever its meeting says: the page shows the round's own
    选举方式, and a method chosen with the keyboard is the one the round is checked and saved by."""
    from fdh_desktop.services import election_entry
    from fdh_desktop.services.election import find_community, save_election

    db = tmp_path / "district.sqlite"
    db.write_bytes(demo_file.read_bytes())
    with Store.open(db) as store:
        community = find_community(store, STREET, COMMUNITY).id
        election = election_entry.new_election(store, community, term=6, form="妇联")
        plenary = election.sittings[1]
        plenary.meeting.method = "差额选举"  # the sitting says 差额; its one round is held 等额
        save_election(store, community, election, term=6)
    page, store, community = page_on(db)
    ui = page.ui
    pick_with_keys(ui.round_combo, 1)
    assert ui.round_combo.currentText().startswith("第2轮")
    assert ui.method_combo.currentText() == "等额选举"

    ui.method_combo.setFocus()
    press(Qt.Key.Key_Down, widget=ui.method_combo)
    assert ui.method_combo.currentText() == "差额选举"
    assert any("差额" in line for line in page.verdict_lines())
    with qtbot.waitSignal(page.changes_made):
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    stored = load_election(store, community, 6)
    sitting = stored.sittings[1]
    assert sitting.rounds[0].method_in(sitting.meeting) == "差额选举"
    assert stored.sittings[0].rounds[0].method_in(stored.sittings[0].meeting) == election.sittings[0].meeting.method
