"""`fdh backup`, `fdh backups`, `fdh restore`, and commands on a damaged file, as real processes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from safety_helpers import corrupt_table_page, dump

from fdh_desktop.storage.backup import list_backups

ROOT = Path(__file__).resolve().parents[2]


def fdh(fdh_cmd, db: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FDH_LOCK_WAIT": "5"}
    return subprocess.run([*fdh_cmd, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=ROOT, timeout=120)


def test_backup_list_and_restore_from_the_command_line(district, fdh_cmd):
    before = dump(district)
    made = fdh(fdh_cmd, district, "backup")
    assert made.returncode == 0, made.stderr
    path = Path(made.stdout.split("已备份到：", 1)[1].split("（", 1)[0])
    assert path.parent == district.parent / "backups" and path.exists()

    listed = fdh(fdh_cmd, district, "backups")
    assert listed.returncode == 0 and path.name in listed.stdout and "手动备份" in listed.stdout

    changed = fdh(fdh_cmd, district, "summary")  # a read command leaves the backups alone
    assert changed.returncode == 0 and len(list_backups(district)) == 1

    # A clerk types just the file name shown by `fdh backups`.
    district.unlink()
    done = fdh(fdh_cmd, district, "restore", path.name)
    assert done.returncode == 0, done.stderr
    assert dump(district) == before


def test_restore_refuses_a_bad_file_in_one_line(district, fdh_cmd, tmp_path):
    bad = tmp_path / "坏的备份.sqlite"
    bad.write_bytes(b"\x00" * 4096)
    before = district.read_bytes()
    result = fdh(fdh_cmd, district, "restore", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "坏的备份.sqlite" in result.stderr and "未作任何改动" in result.stderr
    assert district.read_bytes() == before
    missing = fdh(fdh_cmd, district, "restore", "nothing.sqlite")
    assert missing.returncode == 1 and "找不到备份文件" in missing.stderr


def test_commands_that_write_refuse_a_damaged_file_naming_the_latest_good_backup(district, fdh_cmd):
    good = fdh(fdh_cmd, district, "backup")
    assert good.returncode == 0
    corrupt_table_page(district, "members")
    before = district.read_bytes()
    for args in (["init", "--district", "某区", "--term", "6"], ["demo"]):
        result = fdh(fdh_cmd, district, *args)
        assert result.returncode == 1, args
        line = result.stderr.strip()
        assert "\n" not in line and "已损坏" in line and "fdh restore" in line, line
        assert list_backups(district)[0].path.name in line
    assert district.read_bytes() == before


def test_reading_a_damaged_file_warns_and_never_crashes(district, fdh_cmd):
    corrupt_table_page(district, "members")
    before = district.read_bytes()
    result = fdh(fdh_cmd, district, "summary")
    assert "已损坏" in result.stderr and "内部错误" not in result.stderr and "Traceback" not in result.stderr
    assert district.read_bytes() == before
