"""姓氏笔画 order against lists published "按姓氏笔画为序", and the data's coverage."""

from __future__ import annotations

import random

import pytest

from fdh_desktop.domain.strokes import (
    OFFICIAL,
    PLAIN,
    StrokeOrderError,
    char_rank,
    known,
    name_key,
    sort_by_strokes,
    unknown_characters,
)

# Members of the Political Bureau, as printed "（按姓氏笔画为序）" by Xinhua after each first
# plenary session.
PUBLISHED = {
    # 19th CPC Central Committee, 2017-10-25 (孙春兰 printed with "（女）").
    "politburo-19": "丁薛祥、王晨、王沪宁、刘鹤、许其亮、孙春兰、李希、李强、李克强、李鸿忠、杨洁篪、杨晓渡、"
                    "汪洋、张又侠、陈希、陈全国、陈敏尔、胡春华、郭声琨、黄坤明、韩正、蔡奇",
    # 18th, 2012-11-15 (刘延东 and 孙春兰 printed with "（女）").
    "politburo-18": "习近平、马凯、王岐山、王沪宁、刘云山、刘延东、刘奇葆、许其亮、孙春兰、孙政才、李克强、"
                    "李建国、李源潮、汪洋、张春贤、张高丽、张德江、范长龙、孟建柱、赵乐际、胡春华、俞正声、"
                    "栗战书、郭金龙、韩正",
    # 17th, 2007-10-22 (刘延东 printed with "（女）").
    "politburo-17": "习近平、王刚、王乐泉、王兆国、王岐山、回良玉、刘淇、刘云山、刘延东、李长春、李克强、"
                    "李源潮、吴邦国、汪洋、张高丽、张德江、周永康、胡锦涛、俞正声、贺国强、贾庆林、徐才厚、"
                    "郭伯雄、温家宝、薄熙来",
    # 20th, 2022-10-23: the members outside the Standing Committee but 丁薛祥, in the printed order.
    "politburo-20-part": "丁薛祥、王毅、尹力、石泰峰、刘国中、李干杰、李书磊、李鸿忠、何卫东、何立峰、张又侠、"
                         "张国清、陈文清、陈吉宁、陈敏尔、袁家军、黄坤明",
}


@pytest.mark.parametrize("list_name", sorted(PUBLISHED))
def test_published_lists_come_out_in_their_printed_order(list_name):
    printed = PUBLISHED[list_name].split("、")
    for seed in range(5):
        shuffled = printed[:]
        random.Random(seed).shuffle(shuffled)
        assert sort_by_strokes(shuffled) == printed


@pytest.mark.parametrize(("first", "second", "why"), [
    ("丁", "王", "2 strokes before 4"),
    ("王", "尹", "same count (4): 横 before 折"),
    ("刘", "许", "same count (6): 点横 before 点折"),
    ("习", "马", "same count (3): 折点 before 折折"),
    ("李", "杨", "same count (7), same first strokes 横竖撇点, then 横 before 折"),
    ("黄", "曹", "same count (11): 横竖竖 before 横竖折"),
])
def test_characters_follow_count_then_strokes(first, second, why):
    assert char_rank(first) < char_rank(second), why


def test_official_mode_puts_a_blank_before_a_single_given_name():
    assert sort_by_strokes(["王沪宁", "王晨"]) == ["王晨", "王沪宁"]
    assert sort_by_strokes(["李克强", "李强", "李希"]) == ["李希", "李强", "李克强"]
    # The blank comes before every character, even one stroke.
    assert sort_by_strokes(["王一鸣", "王毅"]) == ["王毅", "王一鸣"]


def test_plain_mode_compares_character_by_character():
    assert sort_by_strokes(["王晨", "王沪宁"], mode=PLAIN) == ["王沪宁", "王晨"]  # 沪 7 < 晨 11
    # A two-character name before a three-character name with the same first characters.
    assert sort_by_strokes(["李克强", "李克"], mode=PLAIN) == ["李克", "李克强"]
    assert sort_by_strokes(["李强", "李克强"], mode=PLAIN) == ["李克强", "李强"]  # 克 7 < 强 12
    assert name_key("王晨", OFFICIAL) != name_key("王晨", PLAIN)


def test_records_sort_by_their_name_and_equal_names_keep_their_order():
    rows = [("张伟", 2), ("丁一", 1), ("张伟", 1)]
    assert sort_by_strokes(rows, key=lambda r: r[0]) == [("丁一", 1), ("张伟", 2), ("张伟", 1)]


def test_alignment_spaces_and_the_minority_dot_do_not_count():
    assert name_key("王\u3000晨") == name_key("王晨")
    assert sort_by_strokes(["阿依古丽·买买提", "马丽"]) == ["马丽", "阿依古丽·买买提"]


def test_an_unknown_character_is_an_error_naming_the_name_and_the_character():
    with pytest.raises(StrokeOrderError) as caught:
        sort_by_strokes(["张三", "李䶮", "王𬌗玲"])
    message = str(caught.value)
    assert "“李䶮”中的“䶮”" in message and "“王𬌗玲”中的“𬌗”" in message
    assert [(u.name, u.char) for u in caught.value.unknown] == [("李䶮", "䶮"), ("王𬌗玲", "𬌗")]
    assert unknown_characters(["张三"]) == []


def test_every_gb2312_hanzi_is_known():
    missing = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                char = bytes([high, low]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            if not known(char):
                missing.append(char)
    assert missing == []


def test_the_whole_unified_ideographs_block_of_gb13000_is_known():
    unknown = [chr(code) for code in range(0x4E00, 0x9FA6) if not known(chr(code))]
    # Five unit characters (兙 decagram, 瓰 …) that no name uses.
    assert unknown == ["兙", "桛", "瓰", "瓱", "瓼"]


def test_the_data_file_names_its_source_and_holds_each_character_once():
    from fdh_desktop.domain.strokes import DATA_FILE

    text = DATA_FILE.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("cn-sort 0.14.0" in line for line in header)
    assert (DATA_FILE.parent / "LICENSE-cn_sort.txt").read_text(encoding="utf-8").count("MIT License") == 1
    chars = "".join(line for line in text.splitlines() if not line.startswith("#"))
    assert len(chars) == len(set(chars)) == 20897
