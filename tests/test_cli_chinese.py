"""Issue 12, finding 11: `fdh` speaks Chinese throughout, its help and argparse's errors too,
and a closed pipe (`fdh stats | head`) ends quietly."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARGPARSE_ENGLISH = re.compile(r"usage|options|positional arguments|show this help|required|invalid|"
                              r"unrecognized|expected|choose from|argument", re.IGNORECASE)


def fdh(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "FDH_DB"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "fdh_desktop.cli", *args], capture_output=True, text=True,
                          env=env, timeout=60, **kwargs)


@pytest.mark.parametrize("args", [["--help"], ["template", "--help"], ["import", "--help"], ["stats", "--help"]])
def test_help_is_chinese(args):
    done = fdh(*args)
    assert done.returncode == 0
    assert done.stdout.startswith("用法：fdh")
    assert "选项" in done.stdout and "显示本帮助并退出" in done.stdout
    assert not ARGPARSE_ENGLISH.search(done.stdout.replace("--", " ")), done.stdout


@pytest.mark.parametrize(("args", "said"), [
    (["template"], "缺少必需的参数：--out"),
    (["stats", "--term", "x"], "参数 --term 的值无效：'x'"),
    (["stats", "--json", "--pdf", "a.pdf"], "参数 --pdf 不能与 --json 同时使用"),
    (["frob"], "的值无效：'frob'"),
    (["stats", "--bogus"], "无法识别的参数：--bogus"),
])
def test_usage_errors_are_chinese_lines_with_exit_2(args, said):
    done = fdh(*args)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("用法错误：") and said in lines[0], done.stderr
    assert not ARGPARSE_ENGLISH.search(lines[0].replace("--", " ")), lines[0]


def test_a_reader_that_leaves_early_is_no_error(demo_db):
    """`fdh stats | head`: the pipe closes before fdh writes; no 内部错误, no traceback."""
    env = {k: v for k, v in os.environ.items() if k != "FDH_DB"}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.Popen([sys.executable, "-m", "fdh_desktop.cli", "--db", str(demo_db), "stats"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()  # the reader is gone before the first line is written
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert err.decode("utf-8") == ""
