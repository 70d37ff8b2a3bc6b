"""Issue 12, finding 5: a community the statistics cannot count (no congress record of the term)
is named by the consistency check, instead of "all sums agree"."""

from __future__ import annotations

import shutil

from fdh_desktop.services.statistics import consistency
from fdh_desktop.storage import Store


def test_a_community_without_a_congress_record_is_named(demo_db, tmp_path):
    path = tmp_path / "district.sqlite"
    shutil.copyfile(demo_db, path)
    with Store.open(path) as store:
        before = [c.message for c in consistency(store, 6)]
        assert not any("没有本届的妇代会记录" in m for m in before)
        street = store.require_street("天桥")
        with store.write("places", "新增社区"):
            # as a file from before each new community got its record (or a term added later)
            store.add_community(street.id, "新建小区社区")
        checks = consistency(store, 6)
        named = [c for c in checks if "没有本届的妇代会记录" in c.message]
        assert len(named) == 1 and named[0].level == "warning" and "天桥 新建小区社区" in named[0].message
        assert not any(c.message.startswith("各项之和与总数一致") for c in checks)
        assert [c for c in consistency(store, 6, street="广内") if "没有本届的妇代会记录" in c.message] == []
