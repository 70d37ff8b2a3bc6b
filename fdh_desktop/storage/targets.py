"""The district's target checks (目标设置: 妇联主席进两委 100%, 执委人数为奇数, ...), kept as one JSON
value in the settings table. The Store keeps them as plain dicts; services.targets reads them."""

from __future__ import annotations

import json

from .base import StoreBase

TARGETS_KEY = "targets"


class TargetsMixin(StoreBase):
    def stored_targets(self) -> list[dict] | None:
        """The saved targets ({"measure", "aim", "name"}), in order; None when never saved."""
        text = self._scalar("SELECT value FROM settings WHERE key = ?", (TARGETS_KEY,))
        if text is None:
            return None
        try:
            value = json.loads(text)
        except ValueError:
            return None
        if not isinstance(value, list):
            return None
        return [dict(item) for item in value if isinstance(item, dict)]

    def save_targets(self, targets: list[dict]) -> bool:
        """Replace the targets in one action; False when nothing changed."""
        old = self.stored_targets()
        if old == targets:
            return False
        with self.write("targets", "修改目标设置"):
            self._execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                          (TARGETS_KEY, json.dumps(targets, ensure_ascii=False)))
            self._log("settings", 0, "update", {TARGETS_KEY: old}, {TARGETS_KEY: targets})
        return True
