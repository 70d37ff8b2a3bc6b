"""The Store: the one object that owns the database. Its parts live in the mixin modules."""

from __future__ import annotations

from .baselines import BaselinesMixin
from .campaign import CampaignMixin
from .congresses import CongressMixin
from .election import ElectionMixin
from .exchange import ExchangeMixin
from .history import HistoryMixin
from .places import PlacesMixin
from .queries import QueriesMixin
from .federation_stats import FederationStatsMixin
from .stats import StatsMixin
from .targets import TargetsMixin
from .writer import WriterMixin


class Store(PlacesMixin, CongressMixin, WriterMixin, StatsMixin, QueriesMixin, BaselinesMixin, HistoryMixin,
            ExchangeMixin, ElectionMixin, CampaignMixin, FederationStatsMixin, TargetsMixin):
    """Open with Store.open(path) (or Store.memory() in tests); write with `with store.write(...)`."""
