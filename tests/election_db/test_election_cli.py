"""The election from the command line, as a script runs it: a subprocess on a file made by `fdh demo`."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from election_db_helpers import demo_file, fdh  # noqa: F401 (fixtures)
from election_db_helpers import COMMUNITY, STREET, board_election, tied_board_election

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "election"))
from election_helpers import CANDIDATES, STROKE_ORDER, executive_tally, numbered_names, pdf_text  # noqa: E402

WHERE = ["--street", STREET, "--community", COMMUNITY, "--term", "6"]


def _file(tmp_path: Path, data: dict, name: str = "选举.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _executives() -> dict:
    """A 差额 election of 15 执委 from 17 candidates, counted: 赵芳 and 陈霞 fall short."""
    tally = executive_tally()
    data = board_election()
    data["meetings"][0]["method"] = "差额选举"
    data["meetings"][0]["rounds"] = [{
        "number": 1, "kind": "执委", "seats": 15, "candidates": [{"name": n} for n in CANDIDATES],
        "tally": {"issued": tally.issued, "returned": tally.returned, "valid": tally.valid, "invalid": tally.invalid,
                  "votes": {n: [v.yes, v.no, v.abstain] for n, v in tally.votes.items()}}}]
    return data


def _one_line_error(done: subprocess.CompletedProcess, code: int = 1) -> str:
    assert done.returncode == code, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


def test_a_ballot_of_15_from_17_lists_the_candidates_in_姓氏笔画_order(fdh, tmp_path):
    assert fdh("election-import", _file(tmp_path, _executives()), "--term", "6").returncode == 0
    done = fdh("ballot", *WHERE, "--round", "1", "--out", "选票.pdf", "--copies", "3")
    assert done.returncode == 0, done.stderr
    text = pdf_text(tmp_path / "选票.pdf")
    first_page = text.split("\f")[0]
    assert numbered_names(first_page) == STROKE_ORDER
    assert "应选15名，多选无效" in first_page and "天桥街道虎坊路社区第六次妇女代表大会" in first_page
    assert text.count("应选15名，多选无效") == 3  # three copies


def test_tally_json_is_the_verdict_and_result_reports_the_elected_with_their_votes(fdh, tmp_path):
    fdh("election-import", _file(tmp_path, _executives()), "--term", "6")
    done = fdh("tally", *WHERE, "--round", "1", "--json")
    assert done.returncode == 0, done.stderr
    verdict = json.loads(done.stdout)
    status = {o["name"]: o["status"] for o in verdict["outcomes"]}
    assert sorted(n for n, s in status.items() if s != "当选") == ["赵芳", "陈霞"]
    assert sum(s == "当选" for s in status.values()) == 15 and verdict["seats_left"] == 0

    assert fdh("result", *WHERE, "--out", "报告单.pdf").returncode == 0
    report = pdf_text(tmp_path / "报告单.pdf")
    assert "选举结果报告单" in report and "总监票人" in report
    assert "丁玉兰" in report and " 38 " in report  # the first elected, with her 38 赞成
    assert fdh("result", *WHERE, "--out", "报告单.docx").returncode == 0
    with zipfile.ZipFile(tmp_path / "报告单.docx") as docx:
        document = docx.read("word/document.xml").decode("utf-8")
    assert "丁玉兰" in document and "未当选" in document


def test_confirm_writes_the_elected_and_a_second_confirm_is_refused(fdh, tmp_path):
    fdh("election-import", _file(tmp_path, board_election()), "--term", "6")
    done = fdh("confirm", *WHERE)
    assert done.returncode == 0, done.stderr
    assert "7名班子成员" in done.stdout
    shown = fdh("election", *WHERE, "--json")
    assert json.loads(shown.stdout)["confirmed"] is True
    assert "已确认当选" in fdh("election", *WHERE).stdout
    assert "无需再次确认" in _one_line_error(fdh("confirm", *WHERE))
    listed = json.loads(fdh("elections", "--json", "--term", "6").stdout)
    assert [(r["community"], r["state"]) for r in listed] == [(COMMUNITY, "已确认当选")]
    assert f"{STREET}  {COMMUNITY}  已确认当选（1轮，已计票1轮）" in fdh("elections", "--term", "6").stdout


def test_a_tie_is_reported_by_tally_and_confirm_refuses_it_in_one_line(fdh, tmp_path):
    fdh("election-import", _file(tmp_path, tied_board_election()), "--term", "6")
    verdict = json.loads(fdh("tally", *WHERE, "--round", "1", "--json").stdout)
    assert sorted(o["name"] for o in verdict["outcomes"] if o["status"] == "票数相等，需重新投票") == ["石晓燕", "许静", "赵芳"]
    line = _one_line_error(fdh("confirm", *WHERE))
    assert "重新投票" in line and "石晓燕" in line


def test_sums_that_do_not_add_up_make_tally_exit_1_naming_the_field(fdh, tmp_path):
    fdh("election-import", _file(tmp_path, board_election(returned=41)), "--term", "6")
    done = fdh("tally", *WHERE, "--round", "1", "--json")
    assert done.returncode == 1
    problems = json.loads(done.stdout)["problems"]
    assert problems[0]["field"] == "收回" and "重新选举" in problems[0]["message"]


def test_a_bad_election_file_is_refused_in_one_line_naming_the_field_and_nothing_is_written(fdh, tmp_path):
    data = board_election()
    data["meetings"][0]["rounds"][0]["seats"] = -7
    line = _one_line_error(fdh("election-import", _file(tmp_path, data), "--term", "6"))
    assert "meetings[0].rounds[0].seats" in line and line.startswith("错误：选举.json")
    assert "尚未录入选举" in _one_line_error(fdh("election", *WHERE))
    (tmp_path / "坏.json").write_text("{\"street\": ", encoding="utf-8")
    assert "不是有效的JSON文件" in _one_line_error(fdh("election-import", str(tmp_path / "坏.json"), "--term", "6"))
    assert "文件不存在" in _one_line_error(fdh("election-import", str(tmp_path / "无.json"), "--term", "6"), code=2)


def test_a_name_the_stroke_data_does_not_know_stops_the_ballot(fdh, tmp_path):
    data = board_election(tallied=False)
    data["meetings"][0]["rounds"][0]["candidates"][3]["name"] = "李䶮"
    fdh("election-import", _file(tmp_path, data), "--term", "6")
    line = _one_line_error(fdh("ballot", *WHERE, "--round", "1", "--out", "选票.pdf"))
    assert "䶮" in line and "未打印选票" in line
    assert not (tmp_path / "选票.pdf").exists()


def test_unknown_places_rounds_and_bad_options(fdh, tmp_path):
    fdh("election-import", _file(tmp_path, board_election()), "--term", "6")
    assert "找不到天桥街道的“无此社区”社区" in _one_line_error(
        fdh("election", "--street", STREET, "--community", "无此社区"))
    assert "没有第3轮选举" in _one_line_error(fdh("tally", *WHERE, "--round", "3"))
    assert "--copies" in _one_line_error(fdh("ballot", *WHERE, "--round", "1", "--out", "a.pdf", "--copies", "0"), 2)
    assert ".pdf" in _one_line_error(fdh("result", *WHERE, "--out", "a.txt"), 2)


def test_the_district_rules_are_options_quorum_and_majority_base(fdh, tmp_path):
    data = board_election()
    data["meetings"][0]["present"] = 28  # 28 of 45: more than half, not more than two thirds
    for votes in data["meetings"][0]["rounds"][0]["tally"]["votes"].values():
        votes[:] = [20, 4, 4]  # 20: not more than half of 45 应到, more than half of 28 实到
    data["meetings"][0]["rounds"][0]["tally"].update(issued=28, returned=28, valid=28)
    fdh("election-import", _file(tmp_path, data), "--term", "6")
    default = fdh("tally", *WHERE, "--round", "1", "--json")
    assert default.returncode == 1 and json.loads(default.stdout)["meeting_valid"] is False
    half = json.loads(fdh("tally", *WHERE, "--round", "1", "--json", "--quorum", "过半数").stdout)
    assert half["meeting_valid"] is True and half["seats_left"] == 7
    present = json.loads(fdh("tally", *WHERE, "--round", "1", "--json", "--quorum", "过半数", "--base", "实到").stdout)
    assert present["base"] == 28 and present["seats_left"] == 0
    assert fdh("confirm", *WHERE, "--quorum", "过半数").returncode == 1
    assert fdh("confirm", *WHERE, "--quorum", "过半数", "--base", "实到").returncode == 0


def test_election_json_reads_back_as_the_same_election(fdh, tmp_path):
    fdh("election-import", _file(tmp_path, board_election()), "--term", "6")
    shown = fdh("election", *WHERE, "--json")
    again = fdh("election-import", _file(tmp_path, json.loads(shown.stdout), "导出.json"), "--term", "6")
    assert again.returncode == 0 and "未写入任何修改" in again.stdout


def test_papers_rules_agenda_and_elected_list_come_from_the_records(fdh, tmp_path):
    fdh("election-import", _file(tmp_path, board_election()), "--term", "6")
    for kind, out in (("选举办法", "办法.docx"), ("议程", "议程.pdf"), ("当选名单", "名单.pdf")):
        done = fdh("papers", *WHERE, "--kind", kind, "--out", out)
        assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(tmp_path / "办法.docx") as docx:
        rules = docx.read("word/document.xml").decode("utf-8")
    assert "天桥街道虎坊路社区第六次妇女代表大会选举办法" in rules and "应到代表45名" in rules
    agenda = pdf_text(tmp_path / "议程.pdf").replace(" ", "")
    assert "主持人：韩梅" in agenda and "实到代表40名" in agenda
    elected = pdf_text(tmp_path / "名单.pdf")
    assert "（按姓氏笔画为序）" in elected
    assert elected.index("王丽") < elected.index("万兰丹") < elected.index("朱兰秀")  # 主任, then 副主任 by strokes
    fdh("election-import", _file(tmp_path, board_election(tallied=False), "未计票.json"), "--term", "6")
    assert "尚无已计票的轮次" in _one_line_error(fdh("papers", *WHERE, "--kind", "当选名单", "--out", "x.pdf"))
