"""Election files (the JSON of `fdh election-import`) for a community of the demo district, and the
fixtures of the command tests: a district made by `fdh demo`, and `fdh` run as a script runs it on
a fresh copy per test (import them into a test module to use them)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

STREET = "天桥"
COMMUNITY = "虎坊路社区"

# A 妇代会 election: one round, 主任 1, 副主任 2, 委员 4, 等额. 朱兰秀, the demo's 主任 of the term,
# stands for 副主任; 王丽, a newcomer with a 研究生 degree, for 主任.
BOARD = [("王丽", "主任"), ("万兰丹", "副主任"), ("朱兰秀", "副主任"), ("丁玉兰", "委员"), ("马秀英", "委员"),
         ("石晓燕", "委员"), ("赵芳", "委员")]
NEW_CHAIR_FIELDS = {"birth_date": "1990-05-01", "ethnicity": "汉族", "political": "中共党员", "education": "研究生",
                    "phone": "13800000000"}


def board_election(tallied: bool = True, **tally_changes) -> dict:
    """The JSON file of a 妇代会 election at 虎坊路社区: 40 of 45 present, every candidate elected."""
    votes = {name: [38 - i, 1, 1 + i] for i, (name, _) in enumerate(BOARD)}
    tally = {"issued": 40, "returned": 40, "valid": 40, "invalid": 0, "votes": votes, "write_ins": []}
    tally.update(tally_changes)
    round_ = {"number": 1, "kind": "妇代会班子", "seats": 7, "method": "等额选举",
              "role_seats": {"主任": 1, "副主任": 2, "委员": 4},
              "candidates": [{"name": n, "role": r, "post": "居委会主任" if r == "主任" else "",
                             "fields": dict(NEW_CHAIR_FIELDS) if r == "主任" else {}} for n, r in BOARD]}
    if tallied:
        round_["tally"] = tally
    return {"street": STREET, "community": COMMUNITY,
            "meetings": [{"name": "天桥街道虎坊路社区第六次妇女代表大会", "date": "2026-03-20", "expected": 45,
                          "present": 40, "voting": "无记名投票", "method": "等额选举", "chief_scrutineer": "周慧",
                          "scrutineers": ["吴婷", "郑洁"], "counters": ["冯雪"], "host": "韩梅",
                          "rounds": [round_]}]}


def tied_board_election() -> dict:
    """Three 委员 candidates of five tie on 赞成 and 反对 for the last two of four seats (差额): a new vote."""
    data = board_election()
    round_ = data["meetings"][0]["rounds"][0]
    round_["method"] = "差额选举"
    round_["role_seats"] = {"主任": 1, "副主任": 2, "委员": 4}
    round_["candidates"].append({"name": "许静", "role": "委员"})
    votes = round_["tally"]["votes"]
    votes["许静"] = [30, 5, 5]
    votes["赵芳"] = [30, 5, 5]
    votes["石晓燕"] = [30, 5, 5]
    votes["马秀英"] = [31, 5, 4]
    return data


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    done = subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(path), "demo"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def fdh(demo_file: Path, tmp_path: Path):
    """fdh(*args) → the finished `fdh --db <copy of the demo> *args` subprocess."""
    db = tmp_path / "district.sqlite"
    shutil.copyfile(demo_file, db)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(db), *args], capture_output=True,
                              text=True, cwd=tmp_path)

    return run
