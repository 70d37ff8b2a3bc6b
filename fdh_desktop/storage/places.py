"""Settings, terms, streets and communities."""

from __future__ import annotations

import json
from datetime import date

from fdh_desktop.domain.organisation import DEFAULT_FORM, FORMS
from fdh_desktop.domain.records import Community, Settings, Street, Term

from .base import NotFound, StoreBase, StoreError, json_object_sql


_FORMS = FORMS
_DEFAULT_FORM = DEFAULT_FORM  # DOMAIN.md Part 2: a new district starts as 社区妇联


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _term(r: dict) -> Term:
    return Term(r["number"], r["year"], _day(r["reference_date"]), r["form"], _day(r["start_date"]), _day(r["end_date"]))


class PlacesMixin(StoreBase):
    # -- settings -----------------------------------------------------------------------------

    def settings(self) -> Settings:
        values = {r["key"]: r["value"] for r in self._query("SELECT key, value FROM settings")}
        s = Settings()
        s.district = values.get("district", s.district)
        s.current_term = int(values.get("current_term", s.current_term))
        if "age_bands" in values:
            s.age_bands = tuple(json.loads(values["age_bands"]))
        s.decimals = int(values.get("decimals", s.decimals))
        s.executive_low = int(values.get("executive_low", s.executive_low))
        s.executive_high = int(values.get("executive_high", s.executive_high))
        return s

    def save_settings(self, settings: Settings) -> None:
        if not settings.age_bands or list(settings.age_bands) != sorted(set(settings.age_bands)):
            raise StoreError("年龄段分界应为从小到大的不同整数，例如35、45")
        if not 0 <= settings.decimals <= 2:
            raise StoreError("百分比小数位数应为0至2")
        if settings.current_term < 1:
            raise StoreError("届次应为不小于1的整数")
        if not 1 <= settings.executive_low <= settings.executive_high <= 99:
            raise StoreError("执委人数范围应为1至99之间、从小到大的两个整数，例如7至21")
        rows = {
            "district": settings.district,
            "current_term": str(settings.current_term),
            "age_bands": json.dumps(list(settings.age_bands)),
            "decimals": str(settings.decimals),
            "executive_low": str(settings.executive_low),
            "executive_high": str(settings.executive_high),
        }
        with self.write("settings", "修改区设置"):
            old = {r["key"]: r["value"] for r in self._query("SELECT key, value FROM settings")}
            changed = {k: v for k, v in rows.items() if old.get(k) != v}
            for key, value in changed.items():
                self._execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))
            if changed:
                self._log("settings", 0, "update", {k: old.get(k) for k in changed}, changed)
            self.ensure_term(settings.current_term)

    def is_initialised(self) -> bool:
        return self._scalar("SELECT COUNT(*) FROM settings WHERE key = 'district'") > 0

    # -- terms --------------------------------------------------------------------------------

    def terms(self) -> list[Term]:
        return [_term(r) for r in self._query("SELECT * FROM terms ORDER BY number")]

    def term(self, number: int) -> Term | None:
        rows = self._query("SELECT * FROM terms WHERE number = ?", (number,))
        return _term(rows[0]) if rows else None

    def require_term(self, number: int) -> Term:
        term = self.term(number)
        if term is None:
            known = "、".join(t.label for t in self.terms()) or "无"
            raise NotFound(f"第{number}届不存在（已有：{known}）")
        return term

    def term_form(self, number: int) -> str:
        """The term's organisation form; for a term not created yet, the form creating it would
        give (the latest earlier term's, else a new district's)."""
        form = self._scalar("SELECT form FROM terms WHERE number = ?", (number,))
        if form is None:
            form = self._scalar("SELECT form FROM terms WHERE number < ? ORDER BY number DESC LIMIT 1", (number,))
        return form or _DEFAULT_FORM

    def ensure_term(self, number: int, year: int | None = None, reference_date: date | None = None,
                    form: str | None = None) -> Term:
        """The term, created if missing; a given year, reference date or form is stored.

        A new term without a form takes the form of the latest earlier term (a district that
        has converted stays converted), else the default of a new district (妇联).
        """
        if number < 1:
            raise StoreError("届次应为不小于1的整数")
        if form is not None and form not in _FORMS:
            raise StoreError(f"组织形式“{form}”应为妇代会或妇联")
        with self.write("term", f"第{number}届"):
            existing = self.term(number)
            if existing is None:
                if form is None:
                    form = self.term_form(number)
                self._execute(
                    "INSERT INTO terms (number, year, reference_date, form) VALUES (?, ?, ?, ?)",
                    (number, year, reference_date.isoformat() if reference_date else None, form),
                )
                self._log("terms", number, "insert", None, {"number": number, "year": year, "form": form})
            else:
                wanted = {
                    "year": year if year is not None else existing.year,
                    "reference_date": _iso(reference_date or existing.reference_date),
                    "form": form or existing.form,
                }
                self._update_term(existing, wanted)
        return self.term(number)

    def save_term(self, term: Term) -> Term:
        """Store a term's year, reference date, form and start and end dates as given (None clears)."""
        if term.form not in _FORMS:
            raise StoreError(f"组织形式“{term.form}”应为妇代会或妇联")
        if term.start_date and term.end_date and term.end_date <= term.start_date:
            raise StoreError(f"任期结束日期{term.end_date:%Y-%m-%d}应晚于开始日期{term.start_date:%Y-%m-%d}")
        with self.write("term", term.label):
            existing = self.ensure_term(term.number, form=term.form)
            self._update_term(existing, {
                "year": term.year, "reference_date": _iso(term.reference_date), "form": term.form,
                "start_date": _iso(term.start_date), "end_date": _iso(term.end_date),
            })
        return self.term(term.number)

    def _update_term(self, existing: Term, wanted: dict) -> None:
        current = {"year": existing.year, "reference_date": _iso(existing.reference_date), "form": existing.form,
                   "start_date": _iso(existing.start_date), "end_date": _iso(existing.end_date)}
        changed = {k: v for k, v in wanted.items() if current[k] != v}
        if not changed:
            return
        assignments = ", ".join(f"{k} = ?" for k in changed)
        self._execute(f"UPDATE terms SET {assignments} WHERE number = ?", (*changed.values(), existing.number))
        self._log("terms", existing.number, "update", {k: current[k] for k in changed}, changed)

    # -- streets ------------------------------------------------------------------------------

    def streets(self) -> list[Street]:
        return [
            Street(r["id"], r["name"], r["code"], bool(r["pilot"]))
            for r in self._query("SELECT * FROM streets ORDER BY sort_order, id")
        ]

    def street(self, street_id: int) -> Street:
        row = self._row("streets", street_id)
        if row is None:
            raise NotFound("街道不存在")
        return Street(row["id"], row["name"], row["code"], bool(row["pilot"]))

    def street_by_name(self, name: str) -> Street | None:
        rows = self._query("SELECT id FROM streets WHERE name = ?", (name.strip(),))
        return self.street(rows[0]["id"]) if rows else None

    def require_street(self, name: str) -> Street:
        street = self.street_by_name(name)
        if street is None:
            known = "、".join(s.name for s in self.streets()) or "无"
            raise NotFound(f"没有名为“{name}”的街道（已有：{known}）")
        return street

    def add_street(self, name: str, code: str | None = None, pilot: bool = False) -> Street:
        name = name.strip()
        if not name:
            raise StoreError("街道名称不能为空")
        with self.write("add_street", f"新增街道{name}"):
            order = self._scalar("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM streets")
            row_id = self._insert("streets", {"name": name, "code": code or None, "pilot": int(pilot), "sort_order": order})
        return self.street(row_id)

    def update_street(self, street_id: int, *, name: str | None = None, code: str | None = None,
                      pilot: bool | None = None) -> Street:
        values: dict = {}
        if name is not None:
            if not name.strip():
                raise StoreError("街道名称不能为空")
            values["name"] = name.strip()
        if code is not None:
            values["code"] = code.strip() or None
        if pilot is not None:
            values["pilot"] = int(pilot)
        with self.write("update_street", "修改街道"):
            self._update("streets", street_id, values)
        return self.street(street_id)

    def remove_street(self, street_id: int) -> None:
        street = self.street(street_id)
        with self.write("remove_street", f"删除街道{street.name}"):
            for community in self.communities(street_id):
                self.remove_community(community.id)
            self._delete("streets", street_id)

    # -- communities --------------------------------------------------------------------------

    def communities(self, street_id: int | None = None) -> list[Community]:
        sql = "SELECT c.* FROM communities c JOIN streets s ON s.id = c.street_id"
        params: tuple = ()
        if street_id is not None:
            sql += " WHERE c.street_id = ?"
            params = (street_id,)
        sql += " ORDER BY s.sort_order, s.id, c.sort_order, c.id"
        return [Community(r["id"], r["street_id"], r["name"], r["code"]) for r in self._query(sql, params)]

    def community(self, community_id: int) -> Community:
        row = self._row("communities", community_id)
        if row is None:
            raise NotFound("社区不存在")
        return Community(row["id"], row["street_id"], row["name"], row["code"])

    def find_community(self, street_name: str | None, name: str | None, code: str | None = None) -> Community | None:
        """By 社区代码 when given, else by (街道, 社区) (DOMAIN.md)."""
        if code:
            rows = self._query("SELECT id FROM communities WHERE code = ?", (code,))
        else:
            rows = self._query(
                "SELECT c.id FROM communities c JOIN streets s ON s.id = c.street_id WHERE s.name = ? AND c.name = ?",
                ((street_name or "").strip(), (name or "").strip()),
            )
        return self.community(rows[0]["id"]) if rows else None

    def add_community(self, street_id: int, name: str, code: str | None = None) -> Community:
        name = name.strip()
        if not name:
            raise StoreError("社区名称不能为空")
        self.street(street_id)
        with self.write("add_community", f"新增社区{name}"):
            order = self._scalar("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM communities WHERE street_id = ?", (street_id,))
            row_id = self._insert(
                "communities", {"street_id": street_id, "name": name, "code": code or None, "sort_order": order}
            )
        return self.community(row_id)

    def add_communities(self, places: list[tuple[int, str, str | None]]) -> list[int]:
        """Many new communities (street id, name, code) at once, each last in its street, with their
        history rows as add_community writes them; returns their ids in order. Inside a write."""
        changeset = self._require_write()
        first = self._next_id("communities")
        order = dict(self.conn.execute("SELECT street_id, MAX(sort_order) FROM communities GROUP BY street_id"))
        rows = []
        for offset, (street_id, name, code) in enumerate(places):
            name = name.strip()
            if not name:
                raise StoreError("社区名称不能为空")
            order[street_id] = order.get(street_id, 0) + 1
            rows.append((first + offset, street_id, name, code or None, order[street_id]))
        self._insert_rows("communities", ("id", "street_id", "name", "code", "sort_order"), rows)
        self.conn.execute(
            "INSERT INTO history (changeset_id, table_name, row_id, operation, community_id, term, old, new)"
            " SELECT ?, 'communities', id, 'insert', NULL, NULL, NULL,"
            f" {json_object_sql(('street_id', 'name', 'code', 'sort_order'))} FROM communities WHERE id >= ?",
            (changeset.id, first),
        )
        return [row[0] for row in rows]

    def update_community(self, community_id: int, *, name: str | None = None, street_id: int | None = None,
                         code: str | None = None) -> Community:
        """Rename, move to another street, or change the code."""
        values: dict = {}
        if name is not None:
            if not name.strip():
                raise StoreError("社区名称不能为空")
            values["name"] = name.strip()
        if street_id is not None:
            self.street(street_id)
            values["street_id"] = street_id
        if code is not None:
            values["code"] = code.strip() or None
        with self.write("update_community", "修改社区"):
            self._update("communities", community_id, values, community_id=community_id)
        return self.community(community_id)

    def remove_community(self, community_id: int) -> None:
        """Remove a community with its congresses and members; every row goes to the history."""
        community = self.community(community_id)
        with self.write("remove_community", f"删除社区{community.name}"):
            for congress in self._query("SELECT id, term FROM congresses WHERE community_id = ?", (community_id,)):
                self._delete_congress(congress["id"], community_id, congress["term"])
            self._delete("communities", community_id, community_id=community_id)
