"""目标设置 kept in the settings table: the defaults until saved, saved as one action, refused with
one clear message, and read back by a reopened file."""

from __future__ import annotations

import pytest

from fdh_desktop.domain.federation_statistics import Target
from fdh_desktop.services import targets as service
from fdh_desktop.storage import Store, StoreError


def test_defaults_until_the_district_saves_its_own(tmp_path):
    path = tmp_path / "d.sqlite"
    with Store.open(path, create=True) as store:
        assert service.targets(store) == list(service.DEFAULT_TARGETS)
        names = [c.label for c in service.measure_choices(store)]
        assert "妇联主席进两委" in names and "执委人数在7至21人之间" in names
        changes = service.save_targets(store, [Target("chair_one_shoulder", " 30% ", "书记主任一肩挑"),
                                               Target("executives_college", "62.5")])
        assert changes.settings
        assert not service.save_targets(store, service.targets(store))  # unchanged: nothing written
    with Store.open(path) as store:
        assert service.targets(store) == [Target("chair_one_shoulder", "30", "书记主任一肩挑"),
                                          Target("executives_college", "62.5")]
        service.reset_targets(store)
        assert service.targets(store) == list(service.DEFAULT_TARGETS)


@pytest.mark.parametrize("aim", ["120", "-1", "很高", ""])
def test_an_aim_outside_0_to_100_is_refused_and_nothing_written(tmp_path, aim):
    with Store.open(tmp_path / "d.sqlite", create=True) as store:
        with pytest.raises(StoreError, match=f"目标值“{aim}”应为0至100之间的百分比"):
            service.save_targets(store, [Target("chair_two_committees", "90"), Target("executives_odd", aim)])
        assert store.stored_targets() is None


def test_an_unknown_measure_is_refused(tmp_path):
    with Store.open(tmp_path / "d.sqlite", create=True) as store:
        with pytest.raises(StoreError, match="不认识的目标项目“chair_height”"):
            service.save_targets(store, [Target("chair_height")])
