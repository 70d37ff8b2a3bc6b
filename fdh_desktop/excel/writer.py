"""Write the exchange workbook: the template for street offices and the full export of a term.

Both are the same workbook (DOMAIN.md, "The exchange workbook"): a short 填表说明, the sheets
社区妇代会 and 班子成员 (社区妇联 and 执委 for a 妇联 term, with its roles and the two 两委
posts: layout.kinds_for; a 妇代会 term's export adds those two posts and 其他职务 after Part 1's
columns) with drop-down lists, date and number checks, ID and phone columns kept as
text, required headers marked, a frozen header row, print setup; a hidden list sheet the
drop-downs refer to (Excel's 255-character limit for inline lists cannot hold the 56 民族), and a
very hidden sheet saying what made the workbook for which district and term. openpyxl writes it
in write-only mode, row by row, so a city's export streams instead of building a cell tree; the
text and date columns keep their formats through one reused cell each (excel.streaming).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties

from fdh_desktop import __version__
from fdh_desktop.domain import organisation, posts, vocab
from fdh_desktop.domain.labels import FIELD_VOCABULARY
from fdh_desktop.domain.records import term_label

from .layout import (
    DATE_FIELDS, FORMAT_NAME, FORMAT_VERSION, GUIDE_SHEET, INT_FIELDS, LIST_SHEET, META_SHEET, REQUIRED,
    TEXT_FIELDS, SheetKind, kinds_for,
)
from .hostile import column_letters
from .streaming import add_sheet

DATE_FORMAT = "yyyy-mm-dd"
# Rows that carry the drop-downs and checks beyond the last written row.
SPARE_ROWS = 1000

_WIDTHS = {
    "street": 12, "community": 18, "community_code": 15, "should_establish": 9, "established": 9,
    "election_date": 12, "election_method": 11, "voting_method": 11, "reps_total": 9, "reps_units": 9,
    "reps_migrants": 9, "reps_present": 9, "progress": 10, "instructor": 10, "note": 24,
    "role": 8, "name": 10, "id_number": 21, "birth_date": 12, "ethnicity": 10, "political": 13,
    "education": 11, "rc_post": 17, "is_new": 9, "phone": 15, "workplace": 18,
    "party_post": 10, "committee_post": 10, "other_post": 9, "part_time": 9, "sector": 12,
}
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(bold=True)
_REQUIRED_FONT = Font(bold=True, color="C00000")
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)

_PROMPTS = {
    "id_number": "18位，末位可为X。本列为文本格式，请勿改为数字。",
    "phone": "手机11位或固定电话，本列为文本格式。",
    "birth_date": "如1975-06-03；填了身份证号的可不填。",
    "election_date": "如2023-05-20；换届进度为“已完成”时必填。",
    "community_code": "12位统计用区划代码，已有的请勿修改。",
    "party_post": "书记、副书记、委员或无；支部书记、党委书记等都填“书记”。",
    "committee_post": "居委会主任、副主任、委员分别填主任、副主任、委员；未任职填“无”。",
    "other_post": "在社区“两委”以外另有职务的填“是”。",
    "part_time": "兼职的（如驻区单位的兼职副主席）填“是”，专职的填“否”。",
    "sector": "可从列表中选择，也可直接填写。",
}

# A 妇联 term's lists beside vocab.VOCABULARIES (a 妇代会 workbook has exactly those).
_FEDERATION_LISTS: dict[str, tuple[str, ...]] = {
    "federation_role": organisation.FEDERATION_ROLES,
    "party_post": posts.PARTY_POSTS,
    "committee_post": posts.RC_POSTS,
    "sector": posts.SECTOR_SUGGESTIONS,
}
_POSTS_LISTS = ("party_post", "committee_post")  # also on a 妇代会 term's export
_FEDERATION_FIELD_LISTS = {"role": "federation_role", "party_post": "party_post", "committee_post": "committee_post",
                           "sector": "sector"}
# Drop-downs that suggest but accept any text (界别 is free text).
_SUGGESTIONS = frozenset({"sector"})


def header_text(kind: SheetKind, name: str, star: bool = True) -> str:
    """The header as written: a template marks required columns with *; an export uses the plain
    DOMAIN.md names (both read back the same)."""
    return kind.header(name) + ("*" if star and name in REQUIRED else "")


def guide_lines(district: str, term: int, kind: str, form: str = organisation.FORM_CONGRESS,
                executive_range: organisation.ExecutiveRange = organisation.ExecutiveRange()) -> list[str]:
    """The 填表说明 of a term of `form`: a 妇代会 term's as before Part 2; a 妇联 term's explains
    its roles, the two 两委 posts, 其他职务, 是否兼职 and 界别."""
    names = organisation.labels(form)
    congress_sheet, member_sheet = (k.name for k in kinds_for(form, kind))
    federation = form == organisation.FORM_FEDERATION
    title = f"{district}{term_label(term)}{names.community_organisation}换届情况" + (
        "填报模板" if kind == "template" else "（导出数据）")
    who = "每名执委（含主席、副主席、兼职副主席）" if federation else "每名班子成员"
    lists = "是/否、职务、民族、政治面貌、文化程度" + ("、社区党组织职务、居委会职务" if federation else "")
    lines = [
        title,
        "",
        f"本工作簿有两张表：“{congress_sheet}”每个社区填一行；“{member_sheet}”{who}填一行。",
        "请勿修改第1行的表头和工作表名称；带*的列必须填写，不要删除。",
        f"街道、社区的写法请与“{congress_sheet}”表一致；已有社区代码的请保留，不要修改。",
        f"有下拉箭头的列请从列表中选择（{lists}等）。",
        "日期请写成1975-06-03这样的格式（也可写1975年6月3日）。",
        "身份证号、联系电话两列已设为文本格式，请直接录入，不要改成数字，否则后几位会丢失。",
    ]
    if federation:
        lines += [
            "职务填主席、副主席、兼职副主席或执委，每人一行、填最高的职务。每个社区妇联只能有一名主席，至少有一名副主席"
            f"或兼职副主席；执委人数（含主席、副主席）应为奇数，一般在{executive_range.low}至{executive_range.high}人之间。",
            "主席须填写身份证号或出生日期、政治面貌、文化程度，以及社区党组织职务或居委会职务。",
            "“社区党组织职务”填书记、副书记、委员或无；“居委会职务”填主任、副主任、委员或无。两个职务都担任的两列都填，"
            "例如社区党组织书记兼居委会主任（一肩挑）填“书记”和“主任”；不清楚的可留空。",
            "“其他职务”：在社区“两委”以外另有职务的填“是”。“是否兼职”：兼职副主席等兼职的填“是”，专职的填“否”。"
            "“界别”可从列表中选择，也可直接填写（如机关、企业、社会组织、巾帼志愿者）。",
        ]
    else:
        lines.append("每个妇代会只能有一名主任；主任须填写身份证号或出生日期、政治面貌、文化程度、居委会任职。")
        if kind == "export":
            lines.append("最后三列记录“两委”任职的详情：“社区党组织职务”填书记、副书记、委员或无，“居委会职务”填主任、副主任、"
                         "委员或无，例如社区党组织书记兼居委会主任（一肩挑）填“书记”和“主任”；“其他职务”：在“两委”以外另有职务的"
                         "填“是”。“居委会任职”是其中最高的职务；两者不一致时以这三列为准。")
    lines += [
        f"换届进度为“已完成”的，须填写换届日期，并有一名{names.chair}。",
        "填好后直接保存（.xlsx，也可以是.xls或.ods）交回；请勿删除隐藏的工作表。",
    ]
    return lines[:2] + [f"{n}. {line}" for n, line in enumerate(lines[2:], start=1)]


class ExchangeWriter:
    """Writes one exchange workbook; call the sheet methods in order, then save()."""

    def __init__(self, district: str, term: int, kind: str, street: str | None = None,
                 places: Sequence[tuple[str, str, str | None]] = (), form: str = organisation.FORM_CONGRESS,
                 executive_range: organisation.ExecutiveRange = organisation.ExecutiveRange()) -> None:
        self.district = district
        self.term = term
        self.kind = kind  # "template" | "export"
        self.street = street
        self.places = places
        self.form = form
        self.executive_range = executive_range
        self.labels = organisation.labels(form)
        self.congress_kind, self.member_kind = kinds_for(form, kind)
        federation = form == organisation.FORM_FEDERATION
        self.lists = dict(vocab.VOCABULARIES) | (_FEDERATION_LISTS if federation else {})
        self.field_lists = {name: kind for name, kind in FIELD_VOCABULARY.items()} | (
            _FEDERATION_FIELD_LISTS if federation else {})
        if "party_post" in self.member_kind.columns and not federation:  # a 妇代会 export's 两委 columns
            self.lists |= {k: _FEDERATION_LISTS[k] for k in _POSTS_LISTS}
            self.field_lists |= {k: k for k in _POSTS_LISTS}
        self.wb = Workbook(write_only=True)
        self._guide()

    # -- sheets --------------------------------------------------------------------------------

    def _guide(self) -> None:
        ws = self.wb.create_sheet(GUIDE_SHEET)
        ws.column_dimensions["A"].width = 100
        for i, line in enumerate(guide_lines(self.district, self.term, self.kind, self.form, self.executive_range)):
            cell = WriteOnlyCell(ws, line)
            if i == 0:
                cell.font = Font(bold=True, size=14)
            ws.append([cell])

    def congress_sheet(self, rows: Iterable[Sequence[object]]) -> int:
        """Rows in the order of `self.congress_kind.columns`."""
        title = f"{self.district}{term_label(self.term)}{self.labels.community_organisation}情况"
        return self._data_sheet(self.congress_kind, rows, title)

    def member_sheet(self, rows: Iterable[Sequence[object]], spare_rows: int = 0) -> int:
        """Rows in the order of `self.member_kind.columns` (layout.member_columns(form)).
        `spare_rows`: rows below the data that get the drop-downs (a template's blank member rows)."""
        title = f"{self.district}{term_label(self.term)}{self.labels.community_organisation}{self.labels.members}"
        return self._data_sheet(self.member_kind, rows, title, spare_rows)

    def _data_sheet(self, kind: SheetKind, rows: Iterable[Sequence[object]], title: str,
                    spare_rows: int = 0) -> int:
        ws = add_sheet(self.wb, kind.name,
                       text_columns=[i for i, name in enumerate(kind.columns, 1) if name in TEXT_FIELDS],
                       date_columns=[i for i, name in enumerate(kind.columns, 1) if name in DATE_FIELDS],
                       date_format=DATE_FORMAT)
        # Write-only: everything before <sheetData> must be set before the first row.
        ws.freeze_panes = "A2"
        _print_setup(ws, title)
        for index, name in enumerate(kind.columns, start=1):
            dim = ws.column_dimensions[column_letters(index)]
            dim.width = _WIDTHS.get(name, 12)
            if name in TEXT_FIELDS:
                dim.number_format = "@"
            elif name in DATE_FIELDS:
                dim.number_format = DATE_FORMAT
        header = []
        for name in kind.columns:
            cell = WriteOnlyCell(ws, header_text(kind, name, star=self.kind == "template"))
            cell.font = _REQUIRED_FONT if name in REQUIRED else _HEADER_FONT
            cell.fill = _REQUIRED_FILL if name in REQUIRED else _HEADER_FILL
            cell.alignment = _HEADER_ALIGN
            cell.border = _BORDER
            header.append(cell)
        ws.row_dimensions[1].height = 30
        ws.append(header)
        count = 0
        for values in rows:
            ws.append(values)
            count += 1
        self._validations(ws, kind, count + 1 + max(SPARE_ROWS, spare_rows))
        return count

    def _validations(self, ws, kind: SheetKind, last_row: int) -> None:
        for index, name in enumerate(kind.columns, start=1):
            letter = column_letters(index)
            area = f"{letter}2:{letter}{last_row}"
            dv = None
            if name in self.field_lists:
                dv = DataValidation(type="list", formula1=_list_name(self.field_lists[name]), allow_blank=True,
                                    errorStyle="stop", errorTitle="请从下拉列表中选择",
                                    error=f"“{kind.header(name)}”请从下拉列表中选择。")
            elif name in DATE_FIELDS:
                dv = DataValidation(type="date", operator="between", formula1="DATE(1900,1,1)",
                                    formula2="DATE(2100,12,31)", allow_blank=True, errorStyle="stop",
                                    errorTitle="请输入日期", error="请输入日期，例如1975-06-03。")
            elif name in INT_FIELDS:
                dv = DataValidation(type="whole", operator="between", formula1="0", formula2="999",
                                    allow_blank=True, errorStyle="stop", errorTitle="请输入人数",
                                    error="请输入0至999之间的整数。")
            elif name in _PROMPTS:
                dv = DataValidation(allow_blank=True)
            if dv is None:
                continue
            if name in _PROMPTS:
                dv.promptTitle = kind.header(name)
                dv.prompt = _PROMPTS[name]
                dv.showInputMessage = True
            dv.showErrorMessage = dv.type is not None and name not in _SUGGESTIONS
            dv.add(area)
            ws.data_validations.append(dv)

    def save(self, path: Path) -> None:
        self._lists()
        self._meta()
        save_atomically(self.wb, path)

    def _lists(self) -> None:
        ws = self.wb.create_sheet(LIST_SHEET)
        ws.sheet_state = "hidden"
        lists = self.lists
        kinds = list(lists)
        ws.append(kinds)
        longest = max(len(v) for v in lists.values())
        for i in range(longest):
            ws.append([lists[k][i] if i < len(lists[k]) else None for k in kinds])
        for index, kind in enumerate(kinds, start=1):
            letter = column_letters(index)
            last = len(lists[kind]) + 1
            self.wb.defined_names[_list_name(kind)] = DefinedName(
                _list_name(kind), attr_text=f"{LIST_SHEET}!${letter}$2:${letter}${last}")

    def _meta(self) -> None:
        ws = self.wb.create_sheet(META_SHEET)
        ws.sheet_state = "veryHidden"
        for key, value in (
            ("format", FORMAT_NAME), ("version", FORMAT_VERSION), ("kind", self.kind),
            ("district", self.district), ("term", self.term), ("street", self.street or ""), ("form", self.form),
            ("created", datetime.now().isoformat(timespec="seconds")), ("app", __version__),
        ):
            ws.append([key, value])
        if self.places:
            ws.append(["places"])
            for street, community, code in self.places:
                ws.append([street, community, code or ""])


def _list_name(kind: str) -> str:
    return f"fdh_{kind}"


def _print_setup(ws, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddHeader.center.text = title
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def save_atomically(wb: Workbook, path: Path) -> None:
    """Write beside the target and rename, so a failure never leaves half a workbook behind."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".fdh-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

