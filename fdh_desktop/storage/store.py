"""The Store: the one object that owns the database. Its parts live in the mixin modules."""

from __future__ import annotations

from .baselines import BaselinesMixin
from .congresses import CongressMixin
from .history import HistoryMixin
from .writer import ImportsMixin
from .places import PlacesMixin
from .queries import QueriesMixin
from .stats import StatsMixin


class Store(PlacesMixin, CongressMixin, StatsMixin, QueriesMixin, BaselinesMixin, HistoryMixin,
            ImportsMixin):
    """Open with Store.open(path) (or Store.memory() in tests); write with `with store.write(...)`."""
