"""Statistics of a term, the whole district or one street, in the `stats --json` shape."""

from __future__ import annotations

from fdh_desktop.domain.statistics import build_report
from fdh_desktop.storage import Store


def term_or_current(store: Store, term: int | None) -> int:
    """The given term, checked to exist, else the district's current term."""
    number = term if term is not None else store.settings().current_term
    store.require_term(number)
    return number


def statistics(store: Store, term: int | None = None, street: str | None = None) -> dict:
    settings = store.settings()
    number = term_or_current(store, term)
    street_id = store.require_street(street).id if street else None
    bounds = tuple(settings.age_bands)
    counts = store.counts(number, street_id, bounds)
    previous = None
    if number > 1 and store.term(number - 1) is not None and store.has_congresses(number - 1):
        previous = store.counts(number - 1, street_id, bounds)
    return build_report(
        district=settings.district,
        term=number,
        street=street,
        counts=counts,
        previous_counts=previous,
        bounds=bounds,
        decimals=settings.decimals,
    )
