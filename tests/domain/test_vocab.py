"""The vocabularies of DOMAIN.md and every synonym it promises to accept."""

from __future__ import annotations

import pytest

from fdh_desktop.domain import vocab
from fdh_desktop.domain.cleaning import CleanError, clean_bool, clean_vocab
from fdh_desktop.domain.vocab import canonical

# (vocabulary, typed, canonical): the synonyms DOMAIN.md lists, then a few more clerks write.
SYNONYMS = [
    ("political", "党员", "中共党员"),
    ("political", "预备党员", "中共预备党员"),
    ("political", "团员", "共青团员"),
    ("political", "共产党员", "中共党员"),
    ("political", "无党派", "无党派人士"),
    ("education", "本科", "大学本科"),
    ("education", "大学", "大学本科"),
    ("education", "大专", "大学专科"),
    ("education", "专科", "大学专科"),
    ("education", "硕士", "研究生"),
    ("education", "博士", "研究生"),
    ("education", "中专", "中专"),
    ("education", "职高", "中专"),
    ("education", "技校", "中专"),
    ("education", "小学", "小学及以下"),
    ("education", "文盲", "小学及以下"),
    ("post", "正主任", "居委会主任"),
    ("post", "居委会正主任", "居委会主任"),
    ("post", "书记", "社区党组织书记"),
    ("post", "党支部书记", "社区党组织书记"),
    ("post", "党总支书记", "社区党组织书记"),
    ("post", "党委书记", "社区党组织书记"),
    ("post", "副书记", "社区党组织副书记"),
    ("post", "党支部副书记", "社区党组织副书记"),
    ("post", "党总支副书记", "社区党组织副书记"),
    ("post", "党委副书记", "社区党组织副书记"),
    ("post", "副主任", "居委会副主任"),
    ("role", "正主任", "主任"),
    ("ethnicity", "回", "回族"),
    ("ethnicity", "蒙古", "蒙古族"),
    ("ethnicity", "维族", "维吾尔族"),
    ("progress", "完成", "已完成"),
    ("election_method", "差额", "差额选举"),
    ("voting_method", "无记名", "无记名投票"),
    # form, not meaning: spaces and full-width letters
    ("post", " 居委会 主任 ", "居委会主任"),
    ("political", "中共　党员", "中共党员"),
]


@pytest.mark.parametrize(("kind", "typed", "expected"), SYNONYMS)
def test_synonyms(kind, typed, expected):
    assert canonical(kind, typed) == expected


YES_NO = [
    ("是", "是"), ("否", "否"),
    ("Y", "是"), ("y", "是"), ("N", "否"), ("n", "否"), ("Ｙ", "是"), ("YES", "是"), ("no", "否"),
    ("√", "是"), ("×", "否"),
    ("1", "是"), ("0", "否"), ("１", "是"), (1, "是"), (0, "否"),
    ("TRUE", "是"), ("FALSE", "否"), ("true", "是"), ("False", "否"),
    ("新任", "是"), ("连任", "否"),
]


@pytest.mark.parametrize(("typed", "expected"), YES_NO)
def test_yes_no(typed, expected):
    assert canonical("yesno", typed) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    (True, True), (False, False), (1, True), (0, False), (1.0, True), (0.0, False),
    ("是", True), ("否", False), ("√", True), ("×", False), ("TRUE", True), ("FALSE", False),
])
def test_yes_no_cells_become_booleans(cell, expected):
    assert clean_bool("is_new", cell) is expected


@pytest.mark.parametrize(("kind", "values"), [(k, v) for k, v in vocab.VOCABULARIES.items()])
def test_every_canonical_value_maps_to_itself(kind, values):
    for value in values:
        assert canonical(kind, value) == value


@pytest.mark.parametrize(("kind", "typed"), [
    ("political", "党"),
    ("education", "幼儿园"),
    ("post", "主任助理"),
    ("post", ""),
    ("yesno", "也许"),
    ("yesno", "2"),
    ("ethnicity", "火星族"),
    ("role", "秘书长"),
])
def test_unknown_values_are_not_guessed(kind, typed):
    assert canonical(kind, typed) is None


def test_an_unknown_value_is_rejected_with_the_choices():
    with pytest.raises(CleanError) as info:
        clean_vocab("education", "幼儿园")
    message = str(info.value)
    assert "幼儿园" in message and "文化程度" in message and "大学本科" in message


def test_a_long_vocabulary_is_shortened_in_the_message():
    with pytest.raises(CleanError) as info:
        clean_vocab("ethnicity", "火星族")
    assert "民族" in str(info.value) and "等" in str(info.value) and "基诺族" not in str(info.value)


def test_56_ethnicities_present_and_unique():
    assert len(vocab.ETHNICITIES) == 56
    assert len(set(vocab.ETHNICITIES)) == 56
    assert all(e.endswith("族") for e in vocab.ETHNICITIES)
    assert vocab.ETHNICITIES[0] == "汉族"
    for name in ("回族", "满族", "蒙古族", "维吾尔族", "朝鲜族", "土家族", "高山族", "基诺族"):
        assert name in vocab.ETHNICITIES


def test_synonyms_never_point_outside_their_vocabulary():
    for kind, values in vocab.VOCABULARIES.items():
        for alias, value in vocab._SYNONYMS.get(kind, {}).items():
            assert value in values, (kind, alias, value)


def test_domain_vocabularies():
    assert vocab.POLITICAL == ("中共党员", "中共预备党员", "共青团员", "民主党派", "无党派人士", "群众")
    assert vocab.EDUCATION == ("研究生", "大学本科", "大学专科", "中专", "高中", "初中", "小学及以下")
    assert vocab.POSTS == ("社区党组织书记", "社区党组织副书记", "居委会主任", "居委会副主任", "居委会委员", "其他", "无")
    assert vocab.KEY_POSTS == ("社区党组织书记", "社区党组织副书记", "居委会主任", "居委会副主任")
    assert vocab.PROGRESS == ("未启动", "筹备中", "已提名", "已选举", "已完成")
    assert vocab.ROLES == ("主任", "副主任", "委员")
    assert vocab.PARTY == ("中共党员", "中共预备党员")
    assert {g: set(v) for g, v in vocab.EDUCATION_GROUPS.items()} == {
        "大专及以上": {"研究生", "大学本科", "大学专科"},
        "高中/中专": {"高中", "中专"},
        "初中及以下": {"初中", "小学及以下"},
    }
    assert vocab.education_group("中专") == "高中/中专"
    assert vocab.education_group("未知") is None
