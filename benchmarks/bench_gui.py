"""The window's tables at 100,000 members, against bare SELECTs of the same rows.

- The district-wide member list (班子成员名单, gui.roster_model.RosterModel): open it (store and term
  set, the ordered id list read, rowCount) and jump to the end as a view does when the scroll bar
  is dragged down (data() for every cell of the last screenful, and their row headers). Model time
  only; a second row adds a real QTableView (offscreen) laid out, scrolled to the bottom and painted.
  Reference: one bare `SELECT id FROM members ORDER BY ...` over the same members.
- The members table of one community (录入 page: CongressForm.load, then data() for every cell of
  its members model). Reference: the bare SELECT of that community's member rows.
"""

from __future__ import annotations

import os

from benchmarks import datasets
from benchmarks.timing import best_of, row

AIM_MODEL_SECONDS = 0.100
VISIBLE_ROWS = 32  # a screenful of 24-pixel rows at 768 pixels high


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _open_and_jump_to_end(store, term: int) -> int:
    """What a view asks of the model when the list opens and the user drags to the end."""
    from PySide6.QtCore import Qt

    from fdh_desktop.gui.roster.model import RosterModel

    model = RosterModel()
    model.configure(store=store, term=term)
    model.refresh()
    rows, columns = model.rowCount(), model.columnCount()
    for r in range(max(0, rows - VISIBLE_ROWS), rows):
        model.headerData(r, Qt.Orientation.Vertical)
        for c in range(columns):
            index = model.index(r, c)
            model.data(index, Qt.ItemDataRole.DisplayRole)
            model.data(index, Qt.ItemDataRole.TextAlignmentRole)
    return rows


def _view_open_and_scroll(store, term: int) -> None:
    from PySide6.QtWidgets import QApplication

    from fdh_desktop.gui.roster.view import RosterView

    view = RosterView()
    view.resize(1366, 700)
    view.set_store(store)
    view.set_term(term)
    view.show()  # the first show refreshes the model
    table = view.ui.roster_table
    table.scrollToBottom()
    QApplication.processEvents()
    view.repaint()
    view.close()
    view.deleteLater()
    QApplication.processEvents()


def _community_table(form, community_id: int, term: int) -> int:
    from PySide6.QtCore import Qt

    form.load(community_id, term)
    model = form.members_model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
    return model.rowCount()


def run() -> list[dict]:
    _app()
    from fdh_desktop.gui.entry.congress_form import CongressForm
    from fdh_desktop.storage import Store

    rows = []
    path = datasets.city("city100k")
    with Store.open(path) as store:
        conn = store.conn
        term = store.settings().current_term
        members = conn.execute("SELECT COUNT(*) FROM members").fetchone()[0]
        bare_ids = best_of(lambda: conn.execute(
            "SELECT id FROM members ORDER BY congress_id, position, id").fetchall())
        shown = _open_and_jump_to_end(store, term)
        ours = best_of(lambda: _open_and_jump_to_end(store, term))
        met = "met" if ours <= AIM_MODEL_SECONDS else "MISSED"
        rows.append(row(f"member list: open and jump to the end, {shown:,} of {members:,} members (model)",
                        ours, bare_ids, None,
                        note=f"aim: under {AIM_MODEL_SECONDS * 1000:.0f} ms of model time ({met}); "
                             "reference: bare SELECT id FROM members ORDER BY"))
        view = best_of(lambda: _view_open_and_scroll(store, term), repeat=3)
        rows.append(row(f"member list: QTableView shown, scrolled to the end and painted, {members:,} members",
                        view, bare_ids, None, note="offscreen; reference as above"))

        community_id = conn.execute(
            "SELECT community_id FROM congresses WHERE term = ? ORDER BY community_id LIMIT 1 OFFSET 3400",
            (term,)).fetchone()[0]
        bare_members = best_of(lambda: conn.execute(
            "SELECT m.* FROM members m JOIN congresses c ON c.id = m.congress_id"
            " WHERE c.community_id = ? AND c.term = ? ORDER BY m.position, m.id", (community_id, term)).fetchall())
        form = CongressForm()
        form.set_store(store)
        count = _community_table(form, community_id, term)
        ours_form = best_of(lambda: _community_table(form, community_id, term))
        rows.append(row(f"one community's members table ({count} members) in a {members:,}-member file",
                        ours_form, bare_members, None,
                        note="CongressForm.load (congress, members, checks) + every cell; reference: bare SELECT"))
        form.deleteLater()
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
