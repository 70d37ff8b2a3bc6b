"""The change history in words a clerk reads, and the two ways back (no Qt).

community_history / person_history: one entry per changed field (time, who, action, what,
field label, old → new). restore_member brings back a deleted member; revert_community undoes
one changeset (an import, a form save) for one community. Each way back is one transaction and
is itself recorded in the history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from fdh_desktop.domain.labels import BOOL_FIELDS, CONGRESS_LABELS, MEMBER_LABELS
from fdh_desktop.domain.records import term_label
from fdh_desktop.storage import Store

ACTION_LABELS: dict[str, str] = {
    "save": "保存",
    "import": "导入",
    "demo": "装入演示数据",
    "init": "新建区",
    "settings": "修改区设置",
    "term": "届次",
    "delete_congress": "删除妇代会记录",
    "add_street": "新增街道",
    "update_street": "修改街道",
    "remove_street": "删除街道",
    "add_community": "新增社区",
    "update_community": "修改社区",
    "remove_community": "删除社区",
    "restore_member": "恢复班子成员",
    "revert": "撤销修改",
    "save_baselines": "上届基数",
    "report_signature": "统计表落款",
    "save_election": "保存选举",
    "delete_election": "删除选举记录",
    "confirm_election": "确认当选",
    "campaign_plan": "换届工作计划",
    "import_refused": "拒绝导入",
    "stage_dates": "修改换届进度日期",
    "form_header": "统计表表头",
    "campaign_state": "换届进度示例",
}

TABLE_LABELS: dict[str, str] = {
    "members": "班子成员",
    "congresses": "妇代会",
    "communities": "社区",
    "streets": "街道",
    "terms": "届次",
    "settings": "区设置",
    "baselines": "上届基数",
    "election_meetings": "选举会议",
    "election_rounds": "选举轮次",
    "election_candidates": "候选人",
    "election_write_ins": "另选他人",
    "campaign_plan": "换届工作计划",
}

OPERATION_LABELS = {"insert": "新增", "update": "修改", "delete": "删除"}

_OTHER_LABELS = {
    "position": "排序",
    "sort_order": "排序",
    "code": "代码",
    "street_id": "所属街道",
    "pilot": "试点",
    "year": "换届年份",
    "reference_date": "基准日期",
    "district": "区名称",
    "current_term": "本届届次",
    "age_bands": "年龄段",
    "decimals": "小数位数",
    # The date a congress reached each 换届进度 stage (storage/convert.STAGE_COLUMNS).
    "preparing_on": "筹备中日期",
    "nominated_on": "已提名日期",
    "elected_on": "已选举日期",
    "completed_on": "已完成日期",
    "day": "计划日期",
}

# Columns that only link rows; a clerk never sees them.
_HIDDEN = frozenset({"id", "congress_id", "community_id"})


@dataclass(frozen=True)
class HistoryEntry:
    history_id: int
    changeset_id: int
    at: str  # "2026-11-24 10:30:00"
    actor: str
    action: str  # Chinese: 导入, 保存, ...
    summary: str
    operation: str  # 新增 / 修改 / 删除
    target: str  # "班子成员 王秀英", "妇代会（第六届）"
    field: str  # field label, "" for a whole row
    old: str
    new: str
    table: str
    row_id: int
    community_id: int | None
    term: int | None
    can_restore: bool = False  # a deleted member who is still gone

    def line(self) -> str:
        change = f"{self.field}：{self.old} → {self.new}" if self.field else ""
        parts = [self.at, self.actor, self.action, f"{self.operation}{self.target}", change]
        return "  ".join(p for p in parts if p)


def field_label(table: str, column: str) -> str:
    if table == "members" and column in MEMBER_LABELS:
        return MEMBER_LABELS[column]
    if table == "congresses" and column in CONGRESS_LABELS:
        return CONGRESS_LABELS[column]
    if column == "name":
        return "名称" if table in ("communities", "streets") else "姓名"
    return _OTHER_LABELS.get(column) or MEMBER_LABELS.get(column) or CONGRESS_LABELS.get(column) or column


def value_text(column: str, value: object) -> str:
    if value is None or value == "":
        return "（空）"
    if column in BOOL_FIELDS or column == "pilot":
        return "是" if value in (1, True, "1") else "否"
    return str(value)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def community_history(store: Store, community_id: int, term: int | None = None, limit: int = 500) -> list[HistoryEntry]:
    """What happened to a community (itself, its congresses and members), newest first."""
    return _entries(store, store.history(community_id, term, limit))


def person_history(store: Store, member_id: int | None = None, id_number: str | None = None,
                   limit: int = 500) -> list[HistoryEntry]:
    """What happened to one person: her member row, and with an ID number every term she served."""
    return _entries(store, store.member_history(member_id, id_number, limit))


def deleted_members(store: Store, community_id: int | None = None, term: int | None = None) -> list[HistoryEntry]:
    return _entries(store, store.deleted_members(community_id, term))


def restore_member(store: Store, history_id: int) -> str:
    """Bring a deleted member back; returns what was done, in Chinese. StoreError when impossible."""
    entry = store.history_entry(history_id)
    name = json.loads(entry["old"] or "{}").get("name", "")
    store.restore_deleted_member(history_id)
    where = f"（{term_label(entry['term'])}）" if entry["term"] else ""
    return f"已恢复班子成员{name}{where}"


@dataclass(frozen=True)
class ChangesetEntry:
    changeset_id: int
    at: str
    actor: str
    action: str
    summary: str
    rows_changed: int
    is_import: bool

    def line(self) -> str:
        return f"{self.at}  {self.actor}  {self.action}  {self.summary}（{self.rows_changed}处）"


def community_changesets(store: Store, community_id: int) -> list[ChangesetEntry]:
    """The changesets that touched a community, newest first: what revert_community can undo."""
    return [
        ChangesetEntry(r["id"], _time(r["at"]), r["actor"], action_label(r["action"]), r["summary"],
                       r["rows_changed"], bool(r["is_import"]) or r["action"] == "import")
        for r in store.community_changesets(community_id)
    ]


def revert_community(store: Store, changeset_id: int, community_id: int) -> str:
    """Put a community back as it was before one changeset (an import, say). StoreError if a later
    change touched the same records."""
    info = store.changeset_info(changeset_id)
    count = store.revert_changeset(changeset_id, community_id)
    return f"已撤销{_time(info['at'])}的{action_label(info['action'])}对该社区的{count}处修改"


def _time(at: str) -> str:
    return at.replace("T", " ")


def _entries(store: Store, rows: list[dict]) -> list[HistoryEntry]:
    names = _names(store, rows)
    present_members = store.existing_ids("members", [
        r["row_id"] for r in rows if r["table_name"] == "members" and r["operation"] == "delete"])
    entries: list[HistoryEntry] = []
    for r in rows:
        old = json.loads(r["old"]) if r["old"] else {}
        new = json.loads(r["new"]) if r["new"] else {}
        target = _target(r, names.get((r["table_name"], r["row_id"]), {}))
        common = dict(
            history_id=r["id"], changeset_id=r["changeset_id"], at=_time(r["at"]), actor=r["actor"],
            action=action_label(r["action"]), summary=r["summary"], operation=OPERATION_LABELS[r["operation"]],
            target=target, table=r["table_name"], row_id=r["row_id"], community_id=r["community_id"], term=r["term"],
        )
        if r["operation"] == "update":
            for column in new:
                if column in _HIDDEN:
                    continue
                entries.append(HistoryEntry(field=field_label(r["table_name"], column),
                                            old=value_text(column, old.get(column)),
                                            new=value_text(column, new.get(column)), **common))
        else:
            gone = (r["table_name"] == "members" and r["operation"] == "delete"
                    and r["row_id"] not in present_members)
            entries.append(HistoryEntry(field="", old="", new="", can_restore=gone, **common))
    return entries


def _names(store: Store, rows: list[dict]) -> dict[tuple[str, int], dict]:
    wanted: dict[str, set[int]] = {}
    for r in rows:
        wanted.setdefault(r["table_name"], set()).add(r["row_id"])
    found: dict[tuple[str, int], dict] = {}
    for table, ids in wanted.items():
        for row_id, row in store.row_labels(table, sorted(ids)).items():
            found[(table, row_id)] = row
    return found


def _target(row: dict, known: dict) -> str:
    table = row["table_name"]
    label = TABLE_LABELS.get(table, table)
    if table == "members":
        name = known.get("name", "")
        role = known.get("role", "")
        return f"{label} {name}（{role}）" if name and role else f"{label} {name}".strip()
    if table == "congresses":
        return f"{label}（{term_label(row['term'])}）" if row["term"] else label
    if table in ("communities", "streets"):
        return f"{label} {known.get('name', '')}".strip()
    if table == "terms":
        return term_label(row["row_id"])
    return label


def recent_history(store: Store, limit: int = 500) -> list[HistoryEntry]:
    """The district's latest changes, newest first."""
    return _entries(store, store.history(limit=limit))
