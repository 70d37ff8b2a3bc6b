"""Applying a checked plan: every file in one transaction, with an import record per file."""

from __future__ import annotations

from fdh_desktop.storage import StoreError
from fdh_desktop.storage.writer import CongressWrite

from .bulk import cycle_collector_paused
from .contract import FilePlan, ImportPlan
from .stage_dates import write_stage_dates


def apply_import(store, plan: ImportPlan) -> None:
    """Write a plan without errors in one transaction, with an import record per file."""
    if plan.has_errors:
        raise StoreError("导入的文件有错误，未写入任何数据；请先改正错误")
    if not plan.changes_anything:
        return  # nothing to write: no changeset, no history, the file stays as it was
    if plan.base_changeset is not None and store.last_changeset_id() != plan.base_changeset:
        raise StoreError("检查之后数据库已被修改，请重新检查这些文件后再导入")
    names = "、".join(f.name for f in plan.files)
    with cycle_collector_paused(), store.write("import", f"导入{names}"):
        streets = {s.name: s.id for s in store.streets()}
        for fp in plan.files:
            store.ensure_term(fp.term)
            for street in fp.new_streets:
                if street not in streets:
                    streets[street] = store.add_street(street).id
            created = [cp for cp in fp.communities if cp.community_id is None]
            ids = store.add_communities([(streets[cp.street], cp.community, cp.code) for cp in created])
            for cp, community_id in zip(created, ids):
                cp.community_id = community_id
            new = {id(cp) for cp in created}
            items: list[CongressWrite] = []
            for cp in fp.communities:
                if cp.set_code and id(cp) not in new:
                    store.update_community(cp.community_id, code=cp.set_code)
                if cp.status == "unchanged":
                    continue
                items.append(CongressWrite(cp.community_id, cp.congress, cp.member_list, cp.members, cp.stored))
            store.write_congress_batch(fp.term, items)
            write_stage_dates(store, fp.term, fp.communities)
            import_id = store.record_import(fp.name, fp.sha256, fp.term, fp.counts())
            store.set_import_outcome(import_id, _streets(fp), len(fp.warnings))


def record_refusals(store, plan: ImportPlan) -> int:
    """Keep each refused file (errors, nothing of it written) as a refused return of its streets,
    with its first error as the reason, so the 进度 board shows the street's return was refused.
    One transaction; returns how many were kept."""
    refused = [fp for fp in plan.files if fp.has_errors]
    if not refused:
        return 0
    with store.write("import_refused", "拒绝导入" + "、".join(fp.name for fp in refused)):
        for fp in refused:
            store.record_refused_import(fp.name, fp.sha256, fp.term, _streets(fp), fp.errors[0].line())
    return len(refused)


def _streets(fp: FilePlan) -> list[str]:
    """The streets a workbook covers, in its order (the board shows each street's last return)."""
    return list(dict.fromkeys(cp.street for cp in fp.communities if cp.street))
