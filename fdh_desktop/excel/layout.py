"""The exchange workbook's layout (DOMAIN.md): sheets, columns, header spellings, limits.

Columns are found by header text, never by position. A header matches after `header_key()`:
spaces, full-/half-width differences, asterisks and bracketed notes do not count, and the
synonyms below are what street offices actually write on their own sheets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fdh_desktop.domain.labels import CONGRESS_LABELS, MEMBER_LABELS, PLACE_LABELS
from fdh_desktop.domain.records import PART2_MEMBER_FIELDS
from fdh_desktop.domain.text import fold

CONGRESS_SHEET = "社区妇代会"
MEMBER_SHEET = "班子成员"
GUIDE_SHEET = "填表说明"
LIST_SHEET = "fdh_lists"  # hidden: the drop-down lists the data validations refer to
META_SHEET = "fdh_meta"  # very hidden: what made the workbook, for which district and term
ERROR_COLUMN = "错误说明"

FORMAT_NAME = "fdh-exchange"
FORMAT_VERSION = 1

# Excel stores at most 32,767 characters in a cell; anything longer was not made by a spreadsheet.
MAX_CELL_CHARS = 32767

PLACE_FIELDS = ("street", "community", "community_code")
CONGRESS_COLUMNS: tuple[str, ...] = PLACE_FIELDS + tuple(CONGRESS_LABELS)
# Part 1's member columns; the Part 2 fields (domain.records.PART2_MEMBER_FIELDS) are not columns yet.
MEMBER_COLUMNS: tuple[str, ...] = PLACE_FIELDS + tuple(f for f in MEMBER_LABELS if f not in PART2_MEMBER_FIELDS)

# Marked with * in the template; a sheet without them cannot be read at all.
REQUIRED = {"street", "community", "role", "name"}

TEXT_FIELDS = frozenset({"community_code", "id_number", "phone"})  # '@' so Excel keeps the digits
DATE_FIELDS = frozenset({"election_date", "birth_date"})
INT_FIELDS = frozenset({"reps_total", "reps_units", "reps_migrants", "reps_present"})


def field_header(field: str) -> str:
    return PLACE_LABELS.get(field) or CONGRESS_LABELS.get(field) or MEMBER_LABELS[field]


# Extra spellings seen on hand-made sheets, by field. The canonical header always matches.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "street": ("所属街道", "街道名称", "街道办事处", "街道办", "乡镇街道", "街乡", "街道乡镇"),
    "community": ("社区名称", "所属社区", "社区居委会", "居委会", "居委会名称", "社区居委会名称"),
    "community_code": ("统计用区划代码", "区划代码", "社区编码", "社区编号"),
    "should_establish": ("应建", "是否应建立"),
    "established": ("是否已建立", "实建", "是否建会", "已建立", "是否实建"),
    "election_date": ("换届时间", "选举日期", "选举时间", "换届选举日期"),
    "election_method": ("选举形式",),
    "voting_method": ("投票方式", "表决形式"),
    "reps_total": ("代表人数", "代表数", "妇代会代表数", "代表总人数"),
    "reps_units": ("单位代表数", "驻区单位代表数", "社区单位代表人数"),
    "reps_migrants": ("流动人口代表数", "外来人口代表数", "外来人员代表人数"),
    "reps_present": ("实到代表数", "到会人数", "参会代表数", "到会代表人数"),
    "progress": ("进度", "换届状态", "换届情况"),
    "instructor": ("街道指导员", "指导员姓名"),
    "role": ("妇代会职务", "班子职务", "职位"),
    "name": ("名字",),
    "id_number": ("身份证号码", "公民身份号码", "身份证", "身份证件号码"),
    "birth_date": ("出生年月", "出生年月日", "生日"),
    "political": ("政治面目",),
    "education": ("学历", "文化"),
    "rc_post": ("居委会职务", "社区任职", "在居委会任职", "兼任职务", "社区职务"),
    "is_new": ("新任", "是否新当选", "新任连任", "新任/连任"),
    "phone": ("电话", "手机", "手机号", "手机号码", "联系方式", "电话号码"),
    "workplace": ("单位",),
    "note": ("说明",),
}

_BRACKETED = re.compile(r"[(\[【（［〔].*?[)\]】）］〕]")
_PUNCTUATION = re.compile(r"[*:：]")


def header_key(text: object) -> str:
    """身份证号（18位）*, ' 身 份 证 号 ' and 身份证号: all become 身份证号."""
    if text is None:
        return ""
    key = fold(str(text))
    key = _BRACKETED.sub("", key)
    return _PUNCTUATION.sub("", key)


def _index(columns: tuple[str, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for field in columns:
        index[header_key(field_header(field))] = field
        for alias in _SYNONYMS.get(field, ()):
            index.setdefault(header_key(alias), field)
    return index


CONGRESS_HEADERS = _index(CONGRESS_COLUMNS)
MEMBER_HEADERS = _index(MEMBER_COLUMNS)


@dataclass(frozen=True)
class SheetKind:
    name: str  # the sheet name the app writes
    columns: tuple[str, ...]
    headers: dict[str, str]  # header_key → field
    required: tuple[str, ...]  # fields without which the sheet cannot be read
    signature: tuple[str, ...]  # fields that tell this sheet apart when its name is unknown


CONGRESS = SheetKind(CONGRESS_SHEET, CONGRESS_COLUMNS, CONGRESS_HEADERS, ("community",),
                     ("should_establish", "established", "reps_total", "progress", "election_date"))
MEMBERS = SheetKind(MEMBER_SHEET, MEMBER_COLUMNS, MEMBER_HEADERS, ("community", "role", "name"),
                    ("name", "role", "id_number", "political"))
KINDS = (CONGRESS, MEMBERS)


def kind_by_sheet_name(name: str) -> SheetKind | None:
    """社区妇代会, 妇代会情况表 → congresses; 班子成员, 妇代会班子成员名单 → members."""
    key = fold(name)
    if "班子" in key or "成员" in key:
        return MEMBERS
    if "妇代会" in key:
        return CONGRESS
    return None
