"""An import plan in Chinese words, and the copy of a faulty workbook with its bad cells marked."""

from __future__ import annotations

from pathlib import Path

from fdh_desktop.os_errors import describe as describe_os_error
from fdh_desktop.domain.diffing import MemberDiff
from fdh_desktop.domain.labels import label
from fdh_desktop.domain.records import term_label
from fdh_desktop.storage import StoreError

from .contract import FilePlan, ImportPlan, show_value


def describe_plan(plan: ImportPlan, unchanged_limit: int = 0) -> list[str]:
    """The plan as lines of Chinese text, for `fdh import` and a log."""
    lines: list[str] = []
    for fp in plan.files:
        kind = {"xlsx": "", "xls": "（.xls）", "ods": "（.ods）"}.get(fp.format, "")
        lines.append(f"文件：{fp.name}{kind}  {term_label(fp.term)}")
        if fp.has_errors:
            lines.append(f"  有{len(fp.errors)}处错误，未导入")
            continue
        if fp.already_imported:
            when = fp.previous_imports[0]["at"].replace("T", " ")
            lines.append(f"  此文件已于{when}导入，之后数据库没有任何改动，无需再次导入")
            continue
        for when in fp.previous_imports[:1]:
            lines.append(f"  此文件已于{when['at'].replace('T', ' ')}导入过")
        counts = fp.counts()
        lines.append(
            f"  社区：新增{counts['communities_added']}个，修改{counts['communities_changed']}个，"
            f"未变{counts['communities_unchanged']}个；班子成员：新增{counts['members_added']}人，"
            f"修改{counts['members_changed']}人，删除{counts['members_removed']}人")
        if fp.new_streets:
            lines.append(f"  将新建街道{len(fp.new_streets)}个：{_some(fp.new_streets)}")
        if fp.new_communities:
            lines.append(f"  将新建社区{len(fp.new_communities)}个：{_some(fp.new_communities)}")
        shown_unchanged = 0
        for cp in fp.communities:
            if cp.status == "unchanged":
                shown_unchanged += 1
                if shown_unchanged <= unchanged_limit:
                    lines.append(f"    {cp.label}：未变")
                continue
            lines.append(f"    {cp.label}：{'新增' if cp.status == 'added' else '修改'}{_member_summary(cp.members)}")
            for field_label, old, new in cp.congress_changes:
                lines.append(f"      {field_label}：{show_value(old) or '（空）'} → {show_value(new) or '（空）'}")
            if cp.set_code:
                lines.append(f"      社区代码：（空） → {cp.set_code}")
            for old, new in cp.members.changed:
                changes = [f"{label(k)} {show_value(v) or '（空）'}→{show_value(new.content()[k]) or '（空）'}"
                           for k, v in old.content().items() if new.content()[k] != v]
                lines.append(f"      修改 {old.name}：{'，'.join(changes)}")
            for old in cp.members.removed:
                lines.append(f"      删除 {old.role} {old.name}")
            if cp.status == "changed":
                for new in cp.members.added:
                    lines.append(f"      新增 {new.role} {new.name}")
            if cp.reordered and cp.members.is_empty and not cp.congress_changes:
                lines.append("      班子成员顺序调整")
        if not fp.changes_anything:
            lines.append("  与数据库一致，没有需要写入的修改")
    return lines


def _some(names: list[str], limit: int = 20) -> str:
    return "、".join(names[:limit]) + (f"等（共{len(names)}个）" if len(names) > limit else "")


def _member_summary(diff: MemberDiff) -> str:
    parts = []
    if diff.added:
        parts.append(f"新增成员{len(diff.added)}人")
    if diff.changed:
        parts.append(f"修改{len(diff.changed)}人")
    if diff.removed:
        parts.append(f"删除{len(diff.removed)}人")
    return "（" + "，".join(parts) + "）" if parts else ""


def error_copy_path(file_plan: FilePlan, out_dir: Path | None = None) -> Path:
    folder = Path(out_dir) if out_dir is not None else file_plan.path.parent
    return folder / f"{file_plan.path.stem}_错误标注.xlsx"


def write_error_copy(file_plan: FilePlan, out_dir: Path | None = None) -> Path:
    """A copy of a faulty workbook with each bad cell marked red and a 错误说明 column."""
    from fdh_desktop.excel.errorcopy import ErrorCopyRefused, write_marked_copy

    if file_plan.workbook is None:
        raise StoreError(f"“{file_plan.name}”无法读取，不能生成标注错误的副本")
    target = error_copy_path(file_plan, out_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_marked_copy(file_plan.workbook, file_plan.problems, target)
    except ErrorCopyRefused as exc:
        raise StoreError(f"“{file_plan.name}”{exc}") from None
    except OSError as exc:
        raise StoreError(f"无法写入标注错误的副本：{target}（{describe_os_error(exc)}）") from None
    return target
