"""Helpers for the exchange-workbook tests: LibreOffice conversions, database dumps, workbooks
typed the way street offices type them."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

from fdh_desktop.domain.idcard import check_character

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


class LibreOffice:
    """soffice --headless --convert-to, several files per call, results cached by content."""

    FILTERS = {"xls": "xls:MS Excel 97", "ods": "ods", "xlsx": "xlsx:Calc MS Excel 2007 XML"}

    def __init__(self, work: Path) -> None:
        self.work = work
        self.profile = (work / "profile").as_uri()
        self.cache: dict[tuple[str, str], Path] = {}

    def convert(self, files: list[Path], fmt: str) -> dict[Path, Path]:
        """Each file converted to `fmt` (xls, ods or xlsx) by one soffice run for all of them."""
        wanted = {}
        for f in files:
            key = (hashlib.sha256(f.read_bytes()).hexdigest(), fmt)
            if key not in self.cache:
                wanted[f] = key
        if wanted:
            stage = self.work / f"in-{fmt}-{len(self.cache)}"
            out = self.work / f"out-{fmt}-{len(self.cache)}"
            stage.mkdir()
            out.mkdir()
            staged = []
            for i, f in enumerate(wanted):
                copy = stage / f"{i:03d}{f.suffix}"
                shutil.copyfile(f, copy)
                staged.append(copy)
            subprocess.run(
                [SOFFICE, f"-env:UserInstallation={self.profile}", "--headless", "--norestore",
                 "--convert-to", self.FILTERS[fmt], "--outdir", str(out), *map(str, staged)],
                check=True, capture_output=True, timeout=300,
            )
            for copy, (f, key) in zip(staged, wanted.items()):
                result = out / f"{copy.stem}.{fmt}"
                assert result.exists(), f"LibreOffice did not convert {f.name} to {fmt}"
                self.cache[key] = result
        return {f: self.cache[(hashlib.sha256(f.read_bytes()).hexdigest(), fmt)] for f in files}


def dump_db(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: the content a byte-for-byte comparison cares about."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def make_id(born: date, seq: int = 2, check: str | None = None, address: str = "110102") -> str:
    """A valid 18-character ID number; `check` asks for a given check character (e.g. "X")."""
    for s in range(seq, seq + 2000, 2):
        first17 = f"{address}{born:%Y%m%d}{s % 1000:03d}"
        number = first17 + check_character(first17)
        if check is None or number[-1] == check:
            return number
    raise AssertionError("no such ID number")


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


CHAIR_A = make_id(date(1983, 6, 3), 2)
VICE_A = make_id(date(1975, 6, 3), 4)
CHAIR_B = make_id(date(1993, 1, 15), 2, check="X")
MEMBER_B = make_id(date(1990, 12, 1), 6)
CHAIR_C = make_id(date(1973, 1, 10), 8)

# What the hand-typed return must come to (services.statistics on term 6).
EXPECTED = {
    "congresses": {"should_establish": 4, "established": 3, "completed": 2},
    "chairs_total": 3,
    "post": {"社区党组织书记": 1, "居委会主任": 1, "居委会委员": 1},
    "key_post": 2,
    "new": 2,
    "age_band": {"35岁及以下": 1, "36至45岁": 1, "46岁及以上": 1},
    "party": 2,
    "education": {"大专及以上": 2, "高中/中专": 1, "初中及以下": 0},
    "reps": (105, 12, 6),
    "members": 7,
}


def handtyped_book(path: Path) -> Path:
    """A return typed by a street office: its own sheet names, title rows, reordered columns with
    notes and stars, synonyms, every date spelling, full-width digits, lower-case x, blank rows,
    a total row and a signature line."""
    wb = Workbook()
    ws = wb.active
    ws.title = "妇代会换届情况"
    ws.append(["广安街道、牛街社区妇代会换届情况统计表"])
    ws.merge_cells("A1:M1")
    ws.append(["填报单位：广安街道妇联（盖章）", None, None, None, None, None, None, "填报日期：2023年6月1日"])
    ws.append([])
    ws.append(["序号", "所属街道", " 社区名称 *", "是否已建立", "换届时间", "代表人数（人）", "单位代表数",
               "流动人口代表数", "实到代表数", "换届进度", "选举方式", "表决方式", "备注（其他说明）"])
    ws.append([1, "广安街道", "槐柏", "√", "2023年5月20日", "４０", 5, 3, 38, "已完成", "等额", "举手", None])
    ws.append([2, "广安街道", "枣林社区", "Y", "2023.5.8", 35, "4", 2.0, 30, "完成", "差额选举", "无记名", "试点社区"])
    ws.append([])
    ws.append([3, "牛街", "春风社区", 1, datetime(2023, 5, 12), 30, 3, 1, 28, "已选举", "等额选举", "举手表决"])
    ws.append([4, " 牛街 ", "钢院社区", "否", None, None, None, None, None, "未启动"])
    ws.append([5])  # a pre-numbered row nobody filled
    ws.append([None, "合计", None, None, None, 105, 12, 6, 96])
    ws.append(["填表人：王芳        联系电话：63012345"])

    ms = wb.create_sheet("班子成员名单")
    ms.append(["社区妇代会班子成员名单"])
    ms.append(["社区", "街道", "姓 名", "职务", "身份证号码（18位）", "出生年月", "民族", "政治面貌", "学历",
               "居委会职务", "是否新任", "手机"])
    ms.append(["槐柏", "广安街道", "李 秀英", "主任", CHAIR_A, "1983年6月3日", "汉", "党员", "本科", "书记", "√",
               13800138000])
    ms.append(["槐柏", "广安", "王芳", "副主任", fullwidth(VICE_A), "1975/6/3", "回族", "群众", "大专", "委员", "×",
               "010-63012345"])
    ms.append(["槐柏", "广安街道", "赵敏", "委员", None, "1980.06", "汉族", "团员", "高中", "无", "N"])
    ms.append([])
    ms.append(["枣林社区", "广安街道", "张丽", "主任",
               f"{CHAIR_B[:6]} {CHAIR_B[6:14]} {CHAIR_B[14:17]}{CHAIR_B[17].lower()}", "19930115", "满族",
               "预备党员", "大专", "正主任", "Y", "13912345678"])
    ms.append(["枣林社区", "广安街道", "刘洋", "委员", MEMBER_B, "1990年12月", "汉族", "群众", "初中", "其他", "1"])
    ms.append(["春风社区", "牛街", "马兰", "主任", CHAIR_C, datetime(1973, 1, 10), "回族", "群众", "高中", "居委会委员",
               "否"])
    ms.append(["春风社区", "牛街", "白雪", "委员", None, "1975-06-03", "汉族", "群众", "中专", "无", "FALSE"])
    ms.append(["审核人：李明"])
    wb.save(path)
    return path


def prepare_handtyped_district(store) -> None:
    """The district the hand-typed return goes into: 广安 with 槐柏社区 already known."""
    street = store.add_street("广安")
    store.add_community(street.id, "槐柏社区")


def check_figures(report: dict) -> None:
    assert report["congresses"] == EXPECTED["congresses"]
    chairs = report["chairs"]
    assert chairs["total"] == EXPECTED["chairs_total"]
    for post, count in EXPECTED["post"].items():
        assert chairs["post"][post]["count"] == count, post
    assert chairs["key_post"]["count"] == EXPECTED["key_post"]
    assert chairs["new"]["count"] == EXPECTED["new"]
    assert {k: v["count"] for k, v in chairs["age_band"].items()} == EXPECTED["age_band"]
    assert chairs["age_max"] == 50 and chairs["age_min"] == 30
    assert chairs["party"]["count"] == EXPECTED["party"]
    assert {k: v["count"] for k, v in chairs["education"].items()} == EXPECTED["education"]
    reps = report["representatives"]
    assert (reps["total"], reps["community_units"]["count"], reps["migrants"]["count"]) == EXPECTED["reps"]


CONGRESS_HEADERS = ["街道", "社区", "社区代码", "是否应建", "是否建立", "换届日期", "选举方式", "表决方式", "代表总数",
                    "社区单位代表数", "外来人员代表数", "到会代表数", "换届进度", "指导员", "备注"]
MEMBER_HEADERS = ["街道", "社区", "社区代码", "职务", "姓名", "身份证号", "出生日期", "民族", "政治面貌", "文化程度",
                  "居委会任职", "是否新任", "联系电话", "工作单位", "备注"]


def congress(street: str = "广安", community: str = "槐柏社区", **values) -> dict:
    row = {"街道": street, "社区": community, "是否建立": "是", "换届日期": "2023-05-20", "代表总数": 40,
           "社区单位代表数": 5, "外来人员代表数": 3, "到会代表数": 38, "换届进度": "已完成"}
    row.update(values)
    return row


def member(name: str, role: str = "委员", street: str = "广安", community: str = "槐柏社区", **values) -> dict:
    row = {"街道": street, "社区": community, "职务": role, "姓名": name}
    if role == "主任":
        row.update({"出生日期": "1980-05-05", "政治面貌": "中共党员", "文化程度": "大学本科", "居委会任职": "居委会主任"})
    row.update(values)
    return row


def exchange_book(path: Path, congresses: list[dict], members: list[dict],
                  congress_headers: list[str] | None = None, member_headers: list[str] | None = None) -> Path:
    """A plain exchange workbook (header in row 1), rows given as {header: value}."""
    wb = Workbook()
    ws = wb.active
    ws.title = "社区妇代会"
    headers = congress_headers or CONGRESS_HEADERS
    ws.append(headers)
    for row in congresses:
        ws.append([row.get(h) for h in headers])
    ms = wb.create_sheet("班子成员")
    headers = member_headers or MEMBER_HEADERS
    ms.append(headers)
    for row in members:
        ms.append([row.get(h) for h in headers])
    wb.save(path)
    return path


def good_rows() -> tuple[list[dict], list[dict]]:
    return [congress()], [member("李秀英", "主任", 身份证号=CHAIR_A, 出生日期=None), member("王芳", "副主任")]


def bad_book(path: Path) -> Path:
    """Two faults a clerk makes: an ID number Excel turned into a number, and two chairs."""
    congresses, members = good_rows()
    members.append(member("赵敏", "主任", 身份证号=1.10102197506030e17))
    return exchange_book(path, congresses, members)


def filled_template(template: Path, out: Path) -> Path:
    """The 天桥 template as a street office fills it: three communities, the rest left empty."""
    from openpyxl import load_workbook

    wb = load_workbook(template)
    ws = wb["社区妇代会"]
    rows = [
        ["是", "是", date(2023, 4, 10), "等额选举", "举手表决", 41, 6, 2, 40, "已完成", "周红", "按期完成"],
        ["是", "是", date(2023, 4, 12), "差额选举", "无记名投票", 36, 3, 3, 35, "已完成", "周红", None],
        ["是", "否", None, None, None, None, None, None, None, "筹备中", "吴静", "新建小区，筹备中"],
    ]
    filled = []
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=4):
            ws.cell(r, c).value = value
        filled.append((ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value))
    ms = wb["班子成员"]
    people = [
        (0, "主任", "高秀兰", make_id(date(1978, 3, 9), 22), "中共党员", "大学本科", "居委会主任", "是"),
        (0, "副主任", "孙丽", make_id(date(1985, 7, 1), 24), "群众", "大学专科", "居委会委员", "否"),
        (0, "委员", "钱芳", make_id(date(1990, 2, 2), 26), "共青团员", "高中", "无", "是"),
        (1, "主任", "郑洁", make_id(date(1969, 11, 30), 28), "中共预备党员", "研究生", "社区党组织书记", "否"),
        (1, "委员", "冯静", None, "群众", "初中", "其他", "是"),
    ]
    for i, (place, role, name, number, political, education, post, new) in enumerate(people, start=2):
        street, community, code = filled[place]
        values = [street, community, code, role, name, number, None, "汉族", political, education, post, new,
                  "13800000000", "社区居委会", None]
        for c, value in enumerate(values, start=1):
            ms.cell(i, c).value = value
    ms.cell(6, 7).value = date(1992, 8, 8)  # 冯静 has no ID number: her birth date instead
    wb.save(out)
    return out


def rewrite_part(source: Path, target: Path, part: str, change) -> Path:
    """A copy of a workbook with one zip entry's bytes changed by `change(bytes) -> bytes`."""
    import zipfile

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:
                new = change(data)
                assert new != data, f"{part} unchanged"
                data = new
            dst.writestr(info.filename, data)
    return target


# A 妇联 return typed by hand (DOMAIN.md Part 2): its own sheet names and title rows, synonyms for
# the roles (妇联主席, 执行委员 …), the posts (支部书记, 党委委员, 居委会副主任 …) and the headers
# (党内职务, 居委职务, 兼职, 所属界别, 是否新当选).
FED_CONGRESS_HEADERS = ["序号", "所属街道", "社区名称", "是否已建立", "换届时间", "代表人数", "实到代表数", "换届进度"]
FED_MEMBER_HEADERS = ["街道", "社区", "姓名", "职务", "身份证号码", "出生年月", "民族", "政治面貌", "学历", "党内职务",
                      "居委职务", "兼职", "所属界别", "是否新当选", "工作单位"]
FED_MEMBERS = [
    # street, community, name, role, id, birth, ethnicity, political, education, party, committee, part-time, sector, new, workplace
    ["广安街道", "槐柏", "李秀英", "妇联主席", CHAIR_A, None, "汉", "党员", "本科", "支部书记", "主任", None, "社区居民", "否", None],
    ["广安街道", "槐柏", "王芳", "副主席", fullwidth(VICE_A), "1975/6/3", "回族", "群众", "大专", "无", "居委会副主任", "否",
     "社区居民", "是", None],
    ["广安街道", "槐柏", "赵敏", "兼职副主席", None, "1980.06", "汉族", "团员", "大学", None, None, "是", "企业", "是",
     "北京槐柏科技有限公司"],
    ["广安街道", "槐柏", "刘洋", "执行委员", MEMBER_B, None, "汉族", "群众", "初中", "党委委员", None, None, "巾帼志愿者", "是", None],
    ["广安街道", "槐柏", "马兰", "执委", CHAIR_C, None, "回族", "群众", "高中", None, "委员", "否", None, "否", None],
    ["广安街道", "槐柏", "白雪", "妇联执委", None, "1975-06-03", "汉族", "群众", "中专", "无", "无", None, None, "是", None],
    ["广安街道", "槐柏", "孙丽", "执委会委员", None, "1990年1月1日", "汉族", "群众", "高中", None, None, None, None, "是", None],
    ["广安街道", "枣林社区", "张丽", "社区妇联主席", CHAIR_B, None, "满族", "预备党员", "大专", "无", "居委会委员", "否", None, "是",
     None],
    ["广安街道", "枣林社区", "周红", "兼职副主席", None, "1982-03-04", "汉族", "党员", "研究生", None, None, "兼职", "机关", "是",
     "广安街道办事处"],
    ["广安街道", "枣林社区", "吴静", "执委", None, "1988-08-08", "汉族", "群众", "大专", None, None, None, None, "是", None],
]


def federation_handtyped_book(path: Path, members: list[list] | None = None,
                              congresses: list[list] | None = None) -> Path:
    """The hand-typed 妇联 return; `members`/`congresses` replace the rows (for a faulty copy)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "社区妇联换届情况表"
    ws.append(["广安街道社区妇联换届选举情况统计表"])
    ws.merge_cells("A1:H1")
    ws.append(["填报单位：广安街道妇联（盖章）", None, None, None, None, "填报日期：2026年4月20日"])
    ws.append(FED_CONGRESS_HEADERS)
    for row in congresses or [[1, "广安街道", "槐柏", "是", "2026年4月8日", 45, 40, "已完成"],
                              [2, "广安街道", "枣林社区", "√", "2026.4.10", 40, 36, "已选举"]]:
        ws.append(row)
    ws.append(["填表人：王芳"])
    ms = wb.create_sheet("社区妇联执委名单")
    ms.append(["社区妇联执委名单"])
    ms.append(FED_MEMBER_HEADERS)
    for row in members or FED_MEMBERS:
        ms.append(row)
    wb.save(path)
    return path


def federation_bad_book(path: Path) -> Path:
    """The same return with the faults a clerk makes, one cell each (rows as Excel numbers them):
    a 换届时间 that is no date (社区妇联…表 row 4), a role that is none (执委名单 row 9, 会长), a
    party post that is none (row 6, 党员), a yes/no that is neither (row 8, 也许), a second 主席
    (row 7)."""
    members = [list(r) for r in FED_MEMBERS]
    members[6][3] = "会长"
    members[3][9] = "党员"
    members[5][11] = "也许"
    members[4][3] = "主席"
    congresses = [[1, "广安街道", "槐柏", "是", "2026年13月8日", 45, 40, "已完成"],
                  [2, "广安街道", "枣林社区", "√", "2026.4.10", 40, 36, "已选举"]]
    return federation_handtyped_book(path, members, congresses)
