"""Issue 13: a file made by the release before 社区妇联 terms (schema 5) opens, migrates after a
backup, and gives the same statistics for its old terms, key for key."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fdh_desktop.storage import Store, migrations
from fdh_desktop.storage.backup import list_backups

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def _stats(db: Path, term: int) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "FDH_DB"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-m", "fdh_desktop", "--db", str(db), "stats", "--term", str(term), "--json"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _kept(old: object, new: object) -> None:
    """Every key of the old output is in the new one with the same value (new keys may be added)."""
    if isinstance(old, dict):
        assert isinstance(new, dict)
        for key, value in old.items():
            assert key in new, key
            _kept(value, new[key])
    else:
        assert new == old


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("release") / "district.sqlite"
    shutil.copyfile(DATA / "release_0_2_demo.sqlite", path)
    with Store.open(path) as store:
        assert store.schema_version == migrations.LATEST
        assert [t.form for t in store.terms()] == ["妇代会", "妇代会"]
    assert [b for b in list_backups(path) if "migration" in b.path.name]  # the backup came first
    return path


@pytest.mark.parametrize("term", [5, 6])
def test_old_terms_give_the_same_statistics_after_the_migration(migrated, term):
    before = json.loads((DATA / f"release_0_2_demo_stats_{term}.json").read_text(encoding="utf-8"))
    after = _stats(migrated, term)
    _kept(before, after)


def test_the_one_column_maps_into_the_two_committee_fields_without_loss(migrated):
    with Store.open(migrated) as store:
        seen = set()
        for community in store.communities():
            for member in store.members(community.id, 6):
                seen.add((member.rc_post, member.party_post, member.committee_post, member.other_post))
    assert ("社区党组织书记", "书记", None, False) in seen
    assert ("居委会主任", None, "主任", False) in seen
    assert ("居委会副主任", None, "副主任", False) in seen
    assert all(rc is None or rc == ("社区党组织书记" if party == "书记" else rc) for rc, party, _, _ in seen)
