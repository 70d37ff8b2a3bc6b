"""Operating-system errors reach the clerk in Chinese (issue 12, finding 11)."""

from __future__ import annotations

import os
import re

import pytest

from fdh_desktop.os_errors import describe


def _raised(action) -> OSError:
    with pytest.raises(OSError) as info:
        action()
    return info.value


def test_real_os_errors_are_described_in_chinese(tmp_path):
    errors = [
        _raised(lambda: open(tmp_path / "无此文件.xlsx", "rb")),  # ENOENT
        _raised(lambda: open(tmp_path, "wb")),  # EISDIR
        _raised(lambda: os.mkdir(tmp_path)),  # EEXIST
        _raised(lambda: os.rmdir(tmp_path / "无此文件夹")),
    ]
    texts = [describe(e) for e in errors]
    assert texts == ["文件或文件夹不存在", "这是一个文件夹，不是文件", "文件已存在", "文件或文件夹不存在"]
    assert not any(re.search("[A-Za-z]", t) for t in texts)


def test_an_unknown_error_number_is_still_chinese():
    assert describe(OSError(99999, "Some English")) == "系统错误（代码 99999）"
