"""`fdh template`, `fdh import` and `fdh export` as a clerk runs them: exit codes, messages, files."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from excel_helpers import congress, dump_db, exchange_book, good_rows, member


def fdh(fdh_cmd, db, *args):
    env = {**os.environ, "FDH_DB": str(db), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*fdh_cmd, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


@pytest.fixture
def district(demo_db, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "district.sqlite"
    shutil.copyfile(demo_db, path)
    return path


def test_template_and_export_write_workbooks(fdh_cmd, district, tmp_path):
    out = fdh(fdh_cmd, district, "template", "--out", str(tmp_path / "t.xlsx"), "--street", "天桥", "--term", "6")
    assert out.returncode == 0, out.stderr
    assert "13个社区" in out.stdout and (tmp_path / "t.xlsx").exists()
    out = fdh(fdh_cmd, district, "export", "--out", str(tmp_path / "e.xlsx"), "--term", "6")
    assert out.returncode == 0, out.stderr
    assert "110个社区，705名班子成员" in out.stdout
    assert fdh(fdh_cmd, district, "template", "--out", str(tmp_path / "t.xls")).returncode == 2
    missing = fdh(fdh_cmd, district, "export", "--out", str(tmp_path / "e2.xlsx"), "--term", "9")
    assert missing.returncode == 1 and "第9届不存在" in missing.stderr
    nostreet = fdh(fdh_cmd, district, "template", "--out", str(tmp_path / "t2.xlsx"), "--street", "不存在")
    assert nostreet.returncode == 1 and "没有名为“不存在”的街道" in nostreet.stderr


def test_import_dry_run_then_import_then_again(fdh_cmd, district, tmp_path):
    congresses, members = good_rows()
    book = exchange_book(tmp_path / "广安.xlsx", congresses, members)
    before = dump_db(district)
    dry = fdh(fdh_cmd, district, "import", str(book), "--dry-run", "--term", "6")
    assert dry.returncode == 0, dry.stderr
    assert "将新建街道1个：广安" in dry.stdout and "试运行" in dry.stdout
    assert dump_db(district) == before
    real = fdh(fdh_cmd, district, "import", str(book), "--term", "6")
    assert real.returncode == 0, real.stderr
    assert "已导入" in real.stdout
    after = dump_db(district)
    assert after != before
    assert [r[2] for r in after["imports"] if r not in before["imports"]] == ["广安.xlsx"]  # the demo has its returns
    again = fdh(fdh_cmd, district, "import", str(book), "--term", "6")
    assert again.returncode == 0 and "此文件已于" in again.stdout and "未写入任何修改" in again.stdout
    assert dump_db(district) == after


def test_import_with_errors_prints_every_error_and_writes_marked_copies(fdh_cmd, district, tmp_path):
    congresses, members = good_rows()
    good = exchange_book(tmp_path / "good.xlsx", congresses, members)
    bad = exchange_book(tmp_path / "bad.xlsx", [congress(community="枣林社区", 到会代表数=50)],
                        [member("李秀英", "主任", community="枣林社区"), member("赵敏", community="枣林社区", 身份证号=1.10102197506030e17)])
    before = dump_db(district)
    out = fdh(fdh_cmd, district, "import", str(good), str(bad), "--errors-dir", str(tmp_path / "marked"), "--term", "6")
    assert out.returncode == 1
    lines = [line for line in out.stderr.splitlines() if line.startswith("[错误]")]
    assert lines == [
        "[错误] bad.xlsx / 工作表“社区妇代会” / 第2行 / “到会代表数”列 / 值“50”：到会代表数（50）不能大于代表总数（40）",
        "[错误] bad.xlsx / 工作表“班子成员” / 第3行 / “身份证号”列 / 值“1.1010219750603e+17”："
        "身份证号被Excel转成了数字，后几位已丢失，无法恢复；请把该列设为“文本”格式后重新录入",
    ]
    assert "未导入任何数据" in out.stderr
    assert (tmp_path / "marked" / "bad_错误标注.xlsx").exists()
    assert not (tmp_path / "marked" / "good_错误标注.xlsx").exists()
    assert dump_db(district) == before


def test_import_usage_errors_exit_2(fdh_cmd, district, tmp_path):
    assert fdh(fdh_cmd, district, "import", str(tmp_path / "missing.xlsx")).returncode == 2
    assert fdh(fdh_cmd, district, "import", str(tmp_path)).returncode == 2
    congresses, members = good_rows()
    book = exchange_book(tmp_path / "x.xlsx", congresses, members)
    assert fdh(fdh_cmd, district, "import", str(book), "--term", "0").returncode == 2


def test_import_into_a_new_term_creates_it(fdh_cmd, district, tmp_path):
    congresses, members = good_rows()
    book = exchange_book(tmp_path / "x.xlsx", congresses, members)
    out = fdh(fdh_cmd, district, "import", str(book), "--term", "8")  # the demo ends at 第七届
    assert out.returncode == 0, out.stderr
    stats = fdh(fdh_cmd, district, "stats", "--term", "8", "--json")
    assert stats.returncode == 0 and '"should_establish": 1' in stats.stdout
