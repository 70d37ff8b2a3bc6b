"""The district-wide list of leadership members (班子成员名单): ids in the order asked, then
pages of rows, so that a list of 100,000 members opens at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fdh_desktop.storage import Store


def roster_ids(store: Store, term: int, order: str = "place", descending: bool = False, text: str = "",
               street_id: int | None = None) -> list[int]:
    return store.roster_ids(term, order, descending, text, street_id)


def roster_rows(store: Store, ids: list[int]) -> dict[int, dict]:
    return store.roster_rows(ids)
