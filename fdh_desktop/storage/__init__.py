"""storage: the Store, the only code that holds SQL.

The exceptions load at once; the Store and the rest on first use, so a command that only needs
StoreError (`fdh --help`) does not pay for the whole storage layer.
"""

from __future__ import annotations

from .errors import Conflict, NotFound, StoreError

TYPE_CHECKING = False  # typing itself is not imported: `fdh --help` would pay for it
if TYPE_CHECKING:
    from .base import ChangeSet
    from .store import Store
    from .writer import SaveResult

__all__ = ["ChangeSet", "Conflict", "NotFound", "SaveResult", "Store", "StoreError"]


def __getattr__(name: str):
    # Plain import statements (not importlib): PyInstaller finds them in the bytecode.
    if name == "Store":
        from .store import Store

        return Store
    if name == "ChangeSet":
        from .base import ChangeSet

        return ChangeSet
    if name == "SaveResult":
        from .writer import SaveResult

        return SaveResult
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
