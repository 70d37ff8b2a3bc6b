"""storage: the Store, the only code that holds SQL."""

from .base import ChangeSet, Conflict, NotFound, StoreError
from .congresses import SaveResult
from .store import Store

__all__ = ["ChangeSet", "Conflict", "NotFound", "SaveResult", "Store", "StoreError"]
