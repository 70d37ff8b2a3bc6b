"""The exchange workbook's layout (DOMAIN.md): sheets, columns, header spellings, limits.

Columns are found by header text, never by position. A header matches after `header_key()`:
spaces, full-/half-width differences, asterisks and bracketed notes do not count, and the
synonyms below are what street offices actually write on their own sheets.

The layout follows the term's organisation form (DOMAIN.md Part 2): a 妇代会 term's workbook has
Part 1's sheets and columns; a 妇联 term's sheets are 社区妇联 and 执委, and its member sheet has
社区党组织职务, 居委会职务, 其他职务, 是否兼职 and 界别 instead of Part 1's single 居委会任职. A
returned workbook is read the same way whatever the term: every column of either layout is
recognised, and `settle_member_columns` decides what an ambiguous 居委会职务 header means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fdh_desktop.domain import organisation
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
# Part 1's member columns: a 妇代会 term's workbook, exactly as before Part 2.
MEMBER_COLUMNS: tuple[str, ...] = PLACE_FIELDS + tuple(f for f in MEMBER_LABELS if f not in PART2_MEMBER_FIELDS)
# A 妇联 term's member columns: the two 两委 fields (and 其他职务, Part 1's 其他, so that an export
# of any record re-imports unchanged) where 居委会任职 stood; 是否兼职 and 界别 after 是否新任.
_PART1 = MEMBER_COLUMNS[len(PLACE_FIELDS):]
_AT_POST = _PART1.index("rc_post")
_AT_NEW = _PART1.index("is_new") + 1
FEDERATION_MEMBER_COLUMNS: tuple[str, ...] = (
    PLACE_FIELDS + _PART1[:_AT_POST] + ("party_post", "committee_post", "other_post") + _PART1[_AT_POST + 1:_AT_NEW]
    + ("part_time", "sector") + _PART1[_AT_NEW:]
)
# A 妇代会 term's export: Part 1's columns, then the two 两委 fields and 其他职务, which Part 1's
# single 居委会任职 cannot hold (一肩挑 is 书记 and 主任), so that export → import keeps them. Its
# template stays Part 1's: a street office fills in one 居委会任职, as DOMAIN.md Part 1 says.
CONGRESS_EXPORT_MEMBER_COLUMNS: tuple[str, ...] = MEMBER_COLUMNS + ("party_post", "committee_post", "other_post")
# Every member column either layout has: what a returned workbook is read by.
_ALL_MEMBER_COLUMNS: tuple[str, ...] = MEMBER_COLUMNS + tuple(
    f for f in FEDERATION_MEMBER_COLUMNS if f not in MEMBER_COLUMNS)

# Marked with * in the template; a sheet without them cannot be read at all.
REQUIRED = {"street", "community", "role", "name"}

TEXT_FIELDS = frozenset({"community_code", "id_number", "phone"})  # '@' so Excel keeps the digits
DATE_FIELDS = frozenset({"election_date", "birth_date"})
INT_FIELDS = frozenset({"reps_total", "reps_units", "reps_migrants", "reps_present"})


def field_header(field: str) -> str:
    return PLACE_LABELS.get(field) or CONGRESS_LABELS.get(field) or MEMBER_LABELS[field]


# Headers a 妇联 term's member sheet writes differently: DOMAIN.md Part 2 calls a 妇联's new
# members 新当选 (是否新任 stays the 妇代会 header; either reads back as the same field).
FEDERATION_MEMBER_HEADERS = {"is_new": "是否新当选"}


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
    "reps_total": ("代表人数", "代表数", "妇代会代表数", "代表总人数", "妇女代表数", "妇女代表大会代表数"),
    "reps_units": ("单位代表数", "驻区单位代表数", "社区单位代表人数"),
    "reps_migrants": ("流动人口代表数", "外来人口代表数", "外来人员代表人数"),
    "reps_present": ("实到代表数", "到会人数", "参会代表数", "到会代表人数"),
    "progress": ("进度", "换届状态", "换届情况"),
    "instructor": ("街道指导员", "指导员姓名"),
    "role": ("妇代会职务", "班子职务", "职位", "妇联职务", "执委会职务", "执委职务"),
    "name": ("名字",),
    "id_number": ("身份证号码", "公民身份号码", "身份证", "身份证件号码"),
    "birth_date": ("出生年月", "出生年月日", "生日"),
    "political": ("政治面目",),
    "education": ("学历", "文化"),
    # 居委会职务 is the committee_post header; without a 社区党组织职务 column it means this one
    # (old returns used it so): settle_member_columns.
    "rc_post": ("社区任职", "在居委会任职", "兼任职务", "社区职务", "两委任职", "社区两委任职"),
    "party_post": ("党组织职务", "党内职务", "社区党组织任职", "党组织任职", "社区党委职务", "党委职务",
                   "社区党支部职务", "党支部职务", "党组织职位", "社区党组织职位", "党内任职"),
    "committee_post": ("居委职务", "社区居委会职务", "居委会职位", "居委会中职务", "居委任职"),
    "other_post": ("其他任职", "是否有其他职务", "两委外职务"),
    # 专兼职 columns hold 专职/兼职, which the yes/no vocabulary reads as 否/是.
    "part_time": ("兼职", "是否为兼职", "专兼职", "专职兼职", "专职/兼职", "兼职/专职", "专兼职情况"),
    "sector": ("所属界别", "界别类别", "代表界别", "来源界别", "界别分类"),
    "is_new": ("新任", "是否新当选", "新当选", "新任连任", "新任/连任", "新当选/连任"),
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
MEMBER_HEADERS = _index(_ALL_MEMBER_COLUMNS)


@dataclass(frozen=True)
class SheetKind:
    name: str  # the sheet name the app writes
    columns: tuple[str, ...]
    headers: dict[str, str]  # header_key → field
    required: tuple[str, ...]  # fields without which the sheet cannot be read
    signature: tuple[str, ...]  # fields that tell this sheet apart when its name is unknown
    labels: tuple[tuple[str, str], ...] = ()  # (field, header) where this sheet's header is not field_header's

    def header(self, field: str) -> str:
        """The header this sheet writes for `field`."""
        return dict(self.labels).get(field) or field_header(field)


_CONGRESS_SIGNATURE = ("should_establish", "established", "reps_total", "progress", "election_date")
_MEMBER_REQUIRED = ("community", "role", "name")
_MEMBER_SIGNATURE = ("name", "role", "id_number", "political")
# What a returned workbook is read by (either form; the sheets keep these keys in WorkbookData).
CONGRESS = SheetKind(CONGRESS_SHEET, CONGRESS_COLUMNS, CONGRESS_HEADERS, ("community",), _CONGRESS_SIGNATURE)
MEMBERS = SheetKind(MEMBER_SHEET, MEMBER_COLUMNS, MEMBER_HEADERS, _MEMBER_REQUIRED, _MEMBER_SIGNATURE)
KINDS = (CONGRESS, MEMBERS)
CONGRESS_EXPORT_MEMBERS = SheetKind(MEMBER_SHEET, CONGRESS_EXPORT_MEMBER_COLUMNS, MEMBER_HEADERS, _MEMBER_REQUIRED,
                                    _MEMBER_SIGNATURE)
# What a 妇联 term's workbook is written as: 社区妇联 and 执委 (organisation.labels).
_FEDERATION = organisation.labels(organisation.FORM_FEDERATION)
FEDERATION_CONGRESS = SheetKind(_FEDERATION.community_organisation, CONGRESS_COLUMNS, CONGRESS_HEADERS,
                                ("community",), _CONGRESS_SIGNATURE)
FEDERATION_MEMBERS = SheetKind(_FEDERATION.members, FEDERATION_MEMBER_COLUMNS, MEMBER_HEADERS, _MEMBER_REQUIRED,
                               _MEMBER_SIGNATURE, tuple(FEDERATION_MEMBER_HEADERS.items()))


def kinds_for(form: str, kind: str = "template") -> tuple[SheetKind, SheetKind]:
    """(congress sheet, member sheet) of a term of `form`, as a workbook of `kind` ("template" or
    "export") writes them: a 妇代会 term's export adds the two 两委 fields to Part 1's columns."""
    if form == organisation.FORM_FEDERATION:
        return FEDERATION_CONGRESS, FEDERATION_MEMBERS
    return CONGRESS, CONGRESS_EXPORT_MEMBERS if kind == "export" else MEMBERS


def member_columns(form: str, kind: str = "template") -> tuple[str, ...]:
    return kinds_for(form, kind)[1].columns


def kind_by_sheet_name(name: str) -> SheetKind | None:
    """社区妇代会, 社区妇联, 妇代会情况表 → congresses; 班子成员, 执委, 妇联执委名单 → members."""
    key = fold(name)
    if "班子" in key or "成员" in key or "执委" in key:
        return MEMBERS
    if "妇代会" in key or "妇联" in key:
        return CONGRESS
    return None


def is_member_sheet_name(name: str) -> bool:
    return name == MEMBER_SHEET or kind_by_sheet_name(name) is MEMBERS


@dataclass(frozen=True)
class HeaderNote:
    """A decision about a member sheet's header row, for the import report."""

    level: str  # "error" | "warning"
    header: str  # the header as written
    col: int  # 0-based
    message: str


# Headers read on purpose as no column, with what to do instead.
_NOT_READ = {
    header_key("是否专职"): "“{h}”列未读取：专职与兼职的含义各地不一，请改用“是否兼职”列（兼职副主席等兼职的填“是”，"
                         "专职的填“否”；也可填“兼职”“专职”）",
}


def settle_member_columns(columns: dict[str, int], headers: dict[str, str], header_cells: list) -> list[HeaderNote]:
    """Decide, in place, what a member sheet's posts columns mean; notes for the report.

    A sheet reads either Part 1's single 居委会任职 or Part 2's 社区党组织职务 / 居委会职务, never
    both (their values would contradict each other cell by cell):
    - 居委会职务 (any committee_post spelling) without a 社区党组织职务 column is Part 1's column,
      as old returns used it; beside a 居委会任职 column it is then a duplicate (an error, as before);
    - with the Part 2 columns, 居委会任职 is not read (a warning); except beside all three of
      社区党组织职务, 居委会职务 and 其他职务, the layout of a 妇代会 term's export, where it is their
      summary: it is read, the two fields win, a row where it disagrees gets a warning and a row
      where both are blank takes it (posts.read_posts);
    - 其他职务 belongs to Part 2's layout; beside Part 1's column it is not read (a warning).
    """
    notes: list[HeaderNote] = []

    def drop(field: str, message: str, level: str = "warning") -> None:
        text = headers.pop(field)
        notes.append(HeaderNote(level, text, columns.pop(field), message.format(h=text)))

    if "committee_post" in columns and "party_post" not in columns:
        if "rc_post" in columns:
            drop("committee_post", "表头中“{h}”与另一列是同一项，请删除重复的列", "error")
        else:
            columns["rc_post"] = columns.pop("committee_post")
            headers["rc_post"] = headers.pop("committee_post")
    part2 = "party_post" in columns or "committee_post" in columns
    summarised = {"party_post", "committee_post", "other_post"} <= columns.keys()
    if part2 and "rc_post" in columns and not summarised:
        drop("rc_post", "“{h}”列未读取：表中已有“社区党组织职务”“居委会职务”列，以这两列为准")
    if not part2 and "other_post" in columns:
        drop("other_post", "“{h}”列未读取：“其他职务”须与“社区党组织职务”“居委会职务”两列一起填写")
    for c, cell in enumerate(header_cells):
        message = _NOT_READ.get(header_key(cell)) if isinstance(cell, str) else None
        if message is not None:
            notes.append(HeaderNote("warning", cell.strip(), c, message.format(h=cell.strip())))
    return notes
