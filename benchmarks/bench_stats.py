"""`stats --json` for a whole city against one bare GROUP BY over the members table."""

from __future__ import annotations

from benchmarks import datasets
from benchmarks.timing import best_of, row
from fdh_desktop.services.statistics import statistics
from fdh_desktop.storage import Store


def run() -> list[dict]:
    rows = []
    for name in ("city", "city100k"):
        path = datasets.city(name)
        with Store.open(path) as store:
            members = store.conn.execute("SELECT COUNT(*) FROM members").fetchone()[0]
            ours = best_of(lambda: statistics(store))
            bare = best_of(lambda: store.conn.execute(
                "SELECT role, rc_post, education, COUNT(*) FROM members GROUP BY role, rc_post, education"
            ).fetchall())
        rows.append(row(f"stats --json, {members:,} members", ours, bare, 3.0,
                        note="aim also: under 0.2 s of compute at 100,000 members"))
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
