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


def term_form(store: Store, term: int) -> str:
    """The term's organisation form (its 是否新任 column reads 是否新当选 in a 社区妇联)."""
    return store.term_form(term)


def new_label(store: Store, term: int) -> str:
    """The 是否新任 column's short header for the term: 新任, or 新当选 for a 社区妇联 term."""
    from fdh_desktop.domain import organisation

    return organisation.labels(term_form(store, term)).new
