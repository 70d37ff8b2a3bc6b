"""The user guide: it covers what the issue asks, it opens from the program, and its pictures exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide.md"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def test_guide_has_every_chapter():
    headings = re.findall(r"^## (.+)$", GUIDE.read_text(encoding="utf-8"), re.M)
    for topic in ("安装", "建立第一个区", "向街道下发模板", "导入街道交回的工作簿", "修改有错误的工作簿", "统计与打印",
                  "备份与恢复"):
        assert any(topic in h for h in headings), topic


def test_guide_pictures_are_the_ones_make_screenshots_writes():
    images = IMAGE.findall(GUIDE.read_text(encoding="utf-8"))
    assert images and all(i.startswith("images/") and i.endswith(".png") for i in images)
    folder = ROOT / "docs" / "images"
    if not folder.is_dir():
        pytest.skip("docs/images/ not made yet: run `make screenshots`")
    missing = [i for i in images if not (ROOT / "docs" / i).is_file()]
    assert not missing, f"the guide shows pictures `make screenshots` does not make: {missing}"


def test_help_opens_the_guide_with_its_text(qtbot):
    from fdh_desktop.gui.dialogs.guide_view import guide_path, show_guide

    assert guide_path() == GUIDE
    dialog = show_guide()
    qtbot.addWidget(dialog)
    text = dialog.browser.document().toPlainText()
    assert "妇代会换届管理 使用说明" in text and "备份与恢复" in text
    assert "](" not in text, "Markdown shown as source instead of laid out"
