"""`fdh` run as a user runs it: a subprocess, its exit status, stdout and stderr."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from fdh_desktop.domain import vocab

ROOT = Path(__file__).resolve().parents[1]
SHARE_PCT = re.compile(r"\d+\.\d")  # one decimal by default
POINTS = re.compile(r"-?\d+\.\d")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A clean environment: no FDH_DB, data and log folders inside the test's tmp_path."""
    e = {k: v for k, v in os.environ.items() if k != "FDH_DB"}
    e.update(
        XDG_DATA_HOME=str(tmp_path / "xdg-data"), XDG_STATE_HOME=str(tmp_path / "xdg-state"),
        XDG_CACHE_HOME=str(tmp_path / "xdg-cache"), HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8",
    )
    return e


@pytest.fixture
def fdh(fdh_cmd, env, tmp_path):
    def run(*args: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*fdh_cmd, *args], capture_output=True, text=True, encoding="utf-8", cwd=tmp_path,
            env={**env, **(extra_env or {})}, timeout=60,
        )
    return run


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """`fdh demo` once for the module, through the real command (fdh_cmd is function-scoped)."""
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    env = {k: v for k, v in os.environ.items() if k != "FDH_DB"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(path), "demo"], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "宣南区" in done.stdout and "8个街道" in done.stdout and "110个社区" in done.stdout
    return path


@pytest.fixture
def demo(demo_file, tmp_path) -> Path:
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, copy)
    return copy


def stats_json(fdh, db: Path, *args: str) -> dict:
    done = fdh("--db", str(db), "stats", "--json", *args)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return json.loads(done.stdout)


# -- the documented JSON -----------------------------------------------------------------------


def assert_share(share: object) -> None:
    assert isinstance(share, dict) and set(share) == {"count", "pct"}, share
    assert isinstance(share["count"], int) and not isinstance(share["count"], bool)
    assert share["pct"] is None or SHARE_PCT.fullmatch(share["pct"]), share


def assert_change(change: object) -> None:
    assert isinstance(change, dict) and set(change) == {"count", "pct_points"}, change
    assert isinstance(change["count"], int)
    points = change["pct_points"]
    assert points is None or (POINTS.fullmatch(points) and points != "-0.0"), change


BANDS = ["35岁及以下", "36至45岁", "46岁及以上"]
GROUPS = ["大专及以上", "高中/中专", "初中及以下"]


def assert_term_figures(figures: dict) -> None:
    assert list(figures["congresses"]) == ["should_establish", "established", "completed"]
    assert all(isinstance(v, int) for v in figures["congresses"].values())
    chairs = figures["chairs"]
    assert list(chairs) == ["total", "post", "key_post", "new", "age_band", "age_mean", "age_max", "age_min",
                            "party", "education", "education_detail",
                            "two_committees", "party_org", "residents_committee", "one_shoulder",
                            "age_45_or_under", "minority"]
    for key in list(chairs)[-6:]:
        assert_share(chairs[key])
    assert list(chairs["post"]) == list(vocab.POSTS)
    assert list(chairs["age_band"]) == BANDS
    assert list(chairs["education"]) == GROUPS
    assert list(chairs["education_detail"]) == list(vocab.EDUCATION)
    for share in [chairs["key_post"], chairs["new"], chairs["party"], *chairs["post"].values(),
                  *chairs["age_band"].values(), *chairs["education"].values(), *chairs["education_detail"].values()]:
        assert_share(share)
    assert chairs["age_mean"] is None or SHARE_PCT.fullmatch(chairs["age_mean"])
    reps = figures["representatives"]
    assert list(reps) == ["total", "community_units", "migrants"] and isinstance(reps["total"], int)
    assert_share(reps["community_units"])
    assert_share(reps["migrants"])


def test_stats_json_has_the_documented_shape(fdh, demo):
    report = stats_json(fdh, demo, "--term", "6")
    assert list(report) == ["district", "term", "street", "previous_term", "congresses", "chairs",
                            "representatives", "previous", "change", "form", "executives", "targets"]
    assert (report["district"], report["term"], report["street"], report["previous_term"]) == ("宣南区", 6, None, 5)
    assert_term_figures(report)
    assert_term_figures(report["previous"])
    change = report["change"]
    assert list(change) == ["key_post", "new", "party", "age_band", "education", "post", "age_mean",
                            "two_committees", "party_org", "residents_committee", "one_shoulder",
                            "age_45_or_under", "minority", "executives"]
    for item in [change["key_post"], change["new"], change["party"], *change["age_band"].values(),
                 *change["education"].values(), *change["post"].values()]:
        assert_change(item)
    assert list(change["age_band"]) == BANDS and list(change["education"]) == GROUPS
    assert list(change["post"]) == list(vocab.POSTS)
    assert POINTS.fullmatch(change["age_mean"])


def test_stats_json_carries_the_seed_figures(fdh, demo):
    report = stats_json(fdh, demo, "--term", "6")
    assert report["congresses"]["should_establish"] == 110
    assert report["congresses"]["established"] == 106
    chairs = report["chairs"]
    assert chairs["total"] == 106
    assert chairs["post"]["居委会主任"] == {"count": 39, "pct": "36.8"}
    assert chairs["key_post"] == {"count": 100, "pct": "94.3"}
    assert chairs["new"] == {"count": 92, "pct": "86.8"}
    assert chairs["age_band"]["36至45岁"] == {"count": 48, "pct": "45.3"}
    assert chairs["education"]["高中/中专"] == {"count": 29, "pct": "27.4"}
    assert chairs["age_mean"] == "45.0"


def test_changes_can_be_checked_by_subtraction(fdh, demo):
    report = stats_json(fdh, demo)
    cur, prev, change = report["chairs"], report["previous"]["chairs"], report["change"]
    for name in ("key_post", "new", "party"):
        assert change[name]["count"] == cur[name]["count"] - prev[name]["count"]
        assert Decimal(change[name]["pct_points"]) == Decimal(cur[name]["pct"]) - Decimal(prev[name]["pct"])
    for band in BANDS:
        assert Decimal(change["age_band"][band]["pct_points"]) == (
            Decimal(cur["age_band"][band]["pct"]) - Decimal(prev["age_band"][band]["pct"]))
    assert Decimal(change["age_mean"]) == Decimal(cur["age_mean"]) - Decimal(prev["age_mean"])


def test_stats_of_the_first_recorded_term_has_no_comparison(fdh, demo):
    report = stats_json(fdh, demo, "--term", "5")
    assert report["term"] == 5 and report["previous"] is None and report["change"] is None
    assert report["congresses"]["should_establish"] == 108


def test_stats_of_one_street(fdh, demo):
    whole = stats_json(fdh, demo)
    niujie = stats_json(fdh, demo, "--street", "牛街")
    assert niujie["street"] == "牛街"
    assert 0 < niujie["congresses"]["should_establish"] < whole["congresses"]["should_establish"]
    assert niujie["chairs"]["total"] <= niujie["congresses"]["established"]
    assert niujie["previous"] is not None  # the comparison is of the same street
    assert niujie["previous"]["chairs"]["total"] < whole["previous"]["chairs"]["total"]


def test_stats_as_text_tables(fdh, demo):
    done = fdh("--db", str(demo), "stats", "--term", "6")
    assert done.returncode == 0 and done.stderr == ""
    for heading in ("【组建情况】", "【妇代会主任任职情况】", "【妇代会主任年龄结构】", "【代表结构】"):
        assert heading in done.stdout
    assert "36.8%" in done.stdout
    assert "四舍五入" in done.stdout.strip().splitlines()[-1]


def test_summary_paragraph(fdh, demo):
    done = fdh("--db", str(demo), "summary", "--term", "6")
    assert done.returncode == 0 and done.stderr == ""
    text = done.stdout.strip()
    assert text.startswith("第六届全区应建社区妇代会110个，实建106个")  # the demo's 本届 is 第七届
    assert "担任居委会主任39人，占36.8%" in text
    assert "新任妇代会主任92人，占86.8%" in text
    assert "比上届" in text
    assert "\n" not in text  # one paragraph


def test_summary_of_an_earlier_term_and_a_street(fdh, demo):
    done = fdh("--db", str(demo), "summary", "--term", "5")
    assert done.returncode == 0
    assert done.stdout.startswith("第五届全区应建社区妇代会108个")
    done = fdh("--db", str(demo), "summary", "--street", "牛街", "--term", "6")
    assert done.returncode == 0 and done.stdout.startswith("第六届牛街街道应建社区妇代会")
    done = fdh("--db", str(demo), "summary", "--street", "牛街")
    assert done.returncode == 0 and done.stdout.startswith("本届牛街街道应建社区")


# -- init and the database path ----------------------------------------------------------------


def test_init_then_empty_statistics(fdh, tmp_path):
    db = tmp_path / "new" / "district.sqlite"
    done = fdh("--db", str(db), "init", "--district", "测试区", "--term", "6", "--year", "2023")
    assert done.returncode == 0, done.stderr
    assert "测试区" in done.stdout and db.exists()
    report = stats_json(fdh, db)
    assert (report["district"], report["term"], report["previous"], report["change"]) == ("测试区", 6, None, None)
    assert report["congresses"] == {"should_establish": 0, "established": 0, "completed": 0}
    assert report["chairs"]["key_post"] == {"count": 0, "pct": None}
    # A new district is a 妇联 district (DOMAIN.md Part 2), and the paragraph says so.
    summary = fdh("--db", str(db), "summary")
    assert summary.returncode == 0 and summary.stdout.startswith("本届全区应建社区妇联0个，实建0个")
    old_style = tmp_path / "old" / "district.sqlite"
    assert fdh("--db", str(old_style), "init", "--district", "测试区", "--term", "6", "--form", "妇代会").returncode == 0
    summary = fdh("--db", str(old_style), "summary")
    assert summary.returncode == 0 and summary.stdout.startswith("本届全区应建社区妇代会0个，实建0个")


def test_init_twice_is_refused(fdh, tmp_path):
    db = tmp_path / "district.sqlite"
    assert fdh("--db", str(db), "init", "--district", "测试区", "--term", "6").returncode == 0
    done = fdh("--db", str(db), "init", "--district", "别的区", "--term", "5")
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and "测试区" in done.stderr


def test_demo_needs_an_empty_database(fdh, demo):
    before = demo.read_bytes()
    done = fdh("--db", str(demo), "demo")
    assert done.returncode == 1 and "空数据库" in done.stderr
    assert demo.read_bytes() == before


def test_fdh_db_environment_variable(fdh, tmp_path):
    db = tmp_path / "from-env.sqlite"
    assert fdh("demo", extra_env={"FDH_DB": str(db)}).returncode == 0
    assert db.exists()
    report = json.loads(fdh("stats", "--json", extra_env={"FDH_DB": str(db)}).stdout)
    assert report["district"] == "宣南区"
    # --db wins over the environment
    other = tmp_path / "other.sqlite"
    done = fdh("--db", str(other), "init", "--district", "测试区", "--term", "1", extra_env={"FDH_DB": str(db)})
    assert done.returncode == 0 and other.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_DATA_HOME steers platformdirs on Linux only")
def test_default_database_is_in_the_user_data_folder(fdh, tmp_path):
    assert fdh("init", "--district", "测试区", "--term", "6").returncode == 0
    assert list((tmp_path / "xdg-data").rglob("district.sqlite"))


# -- bad input: one line, a non-zero status, no traceback --------------------------------------


def not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库\n" * 100, encoding="utf-8")
    return path


def newer_database(tmp_path: Path) -> Path:
    path = tmp_path / "newer.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    return path


def empty_database(tmp_path: Path) -> Path:
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()
    return path


# (arguments with {demo} / {db} placeholders, expected status, words the one line must contain)
BAD = [
    pytest.param(["--db", "{demo}", "stats", "--term", "9"], 1, ["第9届", "不存在"], id="unknown term"),
    pytest.param(["--db", "{demo}", "summary", "--term", "9"], 1, ["第9届"], id="unknown term in summary"),
    pytest.param(["--db", "{demo}", "stats", "--street", "火星"], 1, ["火星", "街道"], id="unknown street"),
    pytest.param(["--db", "{tmp}/missing.sqlite", "stats"], 1, ["不存在", "missing.sqlite"], id="missing db"),
    pytest.param(["--db", "{tmp}/no/such/dir/x.sqlite", "summary"], 1, ["不存在"], id="missing folder"),
    pytest.param(["--db", "{notdb}", "stats"], 1, ["不是数据库"], id="not a database"),
    pytest.param(["--db", "{newer}", "stats"], 1, ["比本程序新"], id="newer database"),
    pytest.param(["--db", "{empty}", "stats", "--json"], 1, ["尚未初始化"], id="uninitialised database"),
    pytest.param(["--db", "{tmp}", "stats"], 1, ["文件夹"], id="directory as db"),
    pytest.param(["--db", "{tmp}", "init", "--district", "区", "--term", "1"], 1, ["文件夹"], id="directory for init"),
    pytest.param(["--db", "{demo}", "stats", "--bogus"], 2, ["用法", "--bogus"], id="bad option"),
    pytest.param(["--db", "{demo}", "stats", "--term", "六"], 2, ["用法", "--term"], id="term not a number"),
    pytest.param(["--db", "{demo}", "stats", "--json", "--xlsx", "a.xlsx"], 2, ["用法"], id="two outputs"),
    pytest.param(["--db", "{demo}", "frobnicate"], 2, ["用法"], id="unknown command"),
    pytest.param(["--db", "{tmp}/x.sqlite", "init", "--term", "6"], 2, ["用法", "--district"], id="missing option"),
    pytest.param(["--db", "{tmp}/x.sqlite", "init", "--district", " ", "--term", "6"], 1, ["区名称"], id="blank district"),
]


@pytest.mark.parametrize(("args", "status", "words"), BAD)
def test_bad_input_prints_one_clear_line(fdh, demo, tmp_path, args, status, words):
    places = {"{demo}": str(demo), "{tmp}": str(tmp_path), "{notdb}": str(not_a_database(tmp_path)),
              "{newer}": str(newer_database(tmp_path)), "{empty}": str(empty_database(tmp_path))}
    argv = []
    for arg in args:
        for key, value in places.items():
            arg = arg.replace(key, value)
        argv.append(arg)
    done = fdh(*argv)
    assert done.returncode == status, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr + done.stdout
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    for word in words:
        assert word in done.stderr, (word, done.stderr)
    assert done.stdout == ""


def test_refusals_write_nothing(fdh, demo, tmp_path):
    before = demo.read_bytes()
    fdh("--db", str(demo), "stats", "--street", "火星")
    fdh("--db", str(demo), "init", "--district", "别的区", "--term", "5")
    assert demo.read_bytes() == before
    missing = tmp_path / "missing.sqlite"
    fdh("--db", str(missing), "stats")
    assert not missing.exists()
    newer = newer_database(tmp_path)
    before = newer.read_bytes()
    fdh("--db", str(newer), "stats")
    assert newer.read_bytes() == before


def test_no_command_shows_usage(fdh):
    done = fdh()
    assert done.returncode == 2
    assert "stats" in done.stdout + done.stderr and "Traceback" not in done.stderr


def test_version(fdh):
    done = fdh("--version")
    assert done.returncode == 0 and done.stdout.startswith("fdh ")
