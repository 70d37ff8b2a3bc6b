"""The vocabularies of DOMAIN.md in one place, with the synonyms accepted on input.

Every list is in the order the printed tables use. `canonical()` maps any accepted spelling
to the canonical value or returns None.
"""

from __future__ import annotations

from .text import fold

ROLE_CHAIR = "主任"
ROLE_VICE = "副主任"
ROLE_MEMBER = "委员"
ROLES = (ROLE_CHAIR, ROLE_VICE, ROLE_MEMBER)

# GB 3304 order.
ETHNICITIES = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
    "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)

PARTY_MEMBER = "中共党员"
PARTY_PROBATIONARY = "中共预备党员"
POLITICAL = (PARTY_MEMBER, PARTY_PROBATIONARY, "共青团员", "民主党派", "无党派人士", "群众")
PARTY = (PARTY_MEMBER, PARTY_PROBATIONARY)

EDUCATION = ("研究生", "大学本科", "大学专科", "中专", "高中", "初中", "小学及以下")
EDUCATION_GROUPS = {
    "大专及以上": ("研究生", "大学本科", "大学专科"),
    "高中/中专": ("高中", "中专"),
    "初中及以下": ("初中", "小学及以下"),
}

POSTS = ("社区党组织书记", "社区党组织副书记", "居委会主任", "居委会副主任", "居委会委员", "其他", "无")
# 担任重要职务: the chair also holds one of these; the rule is 副主任以上.
KEY_POSTS = POSTS[:4]

ELECTION_METHODS = ("等额选举", "差额选举")
VOTING_METHODS = ("举手表决", "无记名投票")

PROGRESS_NOT_STARTED = "未启动"
PROGRESS_COMPLETED = "已完成"
PROGRESS = (PROGRESS_NOT_STARTED, "筹备中", "已提名", "已选举", PROGRESS_COMPLETED)

YES = "是"
NO = "否"

_SYNONYMS: dict[str, dict[str, str]] = {
    "role": {"正主任": ROLE_CHAIR, "妇代会主任": ROLE_CHAIR, "妇代会副主任": ROLE_VICE, "成员": ROLE_MEMBER},
    "political": {
        "党员": PARTY_MEMBER, "共产党员": PARTY_MEMBER, "中国共产党党员": PARTY_MEMBER,
        "预备党员": PARTY_PROBATIONARY, "中共预备": PARTY_PROBATIONARY,
        "团员": "共青团员", "共青团": "共青团员",
        "无党派": "无党派人士", "民主党派人士": "民主党派",
    },
    "education": {
        "本科": "大学本科", "大学": "大学本科", "大本": "大学本科",
        "大专": "大学专科", "专科": "大学专科",
        "硕士": "研究生", "博士": "研究生", "硕士研究生": "研究生", "博士研究生": "研究生",
        "职高": "中专", "技校": "中专", "中技": "中专", "中等专科": "中专",
        "小学": "小学及以下", "文盲": "小学及以下", "半文盲": "小学及以下",
    },
    "post": {
        "主任": "居委会主任", "正主任": "居委会主任", "居委会正主任": "居委会主任", "居委主任": "居委会主任",
        "副主任": "居委会副主任", "居委副主任": "居委会副主任",
        "委员": "居委会委员", "居委委员": "居委会委员",
        "书记": "社区党组织书记", "党支部书记": "社区党组织书记", "党总支书记": "社区党组织书记",
        "党委书记": "社区党组织书记", "社区党委书记": "社区党组织书记", "社区党支部书记": "社区党组织书记",
        "社区党总支书记": "社区党组织书记", "居委会党支部书记": "社区党组织书记",
        "副书记": "社区党组织副书记", "党支部副书记": "社区党组织副书记", "党总支副书记": "社区党组织副书记",
        "党委副书记": "社区党组织副书记", "社区党委副书记": "社区党组织副书记",
        "社区党支部副书记": "社区党组织副书记", "社区党总支副书记": "社区党组织副书记",
        "居委会党支部副书记": "社区党组织副书记",
        "无职务": "无", "没有": "无",
    },
    "progress": {"未开始": PROGRESS_NOT_STARTED, "完成": PROGRESS_COMPLETED, "已换届": PROGRESS_COMPLETED},
    "election_method": {"等额": "等额选举", "差额": "差额选举"},
    "voting_method": {"举手": "举手表决", "举手通过": "举手表决", "无记名": "无记名投票", "无记名投票表决": "无记名投票"},
    "yesno": {
        "Y": YES, "YES": YES, "√": YES, "1": YES, "TRUE": YES, "T": YES, "对": YES, "✓": YES,
        "N": NO, "NO": NO, "×": NO, "0": NO, "FALSE": NO, "F": NO, "X": NO, "✗": NO,
        "新任": YES, "连任": NO,
        "兼职": YES, "专职": NO,  # 是否兼职 typed as a 专兼职 column says it
    },
}

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "role": ROLES,
    "ethnicity": ETHNICITIES,
    "political": POLITICAL,
    "education": EDUCATION,
    "post": POSTS,
    "progress": PROGRESS,
    "election_method": ELECTION_METHODS,
    "voting_method": VOTING_METHODS,
    "yesno": (YES, NO),
}


def _build_lookup() -> dict[str, dict[str, str]]:
    lookup: dict[str, dict[str, str]] = {}
    for kind, values in VOCABULARIES.items():
        table = {fold(v): v for v in values}
        for alias, value in _SYNONYMS.get(kind, {}).items():
            table.setdefault(fold(alias), value)
        lookup[kind] = table
    # "回" → 回族, "蒙古" → 蒙古族: the 族 is often left out.
    for value in ETHNICITIES:
        lookup["ethnicity"].setdefault(fold(value[:-1]), value)
    lookup["ethnicity"].setdefault(fold("蒙族"), "蒙古族")
    lookup["ethnicity"].setdefault(fold("维族"), "维吾尔族")
    return lookup


_LOOKUP = _build_lookup()


def canonical(kind: str, value: object) -> str | None:
    """The canonical spelling of `value` in vocabulary `kind`, or None if it is not one."""
    if value is None:
        return None
    return _LOOKUP[kind].get(fold(str(value)))


def education_group(education: str) -> str | None:
    for group, members in EDUCATION_GROUPS.items():
        if education in members:
            return group
    return None
