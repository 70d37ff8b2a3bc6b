"""The cycle collector waits during an import's plan and write, and is itself again afterwards."""

from __future__ import annotations

import gc

import pytest

from fdh_desktop.services.importing import ImportCancelled, apply_import, plan_import
from fdh_desktop.services.importing.bulk import cycle_collector_paused


def test_the_collector_is_back_after_the_pause_also_when_the_work_fails():
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with cycle_collector_paused():
            assert not gc.isenabled()
            raise ValueError("a failure half-way")
    assert gc.isenabled()
    gc.disable()
    try:
        with cycle_collector_paused():
            pass
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_an_import_planned_applied_or_cancelled_leaves_the_collector_on(demo_store, tmp_path):
    from fdh_desktop.services.exporting import export_term

    book = export_term(demo_store, tmp_path / "全区.xlsx").path
    seen = []
    plan = plan_import(demo_store, [book], progress=lambda *_: seen.append(gc.isenabled()))
    assert gc.isenabled() and False in seen  # paused while the rows were read and checked
    demo_store.add_street("新街道")  # so the same file is read and compared again
    apply_import(demo_store, plan_import(demo_store, [book]))
    assert gc.isenabled()
    with pytest.raises(ImportCancelled):
        plan_import(demo_store, [book], cancelled=lambda: True)
    assert gc.isenabled()
