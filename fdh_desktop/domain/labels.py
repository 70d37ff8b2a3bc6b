"""Field names and the Chinese headers of the exchange workbook and the forms (DOMAIN.md)."""

from __future__ import annotations

# Ordered as the exchange workbook's columns (after 街道, 社区, 社区代码).
CONGRESS_LABELS: dict[str, str] = {
    "should_establish": "是否应建",
    "established": "是否建立",
    "election_date": "换届日期",
    "election_method": "选举方式",
    "voting_method": "表决方式",
    "reps_total": "代表总数",
    "reps_units": "社区单位代表数",
    "reps_migrants": "外来人员代表数",
    "reps_present": "到会代表数",
    "progress": "换届进度",
    "instructor": "指导员",
    "note": "备注",
}

MEMBER_LABELS: dict[str, str] = {
    "role": "职务",
    "name": "姓名",
    "id_number": "身份证号",
    "birth_date": "出生日期",
    "ethnicity": "民族",
    "political": "政治面貌",
    "education": "文化程度",
    "rc_post": "居委会任职",
    "is_new": "是否新任",
    "phone": "联系电话",
    "workplace": "工作单位",
    "note": "备注",
    # DOMAIN.md Part 2
    "party_post": "社区党组织职务",
    "committee_post": "居委会职务",
    "other_post": "其他职务",
    "part_time": "是否兼职",
    "sector": "界别",
}

PLACE_LABELS: dict[str, str] = {"street": "街道", "community": "社区", "community_code": "社区代码"}

# The vocabulary (vocab.VOCABULARIES key) behind each coded field.
FIELD_VOCABULARY: dict[str, str] = {
    "should_establish": "yesno",
    "established": "yesno",
    "election_method": "election_method",
    "voting_method": "voting_method",
    "progress": "progress",
    "role": "role",
    "ethnicity": "ethnicity",
    "political": "political",
    "education": "education",
    "rc_post": "post",
    "is_new": "yesno",
    "part_time": "yesno",
    "other_post": "yesno",
}

DATE_FIELDS = frozenset({"election_date", "birth_date"})
INT_FIELDS = frozenset({"reps_total", "reps_units", "reps_migrants", "reps_present"})
BOOL_FIELDS = frozenset({"should_establish", "established", "is_new", "part_time", "other_post"})

# Upper bound for representative counts: a community congress is tens of people, never thousands.
MAX_REPRESENTATIVES = 999


def label(field: str) -> str:
    return CONGRESS_LABELS.get(field) or MEMBER_LABELS.get(field) or PLACE_LABELS.get(field) or field
