"""The 进度 board (services.campaign.board) of a whole city against the bare query of its rows.

The board is computed on the GUI thread when the tab shows: this says whether that stays quick
at city size (it reads one row per community and groups them in Python)."""

from __future__ import annotations

from benchmarks import datasets
from benchmarks.timing import best_of, row
from fdh_desktop.services.campaign import board
from fdh_desktop.storage import Store


def run() -> list[dict]:
    rows = []
    for name in ("city", "city100k"):
        path = datasets.city(name)
        with Store.open(path) as store:
            communities = store.conn.execute("SELECT COUNT(*) FROM communities").fetchone()[0]
            ours = best_of(lambda: board(store))
            bare = best_of(lambda: store.conn.execute(
                "SELECT m.id, s.name, m.name, s.pilot, c.progress, c.instructor, c.should_establish,"
                " c.preparing_on, c.nominated_on, c.elected_on, c.completed_on"
                " FROM communities m JOIN streets s ON s.id = m.street_id"
                " LEFT JOIN congresses c ON c.community_id = m.id AND c.term = 6").fetchall())
        rows.append(row(f"进度 board, {communities:,} communities", ours, bare, 10.0,
                        note="computed on the GUI thread: aim also under 0.1 s at a city's size"))
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
