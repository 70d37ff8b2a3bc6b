"""Child process for the kill tests: one import-like write into a district, announcing its steps.

Usage: python crash_writer.py DB MARK COUNT. Prints "begin" once the transaction is open,
"commit" just before it commits and "done" after; the parent kills it at a random moment.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fdh_desktop.storage import Store  # noqa: E402


def main(db: str, mark: str, count: int) -> None:
    with Store.open(db) as store:
        term = store.settings().current_term
        work = []
        for community in store.communities()[:count]:
            congress = store.congress(community.id, term)
            if congress is not None:
                work.append((community.id, congress, store.members(community.id, term)))
        with store.write("import", f"kill test {mark}"):
            print("begin", flush=True)
            for community_id, congress, members in work:
                changed = [replace(m, workplace=f"{mark}-{i}") for i, m in enumerate(members)]
                store.save_congress(community_id, term, replace(congress, note=mark), changed, action="import")
            print("commit", flush=True)
        print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
