"""The campaign's rows (migration 5): each congress's stage dates as CommunityProgress, a term's
plan (start date and planned date per stage, pilot streets apart) and the streets' returns.

Stage dates are written by the one congress writer (writer.py); this module reads them."""

from __future__ import annotations

import json
from datetime import date, datetime

from fdh_desktop.domain.campaign import (
    RESULT_REFUSED, RESULT_WARNINGS, RESULT_WRITTEN, STAGES, CampaignPlan, CommunityProgress, ImportRecord,
    date_problems, stage_date_problems,
)
from fdh_desktop.domain.vocab import PROGRESS_NOT_STARTED

from .base import StoreBase, StoreError
from .convert import STAGE_COLUMNS, stage_dates_from_values, stage_row

# A workbook covering several streets names them all in imports.street, joined by this.
STREET_SEPARATOR = "、"
# The settings row of the top-right block of printed tables (表号, 制表机关, 文号, 有效期至).
FORM_HEADER_KEY = "form_header"


class CampaignMixin(StoreBase):
    def campaign_communities(self, term: int) -> list[CommunityProgress]:
        """Every community with its congress of the term (none yet: 未启动, 应换届), in place order."""
        cols = ", ".join(f"c.[{c}]" for c in STAGE_COLUMNS.values())
        rows = self.conn.execute(
            "SELECT m.id, s.name, m.name, s.pilot, c.progress, c.instructor, c.should_establish, " + cols +
            " FROM communities m JOIN streets s ON s.id = m.street_id"
            " LEFT JOIN congresses c ON c.community_id = m.id AND c.term = ?"
            " ORDER BY s.sort_order, s.id, m.sort_order, m.id",
            (term,),
        )
        return [
            CommunityProgress(
                community_id=r[0], street=r[1], community=r[2], progress=r[4] or PROGRESS_NOT_STARTED,
                stage_dates=stage_dates_from_values(r[7:]), instructor=r[5] or "", pilot=bool(r[3]),
                should_establish=True if r[6] is None else bool(r[6]),
            )
            for r in rows
        ]

    def stage_dates(self, community_id: int, term: int) -> dict[str, date]:
        cols = ", ".join(STAGE_COLUMNS.values())
        row = self.conn.execute(
            f"SELECT {cols} FROM congresses WHERE community_id = ? AND term = ?", (community_id, term)
        ).fetchone()
        return {} if row is None else stage_dates_from_values(row)

    def set_stage_dates(self, community_id: int, term: int, dates: dict[str, date]) -> None:
        """A clerk's correction of a congress's stage dates (the writer sets them on a change of
        换届进度): one transaction, kept in the history. Only stages its 换届进度 has reached."""
        row = self.conn.execute("SELECT id, progress FROM congresses WHERE community_id = ? AND term = ?",
                                (community_id, term)).fetchone()
        if row is None:
            raise StoreError("这个社区本届还没有妇代会记录，不能填写换届进度日期")
        problems = stage_date_problems(row[1], dates)
        if problems:
            raise StoreError("；".join(problems))
        with self.write("stage_dates", "修改换届进度日期"):
            self._update("congresses", row[0], stage_row(dates), community_id, term)

    # -- the plan -------------------------------------------------------------------------------

    def campaign_plan(self, term: int) -> CampaignPlan | None:
        """The term's saved plan, None when none was saved."""
        start = self._scalar("SELECT start FROM campaigns WHERE term = ?", (term,))
        if start is None:
            return None
        dates: dict[str, date] = {}
        pilot_dates: dict[str, date] = {}
        for stage, pilot, day in self.conn.execute(
            "SELECT stage, pilot, day FROM campaign_plan WHERE term = ?", (term,)
        ):
            (pilot_dates if pilot else dates)[stage] = date.fromisoformat(day)
        return CampaignPlan(date.fromisoformat(start), dates, pilot_dates)

    def save_campaign_plan(self, term: int, plan: CampaignPlan) -> None:
        """Make the term's plan exactly this, in one transaction, every planned date in the history."""
        with self.write("campaign_plan", "保存换届工作计划"):
            self.ensure_term(term)
            self._execute(
                "INSERT INTO campaigns (term, start) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET start = excluded.start",
                (term, plan.start.isoformat()),
            )
            stored = {(r["stage"], r["pilot"]): r["id"] for r in self._query(
                "SELECT id, stage, pilot FROM campaign_plan WHERE term = ?", (term,))}
            for pilot, dates in ((0, plan.dates), (1, plan.pilot_dates)):
                for stage in STAGES:
                    row_id = stored.get((stage, pilot))
                    day = dates.get(stage)
                    if day is None:
                        if row_id is not None:
                            self._delete("campaign_plan", row_id, term=term)
                    elif row_id is None:
                        self._insert("campaign_plan", {"term": term, "stage": stage, "pilot": pilot,
                                                       "day": day.isoformat()}, term=term)
                    else:
                        self._update("campaign_plan", row_id, {"day": day.isoformat()}, term=term)

    def save_campaign_setup(self, term: int, plan: CampaignPlan, pilots: dict[int, bool]) -> None:
        """The plan and which streets are pilots (试点), as one user action."""
        with self.write("campaign_plan", "保存换届工作计划"):
            self.save_campaign_plan(term, plan)
            current = {s.id: s.pilot for s in self.streets()}
            for street_id, pilot in pilots.items():
                if current.get(street_id) != pilot:
                    self.update_street(street_id, pilot=pilot)  # type: ignore[attr-defined]

    def set_campaign_state(self, term: int, states: list[tuple[int, str, dict[str, date]]]) -> None:
        """Put congresses of the term at a stage with its dates at once (the demo's campaign),
        every change in the history. Communities without a congress of the term are skipped."""
        ids = dict(self.conn.execute("SELECT community_id, id FROM congresses WHERE term = ?", (term,)).fetchall())
        with self.write("campaign_state", "换届进度示例"):
            for community_id, progress, dates in states:
                problems = date_problems(dates)
                if problems:
                    raise StoreError("；".join(problems))
                if community_id in ids:
                    self._update("congresses", ids[community_id], {"progress": progress} | stage_row(dates),
                                 community_id, term)

    # -- the header of printed tables -----------------------------------------------------------

    def form_header(self) -> dict[str, str]:
        """表号, 制表机关, 文号, 有效期至 as saved (keys of reports.form_conventions.FormHeader)."""
        text = self._scalar("SELECT value FROM settings WHERE key = ?", (FORM_HEADER_KEY,))
        try:
            value = json.loads(text) if text else {}
        except ValueError:
            value = {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def save_form_header(self, values: dict[str, str]) -> None:
        old = self.form_header()
        new = {k: v.strip() for k, v in values.items() if v and v.strip()}
        if new == old:
            return
        with self.write("form_header", "修改统计表表头"):
            self._execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                          (FORM_HEADER_KEY, json.dumps(new, ensure_ascii=False)))
            self._log("settings", 0, "update", {FORM_HEADER_KEY: old}, {FORM_HEADER_KEY: new})

    # -- the streets' returns -------------------------------------------------------------------

    def set_import_outcome(self, import_id: int, streets: list[str], warnings: int = 0) -> None:
        """Say which streets an import's workbook came from and whether it was written with warnings."""
        self._require_write()
        result = RESULT_WARNINGS if warnings else RESULT_WRITTEN
        self._execute("UPDATE imports SET street = ?, result = ?, warnings = ? WHERE id = ?",
                      (STREET_SEPARATOR.join(streets), result, warnings, import_id))

    def record_refused_import(self, file_name: str, sha256: str, term: int, streets: list[str], message: str,
                              at: datetime | None = None) -> int:
        """A workbook the district refused: kept so the board shows the street's return was refused."""
        if not message:
            raise StoreError("拒绝导入的记录应说明原因")
        with self.write("import_refused", f"拒绝导入{file_name}") as changeset:
            when = (at or datetime.now()).isoformat(timespec="seconds")
            return self._execute(
                "INSERT INTO imports (changeset_id, file_name, sha256, term, at, counts, street, result, message)"
                " VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?)",
                (changeset.id, file_name, sha256, term, when, STREET_SEPARATOR.join(streets), RESULT_REFUSED, message),
            ).lastrowid

    def add_import_records(self, term: int, records: list[ImportRecord]) -> None:
        """Returns received before (the demo's campaign): one row each, at its own time."""
        with self.write("campaign_state", "换届进度示例") as changeset:
            for r in records:
                self._execute(
                    "INSERT INTO imports (changeset_id, file_name, sha256, term, at, counts, street, result, warnings,"
                    " message) VALUES (?, ?, '', ?, ?, '{}', ?, ?, ?, ?)",
                    (changeset.id, r.file_name, term, r.at.isoformat(timespec="seconds"), r.street, r.result,
                     r.warnings, r.message))

    def import_records(self, term: int) -> list[ImportRecord]:
        """The term's imports that name their street, one record per street, oldest first."""
        records = []
        for street, at, file_name, result, warnings, message in self.conn.execute(
            "SELECT street, at, file_name, result, warnings, message FROM imports"
            " WHERE term = ? AND street <> '' ORDER BY id", (term,)
        ):
            for name in street.split(STREET_SEPARATOR):
                records.append(ImportRecord(name, datetime.fromisoformat(at), file_name, result, warnings, message))
        return records
